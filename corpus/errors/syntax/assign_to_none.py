# Assigning to the keyword None: "cannot assign to None".
None = 1
