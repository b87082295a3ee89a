# A triple-quoted f-string running to EOF: "unterminated triple-quoted f-string literal (detected at line 3)".
x = f"""abc {1}
def
