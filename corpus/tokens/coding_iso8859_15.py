# -*- coding: iso-8859-15 -*-
# Latin-9 source: 0xA4 is the euro sign, 0xA6 and 0xBD are Š and œ.
café = 'prix: 5 €'
Šœ = [café, "Šœ"]
print(ascii(café), ascii(Šœ), len(café))
