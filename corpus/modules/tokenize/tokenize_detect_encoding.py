# tokenize.detect_encoding() on magic comments, BOMs and defaults: names, lines consumed and errors.
import io
import tokenize

cases = [
    b"print(1)\n",
    b"# coding: latin-1\nx\n",
    b"# vim: set fileencoding=iso-8859-15 :\n",
    b"#!/bin/python\n# -*- coding: UTF_8 -*-\n",
    b"\xef\xbb\xbf# hello\n",
    b"",
    b"x = 1\n# coding: latin-1\n",
]
for src in cases:
    enc, lines = tokenize.detect_encoding(io.BytesIO(src).readline)
    print(repr(src[:25]), enc, lines)
for bad in (b"# coding: nonexistent-codec\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe = 1\n"):
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print("SyntaxError:", e)
