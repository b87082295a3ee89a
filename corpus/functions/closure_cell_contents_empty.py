# A cell whose variable is not yet assigned raises ValueError on cell_contents, and NameError when read by the closure.
def outer():
    def inner():
        return late
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    late = 5
    return inner(), cell.cell_contents
print(outer())
