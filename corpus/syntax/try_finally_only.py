# try/finally without except: finally runs and the exception propagates; break/continue in finally.
try:
    try:
        raise KeyError("x")
    finally:
        print("cleanup")
except KeyError as e:
    print("outer caught", e)
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            continue
        print("i =", i)
