# A triple-quoted string running to EOF: "unterminated triple-quoted string literal (detected at line 4)"; tokenize says "EOF in multi-line string".
x = """abc
def
ghi
