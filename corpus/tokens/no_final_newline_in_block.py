# The file ends inside an indented block without a newline: DEDENTs come at EOF.
def f():
    return 1
if f():
    print(f())