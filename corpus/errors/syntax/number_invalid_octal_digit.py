# The digit 8 in an octal literal: "invalid digit '8' in octal literal".
x = 0o18
