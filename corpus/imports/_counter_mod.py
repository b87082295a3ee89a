"""Helper holding mutable state shared by every importer."""
print("_counter_mod: body running")
count = 0


def bump():
    global count
    count += 1
    return count
