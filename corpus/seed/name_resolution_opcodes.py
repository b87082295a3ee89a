# Q4: compile-time name classification picks LOAD_FAST, LOAD_GLOBAL or LOAD_DEREF.
import dis

counter = 10

def outer():
    captured = 1
    def inner(arg):
        local = arg + 1
        return local + captured + counter + len("x")
    return inner

inner = outer()
print(inner(5))
for ins in dis.get_instructions(inner):
    if ins.opname.startswith("LOAD"):
        print(ins.opname, ins.argrepr)
print(inner.__code__.co_freevars, outer.__code__.co_cellvars)
print(inner.__closure__[0].cell_contents)
