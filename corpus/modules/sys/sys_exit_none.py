# sys.exit(None) and a bare sys.exit() exit with status 0 and no stderr output.
import sys

print("before exit")
sys.exit(None)
