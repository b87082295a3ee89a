# print is a builtin_function_or_method implemented in C; sep, end and file= write through sys.stdout.
import sys

print(print)
print(type(print).__name__, print.__name__, print.__module__)
print("hello", "world", sep=", ", end="!\n")
print("a", "b", "c", sep="")
print()
print("no newline", end="")
print(" -- continued")
n = sys.stdout.write("written directly\n")
print("write returned", n)
print("to stdout", file=sys.stdout, flush=True)
print(*[1, 2, 3], sep="-")
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
