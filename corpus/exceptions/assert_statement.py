# assert raises AssertionError with the optional message expression, evaluated only on failure.
def msg():
    print("  message evaluated")
    return "custom message"

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(repr(e), e.args)

try:
    assert [], msg()
except AssertionError as e:
    print(repr(e), e.args)

assert True, msg()
print("passing assert does not evaluate the message")

try:
    assert False, ("tuple", 2)
except AssertionError as e:
    print(repr(e), str(e))

try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
print(__debug__)
