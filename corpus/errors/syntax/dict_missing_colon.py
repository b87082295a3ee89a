# A dict entry without ':': "':' expected after dictionary key".
d = {1: 2, 3}
