# keyword.kwlist (35 hard keywords) and keyword.softkwlist (_, case, match, type) in 3.13.
import keyword

print(len(keyword.kwlist), keyword.kwlist)
print(len(keyword.softkwlist), keyword.softkwlist)
print(keyword.kwlist == sorted(keyword.kwlist))
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
print(sorted(set(keyword.kwlist) & set(keyword.softkwlist)))
