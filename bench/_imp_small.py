"""A small user module for the re-import benchmark (bench/reimport.py)."""
SCALE = 3


def add(a, b):
    return a + b * SCALE


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
