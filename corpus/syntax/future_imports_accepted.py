# Historical __future__ features are accepted no-ops; several may be imported in one statement.
from __future__ import nested_scopes, generators, division
from __future__ import (absolute_import, with_statement,
                        print_function, unicode_literals, generator_stop)
print(7 / 2, type("s").__name__)
