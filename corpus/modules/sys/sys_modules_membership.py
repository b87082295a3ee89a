# sys.modules holds sys, builtins and __main__; a module appears there only once imported.
import sys

print("sys" in sys.modules, sys.modules["sys"] is sys)
print("builtins" in sys.modules)
main = sys.modules["__main__"]
print(main.__name__, main.__dict__ is globals())
print(__name__)
print("json" in sys.modules)
import json
print("json" in sys.modules, sys.modules["json"] is json)
print("json.decoder" in sys.modules, "json.encoder" in sys.modules)
print(type(sys.modules).__name__)
try:
    sys.modules["no_such_module_here"]
except KeyError as e:
    print("KeyError:", e)
