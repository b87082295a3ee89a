# dis.show_code prints code_info for a code object compiled from a string.
import dis

src = '''
def gen(n):
    "doc"
    for i in range(n):
        yield i * 2
'''
code = compile(src, "<show_code>", "exec")
dis.show_code(code)
fn_code = code.co_consts[0]
dis.show_code(fn_code)
