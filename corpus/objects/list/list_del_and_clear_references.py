# clear() and del a[:] empty the same list object (aliases see it), while rebinding with a = [] does not.
a = [1, 2, 3]
alias = a
a.clear()
print(a, alias)
b = [1, 2, 3]
alias_b = b
del b[:]
print(b, alias_b)
c = [1, 2, 3]
alias_c = c
c = []
print(c, alias_c)
