# break in a function defined inside a loop does not see the loop: "'break' outside loop".
for i in range(3):
    def f():
        break
