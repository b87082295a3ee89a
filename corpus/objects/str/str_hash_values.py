# hash(str) is SipHash-1-3 over the internal 1/2/4-byte representation (deterministic with PYTHONHASHSEED=0).
for s in ['', 'a', 'b', 'ab', 'abc', 'abcdefgh', 'abcdefghi', 'hello world', 'é', 'café', '€', 'a€', '😀', 'a😀', '\x00',
          'The quick brown fox jumps over the lazy dog', 'x' * 100]:
    print(repr(s), hash(s))
print(hash('abc') == hash(b'abc'), hash('é') == hash(b'\xe9'), hash('€') == hash('€'.encode('utf-16-le')),
      hash('😀') == hash('😀'.encode('utf-32-le')), hash('a€') == hash('a€'.encode('utf-16-le')))
print(hash('a') == hash('a'[:]), hash(''.join(['a', 'b'])) == hash('ab'))
