"""Pure-Python core: routine model, loading and validation, timeline. Imports no Qt."""
