# A bound on a TypeVarTuple: "cannot use bound with TypeVarTuple".
def f[*Ts: int]():
    pass
