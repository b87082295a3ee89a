# An Instruction is a namedtuple: its repr, equality, _replace and _asdict.
import dis

def f():
    return 42

ins = list(dis.get_instructions(f))
for i in ins:
    print(repr(i))
ret = ins[-1]
print(ret._replace(offset=100).offset, ret == ret._replace(), ret == ret._replace(offset=0))
print(sorted(ret._asdict()))
print(len(ret))
