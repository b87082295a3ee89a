"""Tiny module 04 of the first-import benchmark."""
N = 4


def f(x):
    return x * 2 + N


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + N


TABLE = {k: k * N for k in range(8)}
