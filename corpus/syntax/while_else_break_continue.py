# while loops with else, break and continue; else runs only without break.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("loop", i)
else:
    print("else after normal end")
while True:
    break
else:
    print("not printed")
print("done", i)
