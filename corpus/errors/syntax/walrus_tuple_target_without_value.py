# ':=' after a tuple with no expression after it: 'invalid syntax' at the ':=' (invalid_named_expression
# needs an expression after ':=' to name the target).
points = [(45, 0.69):=, (0, 0.65)]
