# Building Parameters and Signatures by hand: replace(), ordering rules and invalid-name errors.
import inspect

P = inspect.Parameter
a = P("a", P.POSITIONAL_ONLY)
b = P("b", P.POSITIONAL_OR_KEYWORD, default=2, annotation=int)
c = P("c", P.KEYWORD_ONLY, default=None)
sig = inspect.Signature([a, b, c], return_annotation=str)
print(sig)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(b.replace(name="bb", default=inspect.Parameter.empty))
print(a == P("a", P.POSITIONAL_ONLY), a == b)
for args in [("1x", P.POSITIONAL_OR_KEYWORD), ("def", P.POSITIONAL_OR_KEYWORD), ("x", 99)]:
    try:
        P(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    inspect.Signature([b, a])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.Signature([P("x", P.POSITIONAL_OR_KEYWORD, default=1), P("y", P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.Signature([a, P("a", P.KEYWORD_ONLY)])
except ValueError as e:
    print("ValueError:", e)
