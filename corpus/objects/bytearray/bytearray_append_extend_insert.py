# append/extend/insert on bytearray: insert clamps its index; extend takes any iterable of ints or buffer; errors.
ba = bytearray()
ba.append(97)
ba.extend(b'bc')
ba.extend([100, 101])
ba.extend(bytearray(b'f'))
ba.extend(range(103, 105))
ba.extend(memoryview(b'ij'))
print(ba)
ba.insert(0, 48)
ba.insert(-1, 49)
ba.insert(100, 50)
ba.insert(-100, 51)
print(ba)
ba.extend(ba)
print(ba, len(ba))
for call in (lambda: ba.append(256), lambda: ba.append(b'a'), lambda: ba.extend('str'), lambda: ba.extend([1, 'x']),
             lambda: ba.extend(5), lambda: ba.insert(0, -1), lambda: ba.insert('0', 1), lambda: ba.extend([256]), lambda: ba.append()):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(ba))
