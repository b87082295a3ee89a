# Each block may use its own indent width (1, 3, 7 spaces); only consistency within a block matters.
def a():
 return 1
def b():
   if True:
          return 2
def c():
       return 3
print(a(), b(), c())
