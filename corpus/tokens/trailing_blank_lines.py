# Blank lines after the last statement become NL tokens before ENDMARKER.
print("end")



