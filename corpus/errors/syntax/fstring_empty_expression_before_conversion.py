# A conversion with no expression: "f-string: valid expression required before '!'".
s = f"{!r}"
