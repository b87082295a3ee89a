# Every f-string prefix spelling (f, F, fr, fR, Fr, FR, rf, rF, Rf, RF): FSTRING_START carries the prefix.
x = 1
print([f'{x}\t', F'{x}\t', fr'{x}\t', fR'{x}\t', Fr'{x}\t', FR'{x}\t', rf'{x}\t', rF'{x}\t', Rf'{x}\t', RF'{x}\t'])
print(f"{x}", F"{x}", rf"{x}")
