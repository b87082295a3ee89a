# dis.dis with show_caches=True lists CACHE entries; show_offsets=True adds the offset column.
import dis

def f(obj, x):
    return obj.attr + x[0]

dis.dis(f, show_caches=True)
print("--")
dis.dis(f, show_offsets=True)
