# break inside an except* block (compiler error): "'break', 'continue' and 'return' cannot appear in an except* block".
for i in range(3):
    try:
        pass
    except* ValueError:
        break
