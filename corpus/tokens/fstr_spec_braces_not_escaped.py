# Inside a format spec '{{' is not an escape: '{{b}}' is a nested field holding the set display {b}.
class Echo:
    def __format__(self, spec):
        return "<" + spec + ">"
e = Echo()
b = 5
print(f"{e:{{}}}")
print(f"{e:a{{b}}c}")
print(f"{{b}}", f"{e:x}}}")
