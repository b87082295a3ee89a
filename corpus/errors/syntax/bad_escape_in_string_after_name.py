# A name directly followed by a string (Python 2's ur'' prefix reads as the name `ur`): CPython's
# second parser pass decodes the string while looking for `print x`, so the bad \N escape is
# the error, not "invalid syntax".
def lookup(name):
    return eval(ur'u"\N{%s}"' % name)
