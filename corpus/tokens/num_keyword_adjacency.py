# Numbers directly followed by keywords (1if, 1or, 1in) tokenize as NUMBER+NAME and warn "invalid decimal literal".
x = 0
print(1if x else 2)
print(1or 5)
print(0 or 7, 1and 3)
print(1in[1, 2])
print([y for y in(1, 2, 3)if y>1])
print(0x1 if x else 0x2)
