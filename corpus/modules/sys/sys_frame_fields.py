# Frame attributes: f_back, f_code, f_lineno as execution moves, f_globals, f_lasti type and f_trace default.
import sys

def where():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno

def walk():
    a = where()
    b = where()

    c = where()
    return [a, b, c]

print(walk())
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back)
print(type(f.f_lasti).__name__, f.f_lasti > 0)
print(f.f_trace)
print(f.f_globals is globals(), f.f_locals is globals())
print(f.f_code.co_filename.rsplit("/", 1)[-1])

def inner_frame():
    return sys._getframe()

fr = inner_frame()
print(fr.f_code.co_name, fr.f_back is None, fr.f_lineno)
