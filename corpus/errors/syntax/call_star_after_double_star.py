# *args after **kwargs: "iterable argument unpacking follows keyword argument unpacking".
f(**a, *b)
