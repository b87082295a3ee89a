# A hard keyword used as a variable name: "invalid syntax".
class = 1
