# A match statement without an indented body: "expected an indented block after 'match' statement on line 2".
match x:
case 1:
    pass
