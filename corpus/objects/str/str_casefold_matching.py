# casefold performs full case folding for caseless matching, where lower() is not enough.
pairs = [('Straße', 'STRASSE'), ('ﬁle', 'FILE'), ('ΣΑΣ', 'σας'), ('İ', 'i̇'), ('µ', 'μ'), ('ſ', 's'), ('K', 'k'), ('Å', 'å'),
         ('ǅ', 'ǆ'), ('ᾳ', 'αι'), ('ẞ', 'ss'), ('Ꭰ', 'ꭰ')]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), ascii(a.casefold()), ascii(b.casefold()))
