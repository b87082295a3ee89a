# An exception raised while handling another prints both, joined by "During handling ...".
def read_config(settings):
    try:
        return settings["port"]
    except KeyError:
        raise RuntimeError("configuration is missing the port")

print("starting")
read_config({"host": "localhost"})
