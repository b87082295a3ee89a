# An uncaught OSError subclass built with three args formats them as "[Errno a] b: c".
def connect(host, port):
    raise ConnectionError("refused", host, port)

connect("localhost", 8080)
