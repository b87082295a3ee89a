# Multi-line triple-quoted f-strings: literal newlines in FSTRING_MIDDLE, fields spread across lines.
a = 1
b = 2
s = f"""first {a}
second {
    b
} third
{a +
 b}"""
print(s)
t = f'''x{a:>{
3}}y'''
print(t)
