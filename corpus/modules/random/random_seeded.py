# random with a fixed int seed draws what CPython draws: the Mersenne Twister, random(),
# getrandbits, randrange/randint/choice/shuffle/sample/choices, and reseeding.
import random


def main():
    random.seed(12345)
    print([random.random() for _ in range(3)])
    print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
    print([random.randint(1, 6) for _ in range(10)], random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3))
    print(random.choice("abcdef"), random.choice([10, 20, 30]), random.uniform(1, 2))
    deck = list(range(10))
    random.shuffle(deck)
    print(deck, random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(range(1000), 8))
    print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4), random.choices("xy", cum_weights=[1, 3], k=3))
    print(random.sample(["r", "b"], counts=[3, 2], k=4), random.randbytes(5))
    random.seed(0)
    a = random.random()
    random.seed(0)
    print(a == random.random(), a)
    for s in [1, 2 ** 40, -7, 2 ** 100 + 5, 3.5, True]:
        random.seed(s)
        print(s, random.randint(0, 10 ** 6))
    r1, r2 = random.Random(42), random.Random(42)
    print(r1.random() == r2.random(), r1.randint(0, 100), r2.randint(0, 100), random.Random(7).choice(range(50)))
    st = r1.getstate()
    x = r1.random()
    r1.setstate(st)
    print(x == r1.random(), st[0], len(st[1]), st[2])
    g = random.Random(99)
    print(round(g.gauss(0, 1), 12), round(g.gauss(0, 1), 12), round(g.normalvariate(5, 2), 12), round(g.expovariate(2), 12))
    print(round(g.triangular(0, 10, 3), 12), round(g.betavariate(2, 3), 12), round(g.gammavariate(0.5, 1), 12), round(g.gammavariate(3, 2), 12))
    print(round(g.lognormvariate(0, 1), 12), round(g.vonmisesvariate(1, 4), 12), round(g.paretovariate(3), 12), round(g.weibullvariate(1, 2), 12))
    print(g.binomialvariate(10, 0.3), g.binomialvariate(100, 0.5), g.binomialvariate(1, 0.9))
    for call in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
                 lambda: random.randrange(10, 1, 2), lambda: random.choice([]), lambda: random.sample({1, 2}, 1),
                 lambda: random.sample(range(3), 5), lambda: random.choices("ab", [1], k=2), lambda: random.getrandbits(-1),
                 lambda: random.seed([1]), lambda: random.randrange(2, step=3), lambda: random.randint(1.5, 3)]:
        try:
            call()
        except (TypeError, ValueError, IndexError) as e:
            print(type(e).__name__, e)


main()
