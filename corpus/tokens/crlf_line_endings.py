# A file with CRLF line endings: NEWLINE/NL tokens are '\r\n'.
def f(a):
    # comment

    return a * 2
print(f(21))
