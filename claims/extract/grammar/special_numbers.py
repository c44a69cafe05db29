"""A plain digit run that is no quantity: a code, a year, an ordinal, a name's number.

'khoản 1' after an identifier cue, 'thế kỷ 18' (1701-1800), 'số 3' that ranks, 'set
2', '(SN1970', '06951', 'vàng 24k', '4K', '1920 x 1080 pixel', 'iPhone 7 và 7 Plus',
'công nghiệp 4.0', 'mốc 1371(2)', a street's or a place's number, a list's item number:
each names or dates something and counts nothing.  ``_special_number`` tries these in
order and answers ``False`` when none applies, so that the run is read as a quantity
after all; its last resort, ``_dated_or_ranked`` (``date_readings``), reads dates and
ranks from the cue.
"""

from __future__ import annotations

import re

from claims.extract.grammar import dates, identifiers, scores, slash_dates
from claims.extract.grammar.centuries import CENTURY_WORDS, century_mention
from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.cue_words import PLACE_AND_BATCH_CUES, TITLE_CUES
from claims.extract.grammar.cues import Cue
from claims.extract.grammar.date_readings import DOT_DATE, FOUR_DIGIT_YEAR
from claims.extract.grammar.digit_pairs import DigitPairs
from claims.extract.grammar.mentions import (
    fraction_mention,
    identifier,
    plain_mention,
    trusted_mention,
)
from claims.extract.grammar.named_numbers import NAMING_BEFORE
from claims.extract.grammar.number_followers import (
    amount_follows,
    counts_noun_after,
    ends_phrase,
)
from claims.extract.grammar.numbered_markers import cited_source
from claims.model import Mention

_AMONG = ("trong ", "Trong ")
"""'trong số 56 nguồn tin này' (among the 56 sources): a count, not the number 56."""
_RESOLUTION = re.compile(r"[ \t]*[x×][ \t]*\d+(?![\d.,]\d)")
_MEASURED = frozenset({"money", "measure", "percent"})
"""Units that make 'khoản 1,6 triệu km' a quantity despite the identifier cue."""
_PAIR_JOINERS = frozenset("-–—.x×/")
"""What may follow a number that pairs it with the next one."""
_KARATS = frozenset({"9", "10", "14", "16", "18", "22", "24"})
_GOLD_BEFORE = re.compile(r"(?<![^\W_])[Vv]àng(?![^\W_])")
_GOLD_LOOK_BACK = 40
_RESOLUTIONS = frozenset({"4", "8"})
"""'vàng 24k', 'vàng trắng 18K', 'Rồng Thăng Long 999,9 (24k)': a gold grade in karats;
'màn hình 4K', 'quay video 8K': a display resolution. Neither is 24,000 or 4,000."""
_MODEL_BEFORE_DASH = re.compile(r"(?<![^\W_])(?:[A-ZĐ][A-Za-zĐ]*|\d[A-ZĐ]+)[ \t]?\Z")
"""'GAZ -66', 'IL -76', 'MiG -21', 'Casa -212', '3M-14', 'tàu cá BĐ -99909 -TS': a Latin
name or code, capitalised, right before the dash: the dash joins a model's or a hull's
number to its name, no minus sign ('Pháp -2' has a Vietnamese name; 'SSI -11,9 tỷ' is an
amount, its scale read before)."""
_MODEL_LOOK_BACK = 12
_POINTS_AFTER = re.compile(r"[ \t]+(?:gậy|điểm)(?![^\W_])")
"""'Spieth -12 gậy', 'Anh -2 điểm': a golfer's or a side's score below par or zero."""
_DIGIT_HALF = re.compile(r"[ \t]+nửa(?![^\W_])")
_LATIN_NAME_AFTER_DASH = re.compile(r"-[A-Z][a-z]{2,}(?![a-z])")
"""'7-Eleven', 'BMW 5-Series', '3-Series': digits joined by a dash to an English word, a
brand's or a model line's name ('608-Km' is a distance misprinted, left alone)."""
_CODE_DIGITS = 6
"""A run of six or more digits printed with no thousands separator and nothing counted
after it is a code: a field of study's ('Kế toán 52340301 780'), a phone number's tail
('(0241).3837223 để'), an account's or a hull's; amounts of that size are printed in
groups ('1.500.000') or carry their unit ('1500000 đồng'), and a hedge or three closing
zeros make one ('dân số là khoảng 123456', a bare '3000000')."""
_ROW_BEFORE_TIMES = re.compile(r"[ \t]\d{1,2}:\d{2}[ \t]+\d{1,2}:\d{2}(?!\d)")
"""'STT Quận Từ Đến Khu vực … KẾ HOẠCH  2 06:00 12:00 Từ số nhà 28': a number right before
a pair of clock times is a schedule row's number (a power cut's, a fixture's), no count."""
_VERSION = re.compile(r"[1-9]\.0")
"""'cách mạng công nghiệp 4.0', 'kỷ nguyên 4.0', 'Dải ngân hà 2.0', 'động cơ 2.0': one digit,
a point and a zero count nothing (no count is printed with a decimal zero, and a thousands
group has three digits); it names a version, an era or an engine class.  A unit or a
counted noun after it makes it an amount ('dung tích 4.0 lít', '7.0 inch'), and 'f/2.0' is
an aperture."""


_MATCH_AFTER = re.compile(r"[ \t]+trận(?![^\W_])")
_TEAMS_AFTER = re.compile(r"[ \t]+đội(?![^\W_])")
_KNOCKOUT_SIZES = frozenset({"4", "8", "16", "32", "64"})
"""The teams left in a knockout round, which names it: 'vòng 16 đội' (the round of 16)."""
_PACKAGE_BEFORE = ("gói thầu ", "Gói thầu ")
_SEED_BEFORE = ("hạt giống ", "Hạt giống ")
_NATIONALITY_AFTER = re.compile(r"[ \t]+người[ \t]+[A-ZĐ]")
_NAME_SCORE_WORDS = frozenset({"hòa", "hoà", "hạ"})
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![^\W_])[A-ZĐ][^\W\d_]*[ \t]+$")
_PAIRED_AFTER = re.compile(r"[ \t]*[-–—.x×/:][ \t]*\d")
_RANGE_REST = re.compile(r"(?:[ \t]*[-–][ \t]*\d[\d.,]*)?")
_STREET_AFTER = re.compile(r"[ \t]+(?:đường|phố)(?![^\W_])")
_LANES_AFTER = re.compile(r"[ \t]+làn(?![^\W_])")
"""'đường cao tốc 4 làn xe': the lanes of a kind of road, not the road 'cao tốc 405'."""
_PARTS_AFTER = re.compile(r"[ \t]+(?i:tập|phần|mùa|kỳ|số|bộ|cảnh)(?![^\W_])")
"""'phim 3 tập', 'series 8 phần': the episodes or parts a film or a series has, counted,
not the title 'phim 007' or 'series 007'."""
_FILM_AFTER = re.compile(r"[ \t]+(?:của[ \t]+)?(?:bộ[ \t]+)?phim(?![^\W_])")
"""'phần 3 bộ phim tài liệu': the film's third part, no count of films."""
_ANGLING_BEFORE = re.compile(r"(?<![^\W_])(?:[Ll]ưỡi|[Cc]ần|[Tt]hợ|đi|[Mm]ồi|[Dd]ây)[ \t]+$")
"""'lưỡi câu 6 ngạnh', 'Thợ câu 38 tuổi': 'câu' is angling there, not an exam's question."""


def _angling(text: str, cue_start: int) -> bool:
    """An angling word before the cue 'câu' ('lưỡi câu', 'Thợ câu')."""
    return _ANGLING_BEFORE.search(text, max(0, cue_start - 6), cue_start) is not None


def _project_number_closes(text: str, end: int) -> bool:
    """'(dự án 585)', 'Dự án 22.350 (Project 22.350)', 'Dự án 1152 - 1154 đường Láng': a
    project's number (or its houses) closes its phrase; 'quy mô dự án 6-10 làn xe' is a size
    ('Ban quản lý dự án 2 yêu cầu' is read after the longer cue 'quản lý dự án')."""
    rest = _RANGE_REST.match(text, end)
    after = rest.end() if rest is not None else end
    return ends_phrase(text, after) or _STREET_AFTER.match(text, after) is not None


class SpecialNumbers(DigitPairs):
    """The readings of a plain digit run other than a quantity (a mixin of the scanner)."""

    def _special_number(self, found: re.Match[str], cue: Cue) -> Mention | bool | None:
        """Identifier, year, month, day or ordinal readings; False when none applies."""
        text = self.text
        start, end = found.span()
        raw = found.group("num")
        plain = found.group() == raw
        if len(raw) > 24:  # a digit run no quantity is written with: a code or garbage
            return identifier(text, start, end)
        cited = cited_source(text, start, end) if plain else None
        if cited is not None:  # "quảng cáo [1].": a reference, no count
            return cited
        if found.group("scale") in ("k", "K") and self._grade_or_resolution(raw, start, found):
            return identifier(text, start, end)
        if cue.kind == "negative" and plain:
            # never back over the mention before ('0USD-0': the code '0USD' was read as money)
            name = _MODEL_BEFORE_DASH.search(
                text, max(self.floor, cue.start - _MODEL_LOOK_BACK), cue.start
            )
            if (
                name is not None
                and not read_tail(text, end).unit_found
                and _POINTS_AFTER.match(text, end) is None
            ):
                return identifier(text, name.start(), end)  # "xe vận tải GAZ -66"
        if cue.kind == "score" and plain and self._score_word_in_a_name(cue, end):
            cue = Cue(None, "", start)  # "KCN Biên Hòa 2", "thôn Rùa Hạ 2": no draw, no win
        if cue.kind == "identifier" and (
            not plain
            or read_tail(text, end).kind in _MEASURED
            or (counts_noun_after(text, end) and not self._noun_after_names(cue, end))
            or (cue.word == "số" and text.endswith(_AMONG, 0, cue.start))
            or (cue.word in PLACE_AND_BATCH_CUES and read_tail(text, end).unit_found)
            or (cue.word == "dự án" and not _project_number_closes(text, end))
            or (cue.word == "cao tốc" and _LANES_AFTER.match(text, end) is not None)
            or (cue.word in TITLE_CUES and self._no_title(raw, end))
            or (cue.word == "câu" and _angling(text, cue.start))
        ):
            cue = Cue(None, "", start)  # "khoản 1,6 triệu km": a typo'd hedge, not "khoản 1"
        if cue.kind == "year" and read_tail(text, end).unit_found:
            cue = Cue(None, "", start)  # "từ năm 3 tuổi", "nhiệm kỳ 5 năm": no year
        if (
            cue.kind == "identifier"
            and plain
            and cue.word in CENTURY_WORDS
            and raw.isdigit()
            and 1 <= int(raw) <= 21
        ):
            return century_mention(text, cue.start, end, int(raw))  # "thế kỷ 18": 1701-1800
        if cue.kind == "identifier" and cue.word == "số" and self._ranks(cue.start, end):
            number = int(raw) if raw.isdigit() else 0
            return plain_mention(
                text, cue.start, end, "ordinal", number, lower=number, upper=number
            )
        if (
            cue.kind == "score"
            and cue.word == "set"
            and plain
            and text[end : end + 3].lstrip(" \t")[:1] not in _PAIR_JOINERS
        ):
            return identifier(text, cue.start, end)  # "set 2": the set's number, no score
        if cue.kind == "attached" and cue.word == "sn" and FOUR_DIGIT_YEAR.fullmatch(raw):
            number = int(raw)  # "(SN1970, ở ...)": 'sinh năm' glued to the year of birth
            return plain_mention(text, cue.start, end, "year", number, lower=number, upper=number)
        if cue.kind in ("attached", "identifier"):
            if cue.kind == "attached":
                tail = identifiers.ATTACHED_TAIL.match(text, end)
                end = tail.end() if tail is not None else end
            return identifier(text, cue.start, end)
        if (
            plain
            and end < len(text)
            and (text[end].isalpha() and not read_tail(text, end).unit_found)
        ):
            return identifier(text, start, end)
        latin = _LATIN_NAME_AFTER_DASH.match(text, end) if plain else None
        if latin is not None:  # "7-Eleven", "BMW 5-Series": a brand's or a model line's name
            return identifier(text, start, latin.end())
        if plain and _VERSION.fullmatch(raw) and self._names_a_version(start, end):
            return identifier(text, start, end)
        if not plain:
            return False
        if raw[0] == "0" and len(raw) >= 4 and raw.isdigit():  # "06951": a code, not a count
            return identifier(text, start, end)
        code = len(raw) >= _CODE_DIGITS and raw.isdigit() and not raw.endswith("000")
        code = code and cue.kind != "hedge"
        if code and not amount_follows(text, end):  # "Kế toán 52340301", "(0241).3837223"
            return identifier(text, start, end)
        if text[end + 1 : end + 2].isdigit() and _ROW_BEFORE_TIMES.match(text, end):
            return identifier(text, start, end)  # "KẾ HOẠCH  2 06:00 12:00 Từ số nhà 28"
        following = text[end : end + 2]
        common = following[:1] == " " and following[1:].islower() and raw != "1"
        if not common or text.endswith(NAMING_BEFORE, 0, start):
            named_number = self._named_number(raw, start, end)
            if named_number is not False:
                return named_number
        half = _DIGIT_HALF.match(text, end) if raw == "1" else None
        if half is not None:  # "hơn 1 nửa" is "hơn một nửa"
            return fraction_mention(text, start, half.end(), (1, 2), cue)
        if raw in ("1", "01") and self._per_one(start, end):
            return None  # "(gần 90 triệu)/1 tháng": per month, no count of months
        paired = text[end : end + 3].lstrip(" \t")[:1] in _PAIR_JOINERS
        resolution = _RESOLUTION.match(text, end) if paired else None
        if resolution is not None:  # "1920 x 1080 pixel"
            return identifier(text, start, resolution.end())
        suffix = identifiers.MODEL_SUFFIX.match(text, end) if following[:1] == " " else None
        if suffix is not None and end - start <= 4:  # "iPhone 7 và 7 Plus"
            return identifier(text, start, suffix.end())
        named = self._named_model(start, end) if cue.kind is None else None
        if named is not None:
            return named
        after = text[end : end + 1]
        marker = self._sub_marker(start, end) if after == "(" else None
        if marker is not None:  # "mốc 1371(2)"
            return marker
        if (raw in ("1", "2") or after == ")") and scores.names_a_serve_or_tie_break(
            text, start, end
        ):  # "giao bóng 1", "7-6(4)"
            return identifier(text, start, end)
        if text[start - 1 : start] == ":" and identifiers.standard_year(text, start):
            return identifier(text, start, end)  # "TCVN 9205:2012": the standard's edition
        if cue.word == "(" and plain and self._bracketed_address(start, end):
            return identifier(text, start, end)  # "Riva Park (504 Nguyễn Tất Thành, quận 4)"
        if cue.kind is None and (
            self._border_marker(start, end)
            or self._street_number(start, end)
            or self._starts_a_name(start, end)
            or self._numbered_name(start, end)
            or self._numbered_area(start, end)
            or self._numbered_side(start, end)
            or self._figure_label(start, end)
            or self._numbered_unit(start, end)
            or self._numbered_place(start, end)
            or self._power_company_number(start, end)
            or self._world_war_number(start, end)
            or self._closes_a_name(start, end)
            or self._closes_a_quoted_title(start, end)
            or self._volume(start)
            or self._lottery_bet(start, end)
            or self._hotline(start, end)
            or self._short_code(start, end)
            or self._chainage(start, end)
            or self._type_grade(start, end)
            or self._hull_number(start, end)
            or self._area_code(start, end)
        ):
            return identifier(text, start, end)
        label = self._item_label(start, end) if following[:1] in " :." else None
        if label is not None:
            return identifier(text, label, end)  # "Lần 2: Ngày 23-3-2013, vỡ tại …"
        if following in ("- ", " -", " –") and self._heading_item(start, end):
            return identifier(text, start, end)  # "NGUYÊN NHÂN 1 - Qua hơn 30 năm"
        if (following in (". ", "- ", ") ") or following[:1] == ".") and self._list_number(
            start, end, raw, bare=cue.kind is None
        ):  # "1. Chùa", and "3.Thủ tục", whose label ends at its point (no glued letters)
            return trusted_mention(
                {
                    "text": text[start : end + 1],
                    "start": start,
                    "end": end + 1,
                    "kind": "identifier",
                }
            )
        if paired:
            found_pair = self._pair(start, cue)
            if found_pair is not None:
                return found_pair
        if cue.kind is None and self._park_named_by_day(raw, start, end):
            return identifier(text, start, end)  # "khu vực công viên 30.4": a park's name
        return self._dated_or_ranked(raw, start, end, cue)

    def _score_word_in_a_name(self, cue: Cue, end: int) -> bool:
        """'Khu công nghiệp Biên Hòa 2 (TP Biên Hòa', 'thôn Rùa Hạ 2,', 'Bơm Ngọc Hòa 4.':
        'hòa' (draw) and 'hạ' (beat) capitalised inside a sentence after another capitalised
        word end a place's name; no score is written as one bare number ('Real Hòa 2-2')."""
        text = self.text
        if cue.word not in _NAME_SCORE_WORDS or not self._capitalised_inside(cue.start):
            return False
        if _PAIRED_AFTER.match(text, end) is not None:
            return False
        before = text[max(0, cue.start - 2) : cue.start]
        return (
            before[-1:] in (" ", "\t")
            and _CAPITALISED_WORD_BEFORE.search(text, max(0, cue.start - 16), cue.start) is not None
        )

    def _no_title(self, raw: str, end: int) -> bool:
        """'phim 3 tập', 'series 8 phần': the parts counted; 'bộ phim 1975 của Steven
        Spielberg': the film's year, which dev6 labels a year claim; neither is a title."""
        return _PARTS_AFTER.match(self.text, end) is not None or bool(
            FOUR_DIGIT_YEAR.fullmatch(raw)
        )

    def _noun_after_names(self, cue: Cue, end: int) -> bool:
        """'Hiệp 1 trận đấu bắt đầu' (the match's first half), 'gói thầu số 1 dự án bến xe'
        (the project's package), 'hạt giống số 5 người Canada' (the Canadian seeded fifth),
        'vòng 16 đội' (the round of 16): the noun after the cue's number is what the named
        half, package or seed belongs to, the player's nationality or the teams a knockout
        round is named by, no count of matches, projects, people or teams."""
        text = self.text
        if cue.word == "hiệp":
            return _MATCH_AFTER.match(text, end) is not None
        if cue.word == "phần":  # "phần 3 bộ phim tài liệu": the film's part
            return _FILM_AFTER.match(text, end) is not None
        if cue.word == "vòng":  # "vào vòng 16 đội": the round of 16, no count of teams
            size = text[cue.start : end].split()[-1]
            return size in _KNOCKOUT_SIZES and _TEAMS_AFTER.match(text, end) is not None
        if cue.word != "số":
            return False
        if text.endswith(_PACKAGE_BEFORE, 0, cue.start):
            return True
        seeded = text.endswith(_SEED_BEFORE, 0, cue.start)
        return seeded and _NATIONALITY_AFTER.match(text, end) is not None

    def _park_named_by_day(self, raw: str, start: int, end: int) -> bool:
        """'công viên 30.4' (slash_dates.street_named): a day and month with a point, right
        after the noun, and no unit ('Công viên 2.000 m2', 'công viên 3.5 ha' are sizes)."""
        day = DOT_DATE.fullmatch(raw)
        if day is None or not dates.plausible_day_month(int(day.group(1)), int(day.group(2))):
            return False
        text = self.text
        return slash_dates.street_named(text, start) and not read_tail(text, end).unit_found

    def _names_a_version(self, start: int, end: int) -> bool:
        """'công nghiệp 4.0' (see _VERSION): no unit nor counted noun after, no 'f/' before."""
        text = self.text
        if text[max(0, start - 2) : start].endswith(("f", "F", "f/", "F/")):
            return False
        return not read_tail(text, end).unit_found and not counts_noun_after(text, end)

    def _grade_or_resolution(self, raw: str, start: int, found: re.Match[str]) -> bool:
        """'vàng 24k', '4K' (see _KARATS): a glued K that is no thousand."""
        if raw in _RESOLUTIONS and found.group("scale") == "K":
            return True
        lo = max(0, start - _GOLD_LOOK_BACK)
        return raw in _KARATS and _GOLD_BEFORE.search(self.text, lo, start) is not None
