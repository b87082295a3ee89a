# sys.maxsize, maxunicode, byteorder, hash_info and the limits they imply.
import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == "\U0010ffff")
print(sys.byteorder)
print(sys.hash_info)
print(sys.hash_info.modulus == 2**61 - 1, hash(2**61 - 1), hash(2**61), hash(-1))
print(hash(float("inf")), hash(float("-inf")), hash(1.5))
try:
    chr(sys.maxunicode + 1)
except ValueError as e:
    print("ValueError:", e)
try:
    [0] * (sys.maxsize + 1)
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(sys.maxsize)))
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print("OverflowError:", e)
