x = 'é'  # invalid UTF-8 on line 1: tokenize's detect_encoding fails too
