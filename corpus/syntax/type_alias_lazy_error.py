# A type alias body referring to an undefined name fails only when __value__ is evaluated.
type Broken = undefined_name_here
print("defined", Broken.__name__)
try:
    Broken.__value__
except NameError as e:
    print("NameError:", e)
