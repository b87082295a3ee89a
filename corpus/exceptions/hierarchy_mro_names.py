# The built-in exception hierarchy as seen through __mro__ of representative classes.
classes = [
    BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
    FloatingPointError, LookupError, IndexError, KeyError, ValueError, UnicodeDecodeError,
    TypeError, AttributeError, NameError, UnboundLocalError, OSError, FileNotFoundError,
    ConnectionResetError, TimeoutError, RuntimeError, RecursionError, NotImplementedError,
    PythonFinalizationError, StopIteration, StopAsyncIteration, GeneratorExit, SystemExit,
    KeyboardInterrupt, ImportError, ModuleNotFoundError, SyntaxError, IndentationError,
    TabError, AssertionError, EOFError, MemoryError, BufferError, ReferenceError, SystemError,
    ExceptionGroup, BaseExceptionGroup, UserWarning, DeprecationWarning, EncodingWarning,
]
for cls in classes:
    print(" -> ".join(k.__name__ for k in cls.__mro__))
