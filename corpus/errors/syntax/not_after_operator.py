# 'not' directly after a binary operator: "'not' after an operator must be parenthesized".
x = 1 + not 2
