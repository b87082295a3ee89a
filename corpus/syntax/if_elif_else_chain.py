# if / elif / elif / else chains, and if-elif without else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 50):
    print(n, classify(n))
if False:
    print("no")
elif True:
    print("elif taken")
