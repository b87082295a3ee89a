# Tab characters as indentation: one tab per level, two levels deep.
def f(x):
	if x:
		return 'tab ' + str(x)
	return 'none'
print(f(1), f(0))
