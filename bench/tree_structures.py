# Tree and graph structures: a binary search tree and a breadth-first search.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

def insert(root, key):
    if root is None:
        return Node(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Node(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = Node(key)
                return root
            node = node.right

def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))

root = None
for i in range(60_000):
    root = insert(root, (i * 7919) % 60_013)
graph = {i: [(i * 3 + 1) % 20_000, (i * 7 + 2) % 20_000] for i in range(20_000)}
seen = {0}
frontier = [0]
while frontier:
    nxt = []
    for v in frontier:
        for w in graph[v]:
            if w not in seen:
                seen.add(w)
                nxt.append(w)
    frontier = nxt
print(height(root), len(seen))
