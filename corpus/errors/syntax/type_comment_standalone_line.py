# A stand-alone type comment line after a statement: runs, but "-m ast" fails with "invalid syntax".
x = 1
# type: int
print(x)
