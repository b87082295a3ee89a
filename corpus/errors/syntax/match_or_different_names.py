# Or-pattern alternatives binding different names (compiler error): "alternative patterns bind different names".
match x:
    case [y] | [z]:
        pass
