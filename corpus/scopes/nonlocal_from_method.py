# A method of a class defined in a function can use nonlocal on the function's variable (skipping the class).
def factory():
    calls = 0
    class Tracker:
        def hit(self):
            nonlocal calls
            calls += 1
            return calls
    t = Tracker()
    t.hit()
    t.hit()
    return calls, Tracker.hit.__code__.co_freevars
print(factory())
