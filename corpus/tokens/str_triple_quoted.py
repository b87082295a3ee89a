# Triple-quoted strings of both quote kinds spanning lines, containing single/double quotes and blank lines.
a = """first line
second "quoted" line

fourth 'line'"""
b = '''x
'' y ''
z'''
print(repr(a))
print(repr(b))
print(len(a.splitlines()), len(b.splitlines()))
