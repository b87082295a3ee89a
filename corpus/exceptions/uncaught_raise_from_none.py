# raise ... from None suppresses the context: only the final exception is printed.
def get_setting(name):
    settings = {"debug": "true"}
    try:
        return settings[name]
    except KeyError:
        raise AttributeError(f"unknown setting {name!r}") from None

print(get_setting("debug"))
get_setting("verbose")
