# An exception raised inside a generator while a for loop consumes it.
def numbers(text):
    for part in text.split():
        yield int(part)

total = 0
for n in numbers("1 2 3 four 5"):
    total += n
    print("running total", total)
