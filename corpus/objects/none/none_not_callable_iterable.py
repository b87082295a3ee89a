# None is not callable, iterable, subscriptable, or a context manager; each error message names NoneType.
for stmt in ["None()", "for x in None: pass", "None[0]", "None[0] = 1", "del None.x", "with None: pass", "a, b = None",
             "[*None]", "{**None}", "len(None)", "None.__len__()"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(stmt, '->', type(e).__name__, e)
