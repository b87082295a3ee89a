# Interaction of for/while-else with exceptions, break and try: else runs only without break.
def search(items, target):
    for i, item in enumerate(items):
        try:
            if 10 // item == target:
                break
        except ZeroDivisionError:
            print("  skip zero at", i)
            continue
    else:
        return "not found"
    return f"found at {i}"

print(search([5, 0, 2], 5))
print(search([0, 3], 9))

def retry(attempts):
    n = 0
    while n < attempts:
        n += 1
        try:
            if n < 3:
                raise ConnectionError(f"attempt {n}")
            print("  success on attempt", n)
            break
        except ConnectionError as e:
            print("  failed:", e)
    else:
        print("  gave up")
    return n

print(retry(5))
print(retry(2))
