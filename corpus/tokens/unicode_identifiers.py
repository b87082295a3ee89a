# Non-ASCII identifiers (Latin, Greek, CJK, combining marks): NAME tokens, columns in code points.
café = 1
π = 3.14159
变量 = "cjk"
naïve = café + 1
Σx = [π, naïve]
print(café, π, 变量, naïve, Σx)
