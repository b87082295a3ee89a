# An open '[' closed by the field's '}': "closing parenthesis '}' does not match opening parenthesis '['".
s = f"{x[}"
