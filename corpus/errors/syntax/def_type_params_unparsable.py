# Type parameters that do not parse after a def name: they are optional, so the forced '('
# fails at their '[': "expected '('".
def f[T, (x)](): pass
