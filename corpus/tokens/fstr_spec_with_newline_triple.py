# An f-string spec in a triple-quoted string may contain a newline; the spec text includes it.
class Echo:
    def __format__(self, spec):
        return repr(spec)
e = Echo()
print(f"""{e:a
b}""")
