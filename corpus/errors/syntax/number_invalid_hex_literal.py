# A non-hex letter after 0x: "invalid hexadecimal literal".
x = 0xg
