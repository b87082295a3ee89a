# An exception raised by __del__ is reported by the default unraisablehook: the traceback has
# no position markers, no chained exceptions, and (at exit) no source lines.
class C:
    def __del__(self):
        x = [1][2] + 1


c = C()
del c
print("after direct del")


class D:
    def __del__(self):
        try:
            {}['k']
        except KeyError:
            raise ValueError()


d = D()
del d


class E(Exception):
    pass


class F:
    def __del__(self):
        raise E("custom " + "message")


f = F()
f = None
keep = C()
print("end")
