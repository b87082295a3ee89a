# Tabs between tokens and before comments are plain whitespace; columns count a tab as one character.
x	=	1	+	2	# tabbed comment
print(x,	[x,	x])
