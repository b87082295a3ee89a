# Global names used in a function body are looked up when it runs, so rebinding after the def is seen.
def f():
    return helper() + CONST
def helper():
    return 1
CONST = 10
print(f())
CONST = 20
def helper():
    return 2
print(f())
del helper
try:
    f()
except NameError as e:
    print("NameError:", e)
