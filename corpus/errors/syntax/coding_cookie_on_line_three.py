#
# A coding cookie on line 3 is ignored, so the latin-1 byte below is invalid UTF-8.
# -*- coding: latin-1 -*-
x = 'é'
