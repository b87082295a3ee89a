# '/' with nothing before it: "at least one argument must precede /".
def f(/, a):
    pass
