# An opening bracket never closed, with more lines after it: "'[' was never closed".
x = [1, 2
y = 3
