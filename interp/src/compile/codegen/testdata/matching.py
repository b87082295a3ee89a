def f(p):
    match p:
        case 0 | 1:
            return "small"
        case [x, *rest] if x:
            return rest
        case {"k": v, **kw}:
            return v
        case Point(x=0, y=yy) as pt:
            return pt
        case str() | bytes():
            return None
        case _:
            return p
