# Two closures created in the same call share one cell: a write through one is seen by the other.
def pair():
    value = "init"
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_("changed")
print(get())
print(get.__closure__[0] is set_.__closure__[0])
