"""Numbers that name or code things: never quantities, shown as identifiers.

Document numbers ("100/2019/NĐ-CP"), licence plates, phone numbers, roman
numerals after "Đại hội"/"khóa", and (decided in ``scan`` from the words
before a number) "lớp 1", "Điều 5", "Quốc lộ 1A", "U23", "COVID-19" and
sports scores ("2-1").
"""

from __future__ import annotations

import re

PLATE = (
    r"(?P<plate>\d{2}[A-ZĐ]{1,2}\d?(?:[ \t]?[-–][ \t]?|\.[ \t]?(?=\d{3}\.)|[ \t](?=\d{3}\.)"
    r"|:[ \t]?|[ \t](?=\d{4,5}(?!\w|[.,]\d))|\.[ \t]?(?=\d{2,3}\.[xX]))"
    r"(?:\d{3}\.[ \t]?\d{2}|\d{4,5}|\d{2,3}(?=\.(?:xx|XX|x|X)(?![^\W_])|\.{2,}|…))(?!\w|[.,]\d))"
)
"""'29A-123.45', '51F-12345', '12A - 008.43', and before a dotted five-digit number the
dash may be a point or a space: 'BKS 24B 003.05', 'Hà Nội 30A. 991.99'.  A full stop
may close the sentence right after it ('đâm vào xe tải biển số 51C-177.66. Tai nạn'),
and a space may follow the point ('rơ-moóc 51R- 306. 53').  A colon or a space may part
a four- or five-digit tail ('BKS: 38A: 5158', 'biển số 79C 13364', '47E1: 190.91'), and a
plate whose last digits the paper hid keeps the ones it printed ('98C - 097.xx', 'BKS:
18L1 – 196...', '51F-72…'): the number is the plate's, never a count."""

ADDRESS = (
    r"(?P<address>(?:\d{1,4}[A-Z]|3[2-9]|[4-9]\d|[1-9]\d{2,3})/\d{1,3}(?:/\d{1,3})+(?![\d/]|[.,]\d)"
    r"|\d{1,2}/(?:1[3-9]|[2-9]\d|\d{3})/\d{1,3}(?![\d/]|[.,]\d)"
    r"|(?:\d{1,4}[A-Z]/\d{1,4}[A-Z]?|\d{1,4}/\d{1,4}[A-Z])(?![\w/])(?=[ \t]+[A-ZĐ]))"
)
"""'80C/8/1 Đồng Nai', '21/50/286 Lê Lai', 'Ngách 172/46/71', a tyre '100/80/17': three
numbers joined by slashes that cannot be a date (a letter or more than 31 first, more than
12 second) number a house down its alleys.  '4/5/20' stays a date.  Two numbers with a
letter glued to one, before a capitalised name, are a house too: 'số 189Q/16 Tôn Thất
Thuyết', 'ngụ 24/1A Xô Viết Nghệ Tĩnh', 'địa chỉ số 12A/5 Khu phố Đông Tân'."""

DOCUMENT = r"(?P<document>\d+(?:[/.-]\d+)*/[A-ZĐ][^\W_]*(?:-[^\W_]+)*)"
"""'100/2019/NĐ-CP', '15/QĐ-UBND'."""

NUMBER_RUN = r"(?P<run>\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2}(?![\d/.,]\d)){3,}(?![\d/]))"
"""'02-06-10-13-20-28' (a lottery draw), '4-2-3-1' (a formation): four or more small
numbers joined by dashes are one code; no date, range or score has four parts."""

_ODD = r"(?:\d(?:[ \t]+[13]/[24])?|[13]/[24])"
ODDS = rf"(?P<odds>(?<=\()(?:0[ \t]*:[ \t]*{_ODD}|{_ODD}[ \t]*:[ \t]*0)(?=[ \t]*\)))"
"""'Liverpool - Tottenham (0 : 1/4)', 'Osasuna - Real Madrid (1 3/4 : 0)': the handicap a
bookmaker gives, in quarter goals, to one side of a fixture; no share, count or time."""

DOTTED = (
    r"(?P<dotted>\d{1,3}(?:\.\d{1,3}){3,}(?![\d]|[.,]\d)"
    r"|\d{1,2}\.\d{1,2}\.\d(?![\d]|[.,]\d))"
)
"""'192.168.1.1', 'phiên bản 131.0.0.29.69': four or more dotted groups, one inside of
fewer than three digits, are an address or a version (see ``is_dotted_code``); with
every inner group of three ('1.234.567.890') they are a number.  Three small groups, the
last of one digit, are a version too: 'Android 7.1.1 Nougat', 'Android 6.0.1', 'ứng dụng
... 2.4.3' (no day, month and year: a day and month with a year of two or four digits,
'7.1.17', is read as a date before)."""


def is_dotted_code(code: str) -> bool:
    return any(len(group) < 3 for group in code.split(".")[1:-1])


FORMATION = r"(?P<formation>[1-6]-[1-6]-[1-6](?![\d/-]|[.,]\d|[ \t]*[-–][ \t]*\d))"
"""'4-4-2', '(4-3-3)', 'sơ đồ 3-5-2', 'sơ đồ 3-4-3, khiến': a football formation, three lines
of outfield players adding up to ten; read by ``is_formation`` (other sums fall back to the
usual readings).  A comma or a stop closes it; a decimal after one ('3-4-3,5 triệu') does not."""

_OUTFIELD_PLAYERS = 10


def is_formation(code: str) -> bool:
    """'4-3-3' (10 players), not '1-0-2' or '2-3-4' (dates, scores, ranges)."""
    return sum(int(part) for part in code.split("-")) == _OUTFIELD_PLAYERS


PHONE = (
    r"(?P<phone>(?:(?<=\+)84[ .]?|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\d])"
    r"|0\d{1,4}(?:[ .]\d{3,4}){2}(?!\d|[.,]\d)"
    r"|(?<=\()0\d{1,4}\)[ \t.]?\d{1,4}(?:[ .]?\d{1,4}){1,3}(?!\d|[.,]\d)"
    r"|1[89]00[ .]?\d{4}(?:\d{2})?(?!\d))"
)
"""'0912.345.678', '024 3825 1234', '+84 912 345 678', '1900 1234'; with a one- or four-digit
area code ('ĐT: 08 3818 1436', '0232.3513.388', '01699 727 661'), and with the area code in
brackets ('(08) 3925 7755', '(04) 666.18.777', '(04).666.28.777').  ``is_phone`` counts the
digits, so a shorter run of groups falls back to the usual readings."""

_PHONE_DIGITS = re.compile(r"\d")

IDENTIFIER_TAIL = re.compile(r"[^\W_][\w-]*|-[^\W_][\w-]*")
"""Letters glued after a number: '1A' in 'Quốc lộ 1A', 'G' in '4G'."""

ATTACHED_TAIL = re.compile(r"(?:[\w-]*\w)?")
"""What follows the digits of 'COVID-19' or 'H5N1' up to the end of the token."""

SEPARATED_ROUND_TRIP = ("24/7", "24/24")
"""'24/7' (around the clock) is neither a date nor a fraction."""


def is_phone(raw: str) -> bool:
    digits = len(_PHONE_DIGITS.findall(raw))
    if raw.startswith("84"):
        return 10 <= digits <= 12
    if raw.startswith("1"):
        return True
    return 10 <= digits <= 11


_STANDARD_BEFORE = re.compile(
    r"(?<![^\W_])(?:TCVN|QCVN|TCN|ISO(?:/IEC)?|IEC|ASTM|EN)[ \t]*\d[\d.-]*"
    r"(?:[ \t]*[-–][ \t]*\d+)?:$"
)


def standard_year(text: str, start: int) -> bool:
    """'TCVN 9205:2012', 'ISO 9001:2015', 'QCVN 16:2014/BXD': the year after a standard's
    number and its colon is part of the standard's name (its edition), no year told."""
    return _STANDARD_BEFORE.search(text, max(0, start - 24), start) is not None


def is_score(first: int, second: int, *, cue: bool) -> bool:
    """'2-1', 'tỷ số 0-3': small whole numbers a range would not write that way."""
    if first > 30 or second > 30:
        return False
    return cue or first >= second


MODEL_SUFFIX = re.compile(
    r"[ \t](?:Plus|Pro|Max|Mini|Edge|Lite|Ultra|Premium|Series)(?![^\W_]|-[^\W_])"
)
"""'iPhone 7 và 7 Plus', 'Galaxy C5 Pro', 'Vivo V3 Max', 'Windows 10 Pro', 'chiếc sedan 7
Series': a number before the suffix of a model line is the model's, whatever stands before
it; so are both of a pair, 'iPhone 7/7 Plus' (no 7 July)."""
