# A closing bracket without an opener: "unmatched ')'".
x = 1)
