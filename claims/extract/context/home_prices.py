"""A price that names a class of homes or goods: 'nhà ở xã hội 100 triệu đồng'.

"mô hình nhà ở xã hội 100 triệu đồng dành cho người thu nhập thấp", "Liên quan đến nhà ở 100
triệu ở Bình Dương", "nên xây nhà giá từ 300 - 500 triệu đồng", "Các căn hộ 100 triệu đồng
có diện tích sàn 20 m2", "các smartphone tầm giá 5 triệu": the price says which kind of home
or phone is meant, as 'xe 7 chỗ' says which car (tests/gold/README.md: 'nhà ở 100 triệu' is an
`nc` money, a class of housing; 'phân khúc nhà giá 100 triệu' is a class description).  The
price of one home stays a claim: "mua một căn nhà 600 triệu" ('căn', 'ngôi' before 'nhà'),
"căn nhà có giá 16,5 tỉ đồng" ('có giá' states it), "giá nhà xã hội 15 triệu/m2" (the price
of homes, per square metre), "thuê nhà 3 triệu đồng/tháng" (a rent), and so does the price of
the homes a plan proposes, "thành phố nên xây nhà giá từ 300 - 500 triệu đồng".
"""

from __future__ import annotations

import re

from claims.model import Mention

_LOOK_BACK = 40
_HOME_BEFORE = re.compile(
    r"(?<![^\W_])(?<!căn )(?<!Căn )(?<!ngôi )(?<!Ngôi )(?<!giá )(?<!Giá )(?<!thuê )(?<!tiền )"
    r"(?:[Nn]hà(?:[ \t]+ở)?(?:[ \t]+xã[ \t]+hội)?|[Cc]ăn[ \t]+hộ)(?:[ \t]+giá)?[ \t]+$"
    r"|(?<![^\W_])(?<!có )tầm[ \t]+giá[ \t]+$"
)
"""'nhà', 'nhà ở', 'nhà ở xã hội', 'căn hộ' (maybe with 'giá') right before the price, with
no word before them that makes one home of it or the price of homes; or a good's 'tầm
giá' (price range) not stated with 'có'."""
_PROPOSED_BEFORE = re.compile(
    r"(?<![^\W_])(?:nên|muốn|sẽ|định|dự[ \t]+kiến|đề[ \t]+xuất)[ \t]+(?:xây(?:[ \t]+dựng)?|làm)"
    r"[ \t]+$",
    re.IGNORECASE,
)
"""'thành phố nên xây nhà giá từ 300 - 500 triệu đồng', 'TP muốn xây dựng nhà ở giá 100 triệu
đồng': the price of the homes someone proposes to build, a target told as theirs
(tests/gold/more labels both claims, and 'mô hình nhà ở giá 100 triệu đồng này', told after,
a class)."""
_SCALED = re.compile(r"(?:triệu|tỷ|tỉ|nghìn|ngàn)(?![^\W_])", re.IGNORECASE)
"""A price told with its scale word: a bare figure after 'nhà' is a table's cell ('Sơn nhà
25' in a list of building costs, in millions)."""
_PER_AFTER = re.compile(r"[ \t]*(?:đồng[ \t]*)?(?:/|mỗi[ \t]|một[ \t]+(?:m|tháng|năm))", re.I)


def prices_a_class(text: str, mention: Mention) -> bool:
    """True for a price right after a bare home noun or 'tầm giá' (see the module doc)."""
    if mention.kind not in ("count", "money") or not _SCALED.search(mention.text):
        return False  # "nhà ở 2 - 3 tầng" counts storeys; "Sơn nhà 25" is a cost table's row
    if mention.per not in (None, "căn") or _PER_AFTER.match(text, mention.end):
        return False  # "15 triệu đồng/m2", "15 triệu mỗi m2", "3 triệu đồng/tháng": a rate
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    home = _HOME_BEFORE.search(before)
    return home is not None and _PROPOSED_BEFORE.search(before, 0, home.start()) is None
