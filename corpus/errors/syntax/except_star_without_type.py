# except* with no exception type: "expected one or more exception types".
try:
    pass
except*:
    pass
