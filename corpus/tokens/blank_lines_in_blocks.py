# Blank lines inside and between blocks are NL tokens and do not affect indentation.


def f():

    a = 1


    b = 2

    return a + b



print(f())


