# Unary minus/plus on complex flip or keep both signed zeros; bool() is false only for 0j (either zero sign).
for z in [0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, 1 + 0j, complex(0, float('nan'))]:
    print(repr(z), repr(-z), repr(+z), repr(-(-z)), bool(z), repr(z * -1), repr(0 - z), repr(z.conjugate()))
