# Direct recursion: factorial, fibonacci with an explicit memo dict, and a recursive flatten.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(fact(20), fact(30))
print(fib(90))
print(flatten([1, [2, [3, [4, []]]], 5]))
