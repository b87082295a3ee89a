#!/usr/bin/env python3.13
"""Writes interp/src/objects/percent_format/percent_vectors.txt: `fmt % args` results from CPython
3.13.0. Fields: fmt, args kind (T tuple, S single, D dict), the items (i:int, f:float bits,
s:str; a dict alternates keys and values), then the result or '!Kind: message'. Run with 3.13.0:

    PYENV_VERSION=3.13.0 python scripts/gen/percent_vectors.py
"""
import os
import struct
import sys

assert sys.version_info[:3] == (3, 13, 0), "run this with CPython 3.13.0"
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'interp', 'src', 'objects', 'percent_format')
sys.path.insert(0, os.path.dirname(__file__))
from str_vectors import esc  # noqa: E402  (writes its own files when imported? no: guarded below)


def item(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return 'i:' + str(v)
    if isinstance(v, bytes):
        return 'b:' + esc(v)
    if isinstance(v, float):
        return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    return 's:' + esc(v)


def res(f):
    try:
        return esc(f())  # bytes results are escaped as latin-1 text
    except Exception as e:  # noqa
        return f'!{type(e).__name__}: {e}'


cases = []
ints = [0, 42, -42, 255, 10**20, -(2**70)]
floats = [0.0, -0.0, 1.5, -2.25, 1e16, 1e-5, 3.14159, float('inf'), float('nan'), 123456.789]
strs = ['', 'abc', 'h\u00e9llo', 'x']
int_fmts = ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%.3d', '%8.3d', '%-+8.3d|',
            '%x', '%X', '%o', '%#x', '%#X', '%#o', '%#8x', '%#08x', '%-#8x|', '%+#x', '%#.5x', '%08.3x',
            '%c', '%5c', '%-3c|', '%s', '%r', '%a', '%5s', '%.1s', '%e', '%f', '%g', '%.2f', '%ld', '%hd', '%Lx',
            '% 05d', '%0-5d|', '%- d|']
float_fmts = ['%f', '%e', '%E', '%g', '%G', '%F', '%.0f', '%#.0f', '%.3e', '%10.2f', '%-10.2f|', '%010.2f',
              '%+f', '% f', '%+010.3f', '%#g', '%.0g', '%.10g', '%.20g', '%d', '%i', '%5d', '%x', '%o',
              '%s', '%r', '%10s', '%.3s', '%c', '%012.4e', '%-+12.4e|', '%#.3g', '%.100f']
str_fmts = ['%s', '%r', '%a', '%10s', '%-10s|', '%.2s', '%10.2s', '%*s', '%-*s|', '%.*s', '%c', '%5c', '%d',
            '%x', '%f', '%e', '%05s', '%+s', '% s']
for v in ints:
    for f in int_fmts:
        cases.append((f, 'S', [v], lambda f=f, v=v: f % v))
for v in floats:
    for f in float_fmts:
        cases.append((f, 'S', [v], lambda f=f, v=v: f % v))
for v in strs:
    for f in str_fmts:
        args = (5, v) if f.count('*') else (v,)
        cases.append((f, 'T', list(args), lambda f=f, a=args: f % a))
misc = [
    ('%s %s', (1, 2)), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', ()), ('abc', (1,)), ('100%%', ()),
    ('%%%s%%', ('x',)), ('%', ()), ('%5', (1,)), ('%-', (1,)), ('%.', (1,)), ('%.5', (1,)), ('%*', (5,)),
    ('%*d', (5, 3)), ('%*d', (-5, 3)), ('%-*d|', (5, 3)), ('%.*f', (2, 3.14159)), ('%.*f', (-2, 3.14159)),
    ('%*.*f|', (10, 3, 2.5)), ('%*d', ('x', 3)), ('%.*f', (1.5, 2.0)), ('%y', (1,)), ('%5y', (1,)),
    ('ab%\u00e9', (1,)), ('%\x01', (1,)), ('%z %d', (1,)), ('%c', ('ab',)), ('%c', (1.5,)), ('%c', (0x110000,)),
    ('%c', (-1,)), ('%c', (0x10FFFF,)), ('%c', ('\u00e9',)), ('%d', ('x',)), ('%x', (1.5,)), ('%x', ('x',)),
    ('%f', ('x',)), ('%d', (float('nan'),)), ('%d', (float('inf'),)), ('%d', (-1e300,)), ('%d', (1.9,)),
    ('%d', (-1.9,)), ('%(a)s', ()), ('%s', ()), ('%d %d', (1, 2)), ('%ld%%', (5,)), ('%5%', ()),
    ('%s', ('',)), ('x%sy%sz', ('', 'é')), ('%i', (10**30,)), ('%#X', (-255,)), ('%#o', (-8,)),
    ('%-#10o|', (8,)), ('%0#10o', (8,)), ('%+#010X', (255,)), ('%*d', (2**70, 1)), ('%.*f', (2**40, 1.0)),
    ('%.*f', (-2**70, 1.0)), ('%*d', (-2**70, 1)),
]
for f, a in misc:
    cases.append((f, 'T', list(a), lambda f=f, a=a: f % a))
dicts = [
    ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 'x', 'b': 'y'}), ('%(a)5d|%(a)-5d|', {'a': 42}),
    ('%(a)s', {}), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%((a))s', {'(a)': 'p'}), ('%(a)s %s', {'a': 1}),
    ('%s', {'a': 1}), ('abc', {'a': 1}), ('%(a)*d', {'a': 1}), ('%(é)s', {'é': 2.5}), ('%()s', {'': 'e'}),
    ('%(a)s %(a)s', {'a': 'r'}), ('%(a)f', {'a': 'x'}),
]
lines = []
for f, kind, items, fn in cases:
    lines.append('\t'.join([esc(f), kind] + [item(x) for x in items] + [res(fn)]))
for f, d in dicts:
    flat = []
    for k, v in d.items():
        flat += [item(k), item(v)]
    lines.append('\t'.join([esc(f), 'D'] + flat + [res(lambda f=f, d=d: f % d)]))
# A single non-tuple argument.
for f in ['%s', '%d', '%s %s', 'abc', '%r']:
    for v in (5, 'q', 2.5):
        lines.append('\t'.join([esc(f), 'S', item(v), res(lambda f=f, v=v: f % v)]))
# bytes % args: the same shapes, with bytes formats (lines start with 'B' + the format).
bcases = []
bfmts = ['%s', '%b', '%r', '%a', '%5s|', '%-5b|', '%.2s', '%d', '%5.2f', '%x', '%#o', '%c', '%3c', '%e',
         '%+05d', '%(a)s', '%s %s', 'abc', '%%', '%', '%y', '%\xe9', '%.*s', '%*d', '%.99999999999f', '%u', '%g']
bvals = [b'xyz', b'\x00\xff', 'str', 7, -3, 255, 256, 2.5, float('nan'), [1]]
for f in bfmts:
    for v in bvals:
        fb = f.encode('latin-1')
        if f.count('*'):
            a = (2, v)
        else:
            a = (v,)
        try:
            items = [item(x) for x in a]
        except TypeError:
            continue
        bcases.append(('B' + esc(fb), 'T', items, lambda fb=fb, a=a: fb % a))
bcases.append(('B' + esc(b'%(a)s|%(b)5d'), 'D', [item('a'), item(b'q'), item('b'), item(3)], None))
for f, kind, items, fn in bcases:
    if fn is None:
        r = res(lambda: b'%(a)s|%(b)5d' % {b'a': b'q', b'b': 3})
    else:
        r = res(fn)
    lines.append('\t'.join([f, kind] + items + [r]))
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, 'percent_vectors.txt'), 'w') as fp:
    fp.write('\n'.join(lines) + '\n')
print(len(lines), 'percent vectors', file=sys.stderr)
