# f-string conversions (!r !s !a), '=' debugging text with spacing, nested format specs and __format__ dispatch.
class P:
    def __format__(self, spec):
        return '<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p'
x, w, p, s = 3.14159, 10, 3, 'héllo'
print(f'{x}|{x!r}|{x:.2f}|{x:{w}.{p}}|{x:>{w}}|{s!r}|{s!a}|{s!s:^9}|{s:.2}')
print(f'{x=}|{x = }|{x=:.1f}|{s=!a}|{1+1=}|{w*2 = :>5}')
print(f'{P()}|{P():abc}|{P()!r}|{P()!s}|{P()!r:>6}|{P():{w}}')
print(f'{{literal}}|{"q"}|{"{"}|{3:{"0"}>{4}}|{[1, 2][1]}|{ {"k": 5}["k"] }')
class Bad:
    def __format__(self, spec):
        return 42
try:
    f'{Bad()}'
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{object():d}'
except TypeError as e:
    print(type(e).__name__, e)
