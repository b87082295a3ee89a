# The same items in a list and a tuple: the list header is bigger and it may over-allocate.
import sys

items = (1, 2, 3, 4, 5)
as_list = list(items)
as_tuple = tuple(as_list)
appended = []
for x in items:
    appended.append(x)
print("tuple", sys.getsizeof(as_tuple))
print("list(tuple)", sys.getsizeof(as_list))
print("appended", sys.getsizeof(appended))
print("tuple(appended)", sys.getsizeof(tuple(appended)))
print("list header", sys.getsizeof([]), "tuple header", sys.getsizeof(()))
print("__sizeof__", [].__sizeof__(), ().__sizeof__(), as_list.__sizeof__(), as_tuple.__sizeof__())
