# A single-quoted string without its closing quote: "unterminated string literal (detected at line 2)".
x = "abc
