# except* restrictions: no ExceptionGroup types in the clause; break/continue/return are syntax errors.
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)

for src in ("try:\n    pass\nexcept* ValueError:\n    return 1\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n"):
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

try:
    raise ExceptionGroup("g", [ValueError("kept")])
except* ValueError as eg:
    eg_ref = eg
print(repr(eg_ref))
