# '\N' not followed by '{': the unicodeescape error covers only the backslash and the N.
u = '\N{GREEK SMALL LETTER ALPHA}\NREEK CAPITAL LETTER OMEGA}'
