# def and class statements executed in a loop create new objects each iteration.
made = []
for i in range(3):
    def f(i=i): return i
    class C:
        val = i
    made.append((f, C))
print([f() for f, _ in made], [C.val for _, C in made], made[0][0] is made[1][0])
