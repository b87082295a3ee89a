# global at function level (several names) and at module level (allowed, no effect).
global counter
counter = 0
total = 0
def bump(n):
    global counter, total
    counter += 1
    total += n
bump(3); bump(4)
print(counter, total)
