# A zero-width space: "invalid non-printable character U+200B".
x = 1​
