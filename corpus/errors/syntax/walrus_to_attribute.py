# An assignment expression with an attribute target: "cannot use assignment expressions with attribute".
(a.b := 1)
