# At module and class level locals() is the namespace dict itself, so writes to it are real bindings.
print(locals() is globals())
locals()["injected"] = "module value"
print(injected)
class C:
    a = 1
    ns = locals()
    ns["b"] = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.b, C.names)
