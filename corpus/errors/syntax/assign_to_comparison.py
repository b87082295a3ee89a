# Assigning to a comparison: "cannot assign to comparison".
a < b = 1
