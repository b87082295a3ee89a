# Deleting a starred expression: "cannot delete starred".
a = [1]
del *a,
