
# coding: latin-1
# A cookie on line 2 after an empty line 1 still counts.
print(ascii('à'))
