# A binary search tree class with __len__, __contains__, __iter__ (in-order generator) and __repr__.
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

class BST:
    def __init__(self, keys=()):
        self.root = None
        self._size = 0
        for k in keys:
            self.add(k)

    def add(self, key):
        if self.root is None:
            self.root = Node(key)
        else:
            node = self.root
            while True:
                if key == node.key:
                    return False
                side = "left" if key < node.key else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, Node(key))
                    break
                node = child
        self._size += 1
        return True

    def __len__(self):
        return self._size

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __iter__(self):
        def walk(node):
            if node is not None:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __repr__(self):
        return f"BST({list(self)})"

t = BST([50, 30, 70, 20, 40, 60, 80, 30])
print(t, len(t), t.height())
print(40 in t, 45 in t, list(reversed(list(t)))[:3])
print(t.add(45), t.add(45), len(t))
print([k for k in t if k % 20 == 0], min(t), max(t), sum(t))
degenerate = BST(range(6))
print(degenerate.height(), bool(BST()), bool(degenerate))
