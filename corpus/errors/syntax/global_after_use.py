# A global statement after the name is used: "name 'x' is used prior to global declaration".
x = 0
def f():
    print(x)
    global x
