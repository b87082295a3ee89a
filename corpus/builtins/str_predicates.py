# str.is* predicates on ASCII, Unicode digits, letters, whitespace and identifiers.
samples = ["abc", "ABC", "Abc", "123", "²", "½", "٣", "一", "a1", "", " ", "\t\n", "\x0b", "\xa0",
           "_x", "1x", "class", "é", "\u200b", "Ⅻ", "Title Case", "\x7f"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isidentifier",
         "islower", "isupper", "istitle", "isprintable", "isascii"]
print(" " * 12 + " ".join(p[2:6] for p in preds))
for s in samples:
    print(f"{ascii(s):12}" + " ".join(f"{str(getattr(s, p)())[0]:4}" for p in preds))
