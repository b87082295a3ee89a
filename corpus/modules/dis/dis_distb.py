# dis.distb disassembles the frame of a traceback and marks the failing instruction with -->.
import dis
import sys

def fail(d):
    x = 1
    return d["missing"] + x

try:
    fail({})
except KeyError:
    tb = sys.exc_info()[2]
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
    dis.distb(tb)
