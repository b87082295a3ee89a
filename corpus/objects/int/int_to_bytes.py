# int.to_bytes: default length 1 and byteorder 'big', signedness, and the overflow/argument errors.
print((0).to_bytes(), (255).to_bytes(), (1).to_bytes(4), (1).to_bytes(4, 'little'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'), (0).to_bytes(0))
print((-1).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True),
      (-129).to_bytes(2, 'little', signed=True), (127).to_bytes(1, signed=True))
print((2**64 - 1).to_bytes(8, 'little'), (2**100).to_bytes(13, 'big'))
print((65).to_bytes(3, 'big').hex(), (-2).to_bytes(4, 'big', signed=True).hex())
cases = [(256, 1, 'big', False), (-1, 1, 'big', False), (128, 1, 'big', True),
         (-129, 1, 'big', True), (1, 0, 'big', False), (1, -1, 'big', False),
         (1, 1, 'middle', False), (1, 1, 'BIG', False)]
for n, length, order, signed in cases:
    try:
        print(n.to_bytes(length, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(n, length, order, signed, type(e).__name__, e)
try:
    (1).to_bytes(1, 'big', True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1.0)
except TypeError as e:
    print(type(e).__name__, e)
