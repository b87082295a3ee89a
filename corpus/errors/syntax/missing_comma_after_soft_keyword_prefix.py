# A name that is a prefix of a soft keyword ('c' of 'case') followed by another expression:
# CPython's SOFT_KEYWORD lookahead compares only the name's length, so no 'forgot a comma'.
items = [c d]
