# del of a global from a function needs 'global'; deleting it twice raises NameError.
g = "value"
def remove():
    global g
    del g
remove()
print("g" in globals())
try:
    remove()
except NameError as e:
    print("NameError:", e)
