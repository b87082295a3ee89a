# A real + real "complex literal" pattern: "imaginary number required in complex literal".
match x:
    case 1 + 1:
        pass
