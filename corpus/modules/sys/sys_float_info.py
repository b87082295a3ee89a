# sys.float_info fields and the boundary values they describe.
import sys

fi = sys.float_info
print(fi)
print(type(fi).__name__, len(fi))
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, -fi.max * 2)
print(fi.min / 2 > 0, fi.min * fi.epsilon)
print(fi.max == float.fromhex("0x1.fffffffffffffp+1023"))
print(fi.radix, fi.rounds, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(sys.float_repr_style)
