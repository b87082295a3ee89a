# '=' after the conversion instead of before: "f-string: expecting ':' or '}'".
s = f"{x!r=}"
