"""The periods a sentence names (``scope.periods``): "Năm 2023", "tháng 5/2017", "quý
III/2024", "6 tháng đầu năm", "cách đây hai năm", "dịp Tết" (see scope), in the pattern
as first written and opened on letters (openers)."""

from __future__ import annotations

import re

from claims.extract.context.openers import ASCII_DIGITS, cased, opened_on_letters

PERIOD_FLAT = re.compile(
    r"(?<!\w)(?:"
    r"[Nn]ăm học\s+\d{4}\s*[-–]\s*\d{4}"
    r"|[Gg]iai đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    r"|(?:\d{1,2}|[Ss]áu|[Bb]a|[Cc]hín)\s+tháng\s+(?:(?:đầu|cuối)\s+năm(?:\s+(?:\d{4}|nay))?"
    r"|(?:của\s+)?năm\s+(?:\d{4}|nay))"
    r"|(?:\d{1,2}|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi))\s+(?:ngày|tuần)\s+"
    r"(?:đầu|cuối)\s+(?:tháng|năm)(?:\s+(?:\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{4}|nay|này))?"
    r"|[Tt]ừ đầu năm(?:\s+\d{4})?(?:\s+(?:đến|tới)\s+nay)?"
    r"|[Qq]uý\s+(?:I{1,3}|IV|[1-4])(?:\s*/\s*\d{4}|\s+năm\s+(?:\d{4}|nay))?"
    r"|[Tt]háng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+(?:\d{4}|nay))?"
    r"|[Nn]gày\s+\d{1,2}/\d{1,2}(?:/\d{4})?"
    r"|[Nn]ăm học\s+(?:này|nay|sau|trước|tới)"
    r"|(?<!\d )[Nn]ăm\s+(?:\d{4}|nay|ngoái|qua|này|sau|tới)"  # not "16 năm qua", a duration
    r"|[Cc]ách đây\s+(?:\d+|một|hai|ba|bốn|năm|mười|vài)\s+(?:năm|tháng|tuần|ngày)"
    r"|(?i:\d+|một|hai|ba|vài)\s+(?:năm|tháng|tuần)\s+trước"  # "hai năm trước": a time ago
    r"|[Tt]rước đó"
    r"|[Dd]ịp\s+Tết(?:\s+Nguyên\s+[Đđ]án)?|Tết\s+Nguyên\s+[Đđ]án"
    r"|[Kk]ể từ\s+(?:năm\s+)?\d{4}"
    r")(?!\w)"
)
"""A period, as first written; ``PERIOD`` is it opened on letters (openers), what
``scope.periods`` searches unless the sentence holds a digit other than 0-9."""
_NUMBER_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi")
_SOME = r"\s+tháng\s+(?:(?:đầu|cuối)\s+năm(?:\s+(?:\d{4}|nay))?|(?:của\s+)?năm\s+(?:\d{4}|nay))"
"""'6 tháng đầu năm', and with its year 'trong 6 tháng năm 2017', '10 tháng của năm 2015'."""
_DAYS = (
    r"\s+(?:ngày|tuần)\s+(?:đầu|cuối)\s+(?:tháng|năm)"
    r"(?:\s+(?:\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{4}|nay|này))?"
)
_AGO = r"\s+(?:năm|tháng|tuần)\s+trước"
PERIOD = re.compile(
    opened_on_letters(
        [
            ("Nn", r"ăm học\s+\d{4}\s*[-–]\s*\d{4}"),
            ("Gg", r"iai đoạn\s+\d{4}\s*[-–]\s*\d{4}"),
            (ASCII_DIGITS, rf"\d?{_SOME}"),
            *((f, rest + _SOME) for f, rest in (("Ss", "áu"), ("Bb", "a"), ("Cc", "hín"))),
            (ASCII_DIGITS, rf"\d?{_DAYS}"),
            *((cased(w[0]), f"(?i:{w[1:]}){_DAYS}") for w in _NUMBER_WORDS),
            ("Tt", r"ừ đầu năm(?:\s+\d{4})?(?:\s+(?:đến|tới)\s+nay)?"),
            ("Qq", r"uý\s+(?:I{1,3}|IV|[1-4])(?:\s*/\s*\d{4}|\s+năm\s+(?:\d{4}|nay))?"),
            ("Tt", r"háng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+(?:\d{4}|nay))?"),
            ("Nn", r"gày\s+\d{1,2}/\d{1,2}(?:/\d{4})?"),
            ("Nn", r"ăm học\s+(?:này|nay|sau|trước|tới)"),
            ("Nn", r"(?<!\d .)ăm\s+(?:\d{4}|nay|ngoái|qua|này|sau|tới)"),
            ("Cc", r"ách đây\s+(?:\d+|một|hai|ba|bốn|năm|mười|vài)\s+(?:năm|tháng|tuần|ngày)"),
            (ASCII_DIGITS, rf"\d*{_AGO}"),
            *((cased(w[0]), f"(?i:{w[1:]}){_AGO}") for w in ("một", "hai", "ba", "vài")),
            ("Tt", "rước đó"),
            ("Dd", r"ịp\s+Tết(?:\s+Nguyên\s+[Đđ]án)?"),
            ("T", r"ết\s+Nguyên\s+[Đđ]án"),
            ("Kk", r"ể từ\s+(?:năm\s+)?\d{4}"),
        ]
    )
    + r"(?!\w)"
)
