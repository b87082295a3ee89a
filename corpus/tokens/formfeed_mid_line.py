# A form feed between tokens inside a line is whitespace.
x =1
print(x,x + 1)
