# Names that look like prefixes (f, rb, br, u, fr) are NAMEs when no quote follows; ur is not a prefix.
f = 1; rb = 2; br = 3; u = 4; fr = 5; ur = 6; bu = 7
print(f, rb, br, u, fr, ur, bu)
print(f"{f}", rb"x", u'y')
