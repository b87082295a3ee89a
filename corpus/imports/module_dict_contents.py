# The dunder names a freshly imported module has in its namespace, and their types.
import _order_c as m

for key in sorted(vars(m)):
    if key.startswith("__") and key != "__builtins__":
        value = vars(m)[key]
        shown = value if isinstance(value, (str, type(None))) and key not in ("__file__", "__cached__") else type(value).__name__
        print(key, shown)
print(type(vars(m)["__builtins__"]).__name__)
print(m.__spec__.name, m.__loader__ is m.__spec__.loader, m.__spec__.has_location)
