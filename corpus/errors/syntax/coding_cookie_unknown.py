# coding: nonexistent
# An unknown encoding in the cookie: "encoding problem: nonexistent" ("-m ast": "unknown encoding: nonexistent").
x = 1
