# A case block without an indented body: "expected an indented block after 'case' statement on line 3".
match x:
    case 1:
    pass
