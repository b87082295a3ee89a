# token.EXACT_TOKEN_TYPES maps each operator string to its exact token type.
import token

items = sorted(token.EXACT_TOKEN_TYPES.items(), key=lambda kv: kv[1])
print(len(items))
for s, t in items:
    print(f"{s!r:<6} {t:>3} {token.tok_name[t]}")
