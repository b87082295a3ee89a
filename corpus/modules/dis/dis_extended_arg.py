# More than 256 names forces EXTENDED_ARG prefixes; dis shows them as separate lines.
import dis

src = "\n".join(f"v{i} = {i}" for i in range(300)) + "\nresult = v299 + v0\n"
code = compile(src, "<many>", "exec")
ins = list(dis.get_instructions(code))
ext = [i for i in ins if i.opname == "EXTENDED_ARG"]
print(len(ext), ext[0].arg)
for i in ins:
    if i.offset >= ins[-9].offset:
        print(i.opname, i.arg, i.argrepr)
ns = {}
exec(code, ns)
print(ns["result"])
