# A '#' comment inside a single-line f-string field swallows the rest of the line: "'{' was never closed".
s = f"{x # comment}"
