# Empty literals of every quote kind and prefix.
print([ '', "", '''''', """""", b'', r"", f'', rb"""""" ])
