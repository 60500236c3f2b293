"""Small dialogs of the board: quick idea, safety event, PIN pad, first start."""
