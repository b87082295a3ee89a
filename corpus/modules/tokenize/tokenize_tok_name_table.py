# token.tok_name maps every token number to its name; the numbering of the 3.13 token set.
import token

for num in sorted(token.tok_name):
    print(num, token.tok_name[num])
print("N_TOKENS", token.N_TOKENS, "NT_OFFSET", token.NT_OFFSET)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET), token.ISEOF(token.ENDMARKER))
