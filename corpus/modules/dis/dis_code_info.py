# dis.code_info text for functions with all argument kinds, a closure, names and nested code constants.
import dis

src = '''
glob = 1

def outer(a, /, b, *args, c=3, **kw):
    cell = a
    def inner():
        return cell + glob
    return inner, len(args), kw.get("z")
'''
ns = {}
exec(compile(src, "<code_info>", "exec"), ns)
print(dis.code_info(ns["outer"]))
print("--")
print(dis.code_info(ns["outer"](1, 2)[0]))
print("--")
print(dis.code_info("a = b + 1"))
