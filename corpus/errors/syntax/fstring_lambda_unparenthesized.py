# A bare lambda in a field: "f-string: lambda expressions are not allowed without parentheses".
s = f"{lambda x: x}"
