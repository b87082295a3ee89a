# Converting between int and decimal str beyond 4300 digits raises ValueError (limit is adjustable).
import sys

print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), int("9" * 4300) > 0)
print(len(hex(big)) > 0, int("f" * 5000, 16) > 0)
sys.set_int_max_str_digits(6000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, "in f-string:", str(e)[:40])
