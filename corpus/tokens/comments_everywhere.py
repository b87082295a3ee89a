# Comments in every position: own lines, after statements, inside brackets, between decorators, after colons.
# leading comment
x = [  # after an opening bracket
    1,  # after an item
    # on its own line inside brackets
    2,
]  # after the closing bracket
def f():  # after a def colon
    # first line of the body
    return x  # after return
    # after the last statement, more indented than nothing
# between definitions
@staticmethod  # after a decorator
# between decorator and def
def g(): pass
print(f())  # trailing
# final comment
