# Comparison tokens == != < > <= >= and chains without spaces.
a, b, c = 1, 2, 2
print(a==b, a!=b, a<b, a>b, a<=b, a>=b)
print(a<b<=c, a<b<c, c>=b>a, a!=b==c)
