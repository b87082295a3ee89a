# A closure over the except-target sees it deleted after the handler: free variable unbound.
def make():
    try:
        raise ValueError("captured")
    except ValueError as err:
        get = lambda: err
        print("inside handler:", repr(get()))
    return get

getter = make()
try:
    getter()
except NameError as e:
    print(type(e).__name__, e)

def keep():
    try:
        raise KeyError("kept")
    except KeyError as err:
        saved = err
        get = lambda: saved
    return get
print(repr(keep()()))
