# An f-string opened right after a call on the same line: the second pass reads into it while
# checking for a missing comma, so the tokenizer's 'unterminated f-string literal' is raised.
f(a) f"
