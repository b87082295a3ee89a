# None is 16 bytes, has __bool__/__repr__ from NoneType, and a fixed set of public attributes (none).
import sys
value = None
print(sys.getsizeof(None), sys.getsizeof(value), [a for a in dir(None) if not a.startswith('_')], None.__bool__(), None.__repr__())
print(type(None).__bool__(None), type(None).__hash__(None) == hash(None), None.__class__.__name__, None.__doc__ is None)
print(None.__eq__(None), None.__eq__(0), None.__ne__(1), None.__lt__(None))
