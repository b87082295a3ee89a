#!/usr/bin/env python3
"""Generates interp/src/parser/unicode_names.bin, the character names `\\N{...}` escapes look up
(CPython's unicodedata `_getcode`), from CPython 3.13.0's unicodedata (Unicode 15.1.0).

Run: `PYENV_VERSION=3.13.0 python scripts/gen_unicode_names.py`.

Names computed by rule (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...) are left out; the Rust
side computes them. Format (little endian):
  u32 n_words, then the words joined by '\\n' preceded by their u32 byte length;
  u32 n_names, then per name: 3 bytes code point, 1 byte word count, and per word its index as
  one byte (< 0x80) or two bytes (0x80 | high 7 bits, low 8 bits), words ordered by frequency.
"""
import os
import struct
import sys
import unicodedata
from collections import Counter

assert sys.version_info[:3] == (3, 13, 0), "run with CPython 3.13.0"
names = []
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None or n.startswith("CJK UNIFIED IDEOGRAPH-") or n.startswith("HANGUL SYLLABLE "):
        continue
    names.append((cp, n.split(" ")))
freq = Counter(w for _, ws in names for w in ws)
words = [w for w, _ in freq.most_common()]
index = {w: i for i, w in enumerate(words)}
assert len(words) < 0x8000
out = bytearray()
blob = "\n".join(words).encode()
out += struct.pack("<II", len(words), len(blob)) + blob
out += struct.pack("<I", len(names))
for cp, ws in names:
    out += struct.pack("<I", cp)[:3] + bytes([len(ws)])
    for w in ws:
        i = index[w]
        out += bytes([i]) if i < 0x80 else bytes([0x80 | (i >> 8), i & 0xFF])
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "interp", "src", "parser", "unicode_names.bin")
with open(path, "wb") as f:
    f.write(out)
# The CJK unified ideograph ranges, for the Rust side.
ranges = []
start = None
for cp in range(0x110000):
    ok = unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH-")
    if ok and start is None:
        start = cp
    if not ok and start is not None:
        ranges.append((start, cp - 1))
        start = None
print(len(out), "bytes;", "CJK ranges:", ", ".join("(0x%X, 0x%X)" % r for r in ranges))
