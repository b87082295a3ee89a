# An uncaught UnboundLocalError from reading a local before its assignment.
count = 10

def bump():
    count += 1
    return count

bump()
