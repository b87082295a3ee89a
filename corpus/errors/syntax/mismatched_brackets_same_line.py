# Mismatched brackets on one line: "closing parenthesis ']' does not match opening parenthesis '('".
x = (1]
