# A method call with 31 arguments: no method form and CALL_FUNCTION_EX with a list-built tuple.
class A:
    def m(self, *a):
        return len(a)
def g(o, x):
    return o.m(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print(g(A(), 1))
