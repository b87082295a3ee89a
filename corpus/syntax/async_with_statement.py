# async with, single and multiple (parenthesized) items, driven via send(None).
class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, *exc):
        print("aexit", self.name)
        return False
async def main():
    async with ACM("a") as a:
        print("body", a)
    async with (ACM("b") as b, ACM("c") as c):
        print("body", b, c)
    async with ACM("d"), ACM("e"):
        pass
    return "ok"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
