# A traceback passing through a decorator's wrapper function and a method.
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

class Parser:
    @logged
    def parse(self, text):
        return [int(tok) for tok in text.split(",")]

p = Parser()
print(p.parse("1,2,3"))
print(p.parse("1,,3"))
