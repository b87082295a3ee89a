# Identifiers are NFKC-normalised by the parser: ﬁ is fi, ℌ is H, full-width ｘ is x, ª is a.
fi = "plain"
print(ﬁ)
ℌ = 5
print(H)
ｘ = 7
print(x)
ª = 9
print(a)
print(sorted(k for k in globals() if not k.startswith("__")))
