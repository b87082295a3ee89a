# issubclass relations that are easy to get wrong in the exception hierarchy, and builtin aliases.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (KeyError, ValueError),
    (UnicodeError, ValueError), (UnicodeEncodeError, UnicodeError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (TabError, SyntaxError), (TimeoutError, OSError), (BrokenPipeError, ConnectionError),
    (StopIteration, Exception), (GeneratorExit, Exception), (SystemExit, Exception),
    (KeyboardInterrupt, Exception), (ExceptionGroup, Exception), (BaseExceptionGroup, Exception),
    (ExceptionGroup, BaseExceptionGroup), (Warning, Exception), (BytesWarning, Warning),
    (FloatingPointError, ArithmeticError), (AssertionError, Exception), (EOFError, OSError),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} {sup.__name__:20} {issubclass(sub, sup)}")
print(IOError is OSError, EnvironmentError is OSError)
def builtin_subclasses(cls):
    return sorted(c.__name__ for c in cls.__subclasses__() if c.__module__ == "builtins")
print(builtin_subclasses(BaseException))
print(builtin_subclasses(LookupError))
print(builtin_subclasses(ArithmeticError))
print(builtin_subclasses(ConnectionError))
