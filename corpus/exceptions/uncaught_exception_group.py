# An uncaught ExceptionGroup prints the box-drawing group traceback with numbered sub-exceptions.
def check(value):
    errors = []
    if not isinstance(value, int):
        errors.append(TypeError(f"{value!r} is not an int"))
    if value in (None, ""):
        errors.append(ValueError("value is empty"))
    if errors:
        raise ExceptionGroup("validation failed", errors)

check(5)
check("")
