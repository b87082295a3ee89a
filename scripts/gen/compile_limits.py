#!/usr/bin/env python3
"""Generate corpus/compile/gen/: boundary programs for compiler size limits and EXTENDED_ARG.

Each family is generated on both sides of a limit (256-entry opargs, 16-pair dict runs,
30-item stack guideline, 64-local dataflow limit, folding limits ...). Deterministic: rerunning
rewrites identical files. Usage: python3 scripts/gen/compile_limits.py
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "corpus", "compile", "gen")

FILES = {}


def emit(name, comment, body):
    assert name not in FILES, name
    FILES[name] = "# " + comment + "\n" + body.rstrip("\n") + "\n"


# --- module-level names around oparg 256 (STORE_NAME / LOAD_NAME) --------------------------
for n in (256, 257):
    lines = [f"n{i} = {i}" for i in range(n - 1)]
    lines.append(f"print(n0 + n{n - 2})")
    emit(f"names_module_{n}", f"{n} distinct co_names at module level (incl. print): "
         + ("the last index 255 needs no EXTENDED_ARG." if n == 256 else "index 256 needs EXTENDED_ARG 1."),
         "\n".join(lines))

# --- LOAD_GLOBAL oparg is index<<1, so index 128 already needs EXTENDED_ARG ---------------------
for n in (127, 128):
    body = "".join(f"g{i} = {i}\n" for i in range(n + 1))
    body += "def f():\n"
    body += "    return " + " + ".join(f"g{i}" for i in range(n + 1)) + "\n"
    body += "print(f(), len(f.__code__.co_names))\n"
    emit(f"load_global_index_{n}", f"A function reading {n + 1} globals: LOAD_GLOBAL oparg = index<<1 "
         + ("stays below 256 (254 for index 127)." if n == 127 else "reaches 256 at index 128 and needs EXTENDED_ARG."), body)

# --- LOAD_ATTR oparg index<<1 -----------------------------------------------------------------------
for n in (127, 128):
    body = "class O:\n    pass\no = O()\n"
    body += "".join(f"o.a{i} = {i}\n" for i in range(n + 1))
    body += "def f(o):\n"
    body += "    return " + " + ".join(f"o.a{i}" for i in range(n + 1)) + "\n"
    body += "print(f(o))\n"
    emit(f"load_attr_index_{n}", f"A function reading {n + 1} attributes: LOAD_ATTR oparg = index<<1, "
         + ("the last (index 127) fits in one byte." if n == 127 else "index 128 needs EXTENDED_ARG."), body)

# --- LOAD_SUPER_ATTR oparg index<<2 (co_names[0] is 'super', so m{i} has index i + 1) -----------------
for n in (63, 64):
    body = "class A:\n"
    body += "".join(f"    def m{i}(self):\n        return {i}\n" for i in range(n))
    body += "class B(A):\n    def go(self):\n"
    body += "        return " + " + ".join(f"super().m{i}()" for i in range(n)) + "\n"
    body += "print(B().go())\n"
    emit(f"load_super_attr_index_{n}", f"LOAD_SUPER_ATTR oparg = index<<2 | flags: the last method name has index {n} "
         + ("and still fits in one byte (255)." if n == 63 else "and needs EXTENDED_ARG."), body)

# --- constants around 256 in a function (co_consts[0] is None) --------------------------------------
for n in (255, 256):
    body = "def f():\n    t = 0\n"
    body += "".join(f"    t += {1000 + i}\n" for i in range(n - 1))
    body += "    return t\n"
    body += "print(f(), len(f.__code__.co_consts))\n"
    emit(f"consts_function_{n}", f"A function with {n} co_consts (None + 0 + {n - 2} ints): "
         + ("the last LOAD_CONST index is 255." if n == 255 else "LOAD_CONST 256 needs EXTENDED_ARG."), body)

# --- locals around 256 --------------------------------------------------------------------------
for n in (256, 257):
    body = "def f():\n"
    body += "".join(f"    v{i} = {i % 7}\n" for i in range(n))
    body += f"    return v0 + v{n - 1}\n"
    body += "print(f(), f.__code__.co_nlocals)\n"
    emit(f"locals_function_{n}", f"A function with {n} locals: "
         + ("LOAD_FAST 255 is the largest plain oparg." if n == 256 else "STORE_FAST/LOAD_FAST 256 need EXTENDED_ARG."), body)

# --- 64-local limit of the LOAD_FAST_CHECK dataflow --------------------------------------------
for n in (63, 64):
    body = "def f(c):\n"
    body += "".join(f"    v{i} = {i}\n" for i in range(1, n + 1))
    body += "    if c:\n        c += 1\n"
    body += f"    return v{n - 1} + v{n}\n"
    body += "print(f(0), f.__code__.co_varnames.index('v%d' % " + str(n) + "))\n"
    emit(f"load_fast_check_local_{n}", f"Local v{n} sits at index {n}: "
         + ("inside the 64-local dataflow, a bound read is LOAD_FAST." if n == 63 else
            "beyond 64 locals only per-block analysis runs, so reads after a branch become LOAD_FAST_CHECK."), body)

# --- forward and backward jumps around 256 code units -------------------------------------------
for k in (51, 52):
    body = "def f(x, c):\n    if c:\n"
    body += "        x += 1\n" * k
    body += "    return x\n"
    body += "print(f(0, 1), f(0, 0))\n"
    emit(f"jump_forward_{k}_stmts", f"if-body of {k} five-unit statements: POP_JUMP_IF_FALSE over {5 * k} code units"
         + (" (EXTENDED_ARG needed)." if 5 * k > 255 else " (fits in one byte)."), body)
for k in (48, 49):
    body = "def f(n):\n    x = 0\n    while n:\n        n -= 1\n"
    body += "        x += 1\n" * k
    body += "    return x\n"
    body += "print(f(3))\n"
    emit(f"jump_backward_{k}_stmts", f"while-body of {k}+1 statements: JUMP_BACKWARD distance {5 * k + 14}"
         + (" needs EXTENDED_ARG." if 5 * k + 14 > 255 else " fits in one byte."), body)

# --- dict literal runs: BUILD_CONST_KEY_MAP up to 15 pairs, BUILD_MAP 0 + MAP_ADD from 16 ---------------
for n in (15, 16):
    body = "def f(v):\n    return {" + ", ".join(f"'k{i}': v" for i in range(n)) + "}\n"
    body += "d = f(1)\nprint(len(d), list(d)[-1])\n"
    emit(f"dict_const_keys_{n}", f"Dict literal with {n} constant keys: "
         + ("BUILD_CONST_KEY_MAP 15." if n == 15 else "16 or more pairs switch to BUILD_MAP 0 + MAP_ADD."), body)
for n in (15, 16):
    body = "def f(*k):\n    return {" + ", ".join(f"k[{i}]: {i}" for i in range(n)) + "}\n"
    body += f"d = f(*range(100, 100 + {n}))\nprint(len(d), d[100])\n"
    emit(f"dict_var_keys_{n}", f"Dict literal with {n} non-constant keys: "
         + ("BUILD_MAP 15." if n == 15 else "16 or more pairs switch to BUILD_MAP 0 + MAP_ADD."), body)

# --- stack-use guideline: 30 items --------------------------------------------------------------
for kind, op, close in (("list", "[", "]"), ("tuple", "(", ",)")):
    for n in (30, 31):
        body = "def f(a):\n    return " + op + ", ".join(f"a + {i}" for i in range(n)) + close + "\n"
        body += "r = f(0)\nprint(type(r).__name__, len(r))\n"
        emit(f"{kind}_display_{n}_items", f"A {kind} display of {n} non-constant items: "
             + ("built in one BUILD_X." if n == 30 else "more than 30 items are appended one by one."), body)

# --- call argument counts ----------------------------------------------------------------------------
for n in (30, 31):
    body = "def f(*a):\n    return sum(a)\n"
    body += "def g(x):\n    return f(" + ", ".join("x" for _ in range(n)) + ")\n"
    body += "print(g(1))\n"
    emit(f"call_args_{n}", f"A call with {n} positional arguments: "
         + ("plain CALL 30." if n == 30 else "over 30 the args are collected in a list and passed with CALL_FUNCTION_EX."), body)
for n in (29, 30, 31):
    body = "class A:\n    def m(self, *a):\n        return len(a)\n"
    body += "def g(o, x):\n    return o.m(" + ", ".join("x" for _ in range(n)) + ")\n"
    body += "print(g(A(), 1))\n"
    emit(f"method_call_args_{n}", f"A method call with {n} arguments: "
         + {29: "LOAD_ATTR method form and CALL 29.", 30: "no method form: LOAD_ATTR + PUSH_NULL + CALL 30.",
            31: "no method form and CALL_FUNCTION_EX with a list-built tuple."}[n], body)

# --- f-string part counts ----------------------------------------------------------------------------
for n in (30, 31):
    fields = n // 2 + 1 if n % 2 else n // 2
    parts = []
    count = 0
    i = 0
    while count < n:
        parts.append("{a}" if i % 2 == 0 else "-")
        count += 1
        i += 1
    s = "".join(parts)
    body = "def f(a):\n    return f\"" + s + "\"\n"
    body += "print(f(7))\n"
    emit(f"fstring_parts_{n}", f"An f-string of {n} parts: "
         + ("BUILD_STRING 30." if n == 30 else "more than 30 parts use ''.join([...])."), body)

# --- folding limits: nested tuple complexity (1024 items) -----------------------------------------
for k in (5, 6):
    body = f"t = ((1,) * 200,) * {k}\nprint(len(t), sum(len(x) for x in t))\n"
    emit(f"fold_tuple_total_items_{k}", f"((1,) * 200,) * {k} has {200 * k} nested items: "
         + ("<= 1024, folded." if k == 5 else "> 1024 (MAX_TOTAL_ITEMS), not folded."), body)

# --- folding limits: ** for several bases ---------------------------------------------------------
for base in (3, 10, 255, 256):
    bits = base.bit_length()
    e = 128 // bits
    body = f"a = {base} ** {e}\nb = {base} ** {e + 1}\nprint(a)\nprint(b)\n"
    emit(f"fold_pow_base_{base}", f"{base} ** {e} folds (bit_length {bits} * {e} <= 128); {base} ** {e + 1} does not.", body)

def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(FILES):
        with open(os.path.join(OUT, name + ".py"), "w", encoding="utf-8", newline="\n") as f:
            f.write(FILES[name])
    print(f"wrote {len(FILES)} files to {OUT}")


if __name__ == "__main__":
    main()
