# The article's dis.Bytecode(classify) loop printing offset, opname and argval.
import dis

def classify(n):
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"
    return "zero"

bc = dis.Bytecode(classify)
for instr in bc:
    print(f" {instr.offset:3d} {instr.opname:<20s} {instr.argval!r}")
print([classify(v) for v in (5, -5, 0)])
