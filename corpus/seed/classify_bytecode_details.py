# dis.Bytecode(classify): jump targets, labels, positions, first_line, info() and dis() text.
import dis

def classify(n):
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"
    return "zero"

bc = dis.Bytecode(classify)
print(bc.first_line == classify.__code__.co_firstlineno)
print(repr(bc)[:20])
for instr in bc:
    if instr.is_jump_target or instr.jump_target is not None:
        print(instr.offset, instr.opname, "target:", instr.jump_target, "is_target:", instr.is_jump_target, instr.label)
print(bc.dis())
print("\n".join(line for line in bc.info().splitlines() if not line.startswith("Filename")))
