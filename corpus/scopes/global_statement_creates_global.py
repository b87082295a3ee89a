# 'global' lets a function create a module global that did not exist before; 'global' at module level is harmless.
global top
def make():
    global created
    created = "made in function"
print("created" in globals())
make()
print(created, "created" in globals())
top = 1
print(top)
