# In an f-string field, ':=' is a format-spec colon followed by '=' (fill/align), not a walrus.
x = 42
print(f"[{x:=5}]")
print(f"[{-x:=+6}]")
print(f"[{(y:=7)}] {y}")
