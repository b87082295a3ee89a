# coding: latin-1
# A UTF-8 BOM contradicting a latin-1 cookie: "encoding problem: iso-8859-1 with BOM".
x = 1
