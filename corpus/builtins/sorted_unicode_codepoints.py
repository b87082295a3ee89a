# String ordering is by code point: uppercase before lowercase, accents after ASCII, prefixes first.
words = ["zebra", "Zebra", "apple", "Äpfel", "äpfel", "Apple", "app", "éclair", "eclair", "10", "9", "_x", " x", "~"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(min(words), max(words), "a" < "b" < "ba", "Z" < "a", "é" > "z", "" < "\x00")
print(sorted(["b", "a", "B", "A", "ß", "ss"]), [ord(c) for c in "aAßé"])
print(sorted([b"b", b"A", b"\xff", b""]), (1, "a") < (1, "b"), [1, 2] < [1, 2, 0])
