# break outside any loop (compiler error): "'break' outside loop".
if True:
    break
