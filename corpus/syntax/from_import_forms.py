# from-import forms: single, aliased, several, parenthesized with trailing comma, and dotted modules.
from _imp_pkg import top
from _imp_pkg import sub as S, sub_value
from _imp_pkg.sub import (
    value,
    double as dbl,
)
print(top, S.value, sub_value, value, dbl(5))
