# '=' after a parameter with ',' right after it: "expected default value expression" at the '='.
def f(keymap, verbose=False, invalid_cls=, character_cls=None):
    pass
