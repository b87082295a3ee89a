# The closing quote is escaped: "unterminated string literal (detected at line 2); perhaps you escaped the end quote?"
x = "abc\"
