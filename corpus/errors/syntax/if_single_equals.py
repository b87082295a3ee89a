# "=" where a comparison is expected: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
x = 1
if x = 1:
    pass
