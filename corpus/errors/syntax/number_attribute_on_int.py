# "1.real" reads 1. as a float followed by a name: "invalid decimal literal".
x = 1.real
