# Capture patterns bind names; dotted names are value patterns compared with ==.
class Color:
    RED = "red"
    BLUE = "blue"
def f(x):
    match x:
        case Color.RED:
            return "is red"
        case Color.BLUE as c:
            return "is blue " + c
        case other:
            return "captured " + repr(other)
print(f("red"), f("blue"), f(3))
