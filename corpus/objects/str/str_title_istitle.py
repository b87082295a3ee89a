# str.title capitalises after every non-letter (apostrophes, digits); istitle/isupper/islower ignore uncased characters.
for s in ["hello world", "they're bill's friends", "x1y2z3", "HELLO wORLD", "ǆemal", "o'neil-smith", "ß ß", "ﬁne day",
          "123abc", "", "  ", "a", "A", "Aa Bb", "Aa bB", "ǅungla", "ÉCOLE élève", "αβγ δεζ", "hello\tworld\nnew"]:
    print(repr(s), repr(s.title()), s.istitle(), s.title().istitle(), s.isupper(), s.islower(), s.capitalize())
print('1'.isupper(), '1A'.isupper(), 'A1'.islower(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ǅ'.istitle(), 'ʰ'.islower(), 'ᵃ'.islower())
