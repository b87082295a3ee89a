# Stage 1 of the article's walk-through: tokenize.generate_tokens over 'print("hello")'.
import io
import tokenize

source = 'print("hello")'
tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
for tok in tokens:
    print(tok)
print(len(tokens), "tokens")
print([tokenize.tok_name[t.type] for t in tokens])
