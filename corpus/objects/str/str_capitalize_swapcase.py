# capitalize titlecases the first character and lowercases the rest; swapcase is not always an involution.
for s in ['hello WORLD', 'HELLO', '123abc', ' hello', 'ǆungla', 'ǅ', 'ßtraße', 'ﬁsh', 'ŉ', 'İstanbul', 'ΣΑΣ', 'µ', '', 'éCOLE']:
    print(repr(s), repr(s.capitalize()), repr(s.swapcase()), repr(s.swapcase().swapcase()), s.swapcase().swapcase() == s)
