# BINARY_OP's oparg selects the operator: 0 is +, 5 is *, shown via dis and the _nb_ops table.
import dis

def add_and_double(a, b):
    result = a + b
    return result * 2

for ins in dis.get_instructions(add_and_double):
    if ins.opname == "BINARY_OP":
        print(ins.opname, ins.arg, ins.argrepr)
for i, (name, sym) in enumerate(dis._nb_ops):
    print(i, name, sym)
