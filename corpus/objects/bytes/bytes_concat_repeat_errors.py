# bytes + and * with other buffer types and the errors for str/int operands; bytes are immutable.
print(b'a' + b'b', b'a' + bytearray(b'b'), type(b'a' + bytearray(b'b')).__name__, bytearray(b'a') + b'b',
      type(bytearray(b'a') + b'b').__name__, b'a' + memoryview(b'mv'), b'ab' * 3, 0 * b'ab', b'ab' * -1)
for expr in ["b'a' + 'a'", "'a' + b'a'", "b'a' + 1", "b'a' + [1]", "b'a' * b'a'", "b'a' * 2.0", "b'a' - b'a'", "b'a' + None"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
b = b'xy'
c = b
b += b'z'
print(b, c, b is c)
