# nonlocal naming no enclosing function variable: "no binding for nonlocal 'x' found".
def f():
    nonlocal x
