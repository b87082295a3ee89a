# The article's count_args: co_varnames, co_nlocals and co_stacksize of a 3-argument function.
def count_args(a, b, c):
    x = a + b
    y = x + c
    return y

frame_info = count_args.__code__
print(f"co_varnames: {frame_info.co_varnames}")
print(f"co_nlocals: {frame_info.co_nlocals}")
print(f"co_stacksize: {frame_info.co_stacksize}")
print(count_args(1, 2, 3))
