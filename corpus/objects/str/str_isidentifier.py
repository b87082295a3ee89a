# str.isidentifier accepts keywords and Unicode XID names (NFKC-insensitive), rejects leading digits and symbols.
for s in ['a', '_', '__init__', 'class', 'None', 'match', '1a', 'a1', '', ' a', 'a b', 'a-b', 'é', 'ÿ', 'π', '中文', 'ℕ',
          'x²', '²', '𝔘𝔫𝔦', 'a\u0301', '\u0301a', 'ǅ', '℘', '℮', '·', 'a·', '゛', 'a゛', '$', 'a$', '\U000e0100', 'a\U000e0100',
          'Ⅻ', 'ⅻ', '〇', '\u2118', 'a\u200c', 'a\u200d', '\U0001f600']:
    print(repr(s), s.isidentifier(), s.isalnum(), s.isalpha())
