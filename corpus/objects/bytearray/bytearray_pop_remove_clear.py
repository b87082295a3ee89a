# pop (default last, negative index), remove (first match), clear, and their errors on missing or empty.
ba = bytearray(b'abcabc')
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('c'))
print(ba)
for call in (lambda: ba.remove(ord('z')), lambda: ba.remove(256), lambda: ba.pop(10), lambda: ba.remove(b'a'), lambda: ba.pop('1')):
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
ba.clear()
print(ba, len(ba))
try:
    ba.pop()
except IndexError as e:
    print(type(e).__name__, e)
