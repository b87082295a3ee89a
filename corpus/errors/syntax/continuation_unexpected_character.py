# Text after a line-continuation backslash: "unexpected character after line continuation character".
x = 1 \ 2
