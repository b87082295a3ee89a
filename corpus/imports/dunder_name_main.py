# __name__ is "__main__" for the script and the module's own name inside an imported module.
import _mod_a
import _pkg.sub

print(__name__)
print(_mod_a.__name__, _pkg.sub.__name__, _pkg.sub.where())
if __name__ == "__main__":
    print("running as a script")
print(globals()["__name__"])
