# Letters directly after digits: "invalid decimal literal".
x = 1abc
