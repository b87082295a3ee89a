# A dict key and ':' without a value: "expression expected after dictionary key and ':'".
d = {1: }
