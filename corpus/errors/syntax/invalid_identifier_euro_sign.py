# A non-identifier character where a name starts (tokenize gives NAME '€'): "invalid character '€' (U+20AC)".
€ = 1
