# A list of 3+ constants is BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND 1, two constants use BUILD_LIST 2; sets likewise.
def f():
    a = [1, 2]
    b = [1, 2, 3]
    c = {1, 2}
    d = {1, 2, 3}
    e = [1, 2, [3]]
    return a, b, c, d, e
print(f())
