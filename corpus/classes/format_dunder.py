# format() and f-strings call __format__ with the spec; object.__format__ rejects non-empty specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print(f"  __format__({spec!r})")
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money"

m = Money(12345)
print(format(m), format(m, "short"))
print(f"{m:short} {m:>12.1f} {m}")
width = 10
print(f"[{m:{width}.3f}]")
print(str(m), "{0:short}|{0!s:>7}".format(m))

class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()!s:*^9}")
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(42, "x"), format("s", "^5"))
