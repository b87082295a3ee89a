# An exponent marker with no digits: "invalid decimal literal".
x = 1e
