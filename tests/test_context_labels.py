"""The label of a value in a list of "Label: value" items run together
(claims.extract.context.labels), on hand-made mentions."""

from __future__ import annotations

import pytest
from test_context import subject_of


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        # The next label follows the value: its own label stands before the colon.
        ("Dung tích: 1285 cc Công suất: 158,1 kW.", "1285 cc", "measure", "Dung tích"),
        ("Khung gầm: sợi carbon Bình xăng: 17 lít Yên ngồi: Đơn", "17 lít", "measure", "Bình xăng"),
        (
            "Tổng tài sản: 811 tỉ USD Cựu sinh viên nổi tiếng: Lloyd",
            "811 tỉ USD",
            "money",
            "Tổng tài sản",
        ),
        # The item before ran on without punctuation: the label starts at its capital.
        ("Xe làm mát bằng chất lỏng Dung tích: 1285 cc.", "1285 cc", "measure", "Dung tích"),
        # A bracket inside the label is skipped.
        (
            "Bạn cần Cá diếc (hoặc loại cá khác): 300g Thịt ba chỉ: 100g",
            "300g",
            "measure",
            "Cá diếc",
        ),
        # A short item after a semicolon is a label, lowercase or not.
        (
            "Giải nhất: 100 triệu đồng; giải A: 50 triệu đồng; giải B.",
            "50 triệu đồng",
            "money",
            "giải A",
        ),
    ],
)
def test_a_value_in_a_run_together_list_has_its_own_label(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        # A lowercase word after the value is its own noun.
        ("Kết quả: 3 người chết tại chỗ.", "3", "count", "người chết"),
        # A capital with no colon after it is no next label.
        ("Giám đốc Công ty Tashuan: 100% CN trở lại làm việc.", "100%", "percent", "CN trở lại"),
        # A name is no label: "thành phố Trà Vinh" is read as before.
        (
            "Căn nhà số 2, thành phố Trà Vinh: 12,6 tỷ đồng.",
            "12,6 tỷ đồng",
            "money",
            "thành phố Trà Vinh",
        ),
    ],
)
def test_what_is_no_run_together_list(text: str, phrase: str, kind: str, subject: str) -> None:
    assert subject_of(text, phrase, kind) == subject
