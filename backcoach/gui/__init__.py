"""The Qt layer: windows and the adapter between the Qt event loop and the core."""
