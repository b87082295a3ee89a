# A three-link chain mixing an explicit cause and an implicit context, printed oldest first.
def level_one():
    return {}["token"]

def level_two():
    try:
        level_one()
    except KeyError as e:
        raise LookupError("token lookup failed") from e

def level_three():
    try:
        level_two()
    except LookupError:
        raise RuntimeError("request aborted")

level_three()
