# A \N escape not followed by '{': the unicodeescape error names only the two bytes "\N"
# ("position 9-10: malformed \N character escape"), not the rest of the string.
message = "no name: \N here"
