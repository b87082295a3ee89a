# SystemExit with a non-int, non-None code prints str(code) to stderr and exits with status 1.
print("exiting with a list")
raise SystemExit(["bad", "state"])
