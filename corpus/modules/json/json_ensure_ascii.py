# ensure_ascii escapes non-ASCII as \uXXXX (surrogate pairs for astral chars); False keeps them.
import json

s = "caf\u00e9 \u20ac \U0001f600 \u2028"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00e9"}))
print(json.loads('"\\ud83d\\ude00"') == "\U0001f600", json.loads('"\\u00e9"'))
print(repr(json.loads('"\\ud800"')))
print(json.dumps("\ud800"))
print(json.dumps("</script>"), json.dumps("\b\f\r"))
