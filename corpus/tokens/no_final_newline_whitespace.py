# The file ends with a whitespace-only line that has no newline.
print(2)
   