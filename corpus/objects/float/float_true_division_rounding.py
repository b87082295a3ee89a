# True division of floats and ints is correctly rounded; classic decimal surprises printed by repr.
print(0.1 + 0.2, 0.3 - 0.1, 1.1 + 2.2, 3 * 0.1, 0.1 * 0.1, 1 - 0.9, 100 * 1.1, 0.57 * 100, 1.15 * 100)
print(1 / 10, 1 / 49 * 49, 2 / 3, 1e-10 / 3, 9 / 7, 22 / 7, 355 / 113, 1 / 1e-310, 1e-310 / 1e10)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 10 == 1.0, (1e16 + 1) - 1e16, 1e16 + 2 - 1e16)
print(4.35 * 100, 4.35 * 100 == 435, 2.675 * 100, 1.0 - 1e-16, 1.0 - 1e-17, 0.1 + 0.7)
