# A match statement inside a case block of another match, in a loop with break/continue.
for item in [("num", 3), ("str", "a"), ("stop", None), ("num", 4)]:
    match item:
        case ("num", n):
            match n % 2:
                case 0:
                    print(n, "even")
                case _:
                    print(n, "odd")
        case ("str", _):
            continue
        case ("stop", _):
            print("stopping")
            break
