# while 0: body is removed entirely; its else clause still runs.
def f():
    while 0:
        print("never")
    else:
        print("else of while 0")
    while False:
        pass
    return "done"
print(f())
