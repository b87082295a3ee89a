# Dedenting to intermediate levels: DEDENT tokens appear one per closed level, at the new line's first token.
def f(n):
    out = []
    for i in range(n):
        if i % 2:
            for j in range(i):
                if j:
                    out.append((i, j))
            out.append(i)
        else:
            out.append(-i)
    return out
print(f(5))
