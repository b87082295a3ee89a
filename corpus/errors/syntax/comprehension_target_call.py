# A call as a comprehension target: "cannot assign to function call".
values = [x for f() in y]
