# from ... import with no names: "Expected one or more names after 'import'".
from os import
