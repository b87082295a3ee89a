# coding=cp1252
# cp1252 source: byte 0x80 is the euro sign, 0x93/0x94 curly quotes.
print(ascii('€ “q”'))
