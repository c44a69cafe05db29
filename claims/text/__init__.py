"""Text layer: decode and normalise input, split paragraphs and sentences.

Offsets produced here index into the normalised text, which is the text every
later layer (mentions, claims, reports) points into.
"""

from claims.text.normalize import InputError, decode, html_to_text, normalize
from claims.text.segment import Paragraph, Segmented, Sentence, segment

__all__ = [
    "InputError",
    "Paragraph",
    "Segmented",
    "Sentence",
    "decode",
    "html_to_text",
    "normalize",
    "segment",
]
