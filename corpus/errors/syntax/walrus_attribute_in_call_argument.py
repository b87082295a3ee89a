# An attribute before ':=' in a call argument: call arguments do not go through named_expression,
# so this is 'invalid syntax' at the ':=', not 'cannot use assignment expressions with attribute'.
f(a.b := 1)
