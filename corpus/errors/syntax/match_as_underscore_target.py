# "as _" in a pattern: "cannot use '_' as a target".
match x:
    case [y] as _:
        pass
