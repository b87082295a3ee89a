# A three-module import cycle A -> B -> C -> A: body order and what C can see of A.
import _tri_a

print(_tri_a.NAME, _tri_a._tri_b.NAME, _tri_a._tri_b._tri_c.NAME)
print(_tri_a._tri_b._tri_c._tri_a is _tri_a)
