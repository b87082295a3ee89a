# str.find/rfind/index/count/replace including empty substrings, bounds and the count argument.
s = "banana"
print(s.find("an"), s.rfind("an"), s.find("x"), s.find("an", 2), s.find("an", 2, 4), s.find(""), s.find("", 10))
print(s.count("a"), s.count("an"), s.count(""), s.count("a", 2), "aaaa".count("aa"))
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("", "-"), s.replace("na", ""), s.replace("a", "", -1))
print(s.index("n"), s.rindex("n"), "abc".find("c", -1), "abc".find("a", -10, -2))
print("x".join("abc").replace("x", "", 1), "ab" * 0, "ab" * -1, "ab" * 3)
print("a" in s, "" in s, "nan" in s, "Ban" in s)
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
print(s.replace("a", "A", count=1))
