# A parameter cannot also be declared global: "name 'p' is parameter and global".
def f(p):
    global p
    return p
print(f(1))
