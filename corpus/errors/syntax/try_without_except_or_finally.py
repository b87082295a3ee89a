# A try block followed by neither except nor finally: "expected 'except' or 'finally' block".
try:
    pass
x = 1
