# The file ends right after a multi-line triple-quoted string.
print("""a
b""")