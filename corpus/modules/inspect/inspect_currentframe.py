# inspect.currentframe, getframeinfo, getouterframes and stack: function names, line numbers, locals.
import inspect

def inner():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(info.function, info.lineno, info.code_context, info.index)
    print([(fi.function, fi.lineno) for fi in inspect.getouterframes(frame)])
    print([fi.function for fi in inspect.stack(0)])
    return frame

def outer():
    value = 7
    fr = inner()
    print(fr.f_back.f_locals["value"], fr.f_back.f_code.co_name)

outer()
print(inspect.currentframe().f_code.co_name)
print(inspect.getframeinfo(inspect.currentframe(), context=1).code_context)
