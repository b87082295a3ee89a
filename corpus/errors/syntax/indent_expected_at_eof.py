# A block header as the last line: "expected an indented block after 'if' statement on line 2".
if True:
