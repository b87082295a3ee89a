# complex() from numbers and strings; repr formatting of real/imag parts including signed zeros.
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.5), complex("3+4j"), complex(" 2j "))
print(complex("1"), complex("-1.5e3-2J"), complex("(1+2j)"), complex(1j, 1j), complex(True, False))
print(repr(complex(0.0, 0.0)), repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), repr(complex(-0.0, -0.0)))
print(1j * 1j, (1 + 2j).conjugate(), (3 + 4j).real, (3 + 4j).imag, abs(3 + 4j), (1 + 2j) ** 2)
print(complex(float("inf"), float("nan")), complex("infj"), complex("nan+nanj"))
tests = ['complex("1 + 2j")', 'complex("j1")', 'complex("")', 'complex("1", 2)', 'complex(1, "2")',
         'complex(None)', '1j < 2j', 'complex("1+2j+3")', 'int(1j)']
for src in tests:
    try:
        print(src, "=", eval(src))
    except (ValueError, TypeError) as e:
        print(f"{src:20} {type(e).__name__}: {e}")
