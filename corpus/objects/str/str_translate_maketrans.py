# str.maketrans in its three forms, str.translate with int/str/None values, and their argument errors.
t1 = str.maketrans({'a': 'A', 'b': None, 99: 'CC', 'd': 100})
print(sorted(t1.items()))
print('abcde'.translate(t1))
t2 = str.maketrans('abc', 'xyz', 'de')
print(sorted(t2.items()), 'abcdef'.translate(t2))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({}), 'héllo'.translate({0xe9: 'e'}), 'abc'.translate(str.maketrans('', '')))
class Upper:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k - 32
print('abxc'.translate(Upper()))
print('abc'.translate(['A', 'B', 'C', 'D'] * 30), 'abc'.translate({97: '\U0001f600'}))
for call in (lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 'c'}), lambda: str.maketrans(1, 2),
             lambda: str.maketrans('a'), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}),
             lambda: str.maketrans({1.5: 'x'})):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
