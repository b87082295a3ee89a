#!/usr/bin/env python3
# vim: set fileencoding=latin-1 :
# The cookie may be on line 2 after a shebang, in vim modeline form; 0xFC is U+00FC.
ü = 'grün'
print(ü, ascii(ü))
