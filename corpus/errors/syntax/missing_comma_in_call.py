# Two adjacent expressions inside brackets: "invalid syntax. Perhaps you forgot a comma?"
print(1 2)
