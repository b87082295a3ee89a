# yield inside try/finally: close() raises GeneratorExit at the paused yield and runs finally.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally ran")
g = gen()
print(next(g))
g.close()
print("closed")
