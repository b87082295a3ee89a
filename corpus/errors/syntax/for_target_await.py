# 'await' as a for-loop target: invalid_for_target reads the targets as expressions and names
# the part that cannot be assigned to.
for await x in y:
    pass
