#!/bin/sh
# Regenerates interp/src/compile/codegen/testdata/*.dis with CPython 3.13.0's `python -m dis`.
cd "$(dirname "$0")/../../interp/src/compile/codegen/testdata" || exit 1
PY=${PYREF_CPYTHON:-$HOME/.pyenv/versions/3.13.0/bin/python3.13}
for f in *.py; do
    PYTHONHASHSEED=0 "$PY" -m dis "$f" > "${f%.py}.dis" 2>&1
done
