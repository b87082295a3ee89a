# When no case matches, execution continues after the match; captures from failed cases may stay bound.
match [1, 2, 3]:
    case [x, y]:
        print("no")
    case {"k": z}:
        print("no")
print("after match")
match (1, 2):
    case (p, 3):
        pass
print("p" in globals())
