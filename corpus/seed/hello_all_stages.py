# The article's complete "observe every stage" snippet, run as one program.
import ast
import dis
import tokenize
import io

source = 'print("hello")'

# Stage 1: Tokenisation
tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
for tok in tokens:
    print(tok)

# Stage 3: AST
tree = ast.parse(source)
print(ast.dump(tree, indent=2))

# Stage 5+6: Bytecode
code = compile(source, '<string>', 'exec')
dis.dis(code)

# And finally run it
exec(code)
