# tokenize.tokenize over BytesIO: the ENCODING token comes first, from a coding cookie, a BOM or the default.
import io
import tokenize

sources = [
    b"x = 1\n",
    b"# -*- coding: latin-1 -*-\ns = '\xe9'\n",
    b"\xef\xbb\xbfy = 2\n",
    b"#!/usr/bin/env python\n# coding=utf-8\nz = 3\n",
]
for src in sources:
    toks = list(tokenize.tokenize(io.BytesIO(src).readline))
    print(toks[0].string, [(tokenize.tok_name[t.type], t.string) for t in toks[1:]])
