# Format specs containing nested replacement fields (width, precision, fill, type) and literal spec text.
value = 3.14159
width = 10
prec = 3
fill = "*"
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:{fill}>{width}}]")
print(f"[{value:>{width}}]")
print(f"[{'s':{fill}^{width}}]")
print(f"[{42:0{width}d}]")
