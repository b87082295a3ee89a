# Chained assignment: one Assign with several targets, assigned left to right from one value.
class Log:
    def __setitem__(self, k, v):
        print("set", k, v)
log = Log()
a = b = c = [1]
log["first"] = log["second"] = 7
print(a is b is c, a)
