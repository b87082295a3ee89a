# An empty f-string gives no FSTRING_MIDDLE; a field-only f-string has no literal chunks.
x = "v"
print(repr(f""), repr(f''), repr(f""""""))
print(f"{x}", f'{x}{x}')
