# Zero-argument super() needs a __class__ cell and a first argument; each missing piece has its own RuntimeError.
def plain():
    return super()
def with_arg(self):
    return super()
class C:
    @staticmethod
    def s():
        return super().__init__
    def m(self):
        def inner():
            return super()
        return inner()
for call in (plain, lambda: with_arg(1), C.s, C().m):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
