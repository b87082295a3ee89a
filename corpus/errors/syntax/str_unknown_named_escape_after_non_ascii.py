# The unicodeescape error positions count each non-ASCII character before the escape as the
# ten bytes of its \UXXXXXXXX form (the decoder reads a copy written that way).
u = 'é\N{no such name}'
