# An if without an indented body: "expected an indented block after 'if' statement on line 2".
if True:
pass
