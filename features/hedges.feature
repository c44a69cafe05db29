Feature: Hedge words turn a printed number into an interval
  As a newsroom fact-checker
  I want "hơn 74.000" read as "more than 74,000, but fewer than 75,000"
  So that I can tell whether two figures in a story can both be true

  The "step" of a number is the place value of its last non-zero digit as printed,
  times its scale word: 74.000 has step 1.000, "200 nghìn" has step 100.000,
  "40%" has step 10, "2,5 triệu" has step 100.000.

  Rule: An exact number is the number itself; a percent or a scaled decimal keeps its rounding

    A share ("đạt", "chiếm", "tỷ lệ") cannot pass 100%, so the rounding of a printed 100% stops
    there; a share printed above 100% is kept as printed, for the rules to flag.

    Scenario Outline: Exact figures
      When the grammar reads "<phrase>"
      Then the qualifier is exact
      And the interval is <interval>

      Examples:
        | phrase               | interval               |
        | 74.739 trẻ em        | [74739, 74739]         |
        | tăng 100%            | [99.5, 100.5]          |
        | tăng 72,5%           | [72.45, 72.55]         |
        | đạt 100%             | [99.5, 100]            |
        | chiếm 120%           | [119.5, 120.5]         |
        | 1,5 triệu người      | [1450000, 1550000]     |
        | khi đi trên 3 xe máy xuất hiện | [3, 3]   |
        | chấm điểm dựa trên 5 tiêu chí | [5, 5]    |
        | Một nghiên cứu trên 120.000 người | [120000, 120000] |
        | Mong ước 1 năm biển bội thu | [1, 1]        |
        | Ngọc và Pha quy ước 1 đô     | [1, 1]        |
        | Phim xoay quanh 6 bạn trẻ    | [6, 6]        |
        | trồng xung quanh 1.100 cây xanh | [1100, 1100] |
        | lợi nhuận vượt 12% so với kế hoạch | [11.5, 12.5] |
        | doanh thu vượt 9,1% kế hoạch năm | [9.05, 9.15] |
        | liên quan đến 18 tàu vỏ thép | [18, 18]       |
        | Sở vừa gửi công văn đến 11 doanh nghiệp | [11, 11] |
        | giá bán từ mức thấp nhất đến 90 nghìn đồng | [90000, 90000] |
        | ông lái xe qua cầu, đến 3 trạm thu phí | [3, 3] |
        | mối tình với người vợ hơn 24 tuổi | [24, 24] |
        | chia tay bạn trai hơn 17 tuổi để hẹn hò | [17, 17] |
        | Đến 3 năm sau, ông về quê     | [3, 3]         |
        | Nhưng đến 6 tuổi, mẹ chị qua đời | [6, 6]      |
        | Trump đến 2 tuần sau mới sa thải ông này | [2, 2] |
        | các doanh nghiệp đến từ 23 quốc gia | [23, 23] |

  Rule: Each hedge word has one interval

    Scenario Outline: Hedged figures
      When the grammar reads "<phrase>"
      Then the qualifier is <qualifier>
      And the interval is <interval>

      Examples: more than — hơn, trên, vượt: (v, v + step]
        | phrase                 | qualifier | interval             |
        | hơn 74.000 trẻ         | over      | (74000, 75000]       |
        | người đàn ông hơn 80 tuổi | over   | (80, 90]             |
        | Một anh hơn 50 tuổi đi theo vợ | over | (50, 60]             |
        | lấy người chồng hơn 60 tuổi | over  | (60, 70]             |
        | trên 200 nghìn trẻ     | over      | (200000, 300000]     |
        | đường hoa đã thu hút trên 1 triệu lượt khách | over | (1000000, 2000000] |
        | dự án giai đoạn I trên 1.400 tỷ đồng | over | (1400000000000, 1500000000000] |
        | ước tính 80 tỷ đồng    | about     | [75000000000, 85000000000] |
        | vượt 50 tấn            | over      | (50, 60]             |
        | thặng dư có thể vượt 4% GDP | over | (4, 5]              |

      Examples: nearly — gần, gần như, ngót, ngót nghét: [v - step, v)
        | phrase                 | qualifier | interval             |
        | gần 18.000 người       | nearly    | [17000, 18000)       |
        | gần như 100%           | nearly    | [0, 100)             |
        | ngót 600 ngày          | nearly    | [500, 600)           |
        | ngót nghét 20 năm mưu sinh | nearly | [10, 20)           |
        | số tiền ngót nghét 1 triệu USD | nearly | [0, 1000000) |
        | ngót nghét đã hơn 20 năm | over    | (20, 30]             |

      Examples: about — khoảng, chừng, xấp xỉ, ước, trên dưới: v ± step/2
        | phrase                 | qualifier | interval             |
        | khoảng 40%             | about     | [35, 45]             |
        | chừng 300 người        | about     | [250, 350]           |
        | xấp xỉ 2,5 tỷ đồng     | about     | [2450000000, 2550000000] |
        | ước 1.200 hộ           | about     | [1150, 1250]         |
        | trên dưới 50 người     | about     | [45, 55]             |

      Examples: about — quanh, quanh mức, quanh ngưỡng, before a price, a rate or a level: v ± step/2
        | phrase                                   | qualifier | interval         |
        | tỷ giá dao động quanh 26.800 đồng/EUR    | about     | [26750, 26850]   |
        | giá vàng giao dịch quanh mức 1.230 USD/ounce | about | [1225, 1235]     |
        | lãi suất bình quân phổ biến quanh 2,97%  | about     | [2.965, 2.975]   |
        | VN-Index tích lũy quanh ngưỡng 770 điểm  | about     | [765, 775]       |

      Examples: under — dưới, chưa đến, chưa tới, chưa đầy: [0, v)
        | phrase                 | qualifier | interval             |
        | dưới 6 tuổi            | under     | [0, 6)               |
        | chưa đến 10%           | under     | [0, 10)              |
        | chưa tới 500 người     | under     | [0, 500)             |
        | chưa đầy ba tháng      | under     | [0, 3)               |

      Examples: at most — không quá, tối đa: [0, v]
        | phrase                 | qualifier | interval             |
        | không quá 7.000 đồng   | at_most   | [0, 7000]            |
        | tối đa 30 ngày         | at_most   | [0, 30]              |

      Examples: at least — ít nhất, tối thiểu, không dưới: [v, ∞)
        | phrase                 | qualifier | interval             |
        | ít nhất 5 người        | at_least  | [5, ∞)               |
        | tối thiểu 12 tháng     | at_least  | [12, ∞)              |
        | không dưới 3 năm       | at_least  | [3, ∞)               |

      Examples: up to — tới, lên tới, lên đến: [v - step, v]
        | phrase                 | qualifier | interval             |
        | tới 90%                | up_to     | [80, 90]             |
        | lên tới 500 tỷ đồng    | up_to     | [400000000000, 500000000000] |
        | lên đến 40 độ C        | up_to     | [30, 40]             |

      Examples: up to — bare 'đến' after a verb or an adjective, as the gold labels it
        | phrase                                   | qualifier | interval         |
        | Trong đó có đến 13 người dự đoán         | up_to     | [12, 13]         |
        | nhà sản xuất đã chi đến 7 tỷ đồng        | up_to     | [6000000000, 7000000000] |
        | doanh thu thuần giảm đến 58% so với cùng kỳ | up_to  | [57, 58]         |
        | chênh lệch đến 2.000 đồng/kg so với đường lậu | up_to | [1000, 2000]    |
        | bị phạt cải tạo không giam giữ đến ba năm | up_to    | [2, 3]           |
        | Soyul kém Moon Hee Jun đến 13 tuổi       | up_to     | [12, 13]         |

  Rule: Vague amounts and ranges have bounds but no single value

    Scenario Outline: Orders of magnitude and ranges
      When the grammar reads "<phrase>"
      Then the qualifier is <qualifier>
      And the interval is <interval>

      Examples: hàng X = one order of magnitude; vài/mấy X = two to nine X; A - B and từ A đến B = [A, B]
        | phrase                 | qualifier | interval             |
        | hàng trăm người        | vague     | [100, 1000]          |
        | hàng chục nghìn hộ     | vague     | [10000, 100000]      |
        | vài chục người         | vague     | [20, 90]             |
        | tác phẩm doanh thu trăm tỉ đồng | vague | [100000000000, 1000000000000] |
        | Xe sang Rolls-Royce Ghost chục tỷ đổi màu | vague | [10000000000, 100000000000] |
        | mỗi năm một phường phải chi cả trăm triệu đồng | vague | [100000000, 1000000000] |
        | từ 3 đến 5 năm         | range     | [3, 5]               |
        | 40.000 – 50.000 đồng   | range     | [40000, 50000]       |

  Rule: A hedge bends a fraction too, its step one part of the denominator

    "Hơn 2/3" is more than two thirds and at most the whole: the next fraction a writer
    with thirds could print is 3/3. "1 nửa" is "một nửa", a half.

    Scenario Outline: Hedged fractions
      When the grammar reads "<phrase>"
      Then the qualifier is <qualifier>
      And the interval is <interval>

      Examples:
        | phrase                 | qualifier | interval             |
        | Hơn 2/3 số hộ dân      | over      | (0.6666666667, 1]    |
        | hơn một nửa số dân     | over      | (0.5, 1]             |
        | hơn 1 nửa số người     | over      | (0.5, 1]             |
        | gần 1/2 số người       | nearly    | [0, 0.5)             |
        | 2/3 số xã              | exact     | [0.6666666667, 0.6666666667] |
