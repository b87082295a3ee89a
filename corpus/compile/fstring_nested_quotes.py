# PEP 701 f-strings: nested same-type quotes, nested f-strings, and a multi-line expression inside the braces.
d = {"k": "v"}
items = ["a", "b"]
s1 = f"{d["k"]}"
s2 = f"{f"{f"{1 + 1}"}"}"
s3 = f"{", ".join(items)}"
s4 = f"{
    len(items)
    * 10
}"
print(s1, s2, s3, s4)
