"""Reading HTML pages into blocks."""
