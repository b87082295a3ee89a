# format() / format specs for ints, floats, strings: fill, align, sign, width, grouping, precision, types.
specs_int = ["", "5", "<5", "^5", ">5", "*^7", "+", " ", "-", "05", "+06", ",", "_", "_x", "b", "o",
             "x", "X", "#x", "#b", "c", "d", "n", "e", ".2f", "%", "=+8"]
for spec in specs_int:
    print(f"int   {spec!r:8} [{format(1234, spec) if spec != 'c' else format(65, spec)}]")
specs_float = ["", ".3", ".3f", "10.2f", "<10.2f", "e", ".2E", "g", ".2g", "G", "%", ".1%", ",.2f",
               "+.1f", "08.2f", "#.0f", ".0f", "n"]
for spec in specs_float:
    print(f"float {spec!r:8} [{format(12345.6789, spec)}]")
for spec in ["", "10", "<10", ">10", "^10", "*^11", ".2", "^8.3", "s"]:
    print(f"str   {spec!r:8} [{format('hello', spec)}]")
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1e-7, "g"), format(1e16, "g"))
print(format(float("nan"), "+f"), format(float("-inf"), "10"), format(-0.0, ".1f"), format(True, "d"), format(True))
print(format(1234567.891, "_.2f"), format(-1234, "010,"), format(3 + 4j, ".1f"))
