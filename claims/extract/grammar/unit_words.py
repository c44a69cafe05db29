"""Unit words of the quantity grammar, as data: currencies, measures, percent,
durations, ages and the "lần" of a multiple.

``units`` compiles them (with ``spec_units``) into the unit table and patterns.
"""

from __future__ import annotations

CURRENCY_WORDS: dict[str, str] = {
    "đồng": "VND",
    "VNĐ": "VND",
    "VND": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "Vnd": "VND",
    "Vnđ": "VND",
    "đ": "VND",
    "Việt Nam đồng": "VND",
    "Việt Nam Đồng": "VND",
    "USD": "USD",
    "usd": "USD",
    "Usd": "USD",
    "đô la": "USD",
    "đô-la": "USD",
    "đôla": "USD",
    "đô la Mỹ": "USD",
    "đô Mỹ": "USD",
    "đô mỹ": "USD",
    "đô": "USD",
    "$": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "Euro": "EUR",
    "Euros": "EUR",
    "EUR": "EUR",
    "€": "EUR",
    "bảng Anh": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "GBP": "GBP",
    "£": "GBP",
    "yên": "JPY",
    "yen": "JPY",
    "đô Hong Kong": "HKD",
    "đô la Hong Kong": "HKD",
    "HKD": "HKD",
    "đô Singapore": "SGD",
    "SGD": "SGD",
    "đô la Úc": "AUD",
    "AUD": "AUD",
    "bảng": "GBP",
    # capitalised after a number, as car and transfer news print them ("13.249 Bảng, tương
    # đương 374 triệu Đồng"); not before a word ('thứ 10 Bảng xếp hạng', '5 Đồng Tháp'):
    # units._NOT_A_POUND
    "Bảng": "GBP",
    "Đồng": "VND",
    "Yên": "JPY",
    # the English spelling, capitalised as Japanese news prints it: "thanh toán 9.000 Yen"
    "Yen": "JPY",
    "JPY": "JPY",
    "nhân dân tệ": "CNY",
    "Nhân dân tệ": "CNY",
    "Nhân Dân Tệ": "CNY",
    "NDT": "CNY",
    # the yuan with 'nhân dân' left out, as Chinese news prints it ('vay 20.000 tệ', 'chi 50
    # triệu tệ'); never 'tệ nạn' (vices) nor 'tệ hại' (bad): units._NOT_A_POUND
    "tệ": "CNY",
    "CNY": "CNY",
    "won": "KRW",
    "rupee": "INR",
    "rupees": "INR",
    "Rupees": "INR",
    "Rs": "INR",
    "INR": "INR",
    "AED": "AED",
    "dirham": "AED",
    "Kyat": "MMK",
    "Kyats": "MMK",
    "kyat": "MMK",
    "ringgit": "MYR",
    # the ringgit's own sign, as Malaysian car prices print it: "giá bán chỉ 9.126 RM"
    "RM": "MYR",
    "baht": "THB",
    "bạt": "THB",
    # capitalised as car and travel news print them: "giá 1,25 - 1,48 triệu Baht", "10.500
    # Ringgit (tương đương 55,64 triệu đồng)"; neither is a Vietnamese word
    "Baht": "THB",
    "Ringgit": "MYR",
    "Ringgit Malaysia": "MYR",
    "rúp": "RUB",
    "rupiah": "IDR",
    "Rupiah": "IDR",
    "rupi": "IDR",
    "IDR": "IDR",
    "Rupee": "INR",
    "KRW": "KRW",
    "THB": "THB",
    "MYR": "MYR",
    "RUB": "RUB",
    "đô la Canada": "CAD",
    "CAD": "CAD",
    "đô la New Zealand": "NZD",
    "ruble": "RUB",
    "taka": "BDT",
    "Taka": "BDT",
    "BDT": "BDT",
    "NZD": "NZD",
    "xen": "cent",
    "xu": "cent",
    "cent": "cent",
    "cents": "cent",
}

MINOR_CURRENCY_OWNERS = frozenset({"USD", "INR", "EUR", "GBP"})
"""Spoken currencies that take a cents part: 'hai đô 23', '20 Rupees 43'."""

CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "VN$": "VND",
    "USD": "USD",
    "EUR": "EUR",
    "€": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "VND": "VND",
    "VNĐ": "VND",
    "INR": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "AED": "AED",
}

MEASURE_WORDS: dict[str, str] = {
    "tấn": "tấn",
    "tạ": "tạ",
    "kg": "kg",
    "ki-lô-gam": "kg",
    "kilogram": "kg",
    "gam": "g",
    "gram": "g",
    "ha": "ha",
    "héc-ta": "ha",
    "hecta": "ha",
    "héc ta": "ha",
    "mph": "mph",
    "km2": "km2",
    "km²": "km2",
    "km": "km",
    # capitalised as some papers print it: "tuyến đường dài hơn 2,2 Km", "bay được 700 Km"
    "Km": "km",
    "ki-lô-mét": "km",
    "cây số": "km",
    "m2": "m2",
    "m²": "m2",
    "mét vuông": "m2",
    "m3": "m3",
    "m³": "m3",
    "mét khối": "m3",
    # exponents printed as a spaced digit when the superscript was lost: "198 m 2", "1.200m 3"
    "m 2": "m2",
    "m 3": "m3",
    "km 2": "km2",
    "cm2": "cm2",
    "cm 2": "cm2",
    "cm3": "cm3",
    "cm 3": "cm3",
    "mét": "m",
    "m": "m",
    "cm": "cm",
    "mm": "mm",
    "lít": "lít",
    "ml": "ml",
    "MW": "MW",
    "kW": "kW",
    "KW": "kW",
    "kWh": "kWh",
    # a speaker's or a charger's power, a battery's energy and a dose: "loa công suất 3W",
    # "pin 48 Wh", "chứa 3,6 mg allicin" (a line's 'kV' names its class: "đường dây 500 kV")
    "W": "W",
    "Wh": "Wh",
    "mg": "mg",
    "MWh": "MWh",
    "GW": "GW",
    "GWh": "GWh",
    "độ C": "°C",
    "°C": "°C",
    # the degree sign lost with the superscripts: "13 - 16 0 C", "21 o C", "16oC", "30ºC"
    "0 C": "°C",
    "0C": "°C",
    "o C": "°C",
    "oC": "°C",
    "ºC": "°C",
    "º C": "°C",
    "° C": "°C",
    # an earthquake's magnitude is no angle or temperature: "động đất mạnh 6,5 độ Richter"
    "độ Richter": "Richter",
    "độ richter": "Richter",
    "độ": "độ",
    "hải lý": "hải lý",
    "sào": "sào",
    # the spoken kilogram ('giảm 7 cân', 'mua nửa cân thịt chó'), the gold unit 'cân'; not a
    # pair of scales ('1 cân đồng hồ', 'một cân tiểu ly') nor 'cân nặng': units._NOT_A_POUND
    "cân": "cân",
    # the spoken 100 g ('nặng 2,5 lạng', 'tăng từ 2-3 lạng mỗi tháng'), kept as printed as
    # 'cân' is
    "lạng": "lạng",
    # every spoon is one unit (tests/gold/README.md, session 5): the kind of spoon is a
    # size no article converts, and 'muỗng' is the southern word for 'thìa'
    "thìa cà phê": "thìa",
    "thìa canh": "thìa",
    "thìa": "thìa",
    "muỗng canh": "thìa",
    "muỗng cà phê": "thìa",
    "muỗng cafe": "thìa",
    "muỗng café": "thìa",
    "muỗng": "thìa",
    "GB": "GB",
    "TB": "TB",
    "inch": "inch",
    "inches": "inch",
    "FPS": "fps",
    "gr": "g",
    "g": "g",
    "V": "V",
    # a power line's or a substation's voltage: "đường dây 500 kV", "Trạm biến áp 110KV"
    "kV": "kV",
    "KV": "kV",
    "mAh": "mAh",
    "Hz": "Hz",
    "MHz": "MHz",
    "GHz": "GHz",
    "teraflops": "teraflops",
    "TFLOPS": "teraflops",
    "MP": "MP",
    "MB": "MB",
    "fps": "fps",
    "thùng": "thùng",
    "khung hình": "khung hình",
    "mã lực": "mã lực",
    "sức ngựa": "sức ngựa",
    "Nm": "Nm",
    "N.m": "Nm",
    # horsepower as car makers print it: "811 HP", "110hp/6000rpm", metric "130 PS"
    "HP": "HP",
    "hp": "HP",
    "PS": "PS",
    "cc": "cc",
    "phân khối": "phân khối",
    # an engine's speed, 'vòng/phút' abbreviated: "7.500 v/p"; written out, a rate whose unit
    # keeps its per-part (the session-5 convention): "11.000 vòng/phút"
    "v/p": "v/p",
    "vòng/phút": "vòng/phút",
    # a litre glued to its number ("khoảng 200l", "1,5l"); read only glued (cores.read_tail)
    "l": "l",
}

PERCENT_WORDS = ("%", "phần trăm", "điểm phần trăm")
"""'tăng 0,25 điểm phần trăm': a change in percentage points is read in %."""

DURATION_WORDS: dict[str, str] = {
    "năm": "năm",
    "tháng": "tháng",
    "tuần": "tuần",
    "ngày": "ngày",
    "giờ": "giờ",
    "tiếng": "giờ",
    "phút": "phút",
    "giây": "giây",
    "thập kỷ": "thập kỷ",
    "thập niên": "thập kỷ",
}

AGE_WORDS: dict[str, str] = {
    "tuổi": "tuổi",
    # a baby's or a pregnancy's age: "5 tháng tuổi" is an age in months, not a duration
    "tháng tuổi": "tháng tuổi",
    # a thing's age in years ('rừng thông 30 năm tuổi', 'trụ tiêu khoảng 2 năm tuổi'), the gold
    # unit 'tuổi'; not 'năm tuổi Đảng' (years of party membership), 'năm tuổi trẻ' (youth):
    # units._NOT_A_POUND
    "năm tuổi": "tuổi",
    "tuần tuổi": "tuần tuổi",
    "ngày tuổi": "ngày tuổi",
}

TIMES_WORDS = ("lần",)
"""'gấp 3 lần': the multiple's own unit word, swallowed into the mention."""
