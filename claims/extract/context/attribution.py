"""Attribution: who a claim is credited to, as the phrase is written.

"Theo số liệu thống kê, …", "…, theo Bộ Y tế", "Ông X, Giám đốc Sở Y tế, cho
biết …", "số liệu của Tổng cục Thống kê".  An attribution covers the claims
of its sentence; a "Theo …" that opens a paragraph covers the rest of that
paragraph too, and no further.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.extract.context.scope import Found
from claims.extract.context.words import phrase_pattern
from claims.text import Sentence

_THEO = re.compile(r"(?<!\w)[Tt]heo\s+(?=\w)")
_NOT_A_SOURCE_AFTER_THEO = phrase_pattern(
    (
        "đó",
        "dõi",
        "học",
        "đuổi",
        "kịp",
        "quy định",
        "kế hoạch",
        "hướng",
        "lộ trình",
        "tiêu chuẩn",
        "chủ trương",
        "thời gian",
        "thứ tự",
        "yêu cầu",
        "từng",
        "giá",
        "nhóm",
        "cách",
        "năm",
        "tháng",
        "ngày",
        "mùa",
        "đợt",
        "hình thức",
        "phương châm",
        "định kỳ",
        "đề nghị",
        "chỉ đạo",
        "Nghị định",
        "Thông tư",
        "Quyết định",
        "Luật",
        "giờ",
    )
)
_CLAUSE_OPENERS = ',;:(“"-–'
_SPEAKER_VERB = re.compile(
    r"(?<!\w)(?P<verb>cho biết|cho hay|thông tin|khẳng định|thông báo|chia sẻ|nhấn mạnh|"
    r"cho rằng|nói|công bố|ước tính|tiết lộ|xác nhận|nhận định|phát biểu|báo cáo)(?!\w)"
)
_STRONG_VERBS = frozenset({"cho biết", "cho hay"})
_CUE_AFTER_VERB = re.compile(r"\s*(?:[,:.“\"]|rằng(?!\w)|$)")
_TITLE = re.compile(
    r"(?:ông|bà|anh|chị|đại diện|lãnh đạo|chuyên gia|các chuyên gia|đại biểu|bác sĩ|thầy|cô|"
    r"cơ quan|phóng viên|như|báo|bộ|sở|cục|tổng cục|công an|ubnd|ủy ban|uỷ ban|viện|bệnh viện|"
    r"trung tâm|giám đốc|phó|chủ tịch|bộ trưởng|thứ trưởng|trưởng|ts|pgs|gs|bs|tiến sĩ|tiến sỹ)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""Who may "thông tin", "nói" or "khẳng định": a person or a body, named by title."""
_SAID_BEFORE_VERB = re.compile(r"(?<!\w)(?:đã|cũng|vừa|từng)\s*$")
_DATA_OF = re.compile(
    r"(?<!\w)(?:[Ss]ố liệu|[Bb]áo cáo|[Tt]hống kê|[Dd]ữ liệu|[Kk]hảo sát|[Kk]ết quả khảo sát)"
    r"(?:\s+(?:mới nhất|mới|gần đây|chính thức|thống kê))?\s+(?:của|từ)\s+(?=\w)"
)
_PHRASE_END = re.compile(r"[,;:.!?…()“”\"]|\s[-–]\s|(?<!\w)(?:cho thấy|công bố|vừa|mới đây)(?!\w)")
_MAX_THEO_WORDS = 16
_MAX_HOLDER_WORDS = 25
_WORD = re.compile(r"\w+")


def sources_by_sentence(text: str, sentences: Sequence[Sentence]) -> list[list[Found]]:
    """The attributions of each sentence.  A speaker named right after a closing
    quote ("“…”, ông A nói.") also covers the earlier sentences of the quote."""
    found = [attributions(text, s.start, s.end) for s in sentences]
    for index, sentence in enumerate(sentences):
        for item in found[index]:
            before = text[sentence.start : item.start].rstrip(" ,–-")
            if not before.endswith(("”", '"')):
                continue
            close = sentence.start + len(before) - 1
            opening = text.rfind("“" if before.endswith("”") else '"', 0, close)
            earlier = index - 1
            while (
                opening >= 0
                and earlier >= 0
                and sentences[earlier].paragraph == sentence.paragraph
                and sentences[earlier].end > opening
            ):
                if not found[earlier]:
                    found[earlier] = [item]
                earlier -= 1
    return found


def attributions(text: str, start: int, end: int) -> list[Found]:
    """Every attribution phrase in the sentence ``text[start:end]``, in order."""
    found = [
        *_theo_phrases(text, start, end),
        *_speakers(text, start, end),
        *_data_of(text, start, end),
    ]
    found.sort(key=lambda f: f.start)
    kept: list[Found] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def opens_paragraph(found: list[Found], sentence_start: int, text: str) -> Found | None:
    """The "Theo …" that starts the sentence, if any (it carries over the paragraph)."""
    for item in found:
        if item.start == sentence_start and text[item.start : item.start + 4].lower() == "theo":
            return item
    return None


def _at_clause_start(text: str, start: int, position: int) -> bool:
    before = text[start:position].rstrip()
    return not before or before[-1] in _CLAUSE_OPENERS


def _theo_phrases(text: str, start: int, end: int) -> list[Found]:
    found: list[Found] = []
    for match in _THEO.finditer(text, start, end):
        if not _at_clause_start(text, start, match.start()):
            continue
        if _NOT_A_SOURCE_AFTER_THEO.match(text, match.end(), end):
            continue
        phrase_end = _phrase_end(text, match.end(), end, _MAX_THEO_WORDS)
        found.append(Found(match.start(), phrase_end, text[match.start() : phrase_end]))
    return found


def _phrase_end(text: str, position: int, end: int, max_words: int) -> int:
    """Where a name phrase starting at ``position`` ends: punctuation, a verb
    like "cho thấy", or ``max_words`` words."""
    stop = _PHRASE_END.search(text, position, end)
    limit = stop.start() if stop is not None else end
    words = list(_WORD.finditer(text, position, limit))
    if len(words) > max_words:
        return words[max_words - 1].end()
    return len(text[:limit].rstrip()) if words else position


def _speakers(text: str, start: int, end: int) -> list[Found]:
    found: list[Found] = []
    for match in _SPEAKER_VERB.finditer(text, start, end):
        holder = _holder_start(text, start, match.start())
        if holder is None:
            continue
        verb = match.group("verb")
        titled = _TITLE.match(text, holder) or _SAID_BEFORE_VERB.search(text, holder, match.start())
        cue = _CUE_AFTER_VERB.match(text, match.end(), end)
        if verb not in _STRONG_VERBS and not (cue and titled):
            continue
        found.append(Found(holder, match.end(), text[holder : match.end()]))
    return found


def _holder_start(text: str, start: int, verb: int) -> int | None:
    """The start of who speaks: the sentence start when the words up to the verb
    hold no number or quote, else the last clause boundary before the verb."""
    boundaries = [start] + [
        i + 1 for i in range(start, verb) if text[i] in ',;:)“”"' and text[start:i].strip()
    ]
    for boundary in boundaries:
        segment = text[boundary:verb]
        if not segment.strip() or any(ch.isdigit() or ch in '“”":' for ch in segment):
            continue
        if segment.count(")") > segment.count("("):
            continue  # the tail of a photo credit: "(Ảnh: …) Tập đoàn X cho biết"
        if len(_WORD.findall(segment)) > _MAX_HOLDER_WORDS:
            continue
        if boundary > start and not segment[:1].isspace() and text[boundary - 1] == ",":
            continue  # a decimal comma, not a clause boundary
        lead = segment.lstrip(' ,;:)“”"–-')
        return boundary + len(segment) - len(lead)
    return None


def _data_of(text: str, start: int, end: int) -> list[Found]:
    found: list[Found] = []
    for match in _DATA_OF.finditer(text, start, end):
        phrase_end = _phrase_end(text, match.end(), end, 8)
        if phrase_end > match.end():
            found.append(Found(match.start(), phrase_end, text[match.start() : phrase_end]))
    return found
