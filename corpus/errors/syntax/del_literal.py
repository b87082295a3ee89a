# Deleting a literal: "cannot delete literal".
del 1
