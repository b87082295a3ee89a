# Constant folding reaches type alias values and type parameter bounds, constraints and defaults (ast_opt's astfold_type_param), inside their lazy scopes.
type A = 'abc'[-1]
type B[T: (1 + 2, 'x' * 3) = -(5)] = (1, 2)[-1]


def f[T: 2 ** 3, *Ts = (4, 5)[0], **P = not 1](x):
    return x


class C[T = ~1]:
    pass


print(A.__value__, B.__value__, B.__type_params__[0].__constraints__, B.__type_params__[0].__default__)
t, ts, p = f.__type_params__
print(t.__bound__, ts.__default__, p.__default__, C.__type_params__[0].__default__)
