# A trailing underscore: "invalid decimal literal".
x = 1_
