"""BackCoach: a desktop coach for back-strengthening classes.

The package is layered so that each layer can be tested without the ones above it:
``backcoach.core`` (pure Python, no Qt), then the audio layer, then ``backcoach.gui`` (Qt).
"""

__version__ = "0.1.0"
