# A lambda parameter without a default after one with a default: "parameter without a default follows parameter with a default".
f = lambda a=1, b: 0
