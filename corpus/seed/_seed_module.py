# Helper for import_twice*.py: prints when its body runs.
print("_seed_module body running")
counter = 1
