# An uncaught ImportError for a misspelled name in "from module import name" with a suggestion.
from sys import getrecursionlimit
print(getrecursionlimit() > 0)
from sys import getrecursionlimt
