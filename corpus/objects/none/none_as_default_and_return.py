# Functions without return give None; dict.get/list.sort/print return None; None in containers and as keys.
def f():
    pass
def g():
    return
print(f(), g(), [].sort(), {}.get('x'), print('inner'), [1].append(2), {None: 'key'}, [None] * 3, (None,), {None})
x = None
print(x or 'fallback', x and 'never', x if x is not None else 'explicit')
