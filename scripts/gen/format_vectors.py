#!/usr/bin/env python3.13
"""Writes the CPython 3.13.0 test vectors for interp/src/objects/{format_spec,float_format,int_format}.rs:
format(value, spec) for int/bool/float/complex/str, float repr/hex/round/fromhex/float(str), and
int(str, base)/bin/oct/hex/str. Run with CPython 3.13.0:

    PYENV_VERSION=3.13.0 python scripts/gen/format_vectors.py
"""
import itertools
import os
import random
import struct
import sys

assert sys.version_info[:3] == (3, 13, 0), "run this with CPython 3.13.0"
sys.set_int_max_str_digits(4300)
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'interp', 'src', 'objects')
rng = random.Random(1313)


def esc(s):
    out = []
    for c in s:
        if c == '\\':
            out.append('\\\\')
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif ord(c) < 32 or ord(c) > 126:
            out.append('\\u%06x' % ord(c))
        else:
            out.append(c)
    return ''.join(out)


def res(f):
    try:
        return f()
    except Exception as e:  # noqa
        return f'{type(e).__name__}: {e}'


def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


lines = []
ints = [0, 1, -1, 7, 42, -42, 255, 1000, 1234567, -1234567, 65, 0x10FFFF, 0x110000, 2**31, -2**63,
        2**64 + 1, 10**20, -(10**25) - 7, 123456789012345678901234567890, 2**200 - 1]
int_specs = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '10',
             '<10', '>10', '^10', '=10', '010', '010,', '020_', '_b', '_x', '#_x', '#012_x', ',', '_',
             ',d', ',x', '*^15,', '0<8', '+#010x', 'e', '.2e', 'f', '.3f', 'g', '%', '.1%', 'E', 'G',
             '10.2f', 's', 'r', '.2', 'z', 'zd', '+c', '#c', '12c', '^5c', ',c', ',,', ',_', '_,',
             '5.', 'ab', '1_000', '=^5', '\u0661\u0660', ' #x', '#', '0', '00', '#0', '0=5', '< 10',
             'x<5', 'xx', '.0', '\u00e9>7', '\x00', 'y', ',b', ',o', '_n', '_c', '-', '+', ' ',
             '010n', '99999999999999999999', '.99999999999999999999f']
for v in ints:
    for s in int_specs:
        lines.append(('int', hex(v), s, res(lambda: format(v, s))))
for v in (True, False):
    for s in ['', 'd', '5', 'x', 's', '>6', 'f', '^7']:
        lines.append(('bool', str(v), s, res(lambda: format(v, s))))

floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.1, 1 / 3, 2 / 3, 123.456, -123.456, 1e16,
          1e15, 1e-5, 1e-4, 12345678.9, 1.5e300, -1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
          1e22, 1e23, 9.999999, 0.000123456, 999999.5, 9.5, 0.05, 0.005, -0.0004, 1234567890123.4567,
          float('inf'), float('-inf'), float('nan'), 100.0, 1e100, -99019021501023.625, 1073443863796285.25]
float_specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0e', '.1e', '.3e', '.0f', '.1f', '.2f',
               '.10f', '.0g', '.1g', '.2g', '.3g', '.10g', '.17g', '.20g', '.0%', '.2%', '.0', '.1', '.3',
               '.12', '#.0f', '#.0e', '#g', '#.3g', '#', '#.0', '+', ' ', '+.2f', ' .3e', 'z', 'z.1f',
               'z.0f', 'z.2e', 'z.3g', '10', '<10', '^12.3f', '=+12.3f', '012.3f', '015,.2f', ',', '_',
               ',.2f', '_.3e', ',g', '010', '020,', '*>12', 'x', 'd', 's', 'c', '.50f', '.30e', '.25g',
               ',.0f', '012', '0=10.1f', '.2n', '#.0%', '0<10', 'Z', '..2f', '.f', '.2.3f']
for v in floats:
    for s in float_specs:
        lines.append(('float', fbits(v), s, res(lambda: format(v, s))))
for _ in range(400):
    e = rng.choice([rng.uniform(-30, 30), rng.uniform(-300, 300), rng.uniform(-5, 20)])
    v = rng.choice([1, -1]) * rng.random() * 10 ** e
    s = rng.choice(['', 'e', 'f', 'g', '.%de' % rng.randint(0, 20), '.%df' % rng.randint(0, 25),
                    '.%dg' % rng.randint(0, 20), '.%d' % rng.randint(0, 20), ',.%df' % rng.randint(0, 5),
                    '#.%dg' % rng.randint(0, 8), '%'])
    lines.append(('float', fbits(v), s, res(lambda: format(v, s))))

complexes = [(0.0, 1.0), (1.0, 2.0), (-0.0, -1.0), (1.5, -2.25), (0.0, -0.0), (1e20, 1e-7),
             (float('inf'), float('nan')), (-1234.5678, 0.0)]
complex_specs = ['', 'e', 'f', 'g', '.2f', '+.1e', '20', '<20', '^25.3f', '*>30g', '=20', '020',
                 '%', ',.2f', 'z.0f', '#g', '.3', 'n', 'd', 'x', ' ', '+', ',', '#.0f', '.0']
for re_, im in complexes:
    for s in complex_specs:
        lines.append(('complex', fbits(re_) + ',' + fbits(im), s, res(lambda: format(complex(re_, im), s))))

strs = ['', 'a', 'hello', 'h\u00e9llo', '\u4e2d\u6587', 'x' * 12]
str_specs = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '10.3', '.0', '=10', '+', ' ', '-',
             '#', 'z', '0', '05', 'd', 'x', ',', '_', '\u00e9<6', '1.', '.', 'ss', '\x00^5', ',s']
for v in strs:
    for s in str_specs:
        lines.append(('str', esc(v), s, res(lambda: format(v, s))))

with open(os.path.join(OUT, 'format_vectors.txt'), 'w') as f:
    for kind, v, s, want in lines:
        f.write(f'{kind}\t{v}\t{esc(s)}\t{esc(want)}\n')
print(len(lines), 'format vectors', file=sys.stderr)

# Floats: repr, hex, round, fromhex, float(str).
fl = []
def rb(v):
    return fbits(v) if isinstance(v, float) else v
samples = floats + [rng.uniform(-1e6, 1e6) for _ in range(50)] + \
    [struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0] for _ in range(100)] + \
    [rng.choice([1, -1]) * rng.randint(10**15, 10**17) / rng.choice([2, 4, 8]) for _ in range(300)]  # ties
for v in samples:
    fl.append(('repr', fbits(v), repr(v)))
    fl.append(('hex', fbits(v), v.hex()))
    fl.append(('fromhex', v.hex(), fbits(float.fromhex(v.hex()))))
for v in floats + [0.285, 2.675, 1.0005, 5e-324, 1e300, 123456.789, 0.5, 1.5, 2.5, -2.5, 5000.0, 15000.0,
                   1.7976931348623157e308, 25.0, 35.0, 45.0, -0.49, 1e-320]:
    for n in [0, 1, 2, 3, 5, 10, 17, 300, 400, -1, -2, -3, -4, -5, -300, -308, -309, -400]:
        fl.append(('round', fbits(v), str(n), res(lambda: fbits(round(v, n)))))
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x1.fffffffffffff8p+1023', '0x1p-1074',
          '0x1p-1075', '0x1.8p-1074', '0x3p-1076', '0x1p1024', '  0x10  ', 'inf', '-Infinity', 'nan', '1',
          '0x.8', '0x8.', '0x.', '', 'x1', '0x1p', '0x1p+', '1p-2', 'abc', '0X1P+3', '0x0p0', '-0x0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0', '0xffffffffffffffffffffffffffffffffffp0',
          '0x123456789abcdef0123456789p-100', '0x1p-1030', '0x1.23p-1060', '0x1 2']:
    fl.append(('fromhex', s, res(lambda: fbits(float.fromhex(s)))))
for s in ['1', '1.5', ' 2.5 ', '-3', '+4.', '.5', '1e5', '1E-5', '1_000.5', '1__0', '_1', '1_', '1._5', '1_.5',
          'inf', '-INF', 'Infinity', '+nan', 'NaN', 'nan(1)', 'infinit', '', ' ', 'abc', '1e', '1e+',
          '.', 'e5', '\u0661\u0662.\u0663', '\u00a01.5\u2003', '1.5\x00', '0x10', '1e400', '-1e-400',
          '1_0e1_0', '1e_1', '12345678901234567890', '\n7\t', '\x1c8\x1f', '1,5', '१२', '\u00b2',
          '0.1e-0_1', '  -  1']:
    fl.append(('float', esc(s), res(lambda: fbits(float(s)) if float(s) == float(s) else fbits(float('nan')))))
def cbits(c):
    nan = float('nan')
    return fbits(nan if c.real != c.real else c.real) + ',' + fbits(nan if c.imag != c.imag else c.imag)
for s in ['1', '1j', '1+2j', '1-2j', ' (1+2j) ', '(1+2j', '1+2j)', '-j', '+j', 'j', 'J', '1+j', '1-J', '2.5e3-1.5e-3j',
          'inf+nanj', '-infj', 'nan', '(  3j  )', '', ' ', '()', '1 + 2j', '1+2', '1e+j', '1e', 'j1', '1jj',
          '1_0+2_0j', '1__0j', '_1j', '1_j', '1.5_j', '\u0661+\u0662j', '\u00a01j\u2003', 'x', '1+2jx',
          '.j', '1.j', '.5j', '+1.5e-2-.5e+2J', '0x1j', 'infinityj', '-nanj', '1+-2j', '(1)', '((1))', '1e5j']:
    fl.append(('complex', esc(s), res(lambda: cbits(complex(s)))))
with open(os.path.join(OUT, 'float_vectors.txt'), 'w') as f:
    for t in fl:
        f.write('\t'.join(t) + '\n')
print(len(fl), 'float vectors', file=sys.stderr)

il = []
for s, base in itertools.product(['0', '00', '0_0', '010', '-0', '12', ' 12 ', '+12', '-12', '1_2', '1__2', '_12',
                                  '12_', '0x1f', '0X1F', '0x_1f', '0b101', '0o17', '0b', '0x', '1f', 'z', 'Z',
                                  '\u0661\u0662', '\u00a012\u2003', '1 2', '', ' ', '++1', '0_', '0b_1', '0_b1',
                                  '12\x00', '9' * 4300, '9' * 4301, '1' * 5000, 'é', '0o8', '08'],
                                 [0, 2, 8, 10, 16, 36, 1, 37, 7]):
    def conv():
        return hex(int(s, base))
    il.append(('parse', esc(s), str(base), res(conv)))
for v in ints + [10**4299, 10**4300, -(10**4300)]:
    for op in ('bin', 'oct', 'hex', 'str'):
        il.append((op, hex(v), res(lambda: {'bin': bin, 'oct': oct, 'hex': hex, 'str': str}[op](v))))
with open(os.path.join(OUT, 'int_vectors.txt'), 'w') as f:
    for t in il:
        f.write('\t'.join(t) + '\n')
print(len(il), 'int vectors', file=sys.stderr)
