#!/usr/bin/env python3.13
"""Writes interp/src/objects/format_string/format_string_vectors.txt: `fmt.format(*ARGS, **KWARGS)`
and `fmt.format_map(KWARGS)` results from CPython 3.13.0 for fixed arguments that the Rust test
rebuilds. Fields: mode (F or M), fmt, result or '!Kind: message'. Run with 3.13.0:

    PYENV_VERSION=3.13.0 python scripts/gen/format_string_vectors.py
"""
import os
import sys

assert sys.version_info[:3] == (3, 13, 0), "run this with CPython 3.13.0"
sys.path.insert(0, os.path.dirname(__file__))
from str_vectors import esc  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'interp', 'src', 'objects', 'format_string')
ARGS = (42, 3.14159, 'abc', [10, 'x', 2.5], {'k': 'v', '0': 'zero'})
KWARGS = {'name': 'Ann', 'n': 7, 'w': 10, 'p': 3, 'lst': [1, 2], 'd': {'a': 'b'}, 'f': 'x^8'}

fmts = ['', 'abc', '{}', '{} {}', '{0} {0}', '{1}{0}', '{} {0}', '{0} {}', '{name}', '{name!r}', '{name!s:>6}',
        '{name!a}', '{2!r:^9}', '{0:x}', '{0:{w}}|', '{1:{w}.{p}f}|', '{1:{}.{}f}', '{0:{f}}', '{0:{{}}}',
        '{3[1]}', '{3[0]:+d}', '{4[k]}', '{4[0]}', '{d[a]}', '{lst[1]}', '{lst[5]}', '{0.real}', '{1.imag}',
        '{0.foo}', '{missing}', '{9}', '{{}}', '{{{0}}}', '}}{{', '}', '{', 'a}b', 'a{b', '{0!}', '{0!x}',
        '{0!r', '{0!rr}', '{0:', '{0:{', '{0[}', '{0[1]x}', '{0.}', '{0[]}', '{[}', '{0:{1:{2}}}',
        '{0:{1:{2:{3}}}}', '{!r}', '{:}', '{:d}|{:s}', '{0:d}', '{2:d}', '{name:d}', '{0:,}', '{1:%}',
        '{n:0{w}}', '{ name}', '{name }', '{0{}', '{0}}', '{\u0661}', '{0:\u0661\u0660}', '{999999999999999999999}',
        '{0!\u00e9}', '{0!\x01}', '{-1}', '{0[0]}', '{2[1]}', '{2[x]}', '{3.x}', '{4[missing]}', 'x{}y{}z{}']
lines = []
for f in fmts:
    for mode in ('F', 'M'):
        try:
            r = esc(f.format(*ARGS, **KWARGS) if mode == 'F' else f.format_map(KWARGS))
        except Exception as e:  # noqa
            r = f'!{type(e).__name__}: {e}'
        lines.append('\t'.join([mode, esc(f), r]))
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, 'format_string_vectors.txt'), 'w') as fp:
    fp.write('\n'.join(lines) + '\n')
print(len(lines), 'str.format vectors', file=sys.stderr)
