# Inside multiply(3, 7): the callee frame holds a and b as locals, and f_back is the caller's frame.
import sys

def multiply(a, b):
    frame = sys._getframe()
    print("locals:", {k: v for k, v in frame.f_locals.items() if k != "frame"})
    print("code:", frame.f_code.co_name, frame.f_code is multiply.__code__)
    print("caller:", frame.f_back.f_code.co_name)
    print("globals is module dict:", frame.f_globals is globals())
    print("builtins has print:", "print" in frame.f_builtins)
    return a * b

result = multiply(3, 7)
print(result, type(result).__name__)
print(multiply(2**40, 3), multiply("ab", 3), multiply([0], 2))
