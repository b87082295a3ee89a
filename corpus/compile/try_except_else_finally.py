# try/except/else/finally: the finally body is duplicated on the normal path and in the exception handler.
def f(x):
    log = []
    try:
        log.append("try")
        if x:
            raise ValueError(x)
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(f(0))
print(f(1))
