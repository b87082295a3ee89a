# Case mappings that change length or depend on context: ß, ligatures, dotted I, final sigma, titlecase digraphs.
words = ['ß', 'straße', 'ﬁ', 'ﬃ', 'ŉ', 'İ', 'ı', 'i̇', 'ΣΑΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'Σ', 'aΣ', 'ǅ', 'ǆ', 'Ǆ', 'ǈ', 'ﬓ', 'ΐ', 'ẞ',
         'Ω', 'K', 'Å', 'µ', 'ſ', 'ᾳ', 'ᾼ', 'ǰ', 'ﬀ']
for w in words:
    print(w, [w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase()],
          len(w), len(w.upper()), len(w.lower()), len(w.casefold()))
print('ß'.upper() == 'SS', 'ẞ'.lower(), 'Straße'.casefold() == 'STRASSE'.casefold(), 'Straße'.lower() == 'strasse')
