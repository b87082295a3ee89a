# except* handles part of a group; the unhandled remainder propagates and is printed as a group.
def run():
    raise ExceptionGroup("jobs", [ValueError("bad input"), OSError("disk full"), ValueError("bad id")])

try:
    run()
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueErrors")
