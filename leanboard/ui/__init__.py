"""Qt widgets only: windows, board sections, wall mode, dialogs, item models and charts."""
