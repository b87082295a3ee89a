# '<>' tokenizes (as OP) but even after the barry_as_FLUFL future import a file cannot use it: "invalid syntax".
from __future__ import barry_as_FLUFL
print(1 <> 2)
