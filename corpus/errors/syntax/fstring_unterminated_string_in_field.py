# An unterminated string inside a field: "unterminated string literal (detected at line 2)".
s = f"{'a}"
