# str.format_map uses the mapping as-is, so __missing__ on a dict subclass supplies defaults; format() would copy it.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
d = Default(name='Ada')
print('{name} {age}'.format_map(d), d)
print('{name:>6}|{missing!r}'.format_map(d))
try:
    print('{name} {age}'.format(**d))
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0}'.format_map(d)
except Exception as e:
    print(type(e).__name__, e)
try:
    '{}'.format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{a}'.format_map([])
except TypeError as e:
    print(type(e).__name__, e)
