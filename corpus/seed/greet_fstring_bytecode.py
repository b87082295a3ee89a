# greet's f-string compiles to FORMAT_SIMPLE/BUILD_STRING; the repetition is a BINARY_OP *.
import dis

def greet(name: str, times: int = 1) -> str:
    return (f"Hello, {name}!" * times)

dis.dis(greet)
print(repr(greet("", 0)), repr(greet("x", 2)))
