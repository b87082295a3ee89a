# Letters after an imaginary literal: "invalid imaginary literal".
x = 1jx
