# A bound on a ParamSpec: "cannot use bound with ParamSpec".
def f[**P: int]():
    pass
