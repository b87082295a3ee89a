# A type comment keeps the trailing whitespace of its line (type_comment='list   ').
x = []  #  type:  list   
print(x)
