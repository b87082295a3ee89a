# Newlines, blank lines and comments inside brackets are NL, never NEWLINE/INDENT/DEDENT.
x = (

    1

        +

  2
)
y = {
'a':
        [1,
 2],

}
print(x, y)
