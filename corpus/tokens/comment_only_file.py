# A file that holds nothing but comments.
#
#    indented text inside a comment
#!not a shebang here
# -*- coding: latin-1 -*- (on line 5: not a cookie)
