# dis.Instruction fields for each instruction of a small function, including positions and cache_info.
import dis

def f(x, y=2):
    if x:
        return x.attr(y)
    return None

for ins in dis.get_instructions(f):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr))
    print("   offset", ins.offset, "start_offset", ins.start_offset, "cache_offset", ins.cache_offset,
          "end_offset", ins.end_offset, "starts_line", ins.starts_line, "line", ins.line_number)
    print("   label", ins.label, "jump_target", ins.jump_target, "is_jump_target", ins.is_jump_target,
          "base", ins.baseopname, ins.baseopcode)
    print("   positions", tuple(ins.positions))
    print("   caches", [(name, size) for name, size, _ in ins.cache_info] if ins.cache_info else None)
print(dis.Instruction._fields)
