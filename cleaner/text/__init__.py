"""Text in: decoding bytes, normalizing, parsing markup residue, splitting into lines and blocks."""
