# A block indented with a tab, continued with eight spaces: TabError "inconsistent use of tabs and spaces in indentation".
if True:
	x = 1
        y = 2
