# try / except / else / finally: order of clauses for success, handled failure, and return in try.
def f(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
def g():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(f(False), f(True), g())
