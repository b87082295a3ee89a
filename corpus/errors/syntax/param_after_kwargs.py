# A parameter after **kwargs: "arguments cannot follow var-keyword argument".
def f(**kw, a):
    pass
