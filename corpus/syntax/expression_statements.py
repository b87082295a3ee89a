# Expression statements: bare names, literals, calls, comparisons, and a conditional at statement level.
x = 3
x
42
"a string statement"
print("call statement")
x < 4
x if x else None
[print(i) for i in range(2)]
(yield_value := x + 1)
print(yield_value)
