# str stripping, case mapping (including special casing), padding and alignment methods.
print(repr("  xx  ".strip()), repr("xxhixx".strip("x")), repr("abcba".lstrip("ab")), repr("..a..".rstrip(".")))
print("hello world".title(), "HELLO".lower(), "straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode())
print("Hello".swapcase(), "hello".capitalize(), "hELLO wORLD".capitalize(), "ß".casefold(), "ΣΑΣ".lower())
print("they're bill's".title(), "3rd place".title())
print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "0")), "42".zfill(5), "-42".zfill(6), "+x".zfill(4))
print(repr("abc".center(2)), repr("a".center(4)), repr("a".center(5)))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "a".removeprefix("b"))
print("a\tb\tc".expandtabs(4), "tab\t".expandtabs(), "x".startswith(("a", "x")), "abc".endswith("bc", 0, 3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
