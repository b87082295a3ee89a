# The metaclass= argument can be any callable; the class statement binds whatever it returns.
def as_dict(name, bases, ns):
    print("as_dict called for", name, bases)
    return {k: v for k, v in ns.items() if not k.startswith("__")}

class Settings(metaclass=as_dict):
    debug = True
    level = 3

print(type(Settings).__name__, Settings)

def tagging(name, bases, ns, **kw):
    cls = type(name, bases, ns)
    cls.tag = kw.get("tag", "none")
    return cls

class Tagged(metaclass=tagging, tag="special"):
    pass
print(type(Tagged).__name__, Tagged.tag)

class Plain(Tagged):
    pass
print(type(Plain).__name__, hasattr(Plain, "tag"), Plain.tag)
