#!/usr/bin/env python3.13
"""Writes interp/src/objects/str_methods/str_vectors.txt and bytes_vectors.txt: str and bytes
method results from CPython 3.13.0 for the Rust tests. Fields are tab-separated and escaped
(backslash-t/n, doubled backslash, backslash-u with 6 hex digits for non-ASCII, '|' and '~');
'~' is None, lists are joined with '|', errors are '!Kind: message'. Run with CPython 3.13.0:

    PYENV_VERSION=3.13.0 python scripts/gen/str_vectors.py
"""
import os
import random
import sys

assert sys.version_info[:3] == (3, 13, 0), "run this with CPython 3.13.0"
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'interp', 'src', 'objects', 'str_methods')
os.makedirs(OUT, exist_ok=True)
rng = random.Random(3130)


def esc(s):
    if s is None:
        return '~'
    if isinstance(s, bytes):
        s = s.decode('latin-1')
    out = []
    for c in s:
        if c == '\\':
            out.append('\\\\')
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif ord(c) < 32 or ord(c) > 126 or c in '|~':
            out.append('\\u%06x' % ord(c))
        else:
            out.append(c)
    return ''.join(out)


def enc(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, (list, tuple)):
        return '|'.join(esc(x) for x in v) if v else '[]'
    return esc(v)


def res(f):
    try:
        return enc(f())
    except Exception as e:  # noqa
        return f'!{type(e).__name__}: {e}'


def arg(a):
    if a is None:
        return '~'
    if isinstance(a, (str, bytes)):
        return esc(a)
    return str(a)



def main():
    global rng
    lines = []
    alphabet = list('ab c\t\n\r\x0b\x0c\x1c\x85\u2028\u3000_-+,.AZ\u00df\u0130\u03a3\u03c3\u01c5\u01c4\u01c6\u1f88\u0345\'\u00e9\u00c9\u0661\u00b2\u00bd\ufb01\u0149') + ['\r\n', 'ab', 'ΑΣ', 'ς']
    def rstr(n=None):
        n = rng.randint(0, 8) if n is None else n
        return ''.join(rng.choice(alphabet) for _ in range(n))

    fixed = ['', ' ', 'a', 'abc', '  a  b  ', 'a,b,,c', 'a\r\nb\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l',
             'hello world', 'Hello World', 'HELLO', "they're bill's friends", 'ΌΣΟΣ', 'ΑΣ ΑΣ', 'aΣb', 'Σ', 'aΣ',
             'a\'Σ', 'ß', 'İstanbul', 'ǆemal', 'ﬁnd', 'ŉ', 'ᾈ', 'aaa', 'abab', 'a\tb\tc\n\td', '-42', '+7', '42',
             '\u00a0x\u3000', '\x1c\x1d', 'x\u200by', '١٢٣', '²', '½', '_x1', '1x', 'é', 'ab\ud800' if False else 'ab']
    strs = fixed + [rstr() for _ in range(100)]
    seps = [None, '', ',', ' ', 'a', 'ab', 'Σ', '\r\n']
    for s in strs:
        for op in ['lower', 'upper', 'casefold', 'swapcase', 'title', 'capitalize', 'isalpha', 'isalnum',
                   'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle',
                   'isidentifier', 'isprintable', 'isascii']:
            lines.append((op, esc(s), res(lambda: getattr(s, op)())))
        for sep in rng.sample(seps, 3) + [None]:
            for m in (-1, 0, 1, 2):
                lines.append(('split', esc(s), arg(sep), str(m), res(lambda: s.split(sep, m))))
                lines.append(('rsplit', esc(s), arg(sep), str(m), res(lambda: s.rsplit(sep, m))))
        for k in (False, True):
            lines.append(('splitlines', esc(s), str(int(k)), res(lambda: s.splitlines(k))))
        for ch in [None, '', ' a', 'ab\t', 'Σ']:
            for op in ('strip', 'lstrip', 'rstrip'):
                lines.append((op, esc(s), arg(ch), res(lambda: getattr(s, op)(ch))))
        for sep in ['', 'a', ' ', 'ab', 'Σ']:
            lines.append(('partition', esc(s), esc(sep), res(lambda: s.partition(sep))))
            lines.append(('rpartition', esc(s), esc(sep), res(lambda: s.rpartition(sep))))
        for old, new, c in [('', '-', -1), ('', '-', 2), ('a', 'xyz', -1), ('a', '', 1), ('ab', 'B', -1), (' ', '', 0), ('Σ', 'S', -1)]:
            lines.append(('replace', esc(s), esc(old), esc(new), str(c), res(lambda: s.replace(old, new, c))))
        for sub in rng.sample(['', 'a', 'b', 'ab', ' ', 'Σ', 'zz'], 4):
            ranges = [(1, None), (-2, None), (0, -1), (2, 1), (10, None), (None, 100), (-100, -1), (len(s), None)]
            for st, en in [(None, None)] + rng.sample(ranges, 3):
                for op in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
                    lines.append((op, esc(s), esc(sub), arg(st), arg(en), res(lambda: getattr(s, op)(sub, st, en))))
        for t in (8, 4, 1, 0, -1):
            lines.append(('expandtabs', esc(s), str(t), res(lambda: s.expandtabs(t))))
        for w in (-1, 0, 3, 6, 7, 10):
            for fill in (' ', '*', 'é'):
                for op in ('center', 'ljust', 'rjust'):
                    lines.append((op, esc(s), str(w), esc(fill), res(lambda: getattr(s, op)(w, fill))))
            lines.append(('zfill', esc(s), str(w), res(lambda: s.zfill(w))))

    with open(os.path.join(OUT, 'str_vectors.txt'), 'w') as f:
        for t in lines:
            f.write('\t'.join(t) + '\n')
    print(len(lines), 'str vectors', file=sys.stderr)

    bl = []
    bstrs = [b'', b' a\tb\x0bc\x0cd\x1ce\x85f ', b'a\r\nb\nc\rd\x0be', b'Hello World', b'a,b,,c', b'\xb9\x01\xef', b'-42',
             b'aaa', b"they're", bytes(range(0, 256, 17))] + [bytes(rng.choice(b' \t\na,bAB\xe9\x85\r\x0b_') for _ in range(rng.randint(0, 8))) for _ in range(40)]
    for s in bstrs:
        for op in ['lower', 'upper', 'swapcase', 'title', 'capitalize', 'isalpha', 'isalnum', 'isdigit',
                   'isspace', 'islower', 'isupper', 'istitle', 'isascii', 'hex']:
            bl.append((op, esc(s), res(lambda: getattr(s, op)())))
        for sep, n in [('-', 1), (':', 2), ('_', -2), (' ', 3)]:
            bl.append(('hexsep', esc(s), sep, str(n), res(lambda: s.hex(sep, n))))
        for sep in [None, b',', b'a', b' ']:
            for m in (-1, 1):
                bl.append(('split', esc(s), arg(sep), str(m), res(lambda: s.split(sep, m))))
                bl.append(('rsplit', esc(s), arg(sep), str(m), res(lambda: s.rsplit(sep, m))))
        for k in (False, True):
            bl.append(('splitlines', esc(s), str(int(k)), res(lambda: s.splitlines(k))))
        for ch in [None, b' a']:
            for op in ('strip', 'lstrip', 'rstrip'):
                bl.append((op, esc(s), arg(ch), res(lambda: getattr(s, op)(ch))))
    for h in ['', 'b9 01ef', ' b9 01 ef ', 'B901EF', 'b9\t01\n', 'b', 'b9 0', 'xx', 'b9é', '0 1', '01\x0b02']:
        bl.append(('fromhex', esc(h), res(lambda: bytes.fromhex(h))))
    with open(os.path.join(OUT, 'bytes_vectors.txt'), 'w') as f:
        for t in bl:
            f.write('\t'.join(t) + '\n')
    print(len(bl), 'bytes vectors', file=sys.stderr)


if __name__ == '__main__':
    main()
