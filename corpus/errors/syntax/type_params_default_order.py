# A type parameter without default after one with a default (3.13): "non-default type parameter 'U' follows default type parameter".
class C[T = int, U]:
    pass
