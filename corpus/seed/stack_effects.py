# CPython is a stack machine: dis.stack_effect of the opcodes in the article's listings.
import dis

ops = [("RESUME", 0), ("LOAD_FAST", 0), ("LOAD_CONST", 1), ("LOAD_GLOBAL", 0), ("LOAD_GLOBAL", 1),
       ("BINARY_OP", 0), ("STORE_FAST", 2), ("CALL", 1), ("CALL", 2), ("POP_TOP", None),
       ("RETURN_VALUE", None), ("PUSH_NULL", None), ("LOAD_NAME", 0)]
for name, arg in ops:
    op = dis.opmap[name]
    if arg is None:
        print(name, op, dis.stack_effect(op))
    else:
        print(name, op, arg, dis.stack_effect(op, arg))
print("POP_TOP with arg", dis.stack_effect(dis.opmap["POP_TOP"], 1))
print("LOAD_FAST without arg", dis.stack_effect(dis.opmap["LOAD_FAST"]))
for name in ("FOR_ITER", "POP_JUMP_IF_TRUE", "SEND"):
    op = dis.opmap[name]
    print(name, dis.stack_effect(op, 0, jump=True), dis.stack_effect(op, 0, jump=False), dis.stack_effect(op, 0))
try:
    dis.stack_effect(255)
except ValueError as e:
    print("ValueError:", e)
try:
    dis.stack_effect(dis.opmap["LOAD_FAST"], 0, jump=2)
except ValueError as e:
    print("ValueError:", e)
