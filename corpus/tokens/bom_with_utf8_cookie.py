# -*- coding: utf-8 -*-
# A BOM together with a matching utf-8 coding cookie.
print('€')
