# A yield expression as the middle target of a chained assignment: "assignment to yield expression not possible".
def f():
    x = yield = 1
