"""The guards that keep the rules quiet on real news, on hand-built claims: each
case is a shape seen in the shared corpus that once raised a false alarm."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from test_rules_kit import build, findings, spec, statuses

from claims.rules import RuleContext, run_rules


def test_sibling_categories_in_a_list_are_not_parts() -> None:
    text = (
        "Toàn thành phố ghi nhận 12 trường hợp mắc viêm phổi nặng, trong đó 4 trường hợp "
        "tử vong, 77 trường hợp mắc ho gà."
    )
    found = findings(
        text,
        spec("12 trường hợp", subject="trường hợp mắc viêm phổi nặng"),
        spec("4 trường hợp", subject="trường hợp tử vong"),
        spec("77 trường hợp", subject="trường hợp mắc ho gà"),
        rule="part-within-whole",
    )
    assert statuses(found) == ["pass"]  # 4 deaths within 12 cases; 77 whooping cough not


def test_a_list_ends_where_another_statement_begins() -> None:
    text = (
        "Số người chết đã lên 310 người, bao gồm 225 phiến quân, trong khi hơn 309.000 người "
        "phải rời bỏ nhà cửa."
    )
    found = findings(
        text,
        spec("310 người", subject="người"),
        spec("225 phiến quân", subject="người"),
        spec("hơn 309.000 người", lower=309_000, upper=310_000, lower_open=True, subject="người"),
        rule="part-within-whole",
    )
    assert statuses(found) == ["pass"]


def test_a_bare_subject_is_no_whole_for_a_later_figure() -> None:
    text = "Xe nhập khẩu 4.800 xe từ Mỹ.\nCông ty chỉ bán ra tổng 2.499 xe."
    found = findings(
        text,
        spec("4.800 xe", subject="xe"),
        spec("2.499 xe", subject="xe bán ra"),
        rule="part-within-whole",
    )
    assert found == []


def test_a_lunar_date_may_have_a_thirtieth_of_february() -> None:
    text = "Lễ hội kéo dài từ 1/12 đến 30/2 âm lịch."
    found = findings(text, spec("30/2", "date", value="--02-30"), rule="time")
    assert found == []
    solar = findings("Hội nghị diễn ra ngày 30/2.", spec("30/2", "date", value="--02-30"),
                     rule="time")  # fmt: skip
    assert statuses(solar) == ["fail"]


def test_a_season_and_an_address_are_not_fractions() -> None:
    text = "Mùa giải 2016/17 đã khép lại. Ông ở số 40/37 Chợ Con."
    found = findings(
        text,
        spec("2016/17", "fraction", numerator=2016, denominator=17, lower=1, upper=1,
             subject="mùa giải"),
        spec("40/37", "fraction", numerator=40, denominator=37, lower=1, upper=1,
             subject="Chợ Con"),
        rule="fractions",
    )  # fmt: skip
    assert found == []


def test_a_rank_rising_is_a_smaller_number() -> None:
    text = "Trường tăng 74 bậc so với vị trí 1838, lên vị trí 1764."
    found = findings(text, spec("74 bậc"), spec("1838"), spec("1764"), rule="change")
    assert found == []


def test_two_changes_in_one_clause_are_left_alone() -> None:
    text = "Doanh thu tăng từ 100 lên 120 tỷ đồng và từ 20 lên 15 tỷ đồng."
    money = {"kind": "money", "unit": "VND"}
    found = findings(
        text,
        spec("100", **money), spec("120 tỷ đồng", **money), spec("20", nth=1, **money),
        spec("15 tỷ đồng", **money), rule="change",
    )  # fmt: skip
    assert found == []


def test_a_new_subject_with_its_own_verb_after_a_comma_is_a_new_change() -> None:
    """'..., sữa đã tăng 800 nghìn tấn' states the milk's change, not the meat's."""
    text = "Sản lượng thịt tăng từ 3,4 triệu tấn lên 5,6 triệu tấn, sữa đã tăng 800 nghìn tấn."
    tonnes = {"kind": "measure", "unit": "tấn"}
    found = findings(
        text,
        spec("3,4 triệu tấn", **tonnes), spec("5,6 triệu tấn", **tonnes),
        spec("800 nghìn tấn", **tonnes), rule="change",
    )  # fmt: skip
    assert [f.status for f in found] == ["pass"]
    assert len(found[0].claims) == 2  # the direction only: 800 nghìn is no amount of it


def test_a_series_is_not_a_restatement() -> None:
    text = (
        "Năm nay huyện có 120 hộ nghèo.\nNăm ngoái có 150 hộ nghèo.\nHai năm trước có 180 hộ nghèo."
    )
    found = findings(
        text,
        spec("120 hộ", subject="hộ nghèo"),
        spec("150 hộ", subject="hộ nghèo"),
        spec("180 hộ", subject="hộ nghèo"),
        rule="restated-values",
    )
    assert found == []


def test_figures_far_apart_are_different_quantities() -> None:
    text = "Đội có 4 bàn thắng.\nMùa trước đội có 16 bàn thắng."
    found = findings(
        text,
        spec("4 bàn", subject="bàn thắng"),
        spec("16 bàn", subject="bàn thắng"),
        rule="restated-values",
    )
    assert found == []


def test_a_share_of_another_whole_is_not_checked() -> None:
    text = "Toàn tỉnh có 3.167.000 thuê bao. Có 4.675.000 thuê bao di động, chiếm 76,5% thị phần."
    found = findings(
        text,
        spec("3.167.000 thuê bao", subject="thuê bao"),
        spec("4.675.000 thuê bao", subject="thuê bao di động"),
        spec("76,5%", "percent"),
        rule="percent-of-whole",
    )
    assert found == []


def test_a_plan_after_publication_is_not_an_error() -> None:
    text = "Dự kiến ngày 15/12/2024, công trình sẽ khánh thành."
    found = findings(text, spec("15/12/2024", "date", value="2024-12-15"), rule="time",
                     published=date(2024, 11, 30))  # fmt: skip
    assert found == []


def test_an_average_per_person_counts_workers() -> None:
    for average, expected in (("120 triệu", "pass"), ("150 triệu", "fail")):
        text = f"Công ty có 1.500 lao động, quỹ lương 180 tỷ đồng, bình quân {average} đồng/người."
        found = findings(
            text,
            spec("1.500 lao động", subject="lao động"),
            spec("180 tỷ đồng", "money", lower=1.8e11, upper=1.8e11, unit="VND"),
            spec(f"{average} đồng", "money", lower=1.2e8 if "120" in average else 1.5e8,
                 upper=1.2e8 if "120" in average else 1.5e8, unit="VND", per="người"),
            rule="averages",
        )  # fmt: skip
        assert statuses(found) == [expected]


_WORDS = ["trẻ em", "hộ nghèo", "học sinh nam", "xã", "doanh thu", "lao động nữ", "người"]
_GLUE = [", trong đó ", ", gồm ", ", chiếm ", ", tăng ", " so với ", ", bình quân ", ". ", " và "]


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[dict[str, object]]]:
    """Random sentences of figures, glue words and subjects, with claims on the figures."""
    text, specs = "Toàn tỉnh có ", []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["count", "money", "percent", "fraction", "date", "year"]))
        low = draw(st.integers(0, 5000))
        high = low + draw(st.integers(0, 500))
        number = f"{low}"
        fields: dict[str, object] = {"lower": low, "upper": high}
        if kind == "fraction":
            number = f"{low}/{high or 1}"
            fields.update(numerator=low, denominator=high or 1)
        elif kind == "date":
            number = f"{low % 40}/{high % 14}"
            fields = {"value": f"--{high % 14:02d}-{low % 40:02d}"}
        elif kind == "money":
            fields["unit"] = draw(st.sampled_from(["VND", "USD"]))
        subject = draw(st.sampled_from(_WORDS))
        text += f"{number} {subject}"
        specs.append(spec(number, kind, subject=subject, nth=text.count(number) - 1, **fields))
        text += draw(st.sampled_from(_GLUE))
    return text + ".", specs


@given(articles())
@settings(max_examples=150, deadline=None)
def test_rules_never_fail_to_run_and_name_only_real_claims(
    article: tuple[str, list[dict[str, object]]],
) -> None:
    text, specs = article
    claims = build(text, *specs)
    found = run_rules(claims, RuleContext(published=date(2024, 11, 30), text=text))
    known = {c.id for c in claims}
    for finding in found:
        assert set(finding.claims) <= known and finding.message and finding.detail


def test_a_year_lent_by_the_publication_date_is_not_checked_against_it() -> None:
    text = "Ngày 15/12, hội nghị tổng kết diễn ra tại Hà Nội."
    lent = spec("15/12", "date", value="2024-12-15")
    assert findings(text, lent, rule="time", published=date(2024, 11, 30)) == []


def test_what_is_left_is_no_whole_of_a_share() -> None:
    """'sẽ còn lại là 21,8 triệu' counts what is left, not the 1,2 tỷ shares that 2,02% implies
    (told by 'còn lại', not by 21,8 triệu being below 24,8 triệu)."""
    text = (
        "Ngân hàng đang nắm giữ 24,8 triệu cổ phiếu HVN, chiếm 2,02%. "
        "Nếu bán thành công, lượng cổ phiếu còn lại là 21,8 triệu cổ phiếu."
    )
    found = findings(
        text,
        spec("24,8 triệu", lower=24_750_000, upper=24_850_000, subject="cổ phiếu HVN"),
        spec("2,02%", "percent", unit="%"),
        spec("21,8 triệu", lower=21_750_000, upper=21_850_000, subject="cổ phiếu"),
        rule="percent-of-whole",
    )
    assert found == []


def test_a_later_item_of_a_breakdown_is_no_whole_of_a_share() -> None:  # 22616674
    """'Trong đó, … gồm có 4.401 dự án' breaks the 63.215 down: it is no whole that 74,05%
    could be a share of (told by 'trong đó', not by 4.401 being below 63.215)."""
    text = (
        "Tổng số dự án đã hoàn thành việc phê duyệt quyết toán là 63.215 dự án, chiếm tỷ lệ "
        "74,05% tổng số các dự án hoàn thành. Trong đó, vốn ngân sách Nhà nước do các bộ, "
        "ngành quản lý gồm có 4.401 dự án."
    )
    found = findings(
        text,
        spec("63.215", subject="tổng số dự án đã hoàn thành việc phê duyệt quyết toán"),
        spec("74,05%", "percent", unit="%"),
        spec("4.401", subject="dự án"),
        rule="percent-of-whole",
    )
    assert found == []
