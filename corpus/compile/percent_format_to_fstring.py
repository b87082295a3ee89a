# '%s/%r/%a' % (tuple) with simple flags, width and precision is rewritten to an f-string (CONVERT_VALUE/FORMAT_*).
def f(a, b, c):
    x = "%s-%r-%a" % (a, b, c)
    y = "[%5s|%-5s|%.2s|%3.1r]" % (a, a, b, c)
    z = "100%% %s" % (a,)
    w = "%s" % (a,)
    return x, y, z, w
print(f("ab", "cd", "é"))
