# Positions in a string's decode error count each non-ASCII character before the bad escape as
# the 10-byte \UXXXXXXXX escape CPython's parser rewrites it to: "café \xz" reports 14-15.
label = "café \xz"
