# Q3: co_cellvars/co_freevars of a closure pair, co_consts holding a nested code object, co_names.
def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

step = make_counter(10)
print(step(), step(5))
outer_code = make_counter.__code__
inner_code = step.__code__
print(outer_code.co_cellvars, outer_code.co_freevars, outer_code.co_varnames)
print(inner_code.co_cellvars, inner_code.co_freevars, inner_code.co_varnames)
print([type(c).__name__ for c in outer_code.co_consts])
nested = [c for c in outer_code.co_consts if hasattr(c, "co_code")][0]
print(nested is inner_code, nested.co_name, nested.co_qualname)
print(step.__defaults__, step.__closure__[0].cell_contents)
