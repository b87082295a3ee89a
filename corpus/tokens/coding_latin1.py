# -*- coding: latin-1 -*-
# Latin-1 source via a coding cookie: byte 0xE9 is U+00E9.
s = 'café'
print(s, len(s), ascii(s))
