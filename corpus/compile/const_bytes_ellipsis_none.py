# Constants of every simple kind in co_consts: bytes, Ellipsis, None, str with quotes and escapes.
def f():
    return b"b\x00\xff'", ..., None, "it's", 'say "hi"', "tab\tnl\n", "\u00e9\U0001f600"
print(f())
print(f.__code__.co_consts)
