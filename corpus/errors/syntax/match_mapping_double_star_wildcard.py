# "**_" in a mapping pattern is not allowed: "invalid syntax".
match x:
    case {"k": 1, **_}:
        pass
