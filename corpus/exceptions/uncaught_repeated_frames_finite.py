# A finite recursion that fails at the bottom: identical frames collapse after the third repeat.
def walk(node, depth):
    if depth == 0:
        return node["missing"]
    return walk(node, depth - 1)

def start():
    return walk({}, 12)

start()
