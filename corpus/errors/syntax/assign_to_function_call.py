# Assigning to a call: "cannot assign to function call here. Maybe you meant '==' instead of '='?"
f() = 1
