# Arithmetic operator tokens: + - * / // % ** @ and unary ~ - +.
class M:
    def __matmul__(self, other):
        return "matmul"
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, M() @ M())
print(~a, -a, +a, -~a, ~-a)
