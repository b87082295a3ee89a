"""Helper package whose attribute 'thing' shadows the submodule of the same name until it is imported."""
thing = "attribute defined in __init__"
