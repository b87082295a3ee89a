# A literal key twice in a mapping pattern (compiler error): "mapping pattern checks duplicate key ('a')".
match x:
    case {"a": 1, "a": 2}:
        pass
