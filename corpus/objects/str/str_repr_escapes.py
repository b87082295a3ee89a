# repr(str): quote choice, escapes for control/non-printable characters, and which non-ASCII characters print as-is.
def show(s):
    print(repr(s), ascii(s), len(s))
for s in ['', 'a', "'", '"', '\'"', 'it\'s', 'say "hi"', '\\', '\n\r\t', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad\xff',
          'caf\xe9', '\u0100\u037f\u0378', '\u200b\u200d\u2028\u2029\u3000', '\ud800\udfff', '\ue000\uf8ff\ufeff\ufffd',
          '\U0001f600\U0001f1e6', '\U000e0001\U000e007f', '\U0010ffff', 'e\u0301', '\u0301', '\x0b\x0c\x1c', '\u00a7\u00b6',
          '\u1680\u180e\u2000', '\u0600\u061c\u200e', '\u3042\u4e00\uac00', '\U00020000\U0003134a\U000323af']:
    show(s)
