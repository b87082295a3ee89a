# Sizes of code objects (depend on bytecode and tables) and of closure cells.
import sys

def tiny():
    pass

def medium(a, b):
    total = 0
    for i in range(a):
        total += i * b
    return total

def outer():
    captured = [1]
    def inner():
        return captured
    return inner

cell = outer().__closure__[0]
tiny_code = tiny.__code__
medium_code = medium.__code__
module_code = compile("x = 1", "<s>", "exec")
print("tiny", sys.getsizeof(tiny_code), len(tiny_code.co_code))
print("medium", sys.getsizeof(medium_code), len(medium_code.co_code))
print("module", sys.getsizeof(module_code), len(module_code.co_code))
print("cell", type(cell).__name__, sys.getsizeof(cell))
