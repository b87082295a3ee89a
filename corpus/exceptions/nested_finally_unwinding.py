# An exception unwinds through nested finally blocks and function frames from innermost outwards.
def level3():
    try:
        raise LookupError("deep")
    finally:
        print("finally level3")

def level2():
    try:
        level3()
    finally:
        print("finally level2")

def level1():
    try:
        try:
            level2()
        finally:
            print("finally level1 inner")
    except LookupError as e:
        print("caught in level1:", e)
        return "handled"
    finally:
        print("finally level1 outer")

print(level1())

def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")

for v in gen_cleanup():
    print("loop got", v)
    break
print("after break")
