# The file ends in a comment without a newline.
print(1)
# trailing comment