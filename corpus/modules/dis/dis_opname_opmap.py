# dis.opname and dis.opmap: numbering of 3.13 opcodes, HAVE_ARGUMENT and the has* category lists.
import dis

print(len(dis.opname), len(dis.opmap))
for name in ("CACHE", "POP_TOP", "NOP", "RETURN_VALUE", "BINARY_OP", "LOAD_CONST", "LOAD_FAST",
             "STORE_NAME", "CALL", "RESUME", "JUMP_BACKWARD", "EXTENDED_ARG", "INSTRUMENTED_LINE",
             "JUMP", "SETUP_FINALLY", "LOAD_CLOSURE", "POP_BLOCK"):
    print(name, dis.opmap[name])
print(dis.opname[0], dis.opname[1], dis.opname[44], dis.opname[45], dis.opname[149], dis.opname[200])
print("HAVE_ARGUMENT", dis.HAVE_ARGUMENT, "EXTENDED_ARG", dis.EXTENDED_ARG)
print("hasconst", [dis.opname[o] for o in dis.hasconst])
print("hasname", [dis.opname[o] for o in dis.hasname])
print("hasjump", [dis.opname[o] for o in dis.hasjump])
print("haslocal", [dis.opname[o] for o in dis.haslocal])
print("hasfree", [dis.opname[o] for o in dis.hasfree])
print("hasexc", [dis.opname[o] for o in dis.hasexc])
print("cmp_op", dis.cmp_op)
print(sorted(name for name, op in dis.opmap.items() if op < dis.HAVE_ARGUMENT)[:10])
