# Compound statements with their body on the header line, including several simple statements.
x = 3
while x: x -= 1
for i in range(2): print("for", i); print("again")
if x == 0: print("if body")
else: print("else body")
class C: attr = 1; other = 2
def f(): return C.attr + C.other
try: raise KeyError
except KeyError: print("except body")
finally: print("finally body")
with open.__class__ if False else type("CM", (), {"__enter__": lambda s: 5, "__exit__": lambda s, *a: None})() as v: print("with", v)
print(f())
