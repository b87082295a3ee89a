# A \x escape with one hex digit in bytes: "(value error) invalid \x escape at position 0".
x = b"\x4"
