#!/usr/bin/env python3
"""Write the test cases of pyref's compiler back half (flowgraph + assembler + dis) from CPython.

    PYENV_VERSION=3.13.0 python scripts/gen/compile_backend_cases.py

For each source below it takes CPython 3.13.0's *code generator* output, unit by unit
(`_testinternalcapi.compiler_codegen`: instructions with labels resolved to instruction indices,
plus the unit's metadata), and CPython's *final* code objects (`compile()`), and writes
interp/src/compile/testdata/NAME.case. The Rust test feeds the codegen output through pyref's
flowgraph and assembler and compares co_code, co_linetable, co_exceptiontable, co_stacksize, the
localsplus tables, co_consts and the `dis` text (plain, -C and -O) with CPython's.

Codegen metadata is exact for the module unit. For nested units CPython keeps only the
instruction sequence, so the metadata comes from the final code object; their pre-optimisation
constant list is reconstructed and then *verified* by running CPython's own CFG optimiser
(`_testinternalcapi.optimize_cfg`) on it, which must reproduce the final co_consts.
Expected values come from CPython only, never from pyref.
"""

import ast
import dis
import json
import os
import re
import struct
import sys
import types

import _testinternalcapi as T

assert sys.version_info[:3] == (3, 13, 0), sys.version

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "interp", "src", "compile", "testdata")
FILENAME = "case.py"

CASES = {
    "straight_line": """\
def f(a, b):
    c = a + b
    d = c * 2
    return d
""",
    "module_names": """\
import os
x = 1
y = x + 2
print(x, y)
""",
    "if_else": """\
def f(x):
    if x > 0:
        y = 1
    elif x is None:
        y = 2
    else:
        y = 3
    return y
""",
    "while_loop": """\
def f(n):
    i = 0
    while i < n:
        i += 1
        if i == 5:
            break
    return i
""",
    "for_loop": """\
def f(xs):
    total = 0
    for x in xs:
        if not x:
            continue
        total += x
    else:
        total = -total
    return total
""",
    "try_except_finally": """\
def f(g):
    try:
        g()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        return 1
    else:
        g(2)
    finally:
        print("done")
    return 0
""",
    "with_stmt": """\
def f(p):
    with open(p) as fh:
        return fh.read()
""",
    "generator": """\
def gen(n):
    for i in range(n):
        yield i
    x = yield from other()
    return x
""",
    "closure": """\
def outer(a):
    b = 2
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner
""",
    "extended_arg": "def f():\n    return [" + ", ".join(f"x{i}" for i in range(300)) + "]\n"
    + "".join(f"v{i} = {i}\n" for i in range(300)),
    "long_jump": "def f(x):\n    if x:\n" + "".join(f"        x = x + {i}\n" for i in range(120)) + "    return x\n",
    "const_tuple_fold": """\
def f(a=1, b=(2, 3), *, c='x'):
    return a, b, c
t = (1, 2.5, None, 'a', b'b', ..., 1j)
""",
    "superinstructions": """\
def f(a, b, c):
    x = a
    y = b
    x, y = y, x
    return a + b + c + x + y
""",
    "load_fast_check": """\
def f(c):
    if c:
        v = 1
    print(v)
    del c
    return c
""",
    "async_fn": """\
async def f(x):
    async with x as y:
        await y
    async for z in x:
        print(z)
""",
    "class_def": """\
class C:
    def m(self):
        self.w = 1
        return super().m()
""",
    "misc_ops": """\
def f(a, *args, **kw):
    s = f"{a!r:>10}"
    d = {'a': 1, 'b': 2}
    del d['a']
    a[1:2] = args
    return s, -a, ~a, not a, a if a else kw, [*args], {**kw}
""",
    "lambda_comp": """\
squares = [x * x for x in range(10) if x % 2]
g = (lambda y: y + 1)
s = {k: v for k, v in zip('ab', 'cd')}
""",
    "match_stmt": """\
def f(p):
    match p:
        case [1, x]:
            return x
        case {'k': v}:
            return v
        case str() | bytes():
            return 0
        case _:
            return None
""",
    "assert_raise": """\
def f(x):
    assert x, "msg"
    try:
        pass
    except* ValueError:
        raise
    raise RuntimeError from None
""",
    "nested_try_loops": """\
def f(items):
    for it in items:
        try:
            while it:
                it = it.next
        except AttributeError:
            continue
        finally:
            it = None
    return items
""",
    "try_in_while": """\
def f(it):
    while it:
        try:
            it = it.next()
        except StopIteration:
            break
        except Exception:
            continue
    return it
""",
    "gen_try_yield": """\
def g(xs):
    try:
        for x in xs:
            with x:
                yield x
    finally:
        yield 0
    yield 1
""",
    "many_locals": "def f(c):\n" + "".join(f"    v{i} = c\n" for i in range(70)) + "    del v68\n    if c:\n        v69 = 1\n    return v68, v69, v0\n",
    "arg_cells": """\
def f(b, a, *args, k, **kw):
    def g():
        return a + b + k
    x = 1
    def h():
        return x + g()
    return h
class K:
    def m(self):
        return __class__
""",
    "jump_threading": """\
def f(a, b, c):
    if a and b or c:
        x = 1
    else:
        x = 2
    while a or b:
        if c:
            break
    return x
""",
    "const_conditions": """\
def f(x):
    if 1:
        x = 1
    while True:
        if x:
            break
    if x is None:
        return 1
    if x is not None:
        return 2
    if not x:
        return 3
    return not not x
""",
    "swaps": """\
def f(a, b, c):
    a, b, c = c, b, a
    a, b = b, a
    a, a = b, c
    return a, b, c
x, y = 1, 2
x, y = y, x
""",
    "with_loop_exits": """\
def f(items):
    for it in items:
        with it as v:
            if v:
                break
            if not v:
                continue
            return v
    try:
        return 1
    finally:
        print("f")
""",
    "finally_return": """\
def f(x):
    try:
        try:
            return x()
        finally:
            x = 2
    except:
        return x
    finally:
        return 3
""",
    "long_lines": "def f(a):\n    x = (a +\n         a)\n" + "\n" * 70 + "    y = " + " + ".join(["a"] * 40) + "\n" + "\n" * 300 + "    return [\n        x,\n        y]\n",
    "decorated": """\
import functools
@functools.lru_cache
@staticmethod
def f(a=1, /, b: int = 2, *, c: str = 'c') -> None:
    return (lambda q=a: q)(b)
""",
    "calls": """\
def f(o, *a, **k):
    o.m(1, 2)
    o(x=1, y=2)
    o(*a, **k)
    o(1, *a)
    print(o.a.b.c, len(a), super)
    return o.m(key=3)
""",
    "chained_compare": """\
def f(a, b, c):
    if a < b < c:
        return a <= b != c
    return a in b, a not in b, a is b, a is not c
""",
    "generic_class": """\
class A[T]:
    x: T
    def m[U](self, u: U) -> T:
        return u
type Alias[K] = list[K]
""",
    "async_gen": """\
async def ag(xs):
    try:
        async for x in xs:
            yield x
    except ValueError:
        yield await xs
""",
    "comprehension_cells": """\
def f(xs):
    ys = [lambda: x for x in xs]
    zs = {x: [y for y in xs] for x in xs}
    return ys, zs, sum(x for x in xs)
""",
    "globals_nonlocal": """\
g = 0
def f():
    global g
    g += 1
    del g
    def h():
        nonlocal_v = 1
        def i():
            nonlocal nonlocal_v
            nonlocal_v = 2
        return i
    return h
""",
    "constants_zoo": """\
a = (1.5, -0.0, 0.0, 1e100, 1e-7, 2j, -2j, (1+2j), 'é', '\\t\\'"', b'\\x00\\xff"\\'', None, True, False, ..., 10**10)
b = frozenset({1})
c = 1 if a else 2
def f(x=(1, 2), *, y=frozenset()):
    return x in (1, 2, 3), x in {1, 2, 3}, [1, 2, 3], {1, 2, 3}
""",
    "match_more": """\
def f(p):
    match p:
        case {'a': 1, **rest}:
            return rest
        case [1, *others, 2] if others:
            return others
        case Point(x=0, y=yy) as pt:
            return pt, yy
        case 1 | 2 | 3:
            return 'small'
        case (None | True) as c:
            return c
""",
    "empty_module": "",
    "docstring_and_pass": '''\
"""Module doc."""
def f():
    """Function doc."""
    pass
''',
}


def enc_const(c, code_ids):
    """Prefix encoding of a constant, see testdata/README.md."""
    if c is None:
        return "none"
    if c is True:
        return "true"
    if c is False:
        return "false"
    if c is Ellipsis:
        return "ellipsis"
    if isinstance(c, int):
        return f"int {c}"
    if isinstance(c, float):
        return "float " + struct.pack(">d", c).hex()
    if isinstance(c, complex):
        return "complex " + struct.pack(">d", c.real).hex() + " " + struct.pack(">d", c.imag).hex()
    if isinstance(c, str):
        return "str " + json.dumps(c)
    if isinstance(c, bytes):
        return "bytes " + (c.hex() or "-")
    if isinstance(c, tuple):
        return " ".join([f"tuple {len(c)}"] + [enc_const(x, code_ids) for x in c])
    if isinstance(c, frozenset):
        return " ".join([f"frozenset {len(c)}"] + [enc_const(x, code_ids) for x in c])
    if isinstance(c, types.CodeType):
        return f"code {code_ids[id(c)]}"
    raise TypeError(type(c))


def mask(s):
    return re.sub(r"0x[0-9a-f]{8,}", "0xADDR", s)


def consts_from_md(md):
    d = md["consts"]
    out = [None] * len(d)
    for k, v in d.items():
        # Keys are _PyCode_ConstantKey values; a tuple key wraps the constant as item 1
        # (compile.c consts_dict_keys_inorder).
        out[v] = k[1] if type(k) is tuple else k
    return out


def keys_in_order(d):
    return [k for k, _ in sorted(d.items(), key=lambda kv: kv[1])]


def const_key_list(lst):
    return [(type(x), x if not isinstance(x, float) else struct.pack(">d", x)) for x in lst]


def normalized_ops(instrs, prefix):
    """The instructions CPython's optimiser produced, reduced to what survives assembly unchanged:
    no jumps, NOPs or pseudo-instructions, superinstructions split, LOAD_FAST_CHECK as LOAD_FAST
    (`optimize_cfg` assumes no parameters), opargs kept for constants only."""
    out = []
    skip = {"NOP", "POP_BLOCK", "SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "EXTENDED_ARG", "CACHE"}
    rename = {"LOAD_FAST_CHECK": "LOAD_FAST", "LOAD_CLOSURE": "LOAD_FAST", "STORE_FAST_MAYBE_NULL": "STORE_FAST"}
    split = {
        "LOAD_FAST_LOAD_FAST": ("LOAD_FAST", "LOAD_FAST"),
        "STORE_FAST_LOAD_FAST": ("STORE_FAST", "LOAD_FAST"),
        "STORE_FAST_STORE_FAST": ("STORE_FAST", "STORE_FAST"),
    }
    i = 0
    if prefix:
        while i < len(instrs) and instrs[i][0] in ("COPY_FREE_VARS", "MAKE_CELL"):
            i += 1
        if i < len(instrs) and instrs[i][0] == "RETURN_GENERATOR":
            i += 2
    for name, arg in instrs[i:]:
        if name in skip or dis.opmap[name] in dis.hasjump:
            continue
        name = rename.get(name, name)
        for n in split.get(name, (name,)):
            out.append((n, arg if n in ("LOAD_CONST", "RETURN_CONST") else None))
    return out


def nested_consts(seq, co):
    """The pre-optimisation co_consts of a nested unit, verified with CPython's optimiser."""
    used = [ins[1] for ins in seq.get_instructions() if dis.opname[ins[0]] in ("LOAD_CONST", "RETURN_CONST")]
    n = max(used + [0]) + 1
    final = list(co.co_consts)
    # Optimisation only drops constants (unused ones, slot 0 kept) and appends folded ones
    # (tuples, bools). So: take the final list, drop some trailing folded values, and insert up to
    # two dropped values (None from an unreachable implicit return, or the items of a folded
    # tuple) anywhere; keep the first candidate that CPython's optimiser maps onto `final`.
    pool = [None, True, False]
    for c in final:
        if isinstance(c, tuple):
            pool.extend(x for x in c if not any(x is y for y in pool))
    candidates = []
    for tail in range(0, 3):
        if tail and not all(isinstance(c, (tuple, bool)) for c in final[len(final) - tail:]):
            break
        base = final[: len(final) - tail]
        if len(base) >= n:
            candidates.append(base[:n])
        for pos in range(1, len(base) + 1):
            for v in pool:
                cand = base[:pos] + [v] + base[pos:]
                if len(cand) >= n:
                    candidates.append(cand[:n])
                for pos2 in range(pos + 1, len(cand) + 1):
                    for w in pool:
                        c2 = cand[:pos2] + [w] + cand[pos2:]
                        if len(c2) >= n:
                            candidates.append(c2[:n])
    want_ops = normalized_ops([(i.opname, i.arg) for i in dis.get_instructions(co)], prefix=True)
    for cand in candidates:
        trial = list(cand)
        out = T.optimize_cfg(seq, trial, len(co.co_varnames))
        if [id(x) if isinstance(x, types.CodeType) else repr(x) for x in trial] != [
            id(x) if isinstance(x, types.CodeType) else repr(x) for x in final
        ] or const_key_list(trial) != const_key_list(final):
            continue
        got_ops = normalized_ops([(dis.opname[i[0]], i[1]) for i in out.get_instructions()], prefix=False)
        if got_ops == want_ops:
            return cand
    raise SystemExit(f"cannot reconstruct the constants of {co.co_name} ({final}, n={n}); add an override")


def write_case(name, src):
    tree = ast.parse(src, FILENAME)
    top_seq, top_md = T.compiler_codegen(tree, FILENAME, 0, 0)
    code = compile(src, FILENAME, "exec")
    units = []  # (seq, md-dict, code)
    code_ids = {}

    def visit(seq, md, co):
        idx = len(units)
        units.append(None)
        code_ids[id(co)] = idx
        children = [c for c in co.co_consts if isinstance(c, types.CodeType)]
        nested = seq.get_nested()
        assert len(children) == len(nested), (co.co_name, len(children), len(nested))
        # The instructions are read before optimize_cfg can touch the sequence.
        instrs = seq.get_instructions()
        if md is None:
            consts = nested_consts(seq, co)
            fn_like = bool(co.co_flags & 1)
            md = {
                "consts": consts,
                "names": list(co.co_names),
                "varnames": list(co.co_varnames),
                "cellvars": sorted(co.co_cellvars) if fn_like else list(co.co_cellvars),
                "freevars": list(co.co_freevars),
                "argcount": co.co_argcount - co.co_posonlyargcount,
                "posonlyargcount": co.co_posonlyargcount,
                "kwonlyargcount": co.co_kwonlyargcount,
            }
        else:
            consts = consts_from_md(md)
            # codegen compiled its own nested code objects: pair them with compile()'s, in order.
            theirs = iter(children)
            consts = [next(theirs) if isinstance(c, types.CodeType) else c for c in consts]
            md = {
                "consts": consts,
                "names": keys_in_order(md["names"]),
                "varnames": keys_in_order(md["varnames"]),
                "cellvars": keys_in_order(md["cellvars"]),
                "freevars": keys_in_order(md["freevars"]),
                "argcount": md["argcount"],
                "posonlyargcount": md["posonlyargcount"],
                "kwonlyargcount": md["kwonlyargcount"],
            }
        units[idx] = (instrs, md, co)
        for s, c in zip(nested, children):
            visit(s, None, c)

    visit(top_seq, top_md, code)

    lines = [f"# Generated by scripts/gen/compile_backend_cases.py from CPython {sys.version.split()[0]}."]
    lines.append("@source")
    lines.extend("| " + l for l in src.splitlines())
    for idx, (instrs, md, co) in enumerate(units):
        flags = co.co_flags
        nparams = co.co_argcount + co.co_kwonlyargcount + bool(flags & 4) + bool(flags & 8)
        lines.append(f"@unit {idx}")
        lines.append(f"name {co.co_name}")
        lines.append(f"qualname {co.co_qualname}")
        lines.append(f"firstlineno {co.co_firstlineno}")
        lines.append(f"flags {flags}")
        lines.append(f"args {md['argcount']} {md['posonlyargcount']} {md['kwonlyargcount']} {nparams}")
        for key in ("names", "varnames", "cellvars", "freevars"):
            lines.append(" ".join([key] + md[key]))
        lines.append("@consts")
        for c in md["consts"]:
            lines.append(enc_const(c, code_ids))
        lines.append("@instrs")
        for op, arg, l1, l2, c1, c2 in instrs:
            lines.append(f"{dis.opname[op]} {0 if arg is None else arg} {l1} {l2} {c1} {c2}")
        lines.append("@expect")
        lines.append(f"co_code {co.co_code.hex()}")
        lines.append(f"co_linetable {co.co_linetable.hex()}")
        lines.append(f"co_exceptiontable {co.co_exceptiontable.hex()}")
        lines.append(f"co_stacksize {co.co_stacksize}")
        lines.append(f"co_nlocals {co.co_nlocals}")
        lines.append(" ".join(["co_varnames"] + list(co.co_varnames)))
        lines.append(" ".join(["co_cellvars"] + list(co.co_cellvars)))
        lines.append(" ".join(["co_freevars"] + list(co.co_freevars)))
        lines.append(f"co_consts {mask(repr(co.co_consts))}")
    for flag, kw in (("", {}), (" -C", {"show_caches": True}), (" -O", {"show_offsets": True})):
        import io

        buf = io.StringIO()
        dis.dis(code, file=buf, **kw)
        lines.append(f"@dis{flag}")
        lines.extend(mask(buf.getvalue()).splitlines())
    lines.append("@end")
    with open(os.path.join(OUT, name + ".case"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    names = sys.argv[1:] or list(CASES)
    for name in names:
        write_case(name, CASES[name])
        print("wrote", name)


if __name__ == "__main__":
    main()
