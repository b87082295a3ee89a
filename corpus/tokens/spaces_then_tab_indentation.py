# Indentation of two spaces then a tab reaches column 8; deeper lines extend the same prefix.
if True:
  	a = 1
  	if a:
  	    print('deeper', a)
  	print('back')
