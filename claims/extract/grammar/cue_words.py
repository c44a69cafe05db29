"""Cue words: the words around a number that say what it is.

Nouns a number word counts, words after which "D/M" is a date or a number is
a year or an identifier, score and share cues, parts of the day and month
names.  Data only; ``patterns`` compiles them.
"""

from __future__ import annotations

COUNTED_NOUNS = (
    "người",
    "trẻ",
    "em",
    "học sinh",
    "sinh viên",
    "giáo viên",
    "bệnh nhân",
    "ca",
    "vụ",
    "lần",
    "con",
    "chiếc",
    "cái",
    "căn",
    "ngôi",
    "hộ",
    "gia đình",
    "xã",
    "huyện",
    "tỉnh",
    "thành phố",
    "nước",
    "quốc gia",
    "đơn vị",
    "doanh nghiệp",
    "công ty",
    "trường",
    "lớp",
    "đội",
    "bàn",
    "bàn thắng",
    "điểm",
    "đối tượng",
    "dự án",
    "tàu",
    "xe",
    "cây",
    "bộ",
    "loại",
    "nhóm",
    "tầng",
    "phòng",
    "giường",
    "chuyến",
    "tuyến",
    "cầu",
    "km",
    "phiếu",
    "lượt",
    "trận",
)
"""Nouns a number word counts: 'hai người' is 2, 'ba tôi' (my father) is not."""

# --- cue words before a number ----------------------------------------------

DATE_CUES = (
    "ngày",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
    "hôm",
    "mồng",
    "mùng",
    "từ",
    "đến",
    "tới",
    "trước",
    "sau",
    "vào",
    "đầu",
    "cuối",
    "giữa",
    "hạn",
    "rạng sáng",
    "sáng sớm",
    "chiều tối",
    "tối muộn",
    "khuya",
    *(
        f"{part} {when}"
        for part in ("hôm", "sáng", "trưa", "chiều", "tối", "đêm")
        for when in ("nay", "qua")
    ),
    *(f"{part} mai" for part in ("ngày", "sáng", "trưa", "chiều", "tối")),
)
"""Words after which 'D/M' is a day and month, not a fraction ('sáng nay 4/6', 'ngày mai
5/6', 'hôm qua 2/7': the day named by the words before it)."""

YEAR_CUES = (
    "năm",
    "SN",
    "Sn",  # "Bùi Văn Hồng (Sn 1958, trú tại …)": 'SN' as some lists type it
    "sinh năm",
    "thập niên",
    "thập kỷ",
    "năm học",
    "năm tài chính",
    "niên khóa",
    "niên khoá",
    "niên học",
    "giai đoạn",
    "mùa giải",
    "nhiệm kỳ",
    "niên độ",
)

IDENTIFIER_CUES = (
    "lớp",
    "điều",
    "khoản",
    "chương",
    "mục",
    "điểm",
    "quốc lộ",
    "vành đai",
    "bước",
    "km",
    "Km",
    "QL",
    "tỉnh lộ",
    "đường tỉnh",
    "cao tốc",
    "vĩ tuyến",
    "ĐT",
    "đường số",
    "quận",
    "phường",
    "khu phố",
    "tổ",
    "ấp",
    "xóm",
    "phòng",
    "số",
    "nghị định",
    "quyết định",
    "thông tư",
    "nghị quyết",
    "công văn",
    "công điện",
    "tầng",
    "chỉ thị",
    "kế hoạch",
    "luật",
    "khóa",
    "khoá",
    "trung ương",
    "hội nghị trung ương",
    "TƯ",
    "T.Ư",
    "TW",
    "BV",
    "chuyến bay",
    "mã",
    "mã số",
    "hotline",
    "điện thoại",
    "SĐT",
    "ĐT:",
    "Tel",
    "Fax",
    "biển số",
    "biển kiểm soát",
    "BKS",
    "sư đoàn",
    "trung đoàn",
    "lữ đoàn",
    "tiểu đoàn",
    "quân khu",
    "quân đoàn",
    "thế kỷ",
    "kênh",
    "bảng",
    "vòng",
    "cổng",
    "sân",
    "ghế",
    "nhà số",
    "số nhà",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "ngã",
    "lô",
    "top",
    "Top",
    "tốp",
    "khu",
    "thôn",
    "khóm",
    "khối",
    "cụm",
    "lầu",
    "tổ dân phố",
    "đợt",
    "phần",
    "mùa",
    "hiệp",
    "hiệp phụ",
    "ván",
    "game",
    "QĐ",
    "NĐ",
    "kỳ họp",
    "mã đề",
    "câu",
    "mã vùng",
    "số báo danh",
    "SBD",
    "mật danh",
    "tờ bản đồ",
    "nguyện vọng",
    "phương án",
    "chuyên khoa",
    "bệnh viện",
    "đường",
    "tuýp",
    "omega",
    "dự án",
    "quản lý dự án",
    "chuyên án",
    "Phật lịch",
    "phật lịch",
    "phim",
    "series",
)
"""Words after which a number names or codes something ('lớp 1', 'Điều 5', an alley's number
'ngõ 120', 'hẻm 53', a junction 'ngã 4 Hát Lót'); a decision or a decree by its short name
('QĐ 33', 'NĐ 94'), a session, an exam paper, an area code, a candidate's or a mission's
number, an exam's question ('kỳ họp 3', 'mã đề 201', 'từ câu 1-40', 'Câu 2 nghị luận văn
học'; not angling, 'lưỡi câu 6 ngạnh', special_numbers), 'mã vùng 210', 'số báo danh 07',
'mật danh 09'), a map sheet ('tờ bản đồ 08'), an applicant's choice ('nguyện vọng 1'), an
option ('phương án 3'), a project or a police case by its number ('Ban quản lý dự án 2', 'Dự
án 22.350', 'chuyên án 516E'), a specialist's degree ('bác sĩ chuyên khoa 1'), a Central
Committee's plenum by the short names ('Nghị quyết TƯ 5', 'Hội nghị T.Ư 4', 'Hội nghị TW
6'), a numbered hospital or road ('Bệnh viện 103', 'BV 108', 'đường 513', 'đường 3 Tháng 2',
'Đường tỉnh 303', 'đường cao tốc 405'; not the lanes of 'cao tốc 4 làn xe'), a parallel ('vĩ
tuyến 38') and a type ('tiểu đường tuýp 2', 'omega 3'). A unit or a counted noun after the
number makes it an amount as for every cue ('chặng đường 10 năm', 'bệnh viện 500 giường'). A
year of the Buddhist calendar ('Đại lễ Phật đản Phật lịch 2561 - dương lịch 2017') names the
festival's year in a calendar the article's dates are not in, as a lunar date does
(tests/gold/README.md, session 5). A film's or a series' title ('phim 007', 'series 007',
'phim 50 sắc thái', 'bộ phim 3 huynh đệ', 'phim 18+', 'phần phim 5, 6, 7') names the work;
a unit or a counted noun after the number keeps the count ('phim 3 tập', 'dự án phim 1
tuần', 'bộ phim hai người hợp tác'), and a count before the noun is none of these ('3 bộ
phim')."""

PLACE_AND_BATCH_CUES = frozenset(
    {"tốp", "khu", "thôn", "khóm", "khối", "cụm", "lầu", "tổ dân phố", "đợt", "phần", "mùa"}
    | {"đường", "bệnh viện", "phương án", "kỳ họp", "nguyện vọng"}
    | {"dự án", "quản lý dự án", "chuyên án", "phim", "series"}
)
"""Identifier cues for a numbered place ('trú tại khu 14', 'thôn 10', 'khóm 7', 'tổ dân
phố 2', 'lầu 1'), a school year ('học sinh khối 11'), a batch or part ('xét tuyển đợt 1',
'phần 2 của phim'), a TV season ('Vietnam Idol mùa 2'), a top group ('tốp 4') or a project
or a case ('Ban quản lý dự án 2', 'chuyên án 516'); any unit after the number makes it an
amount ('khu 10 ha', 'một đợt 3 tháng', 'mỗi đợt 7 tỷ NDT', 'chặng đường 10 năm', 'bệnh
viện 3 ngày', 'Siêu dự án 10 năm')."""

EPISODE_CUES = ("tập",)
"""'tập 7', 'Tập 12 của phim': an episode or a volume by its number."""

NOT_AN_EPISODE_BEFORE = ("triệu", "tụ", "luyện", "biên")
"""'tập' inside a verb names no episode: 'triệu tập 7 thanh niên' (summon), 'tụ tập 20
người' (gather), 'luyện tập 3 buổi', 'biên tập 2 cuốn' count what follows."""

LEVEL_CUES = ("cấp",)
"""'cấp 2', 'bão cấp 12': a school level or a grade on a scale."""

GRADE_CUES = ("cấp độ", "báo động")
"""'bỏng cấp độ 3', 'dịch vụ công trực tuyến cấp độ 4', a river's flood alert 'trên báo động 2
là 0,5m': a grade, read as the ordinal the gold labels it ('báo động 1', dev16), no count; a
unit after the number makes it an amount ('chuông báo động 3 lần')."""

NOT_A_LEVEL_BEFORE = ("khẩn", "cung", "cao", "siêu", "trung", "sơ", "thượng", "hạ", "cấp")
"""'cấp' inside a compound names no level: 'bắt khẩn cấp 2 phụ nữ', 'cung cấp 3 bộ'."""

DRAW_CUES = ("kỳ", "kỳ quay", "kỳ mở thưởng", "kỳ quay số mở thưởng")
"""'tại kỳ 76', 'kỳ quay số 83', 'các kỳ quay số mở thưởng: 76, 83 và 85': the number of
a lottery draw, an issue or a term."""

NOT_A_DRAW_BEFORE = (
    "nhiệm",
    "định",
    "thời",
    "chu",
    "cùng",
    "Hoa",
    "hoàng",
    "trường",
    "kỳ",
    "hạn",
    "giai",
    "lạ",
    "dậy",
    "hiếu",
)
"""'kỳ' inside a compound is no draw: 'nhiệm kỳ 2016-2021', 'định kỳ 2 năm/lần',
'cùng kỳ 2016', 'Hoa Kỳ' ('học kỳ 2' is one, a semester's number)."""

ROMAN_CUES = (
    "đại hội",
    "Đại hội Đảng",
    "khóa",
    "khoá",
    "thế kỷ",
    "hội nghị trung ương",
    "kỳ họp",
    "phần",
    "chương",
    "mục",
    "Quốc hội khóa",
)

SCORE_CUES = (
    "tỷ số",
    "tỉ số",
    "thắng",
    "thua",
    "hòa",
    "hoà",
    "hạ",
    "đánh bại",
    "cách biệt",
    "thắng lợi",
    "chiến thắng",
    "set",
)

SHARE_CUES = ("đạt", "chiếm", "tỷ lệ", "tỉ lệ", "bao phủ")
"""Before a percent these make it a share of a whole, capped at 100."""

PART_OF_DAY: dict[str, int] = {
    "sáng": 0,
    "trưa": 0,
    "chiều": 12,
    "tối": 12,
    "đêm": 12,
}
"""Hours to add to a 12-hour clock reading ('3 giờ chiều' = 15:00)."""

MONTH_WORDS: dict[str, int] = {
    "giêng": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}

ROMAN_VALUES: dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

TITLE_CUES = frozenset({"phim", "series"})
"""Cue words after which a number names a film or a series ('phim 007', 'bộ phim 3 huynh đệ')."""
