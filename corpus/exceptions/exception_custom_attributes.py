# Exceptions have a __dict__: arbitrary attributes can be set; equality is identity.
e = ValueError("x")
e.code = 42
e.extra = [1, 2]
print(e.code, e.extra, sorted(vars(e)))
print(e == ValueError("x"), e == e, ValueError("x") != ValueError("x"))
print(hash(e) == hash(e))
s = {e, e}
print(len(s))
class Rich(Exception):
    default_code = 1
    def code(self):
        return self.default_code
r = Rich()
r.default_code = 9
print(r.code(), Rich().code())
try:
    raise r
except Rich as caught:
    print(caught is r, caught.default_code)
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
