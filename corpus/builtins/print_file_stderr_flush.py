# print(file=sys.stderr) writes to stderr; flush=True is accepted; file=None means stdout.
import sys

print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2", flush=True)
print("to stderr 2", "with", "sep", sep="_", file=sys.stderr, flush=True)
print("file=None goes to stdout", file=None)
sys.stdout.write("written directly\n")
n = sys.stderr.write("stderr write returns length\n")
print("write returned", n)
