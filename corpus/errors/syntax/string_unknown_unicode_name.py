# An unknown \N{...} name: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name".
x = "\N{NOT A NAME}"
