# Two-part slices use BINARY_SLICE/STORE_SLICE; a step or a del/slice-object uses BUILD_SLICE.
def f(a, i, j):
    x = a[i:j]
    y = a[::2]
    z = a[i:]
    a[1:2] = ["s"]
    a[::3] = ["t", "u"] if len(a) > 3 else a[::3]
    del a[:1]
    return x, y, z, a, a[slice(1, None)]
print(f([0, 1, 2, 3, 4, 5], 1, 3))
