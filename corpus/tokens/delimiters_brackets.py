# Bracket tokens ( ) [ ] { } nested, empty, and with trailing commas.
t = ((), [], {}, (1,), [2,], {3,}, {4: 5,}, ([{}]), ([[[]]]))
print(t, len(t))
print(t[8][0][0], t[4][0:1:1])
