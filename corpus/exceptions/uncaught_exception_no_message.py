# Uncaught exceptions whose str() is empty print just the class name, with no colon.
class Halt(Exception):
    pass

def stop():
    raise Halt

print("stopping")
stop()
