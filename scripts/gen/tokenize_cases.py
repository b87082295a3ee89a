#!/usr/bin/env python3.13
"""Writes interp/src/tokenize/tests.rs: the tokenizer's unit tests, with every expected value
produced by CPython 3.13.0 (never by pyref). Run with CPython 3.13.0:

    PYENV_VERSION=3.13.0 python scripts/gen/tokenize_cases.py

* VIEW: input bytes -> `python -m tokenize -e t.py` stdout, stderr and exit status.
* LEXER: input -> `_tokenize.TokenizerIter(extra_tokens=False)` tokens (type, text, start line and
  column, end line) for ASCII inputs with `\\n` line ends, where the readline and string tokenizers
  agree; pyref runs its compile() mode on them.
* ERRORS: input -> the SyntaxError `compile()` raises from the tokenizer: message, line, offset.
"""
import _tokenize
import io
import os
import subprocess
import sys
import tempfile

assert sys.version_info[:3] == (3, 13, 0), "run this with CPython 3.13.0"

VIEW = {
    "empty": b"",
    "no_final_newline": b"x = 1",
    "comment_no_newline": b"# c",
    "crlf": b"x = 1\r\ny = 2\r\n",
    "lone_cr": b"a = 1\rb = 2\n",
    "cr_at_eof": b"x\r",
    "bom": b"\xef\xbb\xbfx = 1\n",
    "bom_with_latin1_cookie": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    "latin1": b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    "unknown_encoding": b"# coding: foobar\nx = 1\n",
    "cp1253_undefined_byte": b"# coding: cp1253\nx = '\xe1\xaa\xe2'\n",
    "iso8859_15_columns": b"# vim: set fileencoding=iso-8859-15 :\n\xa4 = '\xa6\xbd' + caf\xe9\n",
    "invalid_utf8_line1": b"x = '\xff'\n",
    "invalid_utf8_line3": b"x = 1\ny = 2\nz = '\xff\xfe'\n",
    "nul_in_string": b'x = """\n\x00"""\n',
    "unterminated": b'x = "abc\n',
    "unterminated_escaped_quote": b'x = "abc\\"\n',
    "unterminated_triple": b'x = """abc\n\n',
    "unterminated_fstring": b'x = f"abc\n',
    "unterminated_triple_fstring": b'x = f"""abc{x}\n',
    "eof_in_parens": b"x = (1,\n",
    "eof_after_continuation": b"x = 1 + \\\n",
    "eof_after_continuation_no_newline": b"x = 1 + \\",
    "char_after_continuation": b"x = 1 \\ 2\n",
    "bad_dedent": b"if x:\n    a\n  b\n",
    "tab_error": b"if x:\n        a\n\tb\n",
    "too_deep": b"".join(b" " * i + b"if x:\n" for i in range(101)) + b" " * 101 + b"pass\n",
    "too_many_parens": b"x = " + b"(" * 201 + b")" * 201 + b"\n",
    "fstrings": b'f"{x!r:>{width}.{prec}}" f\'{a["b"]}\' f"{x=}" f"{x = !r:^20}" f"""{\nx\n}""" rf"\\{x}" f"\\N{BULLET} {y}"\n',
    "fstring_nested_same_quote": b'f"a{f"b{f"c{d}"}"}e"\n',
    "fstring_spec_newline": b'f"{x:\n}"\n',
    "fstring_escaped_brace_warns": b'x = f"\\{x}"\ny = f"\\}}"\n',
    "fstring_single_close_brace": b'f"}"\n',
    "fstring_expecting_brace": b'f"{x"\n',
    "fstring_nested_too_deeply": b'f"{x:{y:{z:{w}}}}"\n',
    "fstring_double_braces": b"f'a{{b}}c' f'{{}}' f'{x}}}'\n",
    "fstring_multiline_end": b'x = f"a{{b}}c" f"{x=}" f"""\n{x}\n"""\n',
    "numbers": b"0 00 0_0 1_000 0x_ff 0o17 0b1_0 1.5e-3 .5 5. 1j 1.5J 1e5 0777 1if x else 2 1_ 0x 0o8 0b2 1e 1e+ 09.5 0_7\n",
    "operators": b"a <> b != c -> d := e ** f //= g ... h @= i ~ j ^= k << l >>= m ! $ ? `\n",
    "unmatched_brackets": b")\n(]\n}\n",
    "non_ascii_name_and_control": b"\xe2\x82\xac = 1\nx = a\x01b\n",
    "form_feed": b"\x0cif x:\n\x0c    y\n",
    "continuation_in_indent": b"if x:\n    \\\n  y\n",
    "comments_and_blank_lines": b"# a\nx = 1  # b\n  # indented comment\n\n    \nif x:\n    # c\n    y\n# d\n",
    "dedent_at_eof": b"if a:\n  if b:\n    c",
    "string_prefixes": b"b'a' rb'\\'' u'x' R\"y\" br'z' Rb'''q\n''' '''a\\\n''' 'a\\\r\n'\n",
    "unicode_columns": "é = 'ü€😀' + x  # ñ\nfoo(ß, '''\n€€''', 𝔘)\n".encode(),
    "unicode_fstring": "f'€{é!r:€>{ü}}€' f'''€\n{x}€\n€'''\n".encode(),
    "crlf_fstring": b'f"""a\r\n{x}\r\nb"""\r\n',
    "trailing_whitespace_no_newline": b"x = 1\n   ",
    "ellipsis_and_dots": b"x = ..\ny = ....\nz = .5.real\n",
    "fstring_debug_and_lambda": b'f"{lambda x: 1}" f"{x:{y!r}}" f"{x!r=}"\n',
}

LEXER = {
    "basic": b"if x:\n    y = (1,\n         2)  # c\nz = 'a' b\"b\"\n",
    "numbers": b"0 0_0 1_000 0x_ff 0o17 0b1_0 1.5e-3 .5 5. 1j 1.5J 1e5 1if x else 2\n",
    "fstring": b'f"a{{b}}{x!r:>{w}}" f"{x=}" rf"\\d{y}"\n',
    "dedent_eof": b"if a:\n  if b:\n    c\n",
    "continuation": b"x = 1 + \\\n    2\n",
    "type_like_comment": b"x = 1  # type: int\n",
}

ERRORS = {
    "unterminated": b'x = "abc\n',
    "unterminated_triple": b'x = """abc\n\n',
    "invalid_character": "€ = 1\n".encode(),
    "non_printable": b"x = a\x01b\n",
    "leading_zeros": b"x = 0777\n",
    "invalid_decimal": b"x = 1_\n",
    "invalid_hex": b"x = 0x\n",
    "invalid_octal_digit": b"x = 0o8\n",
    "invalid_binary_digit": b"x = 0b2\n",
    "number_into_name": b"x = 1abc\n",
    "unmatched_paren": b"x = )\n",
    "mismatched_paren": b"x = (]\n",
    "mismatched_paren_other_line": b"x = (\n]\n",
    "too_many_parens": b"x = " + b"(" * 201 + b")" * 201 + b"\n",
    "fstring_single_brace": b'f"}"\n',
    "fstring_expecting_brace": b'f"{x"\n',
    "fstring_unterminated": b'f"abc\n',
    "fstring_nested_too_deeply": b'f"{x:{y:{z:{w}}}}"\n',
    "encoding_problem_with_bom": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    "unknown_encoding": b"# coding: foobar\nx = 1\n",
    "charmap_undefined_byte": b"# coding: cp1253\nx = '\xe1\xaa'\n",
    "unsupported_but_known": b"# coding: latin-2\nx = '\xb1'\n",
}


def rust_bytes(b):
    out = []
    for c in b:
        if c == 0x22:
            out.append('\\"')
        elif c == 0x5C:
            out.append("\\\\")
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        elif c == 0x0A:
            out.append("\\n")
        else:
            out.append(f"\\x{c:02x}")
    return 'b"' + "".join(out) + '"'


def rust_str2(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        else:
            out.append(f"\\u{{{o:x}}}")
    return '"' + "".join(out) + '"'


def view_case(data):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "t.py"), "wb") as f:
            f.write(data)
        p = subprocess.run([sys.executable, "-P", "-m", "tokenize", "-e", "t.py"], cwd=d,
                           capture_output=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    return p.stdout.decode(), p.stderr.decode(), p.returncode


def lexer_case(data):
    toks = []
    for typ, s, (l, c), (el, ec), line in _tokenize.TokenizerIter(io.BytesIO(data).readline,
                                                                   encoding="utf-8", extra_tokens=False):
        toks.append(f"{typ} {s!r} {l},{c} {el}")
    return "\n".join(toks) + "\n"


def error_case(data):
    try:
        compile(data, "t.py", "exec")
    except SyntaxError as e:
        return f"{e.msg} {e.lineno} {e.offset}"
    raise AssertionError("no error")


out = os.path.join(os.path.dirname(__file__), "..", "..", "interp", "src", "tokenize", "tests.rs")
with open(out, "w") as f:
    f.write("// Generated by scripts/gen/tokenize_cases.py from CPython 3.13.0; do not edit.\n")
    f.write("// Expected values are CPython's; the checks are in tests_check.rs.\n\n")
    f.write("/// (name, input, `python -m tokenize -e t.py` stdout, stderr, exit status)\n")
    f.write("pub(super) const VIEW: &[(&str, &[u8], &str, &str, i32)] = &[\n")
    for name, data in VIEW.items():
        so, se, rc = view_case(data)
        f.write(f"    ({rust_str2(name)}, {rust_bytes(data)}, {rust_str2(so)}, {rust_str2(se)}, {rc}),\n")
    f.write("];\n\n")
    f.write("/// (name, input, `TokenizerIter(extra_tokens=False)` tokens as `type repr(text) line,col end_line`)\n")
    f.write("pub(super) const LEXER: &[(&str, &[u8], &str)] = &[\n")
    for name, data in LEXER.items():
        f.write(f"    ({rust_str2(name)}, {rust_bytes(data)}, {rust_str2(lexer_case(data))}),\n")
    f.write("];\n\n")
    f.write("/// (name, input, `compile()`'s SyntaxError as `msg lineno offset`)\n")
    f.write("pub(super) const ERRORS: &[(&str, &[u8], &str)] = &[\n")
    for name, data in ERRORS.items():
        f.write(f"    ({rust_str2(name)}, {rust_bytes(data)}, {rust_str2(error_case(data))}),\n")
    f.write("];\n")
print("written", os.path.normpath(out))
