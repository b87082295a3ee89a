# "is" compares identity: singletons, small-int and interned-string caching, fresh containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
empty = ()
print(empty is tuple(), tuple([]) is empty, frozenset() is frozenset())
x = int("5")
y = int("5")
print(x is y)
big1 = int("1000")
big2 = int("1000")
print(big1 is big2, big1 == big2)
print(int("-5") is int("-5"), int("-6") is int("-6"), int("256") is int("256"), int("257") is int("257"))
s1 = "hello"
s2 = "hel" + "lo"
print(s1 is s2)
t = (1, 2)
print(t is tuple(t), a is list(a), type(a) is list, type(True) is bool)
d = {}
print(d is dict(d), d.get("k") is None, [] is [])
word = "x"
print(str(word) is word, "".join([]) is str(), word[0] is word)
