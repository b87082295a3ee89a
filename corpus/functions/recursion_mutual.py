# Mutual recursion: names are looked up at call time, so is_even may call is_odd defined after it.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(k) for k in range(6)])
print(is_odd(101))
