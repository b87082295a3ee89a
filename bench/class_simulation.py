# Class-heavy code: a particle simulation with properties and operator overloading.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos + self.vel * dt
        if self.pos.norm2 > 100.0:
            self.vel = self.vel * -1.0

ps = [Particle(Vec(i * 0.1, -i * 0.05), Vec(1.0, 0.5)) for i in range(100)]
for _ in range(2000):
    for p in ps:
        p.step(0.01)
print(round(sum(p.pos.norm2 for p in ps), 6))
