# dataclasses in use: inheritance of fields, defaults per subclass, compare/repr options,
# frozen instances as dict keys, sorting with order=True, __post_init__ validation.
from dataclasses import dataclass, field, fields, asdict, replace


@dataclass
class Animal:
    name: str
    legs: int = 4


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


@dataclass(frozen=True)
class Key:
    a: int
    b: tuple = ()


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    meta: dict = field(default_factory=dict, compare=False)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner}")

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self


def main():
    print(Bird("tweety"), Animal("cat"), [f.name for f in fields(Bird)], Bird.__mro__[1].__name__)
    print(Bird("a") == Bird("a"), Bird("a") == Animal("a", 2), isinstance(Bird("x"), Animal))
    vs = [Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]
    print(sorted(vs), max(vs), Version(1, 0, "x") == Version(1, 0, "y"), Version(2) > Version(1, 9))
    d = {Key(1): "one", Key(2, (3,)): "two"}
    print(d[Key(1)], Key(2, (3,)) in d, len({Key(1), Key(1)}), hash(Key(1)) == hash((1, ())))
    acct = Account("ann").deposit(10).deposit(5.5)
    print(acct, acct.history, asdict(acct), replace(acct, owner="bob").history)
    print(Account("x", meta={"k": 1}) == Account("x", meta={"k": 2}))
    try:
        Account("eve", -1)
    except ValueError as e:
        print("ValueError", e)
    try:
        Key(1).a = 3
    except AttributeError as e:
        print(type(e).__name__, e)
    print(Version.__match_args__, Account.__match_args__)
    match Bird("robin"):
        case Bird(name, legs):
            print("bird", name, legs)


main()
