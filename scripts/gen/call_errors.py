#!/usr/bin/env python3
"""Generate corpus/functions/gen/: one file per TypeError message family of a wrong call.

Each program defines a few functions, makes several wrong calls and prints the exact
TypeError text, so the output stage pins down CPython 3.13's argument-binding messages.
Deterministic: rerunning rewrites identical files. Usage: python3 scripts/gen/call_errors.py
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "corpus", "functions", "gen")

RUNNER = '''for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
'''

FAMILIES = [
    ("missing_one_positional", "Missing one required positional argument, for functions, methods and lambdas.",
     "def f(a):\n    return a\ndef g(a, b):\n    return a, b\nclass C:\n    def m(self, x):\n        return x\nlam = lambda q: q\n",
     ["f()", "g(1)", "g(b=2)", "C().m()", "lam()"]),
    ("missing_two_positional", "Two missing positional arguments are listed as 'a' and 'b'.",
     "def f(a, b):\n    return a\ndef g(a, b, c):\n    return a\n",
     ["f()", "g(1)", "g(c=3)", "g(b=2)"]),
    ("missing_three_positional", "Three or more missing names are listed with commas and a final ', and'.",
     "def f(a, b, c):\n    return a\ndef g(a, b, c, d, e=5):\n    return a\n",
     ["f()", "g()", "g(1)", "g(e=1)"]),
    ("missing_with_defaults", "Only parameters without defaults are reported missing; keywords can fill any of them.",
     "def f(a, b, c=3, d=4):\n    return a, b, c, d\n",
     ["f()", "f(c=1)", "f(1, d=0)", "f(b=2, a=1)"]),
    ("missing_keyword_only", "Missing keyword-only arguments: one, two ('x' and 'y') and three.",
     "def f(*, x):\n    return x\ndef g(a, *, x, y):\n    return a\ndef h(*args, x, y, z, w=0):\n    return args\n",
     ["f()", "g(1)", "g(1, y=2)", "h(1, 2)", "h(w=1)"]),
    ("missing_positional_before_keyword_only", "When both kinds are missing only the positional ones are reported.",
     "def f(a, *, k):\n    return a\ndef g(a, b=1, *, k, m=2):\n    return a\n",
     ["f()", "f(k=1)", "f(1)", "g()", "g(1, 2)"]),
    ("too_many_positional_exact", "'takes N positional argument(s) but M were given' without defaults.",
     "def f(a):\n    return a\ndef g(a, b):\n    return a\n",
     ["f(1, 2)", "g(1, 2, 3)", "g(1, 2, 3, 4, 5)"]),
    ("too_many_positional_range", "With defaults the message says 'from N to M positional arguments'.",
     "def f(a, b=2):\n    return a\ndef g(a=1, b=2, c=3):\n    return a\n",
     ["f(1, 2, 3)", "g(1, 2, 3, 4)", "f(1, 2, 3, 4, 5, 6)"]),
    ("too_many_positional_zero", "A function taking no arguments: '1 was given' versus '2 were given'.",
     "def f():\n    return 0\nlam = lambda: 1\n",
     ["f(1)", "f(1, 2)", "lam(None)"]),
    ("too_many_positional_with_keyword_only_given", "Too many positionals while keyword-only args were passed adds '(and N keyword-only argument(s))'.",
     "def f(a, *, k=0, m=0):\n    return a\n",
     ["f(1, 2, k=1)", "f(1, 2, k=1, m=2)", "f(1, 2, 3)"]),
    ("too_many_positional_method_counts_self", "For a bound method the counts include self.",
     "class C:\n    def m(self):\n        return 0\n    def n(self, a, b=0):\n        return a\n",
     ["C().m(1)", "C().n(1, 2, 3)", "C.m(C(), 1)", "C.m()"]),
    ("unexpected_keyword", "An unknown keyword argument: 'got an unexpected keyword argument'.",
     "def f(a):\n    return a\ndef g(*args):\n    return args\n",
     ["f(1, zz=2)", "g(a=1)", "f(a=1, b=2, c=3)"]),
    ("unexpected_keyword_suggestion", "3.13 suggests a close parameter name: \". Did you mean 'value'?\"",
     "def f(value, count=1):\n    return value\ndef g(*, verbose=False):\n    return verbose\n",
     ["f(vaule=1)", "f(1, cuont=2)", "g(verbos=True)", "g(xyz=1)"]),
    ("positional_only_passed_as_keyword", "Positional-only parameters passed by keyword are listed together.",
     "def f(a, /):\n    return a\ndef g(a, b, /, c):\n    return a\n",
     ["f(a=1)", "g(a=1, b=2, c=3)", "g(1, b=2, c=3)"]),
    ("positional_only_keyword_goes_to_kwargs", "With **kwargs a keyword named like a positional-only parameter is collected instead.",
     "def f(a, /, **kw):\n    return a, kw\ndef g(a, /, b):\n    return a, b\n",
     ["f(1, a=2)", "f(a=2)", "g(1, a=2)"]),
    ("multiple_values_for_argument", "'got multiple values for argument' when a positional slot is also passed by keyword.",
     "def f(a, b=0):\n    return a\ndef g(x, *args):\n    return x\n",
     ["f(1, a=2)", "f(1, 2, b=3)", "g(1, 2, x=3)"]),
    ("multiple_values_via_double_star", "A ** mapping that repeats a positional argument gives the same 'multiple values' error.",
     "def f(a, b=0):\n    return a\nd = {'a': 5}\n",
     ["f(1, **d)", "f(*[1, 2], **{'b': 3})", "f(**d)"]),
    ("multiple_values_for_keyword_argument", "Duplicate keys across keyword arguments and ** mappings use the module-qualified name.",
     "def f(**kw):\n    return kw\nclass C:\n    def m(self, **kw):\n        return kw\n",
     ["f(k=1, **{'k': 2})", "f(**{'k': 1}, **{'k': 2})", "C().m(x=1, **{'x': 2})"]),
    ("star_argument_not_iterable", "f(*x) with a non-iterable x: 'argument after * must be an iterable, not int'.",
     "def f(*a):\n    return a\nclass C:\n    def m(self, *a):\n        return a\n",
     ["f(*1)", "f(*None)", "C().m(*3.5)", "f(*'ok')"]),
    ("double_star_not_mapping", "f(**x) with a non-mapping x: 'argument after ** must be a mapping, not list'.",
     "def f(**k):\n    return k\n",
     ["f(**[1])", "f(**None)", "f(**[('a', 1)])"]),
    ("double_star_non_string_keys", "f(**{1: 2}) raises 'keywords must be strings'.",
     "def f(**k):\n    return k\ndef g(a):\n    return a\n",
     ["f(**{1: 2})", "g(**{(1,): 2})", "f(**{'ok-key': 1})"]),
    ("object_not_callable", "Calling a non-callable: \"'int' object is not callable\".",
     "x = 5\nn = None\ns = 'str'\nclass C:\n    pass\n",
     ["x()", "n(1)", "s(key=1)", "C()()", "[1][0]()"]),
    ("class_takes_no_arguments", "A class without __init__/__new__ called with arguments: 'C() takes no arguments'.",
     "class C:\n    pass\nclass D(C):\n    pass\n",
     ["C(1)", "D(a=1)", "type(C())"]),
    ("class_init_argument_errors", "__init__ errors name the method as 'C.__init__()'.",
     "class C:\n    def __init__(self, x, *, y=0):\n        self.x = x\n",
     ["C()", "C(1, 2)", "C(1, z=3)", "C(1, y=2).x"]),
    ("nested_function_qualname", "Errors of nested functions use the full __qualname__ with <locals>.",
     "def outer():\n    def inner(a):\n        return a\n    return inner\nclass K:\n    class N:\n        def m(self, a):\n            return a\n",
     ["outer()()", "outer()(1, 2)", "K.N().m()"]),
    ("renamed_qualname_in_message", "The message uses the function's current __qualname__, not its code object name.",
     "def f(a):\n    return a\nf.__qualname__ = 'renamed.thing'\ndef g(a):\n    return a\ng.__name__ = 'only_name_changed'\n",
     ["f()", "g()", "f(1, 2)"]),
    ("staticmethod_classmethod_errors", "Argument errors for staticmethod and classmethod calls (cls is counted, self is not).",
     "class C:\n    @staticmethod\n    def s(a):\n        return a\n    @classmethod\n    def c(cls, a):\n        return a\n",
     ["C.s()", "C().s(1, 2)", "C.c()", "C.c(1, 2)"]),
    ("generator_function_argument_errors", "A generator function checks its arguments at call time, before any generator exists.",
     "def gen(a):\n    yield a\nasync def co(a):\n    return a\n",
     ["gen()", "gen(1, 2)", "co(b=1)", "next(gen(7))"]),
    ("builtin_argument_errors", "Argument errors of a few builtins (their messages differ from Python functions).",
     "",
     ["len()", "len(1, 2)", "abs()", "isinstance(1)", "divmod(1)", "len(obj=1)"]),
    ("varargs_and_keyword_only", "With *args any number of positionals is fine, but required keyword-only args still are.",
     "def f(*args, k):\n    return args, k\ndef g(a, *args, k=1, **kw):\n    return a, args, k, kw\n",
     ["f(1, 2)", "f(1, 2, k=3)", "g()", "g(1, 2, 3, k=4, z=5)"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    seen = set()
    for name, comment, defs, calls in FAMILIES:
        assert name not in seen
        seen.add(name)
        text = "# " + comment + "\n" + defs
        text += "calls = [\n" + "".join(f"    lambda: {c},\n" for c in calls) + "]\n"
        text += RUNNER
        with open(os.path.join(OUT, name + ".py"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"wrote {len(FAMILIES)} files to {OUT}")


if __name__ == "__main__":
    main()
