# A \x escape with one hex digit: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape".
x = "\x4"
