"""Hours on the clock that the readers split or took for lengths of time.

- **Minutes after 'Nh'.** '23h 59 phút ngày 12/3/2017', 'lúc 20h 15 phút tối 19/5', 'từ 0h 0
  phút ngày 11/2': the clock reader stops after '23h' (a time) and the minutes were read as a
  duration of 59 minutes.  The minutes join the hour, one time, unless a word of lasting
  stands before ('mất 1h 30 phút', 'trong 1h 15 phút': a length, left as it was).  Over the
  first 10,000 open articles all seven such minutes are clock times.
- **A hedged hour after 'lúc', 'vào' or 'hồi'.** 'vào lúc hơn 14 giờ, ông Soái lên', 'nhớ lại
  vào gần 20 giờ, chị cùng': the hedge hid the word that says when, and 'gần 20 giờ' was read
  as nearly twenty hours.  After 'đến' or 'tới' the hour is on the clock only where the
  sentence started the clock with 'từ N giờ' ('trình chiếu cố định từ 21 giờ, tuy nhiên đến
  gần 22 giờ phía nhà đài mới phát hiện'); 'đăng trên Facebook đến gần 24 giờ' lasted.
"""

from __future__ import annotations

import re

from claims.extract.grammar import dates
from claims.extract.grammar.hedged_hours import LASTING_WORDS
from claims.extract.grammar.mentions import plain_mention
from claims.model import Mention

_BARE_HOUR = re.compile(r"(\d{1,2})h")
_MINUTES = re.compile(r"(\d{1,2})[ \t]*phút")
_LASTING_BEFORE = re.compile(rf"(?<![^\W_])(?i:{LASTING_WORDS}|suốt|khoảng)[ \t]+$")
"""``hedged_hours``' words of lasting, 'suốt' (throughout) and 'khoảng' (about): 'suốt
1h 30 phút', 'khoảng 1h 30 phút' tell a length too."""
_HEDGED_HOUR = re.compile(r"(?:gần|hơn|quá|ngoài)[ \t]+(\d{1,2})[ \t]*giờ")
_WHEN_BEFORE = re.compile(r"(?<![^\W_])(?:[Ll]úc|[Vv]ào|[Hh]ồi)[ \t]+$")
_UNTIL_BEFORE = re.compile(r"(?<![^\W_])(?:đến|tới)[ \t]+$")
_CLOCK_STARTED = re.compile(r"(?<![^\W_])[Tt]ừ[ \t]+(?:lúc[ \t]+)?\d{1,2}[ \t]*(?:giờ|h)(?![^\W_])")
_LASTS_AFTER = re.compile(r"[ \t]+(?:đồng[ \t]+hồ|liền|liên[ \t]+tục)(?![^\W_])")
_SENTENCE_BACK = 120
_LAST_HOUR = 24
_LAST_MINUTE = 59


def clock_hedges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with split minutes joined to their hour and hedged hours that say when
    read as times of day."""
    if "giờ" not in text and "phút" not in text:
        return mentions
    found: list[Mention] = []
    for mention in mentions:
        previous = found[-1] if found else None
        if previous is not None and (joined := _joined_minutes(text, previous, mention)):
            found[-1] = joined
            continue
        found.append(_hedged_clock(text, mention) or mention)
    return found


def _joined_minutes(text: str, hour: Mention, minutes: Mention) -> Mention | None:
    """'23h' then '59 phút' one space apart: 23:59."""
    bare = _BARE_HOUR.fullmatch(hour.text) if hour.kind == "time" else None
    counted = _MINUTES.fullmatch(minutes.text) if minutes.kind == "duration" else None
    if bare is None or counted is None or text[hour.end : minutes.start] != " ":
        return None
    hour_value, minute_value = int(bare.group(1)), int(counted.group(1))
    if hour_value >= _LAST_HOUR or minute_value > _LAST_MINUTE:
        return None
    if _LASTING_BEFORE.search(text, max(0, hour.start - 12), hour.start):
        return None
    value = dates.clock_value(hour_value, minute_value)
    return plain_mention(text, hour.start, minutes.end, "time", value)


def _hedged_clock(text: str, mention: Mention) -> Mention | None:
    """'vào gần 20 giờ', 'từ 21 giờ, … đến gần 22 giờ': a time of day, not a length."""
    hedged = _HEDGED_HOUR.fullmatch(mention.text) if mention.kind == "duration" else None
    if hedged is None or int(hedged.group(1)) > _LAST_HOUR:
        return None
    if _LASTS_AFTER.match(text, mention.end):
        return None
    before = max(0, mention.start - 8)
    if not _WHEN_BEFORE.search(text, before, mention.start):
        if not _UNTIL_BEFORE.search(text, before, mention.start):
            return None
        sentence = max(0, text.rfind(".", max(0, mention.start - _SENTENCE_BACK), mention.start))
        if not _CLOCK_STARTED.search(text, sentence, mention.start):
            return None
    value = dates.clock_value(int(hedged.group(1)) % 24)
    return plain_mention(text, mention.start, mention.end, "time", value)
