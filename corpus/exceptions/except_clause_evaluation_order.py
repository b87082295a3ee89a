# except clause expressions are evaluated lazily, in order, only until one matches.
def kind(name, cls):
    print("  evaluating clause", name)
    return cls

def run(exc):
    try:
        raise exc
    except kind("first", KeyError):
        return "first"
    except kind("second", (IndexError, ValueError)):
        return "second"
    except kind("third", Exception):
        return "third"

print(run(KeyError()))
print(run(ValueError()))
print(run(RuntimeError()))
try:
    pass
except kind("never", Exception):
    pass
print("no exception, no clause evaluated")
