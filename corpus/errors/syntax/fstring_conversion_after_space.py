# A space between '!' and the conversion (message spelled as CPython spells it): "f-string: conversion type must come right after the exclamanation mark".
s = f"{x! r}"
