# Comment lines at any column do not open or close indentation levels.
def f():
        # deeper than the body
    a = 1
# at column zero inside the body
  # at an unmatched column inside the body
    return a
print(f())
