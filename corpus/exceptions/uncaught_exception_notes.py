# Notes added with add_note() are printed after the exception line of an uncaught traceback.
def process(item):
    try:
        return 100 // item["qty"]
    except ZeroDivisionError as e:
        e.add_note(f"while processing item {item['id']}")
        e.add_note("hint: quantity must be non-zero")
        raise

for item in [{"id": 1, "qty": 4}, {"id": 2, "qty": 0}]:
    print(process(item))
