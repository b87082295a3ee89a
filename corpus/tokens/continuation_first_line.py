# A file whose first line is only a backslash continuation: it joins to the next line.
\
x = 1
print(x)
