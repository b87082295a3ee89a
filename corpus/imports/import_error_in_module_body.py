# An exception in a module body propagates from `import`, and the module is removed from sys.modules.
import sys

for attempt in (1, 2):
    try:
        import _raises_on_import
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, "|", e)
    print("in sys.modules:", "_raises_on_import" in sys.modules)
