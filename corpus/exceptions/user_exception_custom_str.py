# A custom __str__ / __repr__ on an exception class controls how it is printed.
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line, self.col, self.msg = line, col, msg
    def __str__(self):
        return f"line {self.line}, column {self.col}: {self.msg}"

class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"

e = ParseError(3, 14, "unexpected token")
print(e)
print(repr(e))
print(e.args)
print(f"{e!s} | {e!r}")
q = Quiet("msg")
print(str(q), repr(q), [q])
class SubParse(ParseError):
    pass
print(SubParse(1, 2, "sub"), isinstance(SubParse(1, 2, "s"), ParseError))
