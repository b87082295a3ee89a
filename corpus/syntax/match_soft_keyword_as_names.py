# match and case used as names, calls, subscripts and attributes next to a real match statement.
def match(x): return ["called", x]
case = 3
print(match(case)[0], match(case)[1])
class O: pass
o = O()
o.match = "attr"
match = [1, case]
print(match[1], o.match)
match match:
    case [1, case]:
        print("case captured", case)
match -case:
    case -3:
        print("unary minus subject")
