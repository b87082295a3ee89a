#!/usr/bin/env python3
"""Generate corpus/sizes/gen/: sys.getsizeof of containers, strings and ints built in many ways.

    python3.13 scripts/gen/sizes.py

Each generated program pins one construction path (a literal of n items, an append loop, a
comprehension, a constructor, a deletion pattern, ...) over a spread of sizes that crosses the
allocation boundaries, prints len() and sys.getsizeof() for each, and leaves the objects as
module globals so the sizeof stage tables them too. The output is deterministic: rerunning the
script rewrites identical files (and removes nothing else).
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "corpus" / "sizes" / "gen"

PROGRAMS = {}


def program(name, comment):
    def register(fn):
        PROGRAMS[name] = (comment, fn)
        return fn
    return register


def show(var):
    return f'print("{var}", len({var}), sys.getsizeof({var}))'


def curve(var, start, step, count, setup=None):
    """Lines that grow `var` with `step` (a statement using i) and print each size change."""
    lines = [f"{var} = {start}"] if setup is None else list(setup)
    lines += [
        f"last = sys.getsizeof({var})",
        f'print(len({var}), last)',
        f"for i in range({count}):",
        f"    {step}",
        f"    size = sys.getsizeof({var})",
        "    if size != last:",
        f"        print(len({var}), size)",
        "        last = size",
    ]
    return lines


# ---------------------------------------------------------------- lists

LIST_NS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 17, 29, 30, 31, 32, 33]


@program("list_literal_constants", "list literals of n constant items (BUILD_LIST for n <= 2, else a folded tuple + LIST_EXTEND)")
def _():
    lines = []
    for n in LIST_NS:
        lines.append(f"lit_{n} = [{', '.join(str(i) for i in range(n))}]")
    lines.append("")
    lines += [show(f"lit_{n}") for n in LIST_NS]
    return lines


@program("list_literal_names", "list literals of n name loads (BUILD_LIST n up to 30 items, BUILD_LIST 0 + LIST_APPEND above)")
def _():
    lines = ["v = 7"]
    for n in LIST_NS:
        lines.append(f"names_{n} = [{', '.join('v' for _ in range(n))}]")
    lines.append("")
    lines += [show(f"names_{n}") for n in LIST_NS]
    return lines


@program("list_literal_mixed", "list literals mixing names and constants, and starred items")
def _():
    lines = ["v = 7", "src = [1, 2, 3]"]
    cases = {
        "mixed_3": "[v, 1, 2]",
        "mixed_5": "[1, 2, 3, 4, v]",
        "mixed_9": "[v, 1, 2, 3, 4, 5, 6, 7, 8]",
        "starred_1": "[*src]",
        "starred_2": "[*src, *src]",
        "starred_mixed": "[0, *src, v]",
        "starred_empty": "[*()]",
        "nested": "[[v], [v, v], []]",
    }
    for k, expr in cases.items():
        lines.append(f"{k} = {expr}")
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("list_append_growth", "list.append growth: every size change from 0 to 200 items (list_resize over-allocation)")
def _():
    return curve("grow", "[]", "grow.append(i)", 200)


@program("list_insert_growth", "list.insert(0, x) follows the same over-allocation as append")
def _():
    return curve("front", "[]", "front.insert(0, i)", 80)


@program("list_pop_shrink", "list.pop shrinks the allocation once fewer than half the slots are used")
def _():
    return [
        "shrink = []",
        "for i in range(100):",
        "    shrink.append(i)",
        "last = sys.getsizeof(shrink)",
        "print(len(shrink), last)",
        "while shrink:",
        "    shrink.pop()",
        "    size = sys.getsizeof(shrink)",
        "    if size != last:",
        "        print(len(shrink), size)",
        "        last = size",
    ]


@program("list_comprehension", "list comprehensions append from an empty list, whatever the source length")
def _():
    ns = [0, 1, 2, 4, 5, 8, 9, 16, 17, 25, 33, 41, 53, 100]
    lines = [f"comp_{n} = [x for x in range({n})]" for n in ns]
    lines.append("")
    lines += [show(f"comp_{n}") for n in ns]
    return lines


@program("list_from_range", "list(range(n)) preallocates from the length hint (rounded up to even)")
def _():
    ns = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 17, 31, 100, 1000]
    lines = [f"from_range_{n} = list(range({n}))" for n in ns]
    lines.append("")
    lines += [show(f"from_range_{n}") for n in ns]
    return lines


@program("list_from_generator", "list() of a generator has no length hint and grows like append")
def _():
    ns = [0, 1, 4, 5, 8, 9, 17, 25, 100]
    lines = [f"from_gen_{n} = list(x for x in range({n}))" for n in ns]
    lines.append("")
    lines += [show(f"from_gen_{n}") for n in ns]
    return lines


@program("list_from_other_iterables", "list() of a tuple, str, dict, set, another list and map")
def _():
    cases = {
        "of_tuple": "list((1, 2, 3, 4, 5))",
        "of_str": "list('abcdefg')",
        "of_dict": "list({'a': 1, 'b': 2, 'c': 3})",
        "of_set": "list({1, 2, 3, 4, 5, 6})",
        "of_list": "list([1, 2, 3])",
        "of_map": "list(map(abs, range(9)))",
        "of_zip": "list(zip('ab', 'cd'))",
        "of_empty_tuple": "list(())",
        "of_bytes": "list(b'xyz')",
    }
    lines = [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("list_repeat", "[x] * n and [a, b] * n allocate exactly; [] * n stays empty")
def _():
    cases = {}
    for n in (0, 1, 2, 3, 5, 9, 100):
        cases[f"rep1_{n}"] = f"[0] * {n}"
    for n in (0, 1, 3, 50):
        cases[f"rep2_{n}"] = f"[None, None] * {n}"
    cases["rep_empty"] = "[] * 10"
    cases["rep_neg"] = "[1, 2] * -3"
    lines = [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("list_extend", "list.extend and += from empty and non-empty lists, with sized and unsized iterables")
def _():
    lines = []
    names = []
    for n in (0, 1, 3, 4, 5, 9, 20):
        lines += [f"ext_empty_{n} = []", f"ext_empty_{n}.extend(range({n}))"]
        names.append(f"ext_empty_{n}")
    for n in (1, 5, 20):
        lines += [f"ext_three_{n} = [0, 1, 2]", f"ext_three_{n}.extend(range({n}))"]
        names.append(f"ext_three_{n}")
    lines += ["ext_gen = [1]", "ext_gen.extend(x for x in range(10))"]
    names.append("ext_gen")
    lines += ["iadd = [1, 2]", "iadd += [3, 4, 5]"]
    names.append("iadd")
    lines += ["self_ext = [1, 2, 3]", "self_ext.extend(self_ext)"]
    names.append("self_ext")
    lines.append("")
    lines += [show(k) for k in names]
    return lines


@program("list_copies", "copies of a grown list are exact: slice, copy(), list(), +, sorted(), [*l]")
def _():
    lines = ["src = []", "for i in range(9):", "    src.append(i)"]
    cases = {
        "src_slice": "src[:]",
        "src_copy": "src.copy()",
        "src_list": "list(src)",
        "src_plus": "src + []",
        "src_sorted": "sorted(src)",
        "src_star": "[*src]",
        "src_times1": "src * 1",
        "src_half": "src[::2]",
        "src_reversed": "list(reversed(src))",
    }
    lines += [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show("src")] + [show(k) for k in cases]
    return lines


@program("list_slice_assignment", "slice assignment and del on slices resize the list")
def _():
    return [
        "big = list(range(40))",
        show("big"),
        "del big[5:]",
        show("big"),
        "big[1:3] = range(30)",
        show("big"),
        "big[:] = []",
        show("big"),
        "small = [1, 2]",
        "small[len(small):] = [3, 4, 5, 6, 7]",
        show("small"),
        "small.clear()",
        show("small"),
        "small *= 1",
        show("small"),
        "grown = [0]",
        "grown *= 10",
        show("grown"),
    ]


# ---------------------------------------------------------------- dicts

DICT_NS = [0, 1, 2, 5, 6, 8, 10, 11, 16, 17, 21, 22, 30, 31, 43]


@program("dict_literal_str_keys", "dict literals with n constant str keys (presized via BUILD_MAP / BUILD_CONST_KEY_MAP)")
def _():
    lines = []
    for n in DICT_NS:
        items = ", ".join(f"'k{i}': {i}" for i in range(n))
        lines.append(f"sk_{n} = {{{items}}}")
    lines.append("")
    lines += [show(f"sk_{n}") for n in DICT_NS]
    return lines


@program("dict_literal_int_keys", "dict literals with n int keys use the general (24-byte) entry layout")
def _():
    lines = []
    for n in DICT_NS:
        items = ", ".join(f"{i}: {i}" for i in range(n))
        lines.append(f"ik_{n} = {{{items}}}")
    lines.append("")
    lines += [show(f"ik_{n}") for n in DICT_NS]
    return lines


@program("dict_literal_name_keys", "dict literals whose keys are loaded from names (BUILD_MAP n)")
def _():
    ns = [1, 2, 5, 6, 11, 16, 17]
    lines = [f"n{i} = 'name{i}'" for i in range(17)]
    for n in ns:
        items = ", ".join(f"n{i}: {i}" for i in range(n))
        lines.append(f"nk_{n} = {{{items}}}")
    lines.append("")
    lines += [show(f"nk_{n}") for n in ns]
    return lines


@program("dict_incremental_str_keys", "d[key] = v one str key at a time: every size change up to 200 keys")
def _():
    return curve("grow", "{}", "grow['key%d' % i] = i", 200)


@program("dict_incremental_int_keys", "d[key] = v one int key at a time: every size change up to 200 keys")
def _():
    return curve("grow", "{}", "grow[i] = i", 200)


@program("dict_fromkeys", "dict.fromkeys presizes from a dict or set, and grows incrementally from other iterables")
def _():
    cases = {}
    for n in (0, 5, 6, 11, 21, 22):
        cases[f"fk_list_{n}"] = f"dict.fromkeys(list(range({n})))"
        cases[f"fk_set_{n}"] = f"dict.fromkeys(set(range({n})))"
        cases[f"fk_dict_{n}"] = f"dict.fromkeys(dict.fromkeys(range({n})))"
    cases["fk_str"] = "dict.fromkeys('abcdefgh')"
    cases["fk_range"] = "dict.fromkeys(range(40))"
    cases["fk_frozenset"] = "dict.fromkeys(frozenset('abcdefghijk'))"
    lines = [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("dict_comprehension", "dict comprehensions insert one key at a time (str keys vs int keys)")
def _():
    cases = {}
    for n in (0, 1, 5, 6, 10, 11, 21, 22, 42, 43, 86):
        cases[f"dc_int_{n}"] = f"{{i: i for i in range({n})}}"
    for n in (0, 5, 6, 11, 22):
        cases[f"dc_str_{n}"] = f"{{str(i): i for i in range({n})}}"
    lines = [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("dict_constructors", "dict(**kwargs), dict(pairs), dict(zip(...)), dict(mapping) and {**d}")
def _():
    cases = {}
    for n in (0, 1, 5, 6, 11):
        kw = ", ".join(f"a{i}={i}" for i in range(n))
        cases[f"kw_{n}"] = f"dict({kw})"
    cases["pairs_6"] = "dict([(i, i) for i in range(6)])"
    cases["zip_11"] = "dict(zip('abcdefghijk', range(11)))"
    cases["from_dict"] = "dict(kw_11)"
    cases["unpacked"] = "{**kw_11}"
    cases["unpacked_two"] = "{**kw_5, **kw_6}"
    cases["union"] = "kw_5 | kw_6"
    lines = [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("dict_after_deletes", "deleting keys never shrinks a dict; copy() compacts it and clear() frees the table")
def _():
    return [
        "d = {}",
        "for i in range(50):",
        "    d[i] = i",
        show("d"),
        "for i in range(49):",
        "    del d[i]",
        show("d"),
        "compact = d.copy()",
        show("compact"),
        "rebuilt = dict(d)",
        show("rebuilt"),
        "for i in range(100, 140):",
        "    d[i] = i",
        show("d"),
        "popped = {i: i for i in range(10)}",
        "while len(popped) > 1:",
        "    popped.popitem()",
        show("popped"),
        "cleared = {i: i for i in range(30)}",
        "cleared.clear()",
        show("cleared"),
        "cleared[1] = 1",
        show("cleared"),
        "churn = {}",
        "for i in range(1000):",
        "    churn[i] = i",
        "    del churn[i]",
        show("churn"),
    ]


@program("dict_mixed_key_kinds", "a str-keyed dict switches to the general entry layout when a non-str key arrives")
def _():
    return [
        "s = {'a': 1, 'b': 2, 'c': 3}",
        show("s"),
        "s[4] = 4",
        show("s"),
        "m = {}",
        "m['x'] = 0",
        show("m"),
        "m[(1, 2)] = 1",
        show("m"),
        "sub = {}",
        "class Key(str):",
        "    pass",
        "sub[Key('k')] = 1",
        show("sub"),
        "inc = {}",
        "for i in range(6):",
        "    inc['s%d' % i] = i",
        show("inc"),
        "inc[6] = 6",
        show("inc"),
    ]


# ---------------------------------------------------------------- sets

SET_NS = [0, 1, 2, 3, 4, 5, 6, 8, 9, 16, 18, 19, 20, 30]


@program("set_literal_constants", "set literals of constants: a folded frozenset merged with SET_UPDATE")
def _():
    lines = []
    for n in SET_NS:
        if n == 0:
            lines.append("sc_0 = set()")
        else:
            lines.append(f"sc_{n} = {{{', '.join(str(i) for i in range(n))}}}")
    lines.append("")
    lines += [show(f"sc_{n}") for n in SET_NS]
    return lines


@program("set_literal_names", "set literals of names: BUILD_SET adds the items one at a time")
def _():
    ns = [1, 2, 3, 4, 5, 6, 9, 18, 19]
    lines = [f"e{i} = {i}" for i in range(19)]
    for n in ns:
        lines.append(f"sn_{n} = {{{', '.join(f'e{i}' for i in range(n))}}}")
    lines.append("")
    lines += [show(f"sn_{n}") for n in ns]
    return lines


@program("set_add_growth", "set.add growth: every size change up to 300 elements")
def _():
    return curve("grow", "set()", "grow.add(i)", 300)


@program("set_from_iterables", "set() and frozenset() of ranges, lists, strings and other sets")
def _():
    cases = {}
    for n in (0, 1, 4, 5, 10, 19, 50):
        cases[f"set_range_{n}"] = f"set(range({n}))"
    for n in (0, 5, 19):
        cases[f"fs_range_{n}"] = f"frozenset(range({n}))"
    cases["set_str"] = "set('mississippi')"
    cases["set_dupes"] = "set([1] * 100)"
    cases["set_of_set"] = "set(set_range_50)"
    cases["fs_of_set"] = "frozenset(set_range_10)"
    cases["set_comp"] = "{i for i in range(19)}"
    lines = [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("set_operations_results", "sizes of set results: discard keeps the table, copy and operators build new ones")
def _():
    return [
        "a = set(range(100))",
        "b = set(range(50, 150))",
        show("a"),
        "for i in range(95):",
        "    a.discard(i)",
        show("a"),
        "a_copy = a.copy()",
        show("a_copy"),
        "union = set(range(100)) | b",
        "inter = set(range(100)) & b",
        "diff = set(range(100)) - b",
        "sym = set(range(100)) ^ b",
        "for name in ('union', 'inter', 'diff', 'sym'):",
        "    print(name, len(globals()[name]), sys.getsizeof(globals()[name]))",
        "cleared = set(range(40))",
        "cleared.clear()",
        show("cleared"),
        "upd = set()",
        "upd.update(range(30))",
        show("upd"),
    ]


# ---------------------------------------------------------------- strings, bytes, tuples, ints

STR_NS = [0, 1, 2, 7, 8, 15, 16, 100, 1000]


def str_family(prefix, char_expr):
    lines = [f"ch = {char_expr}"]
    for n in STR_NS:
        lines.append(f"{prefix}_{n} = ch * {n}")
    lines.append("")
    lines += [show(f"{prefix}_{n}") for n in STR_NS]
    return lines


@program("str_ascii_lengths", "compact ASCII strings: 40 + length + 1")
def _():
    return str_family("ascii", "'a'")


@program("str_latin1_lengths", "compact latin-1 strings: 56 + length + 1 (one byte per char)")
def _():
    return str_family("latin", "'\\xe9'")


@program("str_ucs2_lengths", "compact UCS-2 strings: 56 + 2 * (length + 1)")
def _():
    return str_family("ucs2", "'\\u20ac'")


@program("str_ucs4_lengths", "compact UCS-4 strings: 56 + 4 * (length + 1)")
def _():
    return str_family("ucs4", "'\\U0001f600'")


@program("tuple_lengths", "tuples are exact: literals, tuple(range), tuple(list), tuple(generator)")
def _():
    cases = {}
    for n in (0, 1, 2, 3, 10, 31, 100):
        cases[f"tr_{n}"] = f"tuple(range({n}))"
    for n in (1, 2, 5):
        cases[f"tl_{n}"] = "(" + ", ".join(str(i) for i in range(n)) + ("," if n == 1 else "") + ")"
    for n in (0, 7, 40):
        cases[f"tg_{n}"] = f"tuple(x for x in range({n}))"
    cases["t_from_list"] = "tuple([1, 2, 3, 4])"
    cases["t_concat"] = "tr_3 + tr_10"
    cases["t_repeat"] = "tr_2 * 5"
    lines = [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("bytes_lengths", "bytes objects: 33 + length, however they are built")
def _():
    cases = {}
    for n in (0, 1, 2, 7, 8, 100, 1000):
        cases[f"bz_{n}"] = f"bytes({n})"
    cases["b_lit"] = "b'hello'"
    cases["b_range"] = "bytes(range(20))"
    cases["b_encoded"] = "'h\\xe9llo'.encode('utf-8')"
    cases["b_join"] = "b''.join([b'ab', b'cd', b'ef'])"
    cases["b_repeat"] = "b'xy' * 50"
    cases["b_from_bytearray"] = "bytes(bytearray(b'abc'))"
    lines = [f"{k} = {v}" for k, v in cases.items()]
    lines.append("")
    lines += [show(k) for k in cases]
    return lines


@program("bytearray_growth", "bytearray.append growth, and the exact sizes of bytearray(n) and bytearray(bytes)")
def _():
    lines = curve("grow", "bytearray()", "grow.append(i % 256)", 200)
    lines += ["", "ba_0 = bytearray()", "ba_5 = bytearray(5)", "ba_lit = bytearray(b'hello world')",
              "ba_ext = bytearray()", "ba_ext.extend(b'abcdefghij')", "ba_cut = bytearray(100)", "del ba_cut[10:]"]
    lines += [show(k) for k in ("ba_0", "ba_5", "ba_lit", "ba_ext", "ba_cut")]
    return lines


@program("int_digit_boundaries", "ints use 30-bit digits: 24 + 4 * ndigits (min 1) at each 2**(30k) boundary, either sign")
def _():
    lines = []
    names = []
    for k in range(0, 9):
        for label, expr in ((f"p{k}_minus1", f"2 ** {30 * k} - 1"), (f"p{k}", f"2 ** {30 * k}")):
            if k == 0 and label == "p0_minus1":
                expr = "0"
            lines.append(f"{label} = {expr}")
            lines.append(f"n{label[1:]} = -{label}")
            names += [label, "n" + label[1:]]
    lines.append("")
    lines += [f'print("{n}", {n}.bit_length(), sys.getsizeof({n}))' for n in names]
    return lines


@program("int_from_decimal_strings", "int(str) of growing digit counts: size follows the bit length, not the text")
def _():
    ns = [1, 9, 10, 18, 19, 27, 28, 37, 38, 100]
    lines = [f"dec_{n} = int('9' * {n})" for n in ns]
    lines += [f"dec_{n}_neg = -dec_{n}" for n in (9, 10)]
    lines += ["padded = int('0000000000000000000000000001')", "underscored = int('1_000_000_000_000')"]
    lines.append("")
    for n in ns:
        lines.append(f'print("dec_{n}", dec_{n}.bit_length(), sys.getsizeof(dec_{n}))')
    lines += [f'print("dec_{n}_neg", sys.getsizeof(dec_{n}_neg))' for n in (9, 10)]
    lines += ['print("padded", sys.getsizeof(padded))', 'print("underscored", sys.getsizeof(underscored))']
    return lines


def render(name, comment, body):
    text = f"# {comment} (generated by scripts/gen/sizes.py).\nimport sys\n\n"
    return text + "\n".join(body).rstrip("\n") + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name in sorted(PROGRAMS):
        comment, fn = PROGRAMS[name]
        path = OUT / f"{name}.py"
        content = render(name, comment, fn())
        if not path.exists() or path.read_text() != content:
            path.write_text(content)
    print(f"{len(PROGRAMS)} programs in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
