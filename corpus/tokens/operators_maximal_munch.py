# Operators written without spaces: the tokenizer takes the longest match (<<= before <<, ** before *).
a, b = 6, 2
print(a**-b, a*-b, a--b, a+-b, a<-b, a>-b, a//-b, a%-b)
c = 1; c<<=3; c>>=1; c**=2; c//=3
print(c, a<=-b, a>=~b, a==-b, a!=~b)
print(a.__add__(b), 1..__class__.__name__, [...][0])
