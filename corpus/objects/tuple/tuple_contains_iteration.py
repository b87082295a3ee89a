# Membership in tuples uses identity then ==; iteration and reversed(); len of nested tuples.
t = (1, 'a', (2, 3), None, float('nan'))
print('a' in t, (2, 3) in t, 2 in t, None in t, t[-1] in t, float('nan') in t, 1.0 in t, True in t)
print(list(t[:4]), list(reversed(t[:4])), len(((1, 2), (3,))), sum((1, 2, 3)), max((1, 5, 3)), min(('b', 'a')))
print(type(iter(())).__name__, type(reversed(())).__name__)
