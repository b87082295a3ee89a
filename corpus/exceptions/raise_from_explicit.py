# raise X from Y sets __cause__ (and __suppress_context__); a class as cause is instantiated.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e

try:
    load("abc")
except ConfigError as e:
    print(e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

try:
    raise ConfigError("outside a handler") from KeyError("unrelated")
except ConfigError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise ConfigError("class cause") from IndexError
except ConfigError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
