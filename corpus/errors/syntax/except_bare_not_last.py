# A bare except before a typed except (compiler error): "default 'except:' must be last".
try:
    pass
except:
    pass
except ValueError:
    pass
