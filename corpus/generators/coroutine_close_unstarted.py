# close() on a coroutine that never started marks it closed without running it or warning; sending then fails.
async def work():
    print("never printed")
    return 1
c = work()
c.close()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
