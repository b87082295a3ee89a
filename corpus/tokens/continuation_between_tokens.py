# Continuations splitting a statement at unusual places: after a keyword, before a dot, inside a lambda.
import \
    sys as \
    s2
r = "abc" \
    .upper()
g = lambda \
    q: q \
    * 2
print(r, g(4), s2.__name__ if False else "ok")
