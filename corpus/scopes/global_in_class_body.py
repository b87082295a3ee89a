# 'global' inside a class body sends assignments to the module namespace instead of the class.
counter = 0
class C:
    global counter
    counter = 5
    local_attr = counter + 1
print(counter, C.local_attr, hasattr(C, "counter"))
