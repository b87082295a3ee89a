# An invalid escape sequence in a str literal stays literal and raises SyntaxWarning at compile time.
s = "\d+\.\w"
print(s, len(s))
