# bytes % formatting: %s/%b take bytes-like or __bytes__, %a gives ascii(), %c takes an int or one byte, %d/%x/%f work.
class HasBytes:
    def __bytes__(self):
        return b'HB'
print(b'%s|%b|%a|%r|%c|%c|%d|%05.1f|%x|%%' % (b'x', bytearray(b'y'), 'é', 'é', 65, b'Z', -3, 2.25, 255))
print(b'%s' % HasBytes(), b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'%5s|%-5s|%.1s' % (b'ab', b'ab', b'ab'), b'%s' % memoryview(b'mv'))
for fmt, arg in [(b'%s', 'str'), (b'%s', 1), (b'%c', 256), (b'%c', b'ab'), (b'%c', 'a'), (b'%d', b'1'), (b'%y', 1),
                 (b'%s %s', (b'a',)), (b'%(k)s', {'k': b'v'})]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
