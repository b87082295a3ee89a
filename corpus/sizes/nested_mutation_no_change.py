# Mutating inner containers never changes the outer container's size.
import sys

inner_list = []
inner_dict = {}
outer = [inner_list, inner_dict]
outer_t = (inner_list, inner_dict)
outer_d = {"l": inner_list, "d": inner_dict}
before = (sys.getsizeof(outer), sys.getsizeof(outer_t), sys.getsizeof(outer_d))
for i in range(500):
    inner_list.append(i)
    inner_dict[i] = i
after = (sys.getsizeof(outer), sys.getsizeof(outer_t), sys.getsizeof(outer_d))
print(before, after, before == after)
print(sys.getsizeof(inner_list), sys.getsizeof(inner_dict))
