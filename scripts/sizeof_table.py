"""Run a program as __main__, then print sys.getsizeof of every module global.

This defines pyref's `sizeof` stage. It is run by scripts/regen-goldens with CPython 3.13.0 as
`python3.13 sizeof_table.py NAME.py`, with the program's folder as working directory; pyref's
`pyref sizeof NAME.py` prints the same table from its own run.

Format: one line per module global in insertion order, skipping names that begin with `__`:
    name: <type qualname> <sys.getsizeof value>
If the program raised (SystemExit included), the globals at that point are listed and then
    ! <ExceptionName>
The program's own stdout and stderr are discarded.
"""
import os
import sys

def main():
    name = sys.argv[1]
    table = os.fdopen(os.dup(1), "w", encoding="utf-8", errors="backslashreplace")
    devnull = os.open(os.devnull, os.O_WRONLY)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    path = os.path.abspath(name)
    sys.argv = [name]
    sys.path[0] = os.path.dirname(path)
    main_mod = type(sys)("__main__")
    main_mod.__file__ = path
    main_mod.__builtins__ = __builtins__
    sys.modules["__main__"] = main_mod
    g = main_mod.__dict__
    raised = None
    try:
        with open(path, "rb") as f:
            source = f.read()
        code = compile(source, path, "exec")
        exec(code, g)
    except BaseException as e:  # the table records what the program raised, SystemExit included
        raised = type(e).__name__
    try:
        sys.stdout.flush()
    except BaseException:
        pass
    lines = []
    for key, value in list(g.items()):
        if isinstance(key, str) and key.startswith("__"):
            continue
        lines.append(f"{key}: {type(value).__qualname__} {sys.getsizeof(value)}")
    if raised is not None:
        lines.append(f"! {raised}")
    table.write("".join(line + "\n" for line in lines))
    table.flush()

main()
