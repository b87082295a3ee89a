# continue outside any loop (compiler error): "'continue' not properly in loop".
def f():
    continue
