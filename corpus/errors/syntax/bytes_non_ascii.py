# A non-ASCII character in a bytes literal: "bytes can only contain ASCII literal characters".
x = b"café"
