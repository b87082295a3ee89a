# An unknown __future__ feature: "future feature nonexistent is not defined".
from __future__ import nonexistent
