# __traceback__ is None before raising and set after; tb_lineno and the frame's code name are available.
def fail():
    raise ValueError("inside")

e = ValueError("fresh")
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    fail()
except ValueError as caught:
    tb = caught.__traceback__
    print(tb is not None, type(tb).__name__)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    saved = caught

print(saved.__traceback__ is not None)
t = saved.with_traceback(None)
print(t is saved, saved.__traceback__)
try:
    saved.__traceback__ = "bad"
except TypeError as e2:
    print(type(e2).__name__, e2)
