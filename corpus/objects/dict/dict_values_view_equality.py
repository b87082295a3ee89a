# values() views compare by identity only (even with themselves via ==, only the same view object is equal).
d = {'a': 1}
v = d.values()
print(v == v, d.values() == d.values(), v != d.values(), {'a': 1}.values() == {'a': 1}.values(), list(v) == [1])
print(d.keys() == d.keys(), d.items() == d.items(), d.keys() == ['a'], d.keys() == {'a': 0}.keys())
