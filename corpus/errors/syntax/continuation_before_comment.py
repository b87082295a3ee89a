# A continuation joined to a comment-only line leaves the statement incomplete (tokenize is fine): "invalid syntax".
x = 1 + \
# a comment
2
