# The digit 2 in a binary literal: "invalid digit '2' in binary literal".
x = 0b102
