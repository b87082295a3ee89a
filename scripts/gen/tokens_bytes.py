#!/usr/bin/env python3
"""Write the corpus programs whose exact bytes matter (tabs, form feeds, CR/CRLF line ends,
BOMs, non-UTF-8 encodings, missing final newlines, empty files, invalid UTF-8, NUL bytes,
generated deep nesting).

These cannot be kept reliably as hand-edited text, so this script is their source of truth:
rerun it and then `scripts/regen-goldens corpus/tokens corpus/syntax corpus/errors/syntax`.
Files in those folders that are not listed here are hand-written text.

    scripts/gen/tokens_bytes.py          (re)write every file below
    scripts/gen/tokens_bytes.py --check  exit 1 if a file on disk differs from what it would write
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "corpus"

FILES = {}


def add(path, data):
    assert path not in FILES, path
    assert isinstance(data, bytes), path
    FILES[path] = data


# ---------------------------------------------------------------- corpus/tokens: tabs
add("tokens/tabs_indentation.py",
    b"# Tab characters as indentation: one tab per level, two levels deep.\n"
    b"def f(x):\n"
    b"\tif x:\n"
    b"\t\treturn 'tab ' + str(x)\n"
    b"\treturn 'none'\n"
    b"print(f(1), f(0))\n")
add("tokens/tabs_and_spaces_separate_blocks.py",
    b"# One block indented with a tab, another with spaces: allowed, since each block is consistent.\n"
    b"def a():\n"
    b"\treturn 'tabs'\n"
    b"def b():\n"
    b"    return 'spaces'\n"
    b"print(a(), b())\n")
add("tokens/tab_then_spaces_nested.py",
    b"# A tab level, then tab plus four spaces one level deeper: consistent under both tab sizes (8 and 1).\n"
    b"if True:\n"
    b"\tx = 1\n"
    b"\tif x:\n"
    b"\t    print('nested', x)\n"
    b"\tprint('back')\n")
add("tokens/tabs_between_tokens.py",
    b"# Tabs between tokens and before comments are plain whitespace; columns count a tab as one character.\n"
    b"x\t=\t1\t+\t2\t# tabbed comment\n"
    b"print(x,\t[x,\tx])\n")
add("tokens/spaces_then_tab_indentation.py",
    b"# Indentation of two spaces then a tab reaches column 8; deeper lines extend the same prefix.\n"
    b"if True:\n"
    b"  \ta = 1\n"
    b"  \tif a:\n"
    b"  \t    print('deeper', a)\n"
    b"  \tprint('back')\n")

# ---------------------------------------------------------------- form feeds
add("tokens/formfeed_in_indentation.py",
    b"# A form feed at the start of an indented line resets the column count; the INDENT string includes it.\n"
    b"if True:\n"
    b"\f    x = 1\n"
    b"    print(x)\n")
add("tokens/formfeed_lines_between_defs.py",
    b"# Lines holding only a form feed (page breaks) between definitions are blank lines.\n"
    b"def f():\n"
    b"    return 1\n"
    b"\f\n"
    b"def g():\n"
    b"    return 2\n"
    b"\f\n"
    b"\fprint(f(), g())\n")
add("tokens/formfeed_mid_line.py",
    b"# A form feed between tokens inside a line is whitespace.\n"
    b"x =\f1\n"
    b"print(x,\fx + 1)\n")

# ---------------------------------------------------------------- whitespace-only lines
add("tokens/whitespace_only_lines.py",
    b"# Lines holding only spaces/tabs (inside and between blocks) are NL tokens and never change indentation.\n"
    b"def f():\n"
    b"    a = 1\n"
    b"        \n"
    b"\t\n"
    b"  \t  \n"
    b"    return a\n"
    b"   \n"
    b"print(f())\n")
add("tokens/trailing_whitespace.py",
    b"# Trailing spaces and tabs before the newline are skipped; NEWLINE starts after them.\n"
    b"x = 1   \n"
    b"if x:  \t\n"
    b"    print(x)\t \n")

# ---------------------------------------------------------------- line endings
add("tokens/crlf_line_endings.py",
    b"# A file with CRLF line endings: NEWLINE/NL tokens are '\\r\\n'.\r\n"
    b"def f(a):\r\n"
    b"    # comment\r\n"
    b"\r\n"
    b"    return a * 2\r\n"
    b"print(f(21))\r\n")
add("tokens/crlf_triple_quoted_string.py",
    b"# CRLF inside a triple-quoted string: the compiler translates it to '\\n' in the value.\r\n"
    b's = """one\r\n'
    b'two\r\n'
    b'three"""\r\n'
    b"print(repr(s), len(s))\r\n")
add("tokens/crlf_continuation.py",
    b"# Backslash continuation followed by CRLF joins lines.\r\n"
    b"x = 1 + \\\r\n"
    b"    2\r\n"
    b"print(x)\r\n")
add("tokens/lone_cr_line_endings.py",
    b"a = 1\rb = 2\rprint(a + b)\r")
add("tokens/lone_cr_after_comment.py",
    b"# Lone CR line ends after a comment: the COMMENT stops at the CR, then tokenize sees OP '\\rx' on the same line.\r"
    b"x = 1\r"
    b"print(x + 1)\r")
add("tokens/mixed_line_endings.py",
    b"# Mixed line endings: LF, CRLF and a lone CR in one file.\n"
    b"a = 1\r\n"
    b"b = 2\n"
    b"c = 3\r"
    b"print(a, b, c)\n")
add("tokens/crlf_no_final_newline.py",
    b"# CRLF file whose last line has no line ending.\r\n"
    b"print('last')")

# ---------------------------------------------------------------- BOM and encodings
add("tokens/bom_utf8.py",
    b"\xef\xbb\xbf# A UTF-8 byte order mark at the start: ENCODING is 'utf-8-sig' and columns ignore it.\n"
    b"s = 'caf\xc3\xa9'\n"
    b"print(s, len(s))\n")
add("tokens/bom_with_utf8_cookie.py",
    b"\xef\xbb\xbf# -*- coding: utf-8 -*-\n"
    b"# A BOM together with a matching utf-8 coding cookie.\n"
    b"print('\xe2\x82\xac')\n")
add("tokens/coding_latin1.py",
    b"# -*- coding: latin-1 -*-\n"
    b"# Latin-1 source via a coding cookie: byte 0xE9 is U+00E9.\n"
    b"s = 'caf\xe9'\n"
    b"print(s, len(s), ascii(s))\n")
add("tokens/coding_cookie_second_line.py",
    b"#!/usr/bin/env python3\n"
    b"# vim: set fileencoding=latin-1 :\n"
    b"# The cookie may be on line 2 after a shebang, in vim modeline form; 0xFC is U+00FC.\n"
    b"\xfc = 'gr\xfcn'\n"
    b"print(\xfc, ascii(\xfc))\n")
add("tokens/coding_cp1252.py",
    b"# coding=cp1252\n"
    b"# cp1252 source: byte 0x80 is the euro sign, 0x93/0x94 curly quotes.\n"
    b"print(ascii('\x80 \x93q\x94'))\n")
add("tokens/coding_cookie_after_blank_line.py",
    b"\n"
    b"# coding: latin-1\n"
    b"# A cookie on line 2 after an empty line 1 still counts.\n"
    b"print(ascii('\xe0'))\n")

# ---------------------------------------------------------------- missing final newline, empty files
add("tokens/no_final_newline.py",
    b"# The last line has no newline: NEWLINE '' is implied.\n"
    b"print('no newline at end')")
add("tokens/no_final_newline_comment.py",
    b"# The file ends in a comment without a newline.\n"
    b"print(1)\n"
    b"# trailing comment")
add("tokens/no_final_newline_in_block.py",
    b"# The file ends inside an indented block without a newline: DEDENTs come at EOF.\n"
    b"def f():\n"
    b"    return 1\n"
    b"if f():\n"
    b"    print(f())")
add("tokens/no_final_newline_triple_string.py",
    b"# The file ends right after a multi-line triple-quoted string.\n"
    b'print("""a\n'
    b'b""")')
add("tokens/no_final_newline_whitespace.py",
    b"# The file ends with a whitespace-only line that has no newline.\n"
    b"print(2)\n"
    b"   ")
add("tokens/empty_file.py", b"")
add("tokens/only_newlines.py", b"\n\n\n")
add("tokens/only_whitespace_no_newline.py", b"  \t ")
add("tokens/only_comment_no_newline.py", b"# only a comment, no newline")
add("tokens/bom_only.py", b"\xef\xbb\xbf")


# ---------------------------------------------------------------- corpus/syntax
add("syntax/type_comment_trailing_whitespace.py",
    b"# A type comment keeps the trailing whitespace of its line (type_comment='list   ').\n"
    b"x = []  #  type:  list   \n"
    b"print(x)\n")

# ---------------------------------------------------------------- corpus/errors/syntax (byte-exact or generated)
add("errors/syntax/tab_error_inconsistent.py",
    b"# A block indented with a tab, continued with eight spaces: TabError \"inconsistent use of tabs and spaces in indentation\".\n"
    b"if True:\n"
    b"\tx = 1\n"
    b"        y = 2\n")
add("errors/syntax/null_byte_in_source.py",
    b"# A NUL byte in the source: \"source code cannot contain null bytes\" (\"-m ast\" says \"source code string ...\").\n"
    b"x = 1\x00\n")
add("errors/syntax/invalid_utf8_line_three.py",
    b"# Invalid UTF-8 on line 3 without a cookie: tokenize replaces it silently, compiling fails.\n"
    b"# (line 2)\n"
    b"x = '\xff'\n")
add("errors/syntax/invalid_utf8_line_one.py",
    b"x = '\xe9'  # invalid UTF-8 on line 1: tokenize's detect_encoding fails too\n")
add("errors/syntax/coding_cookie_on_line_three.py",
    b"#\n"
    b"# A coding cookie on line 3 is ignored, so the latin-1 byte below is invalid UTF-8.\n"
    b"# -*- coding: latin-1 -*-\n"
    b"x = '\xe9'\n")
add("errors/syntax/coding_cookie_unknown.py",
    b"# coding: nonexistent\n"
    b"# An unknown encoding in the cookie: \"encoding problem: nonexistent\" (\"-m ast\": \"unknown encoding: nonexistent\").\n"
    b"x = 1\n")
add("errors/syntax/bom_with_latin1_cookie.py",
    b"\xef\xbb\xbf# coding: latin-1\n"
    b"# A UTF-8 BOM contradicting a latin-1 cookie: \"encoding problem: iso-8859-1 with BOM\".\n"
    b"x = 1\n")
add("errors/syntax/lone_cr_inside_string.py",
    b"# A lone CR inside a one-line string: tokenize keeps it, the compiler sees a newline: unterminated string literal.\n"
    b"s = 'a\rb'\n"
    b"print(s)\n")
add("errors/syntax/formfeed_resets_indentation.py",
    b"# A form feed after the indentation resets the column to 0: \"expected an indented block after 'if' statement on line 2\".\n"
    b"if True:\n"
    b"    \fx = 1\n")
add("errors/syntax/too_many_indentation_levels.py",
    b"# 101 nested blocks exceed the tokenizer's 100 indentation levels: \"too many levels of indentation\".\n"
    + b"".join(b" " * i + b"if 1:\n" for i in range(101))
    + b" " * 101 + b"pass\n")
add("errors/syntax/too_many_nested_parentheses.py",
    b"# 201 nested parentheses exceed the tokenizer's limit of 200: \"too many nested parentheses\".\n"
    b"x = " + b"(" * 201 + b"1" + b")" * 201 + b"\n")
add("errors/syntax/too_many_nested_fstrings.py",
    b"# 151 nested f-strings exceed the limit of 150: \"too many nested f-strings\".\n"
    b"x = " + b'f"{' * 151 + b"1" + b'}"' * 151 + b"\n")
add("errors/syntax/int_literal_too_many_digits.py",
    b"# A 4301-digit decimal literal exceeds the int string-conversion limit at parse time.\n"
    b"x = " + b"1234567890" * 430 + b"1\n")
add("errors/syntax/too_many_statically_nested_blocks.py",
    b"# 22 nested for loops exceed the compiler's block stack (\"-m ast\" succeeds): \"too many statically nested blocks\".\n"
    + b"".join(b" " * i + b"for i%d in ():\n" % i for i in range(22))
    + b" " * 22 + b"pass\n")
add("errors/syntax/too_many_star_unpack_targets.py",
    b"# 256 targets before a starred target (compiler error): \"too many expressions in star-unpacking assignment\".\n"
    + b", ".join(b"a%d" % i for i in range(256)) + b", *rest = range(300)\n")


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for rel, data in sorted(FILES.items()):
        path = CORPUS / rel
        if check:
            if not path.exists() or path.read_bytes() != data:
                print("differs:", path.relative_to(ROOT))
                bad = 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    if not check:
        print(f"wrote {len(FILES)} files")
    return bad


if __name__ == "__main__":
    sys.exit(main())
