# random seeded with str and bytes (version 2 hashes them with SHA-512) and with version 1.
import random


def main():
    for seed in ["hello", "", "päivää", b"bytes", bytearray(b"xyz"), "a" * 300]:
        random.seed(seed)
        print(repr(seed)[:20], random.random(), random.randint(0, 99))
    random.seed("old", version=1)
    print(random.random())
    r = random.Random("instance")
    print(r.choice("abcdefghij"), r.sample(range(20), 4))


main()
