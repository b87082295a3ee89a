# The same keyword twice in a class pattern (compiler error): "attribute name repeated in class pattern: a".
match x:
    case C(a=1, a=2):
        pass
