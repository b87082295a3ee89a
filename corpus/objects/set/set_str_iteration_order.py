# Iteration order of str sets depends on SipHash values (fixed by PYTHONHASHSEED=0) and the table size.
print({'a', 'b', 'c'}, {'c', 'b', 'a'})
print({'apple', 'banana', 'cherry', 'date', 'elderberry'})
print(set('hello world'), set('abcdefghij'))
s = set()
for w in ['x', 'yy', 'zzz', 'w', 'vv', 'uuu', 't']:
    s.add(w)
print(s)
print(sorted(s), {'é', 'e', '€', '😀', 'E'})
print({'key' + str(i) for i in range(12)})
