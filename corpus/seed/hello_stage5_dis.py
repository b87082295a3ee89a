# Stage 5+6 of the article's walk-through: compile 'print("hello")' and dis.dis the code object.
import dis

source = 'print("hello")'
code = compile(source, '<string>', 'exec')
dis.dis(code)
print(code.co_consts)
print(code.co_names)
print(code.co_varnames)
print(code.co_name, code.co_filename)
