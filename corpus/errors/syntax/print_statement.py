# Python 2 print statement: "Missing parentheses in call to 'print'. Did you mean print(...)?"
print "hello"
