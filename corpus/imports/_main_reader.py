"""Helper that imports __main__ and reads a value from the running program."""
import __main__
seen = __main__.SHARED
print("_main_reader: __main__.SHARED =", seen)
