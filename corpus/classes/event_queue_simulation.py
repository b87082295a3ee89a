# A discrete-event simulation: customers, a server and an event queue ordered by (time, seq).
class Event:
    seq = 0
    def __init__(self, time, kind, who):
        Event.seq += 1
        self.key = (time, Event.seq)
        self.time, self.kind, self.who = time, kind, who
    def __lt__(self, other):
        return self.key < other.key

class Simulation:
    def __init__(self, arrivals, service):
        self.queue = [Event(t, "arrive", name) for name, t in arrivals]
        self.service = service
        self.busy_until = 0
        self.log = []
        self.waits = {}

    def schedule(self, event):
        self.queue.append(event)
        self.queue.sort()

    def run(self):
        self.queue.sort()
        while self.queue:
            ev = self.queue.pop(0)
            getattr(self, "on_" + ev.kind)(ev)
        return self

    def on_arrive(self, ev):
        start = max(ev.time, self.busy_until)
        self.waits[ev.who] = start - ev.time
        self.busy_until = start + self.service[ev.who]
        self.log.append(f"t={ev.time:>2} {ev.who} arrives, starts at {start}")
        self.schedule(Event(self.busy_until, "leave", ev.who))

    def on_leave(self, ev):
        self.log.append(f"t={ev.time:>2} {ev.who} leaves")

sim = Simulation([("ann", 0), ("bob", 1), ("cy", 2), ("dee", 10)],
                 {"ann": 4, "bob": 3, "cy": 2, "dee": 1}).run()
print("\n".join(sim.log))
print(sim.waits, sum(sim.waits.values()) / len(sim.waits))
