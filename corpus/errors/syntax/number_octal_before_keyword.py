# "0or" reads as the start of an octal literal: "invalid octal literal".
x = 0or 5
