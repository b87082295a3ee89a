# The try/except ImportError fallback idiom, and the ImportError raised for a None sys.modules entry.
try:
    import _no_fast_version as impl
except ImportError:
    import _mod_a as impl
print(impl.__name__)
try:
    from _mod_a import missing_feature
except ImportError:
    missing_feature = None
print(missing_feature)
