# Every legal non-f string prefix in every case and order: one STRING token each; u/U/r/R/b/B combos.
strs = ['a', r'a', R'a', u'a', U'a']
byts = [b'a', B'a', br'a', bR'a', Br'a', BR'a', rb'a', rB'a', Rb'a', RB'a']
print(strs)
print(byts)
print(r'\n', R'\t', rb'\x00', BR'\\')
