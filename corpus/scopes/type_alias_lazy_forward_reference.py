# A type alias value is evaluated lazily on first access to __value__, so it may name things defined later.
type Later = Defined | None
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
class Defined:
    pass
print(Later.__value__)
