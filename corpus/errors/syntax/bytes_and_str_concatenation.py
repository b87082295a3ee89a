# Implicit concatenation of str and bytes: "cannot mix bytes and nonbytes literals".
x = "text" b"bytes"
