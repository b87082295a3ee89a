# Augmented assignment to a tuple: "'tuple' is an illegal expression for augmented assignment".
a, b += 1
