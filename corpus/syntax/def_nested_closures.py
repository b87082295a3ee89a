# Nested function definitions and closures over several levels.
def make_adder(n):
    def adder(x):
        def inner():
            return x + n
        return inner()
    return adder
add5 = make_adder(5)
print(add5(1), make_adder(10)(2), add5.__closure__ is not None)
print(add5.__qualname__)
