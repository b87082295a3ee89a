# partition/rpartition always return 3-tuples, splitting at the first/last separator; an empty separator is an error.
for s, sep in [('a=b=c', '='), ('abc', '='), ('', '='), ('=', '='), ('a==b', '=='), ('aaa', 'aa'), ('key: value', ': ')]:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
for call in (lambda: 'a'.partition(''), lambda: 'a'.rpartition(''), lambda: 'a'.partition(None), lambda: 'a'.partition(b'a')):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
