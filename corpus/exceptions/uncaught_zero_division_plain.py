# An uncaught ZeroDivisionError at module level: minimal 3.13 traceback, exit status 1.
print("before")
numerator = 10
denominator = 0
ratio = numerator / denominator
print("never printed")
