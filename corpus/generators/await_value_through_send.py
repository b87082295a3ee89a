# Values passed to send() are delivered to the yield inside __await__ and become the await result.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield self.what
        return answer
async def program():
    name = await Request("name?")
    age = await Request("age?")
    return f"{name} is {age}"
c = program()
q = c.send(None)
answers = {"name?": "Ada", "age?": 36}
try:
    while True:
        q = c.send(answers[q])
except StopIteration as e:
    print(e.value)
