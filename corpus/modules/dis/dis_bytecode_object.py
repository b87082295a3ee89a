# dis.Bytecode from a function, a code object and a string; first_line override; codeobj; current_offset.
import dis

def f(a, b):
    return a - b

bc = dis.Bytecode(f)
print(bc.codeobj is f.__code__, bc.first_line == f.__code__.co_firstlineno)
print([i.opname for i in bc])
bc2 = dis.Bytecode("q = 1\nr = q", first_line=10)
print(bc2.first_line)
print(bc2.dis())
bc3 = dis.Bytecode(f.__code__, current_offset=4)
print(bc3.current_offset)
print(bc3.dis())
bc4 = dis.Bytecode("pass")
print([ins.opname for ins in bc4], bc4.first_line)
