# Lambda, walrus, and conditional expressions inside f-string fields (parenthesized where required).
print(f"{(lambda x: x * 2)(21)}")
print(f"{(y := 6)} {y}")
print(f"{'yes' if y else 'no'}")
print(f"{y if y > 5 else 0:>4}")
