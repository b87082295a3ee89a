# A decimal integer with leading zeros (tokenize accepts it): "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".
x = 0777
