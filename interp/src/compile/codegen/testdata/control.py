for i in range(10):
    if i % 2 and i > 3:
        continue
    elif i < 1 < 2:
        break
else:
    pass
while True:
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        print(e)
    finally:
        break
