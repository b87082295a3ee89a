# "import X from Y": "Did you mean to use 'from ... import ...' instead?"
import path from os
