# Statements after return/raise/break/continue are removed from the bytecode.
def f(x):
    if x:
        return 1
        print("dead after return")
    for i in range(3):
        if i == 1:
            continue
            print("dead after continue")
        if i == 2:
            break
            print("dead after break")
    try:
        raise ValueError(x)
        print("dead after raise")
    except ValueError as e:
        return ("caught", e.args)
print(f(1))
print(f(0))
