# An uncaught NameError prints a traceback whose last line adds "Did you mean: 'length'?" (only in the traceback).
length = 3
def area():
    return lenght * 2
try:
    area()
except NameError as e:
    print("str(e) has no suggestion:", e)
print(area())
