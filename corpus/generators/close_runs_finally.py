# close() raises GeneratorExit at the paused yield: finally blocks and except GeneratorExit run, then it is finished.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
gen = g()
next(gen)
print(gen.close())
print(gen.close(), next(gen, "done"))
fresh = g()
fresh.close()
print("closing an unstarted generator runs nothing")
