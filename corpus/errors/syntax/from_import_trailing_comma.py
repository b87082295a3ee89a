# A trailing comma in an unparenthesized from-import: "trailing comma not allowed without surrounding parentheses".
from os import path,
