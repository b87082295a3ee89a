# Helper module without __all__: "import *" skips names starting with an underscore.
visible = 1
_private = 2
