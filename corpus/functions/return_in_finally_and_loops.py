# return from inside a for loop ends the function immediately; a finally clause still runs first.
log = []
def find(xs, target):
    for i, x in enumerate(xs):
        try:
            if x == target:
                return i
        finally:
            log.append(x)
    return -1
print(find("abcd", "c"), log)
log.clear()
print(find("ab", "z"), log)
