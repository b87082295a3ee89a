# An annotated tuple target: "only single target (not tuple) can be annotated".
a, b: int
