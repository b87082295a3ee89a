# An exception raised in a finally block while another is propagating: both shown, chained.
def write(path):
    handle = None
    try:
        raise OSError(f"cannot open {path}")
    finally:
        handle.close()

write("out.txt")
