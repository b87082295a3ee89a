# Frames expose f_code.co_qualname, f_lineno of the pending call and f_locals of each caller.
import sys

def show_frame_chain():
    frame = sys._getframe()
    out = []
    while frame is not None:
        if frame.f_code.co_name == "<module>":
            out.append(("<module>", frame.f_lineno, None))
            break
        out.append((frame.f_code.co_qualname, frame.f_lineno, sorted(frame.f_locals)))
        frame = frame.f_back
    return out

def outer(level):
    marker = "outer-local"
    def inner(n):
        tmp = n * 2
        return show_frame_chain()
    return inner(level)

for entry in outer(1):
    print(entry)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back is None)
