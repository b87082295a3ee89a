# A small bank: accounts with history, a custom exception for overdrafts, and transfers between them.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}; balance is {account.balance}")
        self.shortfall = amount - account.balance

class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
        self.number = Account._next_number
        Account._next_number += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self._balance})"

class SavingsAccount(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

alice = Account("alice", 100)
bob = SavingsAccount("bob", 50)
transfer(alice, bob, 30)
print(alice, bob)
try:
    transfer(bob, alice, 500)
except InsufficientFunds as e:
    print("failed:", e, "| short by", e.shortfall)
print(bob.add_interest(), bob.balance)
try:
    alice.deposit(-5)
except ValueError as e:
    print("failed:", e)
try:
    alice.balance = 1_000_000
except AttributeError as e:
    print("failed:", e)
for acct in (alice, bob):
    print(acct.owner, acct.history)
print(sorted([alice, bob], key=lambda a: a.balance))
