# F-strings nested several levels deep, mixing quote kinds and reusing them.
x = 7
print(f"{f'{f"{f'{x}'}"}'}")
print(f"<{f"<{f"<{x}>"}>"}>")
