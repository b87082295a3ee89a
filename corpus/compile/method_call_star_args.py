# A method call with *args or **kwargs is not optimized: LOAD_ATTR (no self) then CALL_FUNCTION_EX.
class A:
    def m(self, *a, **k):
        return a, sorted(k.items())
a = A()
args = (1, 2)
kw = {"z": 3}
print(a.m(*args))
print(a.m(**kw))
print(a.m(0, *args, y=1, **kw))
