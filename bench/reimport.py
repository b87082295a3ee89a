# Re-import: `import` and `from ... import` of modules already in sys.modules, inside a function
# (a user module beside this file, a package submodule, and built-in modules), so each statement
# costs a sys.modules lookup plus binding.
def work(n):
    total = 0
    for i in range(n):
        import _imp_small
        import sys
        import json
        import _impkg.m03
        from _imp_small import add, SCALE
        from _impkg import m07
        total += add(i & 7, SCALE) + _impkg.m03.N + m07.N
    return total


print(work(300_000))
