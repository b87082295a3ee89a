# Relative imports with 1, 2 and 3 dots (3 dots are one ELLIPSIS token); fail at run time in a script.
def attempt(which):
    try:
        if which == 1:
            from . import sibling
        elif which == 2:
            from .. import parent
        elif which == 3:
            from ... import grand
        elif which == 4:
            from .pkg.mod import name
        else:
            from .... import deep
    except ImportError as e:
        print(which, type(e).__name__, e)
for w in range(1, 6):
    attempt(w)
