"""Half and full turns that say no angle: 'quay ngoắt 180 độ', 'camera 360 độ'.

"thái độ của chàng quay ngoắt 180 độ", "mọi thứ bất ngờ xoay chuyển 180 độ", "quay ngược 180
độ suy nghĩ của mình": a complete about-face, an idiom for a change of mind or of fortune,
no angle turned (tests/gold/dev14 labels 'xoay chuyển 180 độ' a non-claim).  "camera 360
độ", "video trực tiếp 360 độ", "Smartphone Nokia 9 có thể ghi âm 360 độ", "tầm nhìn 360
độ": all around, the kind of camera, picture or view (dev13 labels 'ghi âm 360 độ' a
non-claim), as 'xe 7 chỗ' is a kind of car.  A real turn stays a claim: "cả 2 chiếc xe
đều bị quay đầu 180 độ", "Su-35S có thể xoay vòng 360 độ", "bản lề có khả năng gập 360 độ".
"""

from __future__ import annotations

import re

from claims.model import Mention

_LOOK_BACK = 40
_ABOUT_FACE_BEFORE = re.compile(
    r"(?<![^\W_])(?:quay[ \t]+ngoắt|xoay[ \t]+chuyển|quay[ \t]+ngược|lật[ \t]+ngược"
    r"|thay[ \t]+đổi(?:[ \t]+[^\W\d_]+){0,4})[ \t]+$",
    re.IGNORECASE,
)
"""'quay ngoắt', 'xoay chuyển', 'quay ngược', 'thay đổi thái độ đối với tôi': the verbs of a
turnaround told of minds, moods and fortunes ('quay đầu' of a vehicle is a real turn)."""
_ALL_AROUND_BEFORE = re.compile(
    r"(?<![^\W_])(?:camera|video|ảnh|góc[ \t]+máy|góc[ \t]+nhìn|tầm[ \t]+nhìn|ghi[ \t]+âm"
    r"|toàn[ \t]+cảnh|quay[ \t]+phim|chụp|âm[ \t]+thanh)(?:[ \t]+[^\W\d_]+){0,2}[ \t]+$",
    re.IGNORECASE,
)
"""'camera 360 độ', 'video trực tiếp 360 độ', 'Bức ảnh 360 độ', 'dưới góc máy 360 độ', 'ghi
âm 360 độ': a picture or a sound taken all around, the kind of camera or of recording."""


def turns_no_angle(text: str, mention: Mention) -> bool:
    """True for an about-face idiom (180) or an all-around view (360), see the module doc."""
    if mention.kind != "measure" or mention.unit != "độ" or mention.qualifier != "exact":
        return False
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if mention.value == 180:
        return _ABOUT_FACE_BEFORE.search(before) is not None
    if mention.value == 360:
        return _ALL_AROUND_BEFORE.search(before) is not None
    return False
