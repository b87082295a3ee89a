# Recursive generators with yield from walk a nested structure depth-first, pre- and post-order.
tree = ("a", [("b", [("d", [])]), ("c", [("e", []), ("f", [])])])
def pre(node):
    name, kids = node
    yield name
    for k in kids:
        yield from pre(k)
def post(node, depth=0):
    name, kids = node
    for k in kids:
        yield from post(k, depth + 1)
    yield name + str(depth)
print(list(pre(tree)))
print(list(post(tree)))
