"""The parts of the A3 editor: the five whys, the fishbone and the implementation plan."""
