# A duplicate parameter name is found by the symbol table ("-m ast" succeeds): "duplicate argument 'a' in function definition".
def f(a, b, a):
    pass
