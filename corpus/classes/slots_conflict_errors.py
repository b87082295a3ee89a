# Invalid __slots__ definitions are rejected at class creation with specific TypeErrors/ValueErrors.
def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def conflict():
    class A:
        __slots__ = ("x",)
        x = 1

def bad_name():
    class B:
        __slots__ = ("not valid",)

def non_str():
    class C:
        __slots__ = (1,)

def dup_dict():
    class D:
        __slots__ = ("__dict__", "__dict__")

def int_layout():
    class E(int):
        __slots__ = ("extra",)

def empty_ok():
    class F(tuple):
        __slots__ = ()

attempt("conflict", conflict)
attempt("bad_name", bad_name)
attempt("non_str", non_str)
attempt("dup_dict", dup_dict)
attempt("int_layout", int_layout)
attempt("empty_ok", empty_ok)
