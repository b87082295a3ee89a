# An uncaught user exception with a custom __str__ and a non-__main__ __module__ in its name.
class ParseError(Exception):
    __module__ = "parser.errors"
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg
    def __str__(self):
        return f"line {self.line}: {self.msg}"

def parse(lines):
    for i, line in enumerate(lines, 1):
        if not line.endswith(";"):
            raise ParseError(i, f"missing semicolon in {line!r}")

parse(["a = 1;", "b = 2"])
