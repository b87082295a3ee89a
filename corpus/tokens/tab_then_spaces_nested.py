# A tab level, then tab plus four spaces one level deeper: consistent under both tab sizes (8 and 1).
if True:
	x = 1
	if x:
	    print('nested', x)
	print('back')
