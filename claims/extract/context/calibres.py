"""A gun's calibre names the kind of gun, it measures nothing of this article.

"một khẩu pháo 30mm GSh-30-1", "lựu pháo 105mm M1A2", "súng cối 100mm", "pháo bờ biển cỡ
nòng trên 76 mm", "đầu đạn 7,62 mm": the bore says which weapon is meant, as 'xe 7 chỗ'
says which car (tests/gold/dev8 labels 'pháo Mk 45 127mm' and 'pháo 20mm' non-claims).
Only millimetres right after the weapon's noun and at most three words of its name.
"""

from __future__ import annotations

import re

from claims.model import Mention

_WEAPON_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Pp]háo|[Ss]úng|đạn|[Cc]ỡ[ \t]+nòng)(?:[ \t]+[^\W\d_]+){0,3}"
    r"(?:[ \t]+[A-Z][\w-]*[ \t]+\d+)?[ \t]+(?:cỡ[ \t]+(?:nòng[ \t]+)?)?(?:trên[ \t]+)?$"
)
_LOOK_BACK = 45


def names_a_calibre(text: str, mention: Mention) -> bool:
    """True for millimetres that give a weapon's bore right after its name."""
    if mention.kind != "measure" or mention.unit != "mm":
        return False
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    return _WEAPON_BEFORE.search(before) is not None
