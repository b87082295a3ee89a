# An open parenthesis at end of file: "'(' was never closed".
print("hello"
