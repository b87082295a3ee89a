# Every str escape: simple escapes, octal (1-3 digits), \x, \u, \U, \N{...}, and backslash-newline.
s = "\\ \' \" \a \b \f \n \r \t \v \0 \7 \07 \101 \x41 \u00e9 \U0001F600 \N{BULLET} \N{LATIN SMALL LETTER A}"
print(ascii(s))
t = "abc\
def"
print(t, len(t))
print(ascii('\N{EM DASH}\N{em dash}'))
