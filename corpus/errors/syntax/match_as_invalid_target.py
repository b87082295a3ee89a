# A literal after "as" in a pattern: "invalid pattern target".
match x:
    case y as 1:
        pass
