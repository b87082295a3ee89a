# Execution order of try/except/else/finally with and without an exception, and with return.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("x")
        log.append("try end")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(run(False))
print(run(True))

def returns_in_try():
    try:
        print("  try runs")
        return "try value"
    finally:
        print("  finally runs before the return completes")

print(returns_in_try())

def else_not_protected():
    try:
        try:
            pass
        except ZeroDivisionError:
            print("  not here")
        else:
            1 / 0
    except ZeroDivisionError as e:
        print("  else raised to outer:", e)

else_not_protected()
