# Dict literal with 15 non-constant keys: BUILD_MAP 15.
def f(*k):
    return {k[0]: 0, k[1]: 1, k[2]: 2, k[3]: 3, k[4]: 4, k[5]: 5, k[6]: 6, k[7]: 7, k[8]: 8, k[9]: 9, k[10]: 10, k[11]: 11, k[12]: 12, k[13]: 13, k[14]: 14}
d = f(*range(100, 100 + 15))
print(len(d), d[100])
