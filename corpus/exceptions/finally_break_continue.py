# break/continue inside finally discard the in-flight exception (3.13 still allows them).
def with_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break swallowed ValueError at i=" + str(i)

def with_continue():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen

print(with_break())
print(with_continue())

def nested():
    out = []
    for i in range(2):
        try:
            try:
                raise RuntimeError("inner")
            finally:
                out.append(f"inner finally {i}")
        except RuntimeError as e:
            out.append(f"caught {e}")
            continue
        finally:
            out.append(f"outer finally {i}")
    return out
print(nested())
