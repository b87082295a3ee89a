# Remaining bytes methods called once each with typical arguments, printing their results and result types.
b = b'Hello, World'
res = [b.capitalize(), b.center(16, b'~'), b.count(b'l'), b.decode(), b.endswith(b'ld'), b.expandtabs(), b.find(b'o'),
       b.hex(), b.index(b'W'), b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isspace(), b.istitle(),
       b.isupper(), b.join([b'1', b'2']), b.ljust(14, b'.'), b.lower(), b.lstrip(b'H'), b.partition(b', '), b.removeprefix(b'He'),
       b.removesuffix(b'ld'), b.replace(b'l', b'L'), b.rfind(b'o'), b.rindex(b'o'), b.rjust(14), b.rpartition(b'o'),
       b.rsplit(b', '), b.rstrip(b'd'), b.split(), b.splitlines(), b.startswith(b'H'), b.strip(b'Hd'), b.swapcase(), b.title(),
       b.translate(None, b'lo'), b.upper(), b.zfill(14), bytes.fromhex('4142'), bytes.maketrans(b'', b'')[:3]]
for r in res:
    print(type(r).__name__, r)
