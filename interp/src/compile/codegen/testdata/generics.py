def first[T](xs: list[T]) -> T:
    return xs[0]
class Box[T: int, *Ts, **P]:
    def get(self) -> T: ...
type Alias[K] = dict[K, int]
type Simple = int
