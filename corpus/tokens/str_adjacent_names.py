# Strings directly adjacent to keywords and names without spaces: 'a'if x else'b', x in'abc'.
x = 1
print('a'if x else'b')
print('b'in'abc', 'z'not in'abc')
print([c for c in'xyz'if c!='y'])
