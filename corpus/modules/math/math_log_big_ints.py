# log/log2/log10 accept ints far beyond float range; conversion to float does not.
import math

big = 10 ** 400
print(math.log10(big), math.log2(2 ** 5000), math.log(big, 10))
print(math.log(3 ** 1000) / math.log(3))
try:
    float(big)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(big)
except OverflowError as e:
    print("OverflowError:", e)
for bad in (0, -(10 ** 400)):
    try:
        math.log(bad)
    except ValueError as e:
        print("ValueError:", e)
print(math.log1p(10 ** 20) == math.log(10 ** 20))
