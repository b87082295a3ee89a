# try/except: exception table entries, PUSH_EXC_INFO, CHECK_EXC_MATCH, POP_EXCEPT and the cold handler at the end.
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        r = -1
    return r
print(f(5), f(0))
