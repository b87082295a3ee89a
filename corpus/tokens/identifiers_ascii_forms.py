# ASCII identifier shapes: leading/trailing/double underscores, digits after the first char, dunder names.
_a = 1; a_ = 2; __b = 3; c1 = 4; _1 = 5; __ = 6; ___ = 7; A_B_C = 8; __init__x = 9
print(_a + a_ + __b + c1 + _1 + __ + ___ + A_B_C + __init__x)
