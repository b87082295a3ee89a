# An exception group whose member has a cause and a note: chaining is printed inside the box.
def fetch(url):
    try:
        raise TimeoutError(f"timed out: {url}")
    except TimeoutError as e:
        err = ConnectionError(f"could not fetch {url}")
        err.add_note("retried 3 times")
        raise err from e

errors = []
for url in ["a.example", "b.example"]:
    try:
        fetch(url)
    except ConnectionError as e:
        errors.append(e)
raise ExceptionGroup("downloads failed", errors)
