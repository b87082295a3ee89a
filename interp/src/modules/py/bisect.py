"""Bisection algorithms."""

# pyref's `bisect` (Lib/bisect.py; C in CPython, Modules/_bisectmodule.c, whose argument
# binding and messages these follow).


def _bind(name, args, kwargs):
    names = ('a', 'x', 'lo', 'hi')
    if len(args) + len(kwargs) > 4 and 'key' not in kwargs:
        raise TypeError(f"{name}() takes at most 5 arguments ({len(args) + len(kwargs)} given)")
    if len(args) > 4:
        raise TypeError(f"{name}() takes at most 4 positional arguments ({len(args)} given)")
    vals = dict(zip(names, args))
    key = None
    for k, v in kwargs.items():
        if k == 'key':
            key = v
        elif k in names:
            if k in vals:
                raise TypeError(f"argument for {name}() given by name ('{k}') and position ({names.index(k) + 1})")
            vals[k] = v
        else:
            raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
    for i, n in enumerate(('a', 'x')):
        if n not in vals:
            raise TypeError(f"{name}() missing required argument '{n}' (pos {i + 1})")
    lo = vals.get('lo', 0)
    hi = vals.get('hi', None)
    lo = lo.__index__() if not isinstance(lo, int) else lo
    if lo < 0:
        raise ValueError('lo must be non-negative')
    a = vals['a']
    if hi is None or hi == -1:
        hi = len(a)
    return a, vals['x'], lo, hi, key


def insort_right(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted."""
    a, x, lo, hi, key = _bind('insort_right', args, kwargs)
    if key is None:
        lo = _right(a, x, lo, hi, None)
    else:
        lo = _right(a, key(x), lo, hi, key)
    a.insert(lo, x)


def _right(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted."""
    a, x, lo, hi, key = _bind('bisect_right', args, kwargs)
    return _right(a, x, lo, hi, key)


def insort_left(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted."""
    a, x, lo, hi, key = _bind('insort_left', args, kwargs)
    if key is None:
        lo = _left(a, x, lo, hi, None)
    else:
        lo = _left(a, key(x), lo, hi, key)
    a.insert(lo, x)


def bisect_left(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted."""
    a, x, lo, hi, key = _bind('bisect_left', args, kwargs)
    return _left(a, x, lo, hi, key)


bisect = bisect_right
insort = insort_right
