"""The window a forecast covers (claims.extract.context.forecasts)."""

from __future__ import annotations

import pytest

from claims.extract.context.forecasts import frames_a_forecast
from claims.extract.grammar import find_mentions


def _frames(text: str, number: str) -> bool:
    start = text.index(number)
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found, f"no mention at {number!r}"
    return frames_a_forecast(text, found[0])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("giật cấp 7-8. Dự báo trong 24 giờ tới, áp thấp nhiệt đới di chuyển", "24 giờ"),
        ("Dự báo trong 24 đến 48 giờ tiếp theo, bão tiếp tục di chuyển", "24 đến 48"),
        ("Diễn tiến thời tiết và nhiệt độ ở Hà Nội trong 5 ngày tới. Đồ họa", "5 ngày"),
        ("Nhiệt độ thấp nhất tại Nghệ An trong 3 ngày tới ở mức 14-15 độ C", "3 ngày"),
        ("Dự báo, trong vòng 1 thập kỷ tới Việt Nam sẽ có 540 người siêu giàu", "1 thập kỷ"),
    ],
)
def test_the_window_of_a_forecast_is_no_claim(text: str, number: str) -> None:
    assert _frames(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Xe buýt sẽ đưa vào hoạt động chính thức trong 2 tháng tới.", "2 tháng"),  # no forecast
        ("Nắng nóng ở miền Trung còn có khả năng kéo dài trong 2-3 ngày tới.", "2-3 ngày"),
        ("Dự báo nắng ấm sẽ chấm dứt trong hai ngày tới.", "hai ngày"),  # when it ends
        ("Dự báo: trí tuệ nhân tạo sẽ vượt hơn con người chỉ 45 năm tới", "45 năm"),
        ("Dự báo năm nay bão kéo dài 3 ngày.", "3 ngày"),  # no span ahead
    ],
)
def test_a_span_the_forecast_states_stays_a_claim(text: str, number: str) -> None:
    assert not _frames(text, number)
