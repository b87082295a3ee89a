# Subject forms: a tuple without parentheses, a starred item, a trailing comma, a parenthesized name, a call.
a, b = 1, [2, 3]
match a, b:
    case (1, [2, 3]):
        print("tuple subject")
match a, *b:
    case [1, 2, 3]:
        print("starred subject")
match a,:
    case (1,):
        print("one-tuple subject")
match (a):
    case 1:
        print("parenthesized name")
match len(b) + 1:
    case 3:
        print("expression subject")
