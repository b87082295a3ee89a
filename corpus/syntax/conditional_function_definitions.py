# Function and class definitions inside if/else and try/except choose one definition at run time.
flag = False
if flag:
    def which(): return "if branch"
else:
    def which(): return "else branch"
try:
    raise ImportError
except ImportError:
    class Impl:
        name = "fallback"
else:
    class Impl:
        name = "primary"
print(which(), Impl.name)
