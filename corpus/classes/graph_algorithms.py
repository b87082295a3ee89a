# A directed graph class with BFS shortest paths, DFS order, cycle detection and topological sort.
class Graph:
    def __init__(self):
        self.adj = {}

    def add_edge(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, [])

    def bfs_path(self, start, goal):
        prev = {start: None}
        queue = [start]
        while queue:
            node = queue.pop(0)
            if node == goal:
                path = []
                while node is not None:
                    path.append(node)
                    node = prev[node]
                return path[::-1]
            for nxt in self.adj[node]:
                if nxt not in prev:
                    prev[nxt] = node
                    queue.append(nxt)
        return None

    def dfs(self, start):
        seen, order = set(), []
        def visit(n):
            seen.add(n)
            order.append(n)
            for m in self.adj[n]:
                if m not in seen:
                    visit(m)
        visit(start)
        return order

    def toposort(self):
        state, out = {}, []
        def visit(n):
            if state.get(n) == "active":
                raise ValueError(f"cycle through {n!r}")
            if n in state:
                return
            state[n] = "active"
            for m in self.adj[n]:
                visit(m)
            state[n] = "done"
            out.append(n)
        for n in self.adj:
            visit(n)
        return out[::-1]

g = Graph()
for a, b in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"),
             ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    g.add_edge(a, b)
print(g.toposort())
print(g.dfs("shirt"))
print(g.bfs_path("shirt", "jacket"), g.bfs_path("socks", "tie"))
g.add_edge("jacket", "shirt")
try:
    g.toposort()
except ValueError as e:
    print(type(e).__name__, e)
