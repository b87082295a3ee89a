# An observer registry keyed on bound methods: equal bound methods deduplicate and unregister cleanly.
class Signal:
    def __init__(self):
        self.handlers = []
    def connect(self, handler):
        if handler in self.handlers:
            return False
        self.handlers.append(handler)
        return True
    def disconnect(self, handler):
        self.handlers.remove(handler)
    def emit(self, *args):
        return [h(*args) for h in self.handlers]

class Display:
    def __init__(self, name):
        self.name = name
    def show(self, value):
        return f"{self.name} shows {value}"
    def __repr__(self):
        return f"Display({self.name})"

sig = Signal()
d1, d2 = Display("lcd"), Display("led")
print(sig.connect(d1.show), sig.connect(d1.show), sig.connect(d2.show))
print(sig.connect(print), sig.connect(print))
print(sig.emit(42))
sig.disconnect(d1.show)
print(sig.handlers[0].__self__, len(sig.handlers))
sig.disconnect(print)
print(sig.emit("x"))
try:
    sig.disconnect(d1.show)
except ValueError as e:
    print(type(e).__name__, e)
