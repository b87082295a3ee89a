# Dict literal with 16 non-constant keys: 16 or more pairs switch to BUILD_MAP 0 + MAP_ADD.
def f(*k):
    return {k[0]: 0, k[1]: 1, k[2]: 2, k[3]: 3, k[4]: 4, k[5]: 5, k[6]: 6, k[7]: 7, k[8]: 8, k[9]: 9, k[10]: 10, k[11]: 11, k[12]: 12, k[13]: 13, k[14]: 14, k[15]: 15}
d = f(*range(100, 100 + 16))
print(len(d), d[100])
