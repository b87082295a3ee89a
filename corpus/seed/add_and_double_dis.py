# The article's dis.dis(add_and_double) example (3.13 output differs from the 3.12 listing shown there).
import dis

def add_and_double(a, b):
    result = a + b
    return result * 2

dis.dis(add_and_double)
print(add_and_double(3, 4))
print(add_and_double("ab", "c"))
