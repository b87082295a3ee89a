# '$' is not a Python token (tokenize shows it as OP): "invalid syntax".
a = $b
