# for loops with else, break, continue, and targets that are attributes or subscripts.
for x in range(4):
    if x == 1:
        continue
    if x == 3:
        break
    print(x)
else:
    print("no")
for y in []:
    pass
else:
    print("empty loop else")
class O: pass
o = O()
d = {}
for o.attr in "ab":
    pass
for d["k"] in (1, 2):
    pass
print(o.attr, d)
