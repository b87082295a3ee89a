# __debug__ is the constant True at -O0: 'if __debug__' keeps only its body, 'if not __debug__' disappears.
if __debug__:
    print("debug on")
if not __debug__:
    print("never")
x = __debug__
def f():
    return __debug__ and 5
print(x, f())
