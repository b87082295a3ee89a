# A missing comma between a type alias's parameters: CPython's `assignment` rule, tried before
# `type_alias`, reads `type` as a name and `Pair[K V]` as a subscript in its error pass, so the
# error is "invalid syntax. Perhaps you forgot a comma?" over `K V`.
type Pair[K V] = tuple[K, V]
