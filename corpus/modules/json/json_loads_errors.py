# JSONDecodeError messages with line, column and char position for malformed documents.
import json

docs = ['', '{', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', "{'a': 1}", '"unterminated', 'tru',
        '[1] x', '{"a": 1}\n\n  }', '"\\q"', '"\x01"', '01', '1.', '-', 'nul', '{"a":\n  [1,\n   2,\n  }']
for doc in docs:
    try:
        print(repr(doc), "ok", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.lineno, e.colno, e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
