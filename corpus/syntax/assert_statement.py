# assert with and without a message; a failing assert raises AssertionError with the message value.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught:", e.args)
try:
    assert []
except AssertionError as e:
    print("caught:", e.args)
