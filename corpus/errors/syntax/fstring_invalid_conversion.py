# An unknown conversion character: "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'".
s = f"{x!z}"
