# An irrefutable capture before another case (compiler error): "name capture 'y' makes remaining patterns unreachable".
match x:
    case y:
        pass
    case 1:
        pass
