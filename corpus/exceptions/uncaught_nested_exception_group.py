# Nested exception groups with raised (traceback-carrying) members print as nested boxes.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise KeyError(n)

def run_batch(ids):
    errors = []
    for i in ids:
        try:
            task(i)
        except Exception as e:
            errors.append(e)
    return ExceptionGroup(f"batch {ids}", errors)

raise ExceptionGroup("all batches", [run_batch([1, 2]), run_batch([3]), RuntimeError("scheduler")])
