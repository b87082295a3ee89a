# The 4300-digit limit on decimal int<->str conversion, its exact messages, and the unlimited power-of-two bases.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
ok = int('7' * 4300)
print(len(str(ok)), str(ok)[:5])
try:
    int('7' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('-' + '1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
for f in (repr, lambda v: f'{v}', lambda v: '%d' % v, lambda v: format(v, ',')):
    try:
        f(big)
    except ValueError as e:
        print('conversion', type(e).__name__, e)
print(len(hex(big)), len(bin(big)), len(oct(big)), len(format(big, 'x')))
print(int('1' * 5000, 16) % 1000, int('1' * 5000, 2).bit_length())
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(640)
try:
    int('1' * 641)
except ValueError as e:
    print(type(e).__name__, e)
for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
sys.set_int_max_str_digits(4300)
del ok, big
