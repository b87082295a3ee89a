# gi_frame is None once finished; gi_suspended is True only while paused at a yield; gi_code is the function's code.
def g():
    yield 1
gen = g()
print(gen.gi_frame is not None, gen.gi_suspended, gen.gi_running)
next(gen)
print(gen.gi_frame is not None, gen.gi_suspended, gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame, gen.gi_suspended, gen.gi_code is g.__code__)
print(gen.__name__, gen.__qualname__)
