# Slice forms: every combination of start/stop/step being present or omitted, negative values.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::], s[::2], s[1::3], s[:5:2], s[8:2:-2], s[::-1], s[-3:], s[:-7])
t = "abcdef"
print(t[1:-1:2], t[-1:-4:-1])
