# Output written to sys.stderr goes to the stderr stream, separate from stdout, and the run still exits 0.
import sys

print("to stdout 1")
sys.stderr.write("to stderr 1\n")
print("to stderr 2", file=sys.stderr)
print("to stdout 2")
print(sys.stderr.write("counted\n"))
