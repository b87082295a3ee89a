# An f-string without its closing quote: "unterminated f-string literal (detected at line 2)".
x = f"abc{1}
