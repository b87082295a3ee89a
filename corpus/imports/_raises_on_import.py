"""Helper whose body fails halfway."""
print("_raises_on_import: body running")
before = 1
raise ValueError("boom during import")
after = 2
