# dis.findlinestarts and dis.findlabels for a function with branches over several lines.
import dis

def f(n):
    while n > 0:
        n -= 1
        if n == 3:
            break
    else:
        return -1
    return n

code = f.__code__
print(list(dis.findlinestarts(code)))
print(dis.findlabels(code.co_code))
print(list(code.co_lines())[:6])
print(f(10), f(2))
