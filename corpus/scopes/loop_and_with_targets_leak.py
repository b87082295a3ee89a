# for-loop targets, with-as targets and walrus names stay bound after the statement ends.
class CM:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return False
for i, ch in enumerate("ab"):
    pass
with CM() as res:
    pass
if (n := 7) > 0:
    pass
print(i, ch, res, n)
for never in []:
    pass
try:
    never
except NameError as e:
    print("NameError:", e)
