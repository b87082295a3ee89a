# try/except/finally compiles to an exception table printed after the instructions.
import dis

def guarded(f):
    try:
        return f()
    except ValueError as e:
        return str(e)
    finally:
        print("done")

dis.dis(guarded)
print(guarded(lambda: 5))
print(guarded(lambda: int("x")))
