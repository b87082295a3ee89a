# A match statement whose subject is followed by another name: CPython's first pass read up to
# `color` trying match_stmt, so the plain "invalid syntax" points there, not at `shade`.
match shade color:
    case "red":
        pass
