# An except clause without an indented body: "expected an indented block after 'except' statement on line 4".
try:
    pass
except ValueError:
pass
