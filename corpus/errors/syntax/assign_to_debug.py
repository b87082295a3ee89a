# Assigning to __debug__ parses (so "-m ast" succeeds) but the compiler rejects it: "cannot assign to __debug__".
__debug__ = False
