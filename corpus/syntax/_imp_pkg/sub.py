# Helper submodule for the import-syntax programs.
value = 42
def double(x):
    return 2 * x
