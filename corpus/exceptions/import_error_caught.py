# ImportError / ModuleNotFoundError messages and their name/path attributes.
try:
    import no_such_module_for_corpus
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)

try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name, e.name_from)

try:
    import no_such_pkg.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)

try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)

e = ImportError("custom", name="mod", path="/nowhere")
print(e, e.name, e.path, e.args)
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print(type(err).__name__, err)
