# dis.dis recurses into nested code objects; depth limits the recursion; comprehensions are inlined.
import dis

src = '''
def outer(xs):
    def helper(y):
        return lambda: y
    squares = [x * x for x in xs]
    return helper, squares
'''
ns = {}
exec(compile(src, "<nested>", "exec"), ns)
outer = ns["outer"]
dis.dis(outer)
print("== depth=0")
dis.dis(outer, depth=0)
print("== depth=1")
dis.dis(outer, depth=1)
print(outer([1, 2])[1])
