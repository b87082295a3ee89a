# sys.exit("msg"): the message goes to stderr and the exit status is 1.
import sys

print("before exit")
sys.exit("fatal: configuration missing")
