"""The window a forecast covers: 'Dự báo trong 24 giờ tới, áp thấp nhiệt đới ...'.

'Dự báo trong 24 giờ tới', 'nhiệt độ ở Hà Nội trong 5 ngày tới', 'Dự báo thời tiết trong
2 ngày tới': the span says when the forecast holds, a scope period like 'trong 3 tháng
đầu năm' (tests/gold/README.md), not a figure of its own (tests/gold/dev4 labels it a
non-claim).  A span ahead with no forecast in its sentence may be a deadline, a figure
('đưa vào hoạt động trong 2 tháng tới': a claim in tests/gold/more), so the sentence
must speak of a forecast or the weather before it, or open on the span and speak of the
weather after its comma ('Trong 24 giờ tới, vùng nguy hiểm …').  A span that a verb of lasting or
ending governs is what the forecast says ('nắng nóng còn kéo dài trong 2-3 ngày tới',
'sẽ chấm dứt trong hai ngày tới', 'AI sẽ vượt con người chỉ 45 năm tới'): a figure.
"""

from __future__ import annotations

import re

from claims.model import Mention

_AHEAD_AFTER = re.compile(r"[ \t]*(?:tới|tiếp theo|sắp tới)(?![^\W_])")
_FORECAST_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Dd]ự báo|[Tt]hời tiết|[Nn]hiệt độ|[Nn]ắng nóng|[Kk]hí tượng|áp thấp|"
    r"[Bb]ão số)(?![^\W_])[^.;!?\n]*$"
)
"""A forecast or the weather earlier in the sentence: 'Dự báo trong 24 giờ tới'."""
_PREDICATE_BEFORE = re.compile(
    r"(?<![^\W_])(?:kéo dài|chấm dứt|kết thúc|tiếp tục|xảy ra|diễn ra|duy trì|vượt|đạt)"
    r"(?![^\W_])[^.,;:!?\n]*$"
)
"""A verb of lasting or ending in the clause before the span: the span is its figure."""
_LOOK_BACK = 120
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][ \t\"“]*)[Tt]rong[ \t]+(?:vòng[ \t]+)?$")
_WEATHER_AFTER = re.compile(
    r"[ \t]*(?:tới|tiếp theo|sắp tới)[ \t]*,[^.;!?\n]{0,80}?(?<![^\W_])"
    r"(?:bão|áp thấp|gió mạnh|gió giật|mưa|nắng nóng|nhiệt độ|không khí lạnh|biển động"
    r"|vùng nguy hiểm)(?![^\W_])"
)
"""'Trong 24 giờ tới, vùng nguy hiểm …', 'Trong 24 đến 48 giờ tiếp theo, bão di chuyển …':
a sentence that opens on the span and forecasts the weather after its comma."""


def frames_a_forecast(text: str, mention: Mention) -> bool:
    """A span ahead that a forecast covers (see the module doc)."""
    if mention.kind != "duration" or _AHEAD_AFTER.match(text, mention.end) is None:
        return False
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if _FORECAST_BEFORE.search(before) is None:
        return _OPENS_SENTENCE.search(before) is not None and bool(
            _WEATHER_AFTER.match(text, mention.end)
        )
    return _PREDICATE_BEFORE.search(before) is None
