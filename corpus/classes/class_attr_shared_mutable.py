# Class attributes are shared by instances until an instance assigns its own; mutation is shared.
class Team:
    members = []
    size = 0
    def join(self, name):
        self.members.append(name)
        self.size += 1

a, b = Team(), Team()
a.join("ann")
b.join("bob")
print(Team.members, a.members is b.members)
print(Team.size, a.size, b.size, "size" in vars(a))
a.members = ["own"]
print(a.members, b.members, Team.members)
Team.size = 100
print(a.size, Team().size)
del a.members
print(a.members)
