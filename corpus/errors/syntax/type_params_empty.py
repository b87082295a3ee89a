# An empty type parameter list: "Type parameter list cannot be empty".
def f[]():
    pass
