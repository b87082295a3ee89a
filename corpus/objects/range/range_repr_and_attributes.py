# range repr shows (start, stop) or (start, stop, step) as given; start/stop/step attributes are read-only.
for r in [range(5), range(2, 5), range(2, 5, 1), range(2, 5, 2), range(5, 2, -1), range(-3), range(0, 0, 7)]:
    print(repr(r), str(r), r.start, r.stop, r.step)
r = range(1, 10, 2)
for attr in ('start', 'stop', 'step'):
    try:
        setattr(r, attr, 0)
    except AttributeError as e:
        print(attr, type(e).__name__, e)
