# A lone starred assignment target parses but the compiler rejects it: "starred assignment target must be in a list or tuple".
*a = [1, 2]
