# break and continue inside try/finally run the finally body first (it is inlined before the jump).
def f():
    log = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append("f%d" % i)
    return log
print(f())
