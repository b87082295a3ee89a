# Float literal shapes: trailing dot, leading dot, leading zeros (allowed in floats), underscores.
values = [1., .5, 1.5, 0.0, 0., .0, 00.5, 09.5, 007.25, 1_0.0_1, 3.141_592_653, 123456789.123456789]
for v in values:
    print(repr(v))
