"""Numbers that name a line, a post or a marker rather than count: '113', 'Km 488+700'.

An emergency line after its service ('gọi cấp cứu 115'), the metres past a kilometre
post ('Km 488+700') or the number after an acronym and a plus ('ASEAN + 6', 'GMT+7'),
a border marker and its sub-marker ('cột mốc 423', 'mốc 1371(2)'), a volume ('Vol.09'), a
lottery bet ('vé “bao 15”'), a grade or type ('đô thị loại 1', 'tiểu đường type 2') and a
fishing boat's hull number ('tàu BĐ 99245'), a telephone area code in a sentence about
them ('mã vùng ... như sau: Hà Nội 24, TPHCM 28') and a war invalid's grade ('thương binh
hạng 2/4'), a citation's number in square brackets ('[1]', '[5-8]'): each is a label,
unless a unit or a counted noun follows ('có 113 cảnh sát').
"""

from __future__ import annotations

import re

from claims.extract.grammar.mentions import identifier
from claims.extract.grammar.number_followers import WORD_AFTER, amount_follows, ends_phrase
from claims.extract.grammar.scan_state import ScanState
from claims.model import Mention

_CITATION_CLOSE = re.compile(r"(?:[ \t]*[-–,][ \t]*\d{1,3})*\]")
"""'quảng cáo [1].', 'thắng [5-8].', 'Tài liệu tham khảo: [1] https://…': the numbers of
sources cited, closed by the square bracket; '[7 người đã thiệt mạng' is a count."""


def cited_source(text: str, start: int, end: int) -> Mention | None:
    """'[1]', '[5-8]': the number of a source cited, or a run of them, is a label (an
    article's references, every one in the first 10,000 open articles), no count."""
    if text[start - 1 : start] != "[" or end - start > 3:
        return None
    close = _CITATION_CLOSE.match(text, end)
    return identifier(text, start, close.end() - 1) if close is not None else None


_HOTLINES = frozenset({"111", "112", "113", "114", "115"})
_HOTLINE_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?i:cảnh[ \t]+sát)(?:[ \t]+(?i:giao[ \t]+thông|cơ[ \t]+động))?(?:[ \t]*[-–])?"
    r"|(?i:cấp[ \t]+cứu|tổng[ \t]+đài|đường[ \t]+dây[ \t]+nóng|chữa[ \t]+cháy|cứu[ \t]+hỏa"
    r"|chỉ[ \t]+huy[ \t]+thông[ \t]+tin)|PCCC|gọi(?:[ \t]+(?:số|điện[ \t]+(?:đến|tới|cho)))?)"
    r"[ \t]+$"
)
"""'Cảnh sát 113', 'gọi cấp cứu 115', 'tổng đài 111', 'Trung tâm chỉ huy thông tin 114':
the emergency lines of Vietnam (111 child protection, 112 rescue, 113 police, 114 fire,
115 ambulance) after the service they reach or a verb of calling."""
_SHORT_CODE_LINE_BEFORE = re.compile(r"(?<![^\W_])(?i:tổng[ \t]+đài|đầu[ \t]+số)[ \t]+$")
"""'Nhắn tin SMS qua tổng đài 6572', 'đầu số quảng cáo 198': a line's short number."""
_SMS_SEND_BEFORE = re.compile(r"(?<![^\W_])(?i:gửi|gởi)[ \t]+$")
_SMS_SEND_AFTER = re.compile(r"[ \t]+(?i:gửi|gởi)[ \t]+\d{3,5}(?![\d.,])")
_SMS_CUE = re.compile(r"(?<![^\W_])(?:(?i:soạn(?![ \t]+(?:thảo|giả))|cú[ \t]+pháp)|SMS)(?![^\W_])")
"""How an SMS vote or look-up is told: 'Nhắn tin SMS …', 'với cú pháp: BC SỐ BÁO DANH gửi
6527', 'soạn XH 13579 gửi 8705' ('nhắn tin' alone also tells of chatting)."""
_CODE_SENT_BEFORE = re.compile(r"(?<![\w])[A-Z]{2,}[ \t]+(?:gửi|GỬI|gởi|GỞI)[ \t]+$")
"""'XH (dấu cách) SBD GỬI 8705': the message's last code word in capitals, then the send, tells
of texting without 'cú pháp' or 'soạn'; a short code has four digits and ends its phrase
('UBND gửi 1000 suất quà' sends gifts)."""
_NOTHING_SENT_AFTER = re.compile(r"[ \t]*(?:$|[\n.,;:()]|[A-ZĐ])")
_CHAINAGE_BEFORE = re.compile(r"(?<![^\W_])(?:[Kk][Mm]|K)[ \t]?\d{1,4}[ \t]*\+[ \t]*$")
"""'Km 488+', 'km 44 + ', 'K36+': a kilometre post, whose metres follow the plus."""
_BET_BEFORE = re.compile(r"(?:[“\"'‘]|(?<![^\W_])vé[ \t]+)bao[ \t]+$")
_PLUS_CODE_BEFORE = re.compile(r"(?<![\w])[A-Z][A-Z\d]*(?:\+|[ \t]\+[ \t])$")
"""'ASEAN + ', 'P5+', 'G19+', 'GMT+': a group or a zone named by an acronym and a plus."""
_VOLUME_WORDS = ("Vol.", "vol.", "VOL.", "Vol ", "vol ")
_SUB_MARKER = re.compile(r"\(\d{1,2}\)")
_MARKER_WORDS = ("cột mốc ", "Cột mốc ", "mốc quốc giới ", "Mốc quốc giới ")
_TYPE_WORDS = ("loại ", "Loại ", "type ", "Type ")
_TYPE_CLOSERS = frozenset({"nhưng", "chứ", "hơn"})
"""Words after a grade that end its phrase too: 'đô thị loại 1 nhưng', 'hàng loại 1 chứ'."""
_RANGE_AFTER = re.compile(r"[ \t]*[-–/][ \t]*\d")
_HULL_CODE_BEFORE = re.compile(r"(?<![^\W_])[A-ZĐ][A-ZĐa-z]{1,2}[ \t]*[-–]?[ \t]*$")
"""'BĐ ', 'QNg – ', 'Đna - ': a province's code on a fishing boat, before its number."""
_BOAT_BEFORE = re.compile(r"(?<![^\W_])(?:tàu|số hiệu)(?![^\W_])")
_INVALID_BEFORE = re.compile(r"(?<![^\W_])(?:thương|bệnh)[ \t]+binh(?:[ \t]+hạng)?[ \t]+$")
"""'thương binh hạng 2/4', 'bệnh binh 1/3': the grade of a war invalid (of four) or of a
soldier disabled by illness (of three), out of the number of grades."""
_INVALID_GRADES = 4
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-ZĐ\d])|\n")
_AREA_CODE_JOINERS = frozenset({None, "và", "sang", "hoặc"})
"""What follows a code in a list or a change: a mark (no word), 'và', 'sang' ('511 sang 236')."""
_AREA_CODE_LOOK_BACK = 500
"""How far back 'mã vùng' is looked for: a long sentence listing the codes of provinces."""
_FISHING_AFTER = re.compile(r"[ \t]*[-–]?[ \t]*TS(?![^\W_])")
"""'BĐ 99004 TS', 'BĐ 95910-TS': 'TS' (thủy sản) closes a fishing boat's registration."""


class NumberedMarkers(ScanState):
    """Checks that a number labels a line, a post or a marker (a mixin of the scanner)."""

    def _chainage(self, start: int, end: int) -> bool:
        """'tại Km 488+700 QL1A', 'đoạn từ Km62+500 đến Km63+600': the metres past a
        kilometre post of a road, a dyke or a railway place a point on it; the post's own
        number is read with 'km' already (the scan's floor is its end: look past it).  So
        does the number after an acronym and a plus name a group or a zone: 'ASEAN + 6',
        'nhóm P5+1', 'G19+1', 'GMT+7' ('S8 + 20,49 triệu đồng' is a price: a unit follows)."""
        text = self.text
        if text[start - 1 : start] not in ("+", " ", "\t"):
            return False
        if _CHAINAGE_BEFORE.search(text, max(0, start - 14), start) is not None:
            return True
        code = _PLUS_CODE_BEFORE.search(text, max(0, start - 12), start)
        return code is not None and end - start <= 2 and not amount_follows(text, end)

    def _hotline(self, start: int, end: int) -> bool:
        """'Cảnh sát 113 Công an Khánh Hòa', 'thấy cảnh sát 113 xuất hiện', 'gọi cấp cứu 115
        đến': an emergency number after its service or a call names the line, unless a
        counted noun follows ('có 113 cảnh sát', 'cảnh sát 113 người')."""
        text = self.text
        if text[start:end] not in _HOTLINES:
            return False
        if _HOTLINE_BEFORE.search(text, max(self.floor, start - 40), start) is None:
            return False
        return not amount_follows(text, end)

    def _short_code(self, start: int, end: int) -> bool:
        """'qua tổng đài 6572 (5.000 đồng/tin nhắn)', 'cú pháp: BC SỐ BÁO DANH gửi 6527 (Ví
        dụ: BC 001 gửi 6572)': the short number of a line, the number an SMS is sent to
        and the code the message carries name them; none counts anything.  'gửi' alone is
        a send only where the text tells of texting ('gửi 500 đơn' counts forms), and a
        counted noun or a unit after the number makes it an amount ('gửi 200 thí sinh')."""
        text = self.text
        if not text[start:end].isdigit() or not 3 <= end - start <= 5 or amount_follows(text, end):
            return False
        if _SHORT_CODE_LINE_BEFORE.search(text, max(0, start - 12), start) is not None:
            return True
        sent = _SMS_SEND_BEFORE.search(text, max(0, start - 6), start) is not None
        if not (sent or _SMS_SEND_AFTER.match(text, end) is not None):
            return False
        if sent and _CODE_SENT_BEFORE.search(text, max(0, start - 12), start) is not None:
            return end - start == 4 and _NOTHING_SENT_AFTER.match(text, end) is not None
        return _SMS_CUE.search(text, max(0, start - 150), start) is not None

    def _border_marker(self, start: int, end: int) -> bool:
        """'cột mốc 423 do phía bạn cắm': a border marker's number names it.

        A milestone counts something ('cột mốc 500 trận đấu', 'cột mốc 20 năm'):
        the marker is only a number that closes its phrase.
        """
        text = self.text
        if not text.endswith(_MARKER_WORDS, max(self.floor, start - 14), start):
            return False
        following = WORD_AFTER.match(text, end)
        return ends_phrase(text, end) or (following is not None and following.group(1) == "do")

    def _volume(self, start: int) -> bool:
        """'thực hiện album Vol.09', 'vở đại vũ kịch Sắc màu tuổi thơ vol.2': a volume's number."""
        return self.text.endswith(_VOLUME_WORDS, max(0, start - 4), start)

    def _lottery_bet(self, start: int, end: int) -> bool:
        """'mua 3 vé “bao 15”', 'mua vé bao 8 và trúng', 'Nhiều người mua 'bao 15'': a Vietlott
        bet on N numbers, named 'bao N' in quotes or after 'vé'; 'mỗi bao 50 kg' is a sack."""
        text = self.text
        if end - start > 2 or not text.endswith("bao ", max(0, start - 4), start):
            return False
        if _BET_BEFORE.search(text, max(self.floor, start - 10), start) is None:
            return False
        return not amount_follows(text, end)

    def _sub_marker(self, start: int, end: int) -> Mention | None:
        """'khu vực sông biên giới mốc 1371(2)', 'mốc 1366(2)': a border marker with its
        sub-marker in brackets names one marker; neither number counts anything."""
        text = self.text
        if text[end : end + 1] != "(" or not text.endswith(("mốc ", "Mốc "), 0, start):
            return None
        sub = _SUB_MARKER.match(text, end)
        return identifier(text, start - 4, sub.end()) if sub is not None else None

    def _type_grade(self, start: int, end: int) -> bool:
        """'đô thị loại 1', 'tiểu đường loại 2.', 'cát bê tông loại 1 có giá', 'Loại 1:': a
        grade or a type named by its number.  'thẳng tay loại 4 cầu thủ' (drops four
        players) has a counted noun after, and a unit makes an amount ('các loại 1 lượng')."""
        text = self.text
        if end - start > 2 or not text.endswith(_TYPE_WORDS, max(self.floor, start - 5), start):
            return False
        if amount_follows(text, end) or _RANGE_AFTER.match(text, end) is not None:
            return False  # "các loại 1-2 chỉ": the weights of a kind of gold, a range
        following = WORD_AFTER.match(text, end)
        return ends_phrase(text, end) or (
            following is not None and following.group(1) in _TYPE_CLOSERS
        )

    def _hull_number(self, start: int, end: int) -> bool:
        """'chủ tàu cá BĐ 99245', 'tàu vỏ thép Đna – 90777 TS', 'tàu BĐ 95910-TS': four or
        five digits after a province's code name a fishing boat when 'tàu' (boat) or 'số
        hiệu' stands before the code or 'TS' follows the number, and nothing counted follows."""
        text = self.text
        if not 4 <= end - start <= 5 or amount_follows(text, end):
            return False  # "tàu SE 1200 người": passengers counted
        code = _HULL_CODE_BEFORE.search(text, max(self.floor, start - 8), start)
        if code is None:
            return False
        if _FISHING_AFTER.match(text, end) is not None:
            return True
        return _BOAT_BEFORE.search(text, max(0, code.start() - 30), code.start()) is not None

    def _area_code(self, start: int, end: int) -> bool:
        """'Mã vùng ... như sau: Hà Nội 24, TPHCM 28, Đồng Nai 251', 'từ mã vùng cũ 511 sang
        mã vùng mới 236', 'Phú Thọ có mã vùng 210 và Vĩnh Phúc là 211': a bare number of up
        to four digits before a mark, 'và' or 'sang', in a sentence that speaks of area
        codes ('mã vùng'), is one; the provinces and digits counted there have their noun
        after ('13 tỉnh thành', '11 số', 'tại 59 Tỉnh/Thành phố')."""
        text = self.text
        following = WORD_AFTER.match(text, end)
        if end - start > 4 or following is None or following.group(1) not in _AREA_CODE_JOINERS:
            return False  # "tại 59 Tỉnh/Thành phố": a capital may be what is counted
        lo = max(0, start - _AREA_CODE_LOOK_BACK)
        window = text[lo:start]
        if "vùng" not in window:
            return False
        lowered = window.lower()
        said = lowered.rfind("mã vùng")  # the last one before the number
        if said < 0 or "độ dài" in lowered[max(0, said - 30) :]:
            return False  # "có độ dài mã vùng là 1, ... 2": how many digits a code has
        return _SENTENCE_END.search(text, lo + said + len("mã vùng"), start) is None

    def _invalid_grade(self, start: int, grade: int, grades: int) -> bool:
        """'là thương binh hạng 2/4, mất 61% sức khỏe', 'ông Khoa, thương binh 1/4,', 'thương
        binh 4/4': the grade a war invalid's disability is ranked in, out of four grades (of
        three for 'bệnh binh'; both are let run to four, since the check only tells a grade
        from a share or a date); no share of anything, nor a date ('4/4')."""
        if not 1 <= grade <= grades <= _INVALID_GRADES:
            return False
        return _INVALID_BEFORE.search(self.text, max(0, start - 20), start) is not None
