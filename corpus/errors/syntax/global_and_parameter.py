# A parameter declared global: "name 'x' is parameter and global".
def f(x):
    global x
