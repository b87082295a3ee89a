# Float arithmetic: a numerical integration and a Newton iteration.
def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for k in range(1, n):
        s += f(a + k * h)
    return s * h

def sqrt_newton(x):
    g = x / 2.0
    for _ in range(30):
        g = 0.5 * (g + x / g)
    return g

print(round(integrate(lambda x: x * x * x - 2.0 * x + 1.0, 0.0, 3.0, 800_000), 6))
print(sum(sqrt_newton(float(v)) for v in range(1, 20_000)))
