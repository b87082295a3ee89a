# dis.disassemble(code, lasti) marks the instruction at offset lasti with -->.
import dis

def f(a):
    b = a + 1
    return b * 2

code = f.__code__
dis.disassemble(code, lasti=4)
print("--")
dis.disassemble(code, lasti=-1)
print("--")
dis.disassemble(code, lasti=10)
