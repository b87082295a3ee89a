# Plain format specs: the text after ':' is FSTRING_MIDDLE; colons and spaces inside the spec are literal.
class Stamp:
    def __format__(self, spec):
        return "<" + spec + ">"
s = Stamp()
print(f"{s:%H:%M:%S}")
print(f"{s: a b }")
print(f"{s:}")
print(f"{3.5:+.2e} {255:#x} {1234567:,} {0.25:.0%} {'x':<3}|")
