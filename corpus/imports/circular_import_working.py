# A circular `import` works when each side only uses the other's attributes at call time.
import _circ_a

print(_circ_a.a_func())
print(_circ_a._circ_b.b_func())
print(_circ_a._circ_b._circ_a is _circ_a)
