# The __future__ easter egg: "not a chance".
from __future__ import braces
