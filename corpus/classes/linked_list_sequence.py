# A singly linked list implementing the sequence protocol, including negative indices and reversed().
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value, self.next = value, next

    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v

    def __reversed__(self):
        print("  __reversed__ called")
        return iter(list(self)[::-1])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

ll = LinkedList("abcde")
print(ll, len(ll), ll[0], ll[-1], ll[1:4])
print(list(reversed(ll)), "c" in ll, LinkedList._Node.__qualname__)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
print(ll == LinkedList("abcde"), ll == "abcde", ll[::2])
