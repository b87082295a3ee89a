# in / not in on various containers and generators; is / is not with None and singletons.
gen = (x for x in range(5))
print(3 in gen, list(gen))
print("b" in "abc", "ab" in "abc", 1 in {1: 0}, 0 not in {1: 0}, None is None, [] is not [])
class Contains:
    def __contains__(self, item): return item == "magic"
print("magic" in Contains(), "other" in Contains())
