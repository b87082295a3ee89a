# An empty subscript at statement level: plain "invalid syntax" at the ']' (outside brackets the
# missing-comma hint does not apply, even though `[]` reads as a list display).
values = [1, 2, 3]
values[] = 4
