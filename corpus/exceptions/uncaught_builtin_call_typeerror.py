# A TypeError raised by a builtin called inside an expression: markers under the call.
def describe(value):
    return "length " + str(len(value))

print(describe("abc"))
print(describe([1, 2]))
print(describe(42))
