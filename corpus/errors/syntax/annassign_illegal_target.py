# An annotated expression target: "illegal target for annotation".
a + 1: int
