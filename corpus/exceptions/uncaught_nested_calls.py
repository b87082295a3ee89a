# An uncaught exception raised four calls deep: one traceback entry per frame, innermost last.
def parse_record(line):
    fields = line.split(",")
    return {"name": fields[0], "age": int(fields[1])}

def load(lines):
    return [parse_record(line) for line in lines]

class Loader:
    def run(self, lines):
        records = load(lines)
        return len(records)

def main():
    loader = Loader()
    print(loader.run(["ann,31", "bob,27"]))
    print(loader.run(["cy,40", "dee,unknown"]))

main()
