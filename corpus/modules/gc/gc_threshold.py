# gc.get_threshold is (2000, 10, 10) in 3.13; set_threshold replaces only the values it is given.
import gc

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5)
print(gc.get_threshold())
gc.set_threshold(2000, 10, 10)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.set_threshold("x")
except TypeError as e:
    print("TypeError:", e)
print(type(gc.get_threshold()).__name__)
