# Set displays and comprehensions insert left to right; with colliding slots the order reflects insertion history.
print({9, 1}, {1, 9}, {17, 1}, {1, 17}, {1, 9, 17, 25}, {25, 17, 9, 1})
print({x for x in [9, 1]}, {x for x in [1, 9]}, {x * 8 for x in range(6)}, {x * 8 for x in range(5, -1, -1)})
print({'b', 'a'} == {'a', 'b'}, list({'b', 'a'}) == list({'a', 'b'}))
