# add_and_double through dis.get_instructions: offsets, opnames, args, argvals and argreprs.
import dis

def add_and_double(a, b):
    result = a + b
    return result * 2

for ins in dis.get_instructions(add_and_double):
    print(ins.offset, ins.opname, ins.opcode == dis.opmap[ins.opname], ins.arg, repr(ins.argval), repr(ins.argrepr),
          ins.line_number, ins.starts_line)
code = add_and_double.__code__
print(code.co_varnames, code.co_consts, code.co_stacksize, code.co_nlocals)
