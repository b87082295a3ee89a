# A failure inside an expression spanning several lines: the traceback shows all of its lines.
def lookup(table, key):
    return table[key]

prices = {"apple": 3, "pear": 4}
total = (
    lookup(prices, "apple")
    + lookup(prices, "pear")
    + lookup(prices,
             "plum")
)
