# A form feed after the indentation resets the column to 0: "expected an indented block after 'if' statement on line 2".
if True:
    x = 1
