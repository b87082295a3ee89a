# sys.exit with a non-ASCII message and a multi-line message: both written to stderr verbatim, status 1.
import sys

sys.exit("erreur: donn\u00e9es invalides \u2192 arr\u00eat\nsecond line")
