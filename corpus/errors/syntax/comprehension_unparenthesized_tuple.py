# An unparenthesized tuple as a comprehension element: "did you forget parentheses around the comprehension target?"
pairs = [x, y for x, y in z]
