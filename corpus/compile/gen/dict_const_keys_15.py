# Dict literal with 15 constant keys: BUILD_CONST_KEY_MAP 15.
def f(v):
    return {'k0': v, 'k1': v, 'k2': v, 'k3': v, 'k4': v, 'k5': v, 'k6': v, 'k7': v, 'k8': v, 'k9': v, 'k10': v, 'k11': v, 'k12': v, 'k13': v, 'k14': v}
d = f(1)
print(len(d), list(d)[-1])
