# An f-string as a literal pattern (compiler error): "patterns may only match literals and attribute lookups".
match x:
    case f"text":
        pass
