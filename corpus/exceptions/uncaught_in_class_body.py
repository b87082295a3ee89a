# An exception raised while executing a class body: the frame is named after the class.
print("defining")

class Settings:
    defaults = {"width": 80}
    width = defaults["width"]
    height = defaults["height"]

print("never reached")
