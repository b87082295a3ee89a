# dis.dis accepts source text: it compiles it (constant folding visible) and disassembles the module code.
import dis

dis.dis("x = 1 + 2 * 3")
print("--")
dis.dis("y = (1, 2, 3)[1]; z = 'ab' * 2; w = -5; v = not True")
print("--")
dis.dis("len")
