# An uncaught NameError with a close match gets a "Did you mean" suggestion in the traceback.
def report(items):
    item_count = len(items)
    return f"{item_cont} items"

print(report([1, 2, 3]))
