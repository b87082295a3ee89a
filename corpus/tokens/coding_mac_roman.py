#!/usr/bin/env python3
# vim: set fileencoding=mac-roman :
# Mac OS Roman source: curly quotes and accented letters live above 0x7F.
naïve = "“curly” quotes, café, ß"
print(ascii(naïve), len(naïve))
