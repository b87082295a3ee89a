# Concatenating plain strings with f-strings merges into one JoinedStr; empty pieces are dropped.
x = 5
s = "a" f"{x}" "" "b" f"" f"c{x}d"
print(s)
t = f"" ""
print(repr(t))
