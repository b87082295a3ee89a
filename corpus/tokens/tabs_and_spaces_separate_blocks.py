# One block indented with a tab, another with spaces: allowed, since each block is consistent.
def a():
	return 'tabs'
def b():
    return 'spaces'
print(a(), b())
