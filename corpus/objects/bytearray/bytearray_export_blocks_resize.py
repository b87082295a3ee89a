# While a memoryview exports a bytearray, resizing raises BufferError; same-size writes are visible through the view.
ba = bytearray(b'abcd')
m = memoryview(ba)
ba[0] = 65
print(m.tobytes(), m[1], len(m))
for call in (lambda: ba.append(1), lambda: ba.extend(b'x'), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.__delitem__(0),
             lambda: ba.__setitem__(slice(0, 1), b'xy'), lambda: ba.__iadd__(b'z')):
    try:
        call()
    except BufferError as e:
        print(type(e).__name__, e)
ba[0:2] = b'XY'
print(ba)
m.release()
ba.append(33)
print(ba)
