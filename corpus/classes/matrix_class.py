# A Matrix class using tuple keys in __getitem__, @ for multiplication, ==, and a shape mismatch error.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]
    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch: {self.shape} @ {other.shape}")
        n, m, p = self.shape[0], self.shape[1], other.shape[1]
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __imatmul__(self, other):
        result = self @ other
        self.rows, self.shape = result.rows, result.shape
        return self
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a)
print(a @ Matrix.identity(2) == a, a.transpose(), a[1, 0])
v = Matrix([[5], [6]])
print(a @ v, (a @ v).shape)
try:
    v @ a
except ValueError as e:
    print(type(e).__name__, e)
c = a
c @= b
print(c is a, a)
a[0, 0] = 9
print(a.rows[0], Matrix.identity(3).rows)
try:
    a * b
except TypeError as e:
    print(type(e).__name__, e)
