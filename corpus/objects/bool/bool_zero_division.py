# Division by False is integer division by zero, with int's messages; true division by False uses 'division by zero'.
for f, name in [(lambda: True / False, '/'), (lambda: True // False, '//'), (lambda: True % False, '%'),
                (lambda: divmod(True, False), 'divmod'), (lambda: False ** -1, '**'), (lambda: 1.0 / False, 'float /'),
                (lambda: pow(True, 1, False), 'pow3')]:
    try:
        print(name, f())
    except (ZeroDivisionError, ValueError) as e:
        print(name, type(e).__name__, e)
print(True / True, True // True, False % True, divmod(False, True), False ** 0, pow(True, -1, 5))
