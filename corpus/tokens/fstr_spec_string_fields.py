# Nested fields in a spec may be strings or calls; several fields form one spec.
x = 42
align = ">"
print(f"[{x:{'*'}{align}{2 * 4}}]")
print(f"[{x:{str(0)}{5}d}]")
print(f"[{'ab':{'-'}^{len('abcdef')}}]")
