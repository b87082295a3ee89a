# Importing a module that does not compile raises SyntaxError carrying the module's file and line.
import os

try:
    import _syntax_error_mod
except SyntaxError as e:
    print(type(e).__name__, "|", e.msg, "|", os.path.basename(e.filename), e.lineno, e.offset, repr(e.text))
import sys
print("_syntax_error_mod" in sys.modules)
