# A user BaseException subclass escapes "except Exception" and is printed like any other.
class Abort(BaseException):
    pass

def task():
    raise Abort("user requested abort")

try:
    task()
except Exception:
    print("not reached: Abort is not an Exception")
finally:
    print("finally still runs")
