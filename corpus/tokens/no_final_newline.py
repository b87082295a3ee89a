# The last line has no newline: NEWLINE '' is implied.
print('no newline at end')