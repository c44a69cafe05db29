Feature: The same figure stated twice agrees with itself
  As a fact-checker on the news desk
  I want every figure the article states twice for the same thing compared
  So that I catch an article that gives two different numbers for one quantity

  Two figures state one quantity when they count the same thing, in the same
  place and period, in the same unit.  They agree when some value satisfies
  both: "hơn 1.200" is any number above 1.200 up to 1.300.

  Rule: a restated figure must fall inside the first one's interval

    Scenario Outline: one quantity, two statements
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "restated-values" finds the figures <outcome>

      Examples:
        | article                                                                      | outcome      |
        | Huyện có hơn 1.200 hộ nghèo. Theo báo cáo, huyện có 1.250 hộ nghèo.          | consistent   |
        | Huyện có hơn 1.200 hộ nghèo. Theo báo cáo, huyện có 1.150 hộ nghèo.          | inconsistent |
        | Tỉnh có 2.450 giáo viên mầm non. Hiện tỉnh có khoảng 2.500 giáo viên mầm non. | consistent   |
        | Tỉnh có 2.350 giáo viên mầm non. Hiện tỉnh có khoảng 2.500 giáo viên mầm non. | inconsistent |

  Rule: different places, periods, owners or subjects are different quantities

    Scenario Outline: figures that are not restatements
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "restated-values" finds nothing

      Examples:
        | article                                                                        |
        | Năm 2022, huyện có 1.200 hộ nghèo. Năm 2023, huyện có 1.500 hộ nghèo.          |
        | Huyện có 1.200 hộ nghèo. Huyện có 1.500 giáo viên.                             |
        | Kroos có 12 pha kiến tạo. Marcelo có 10 pha kiến tạo.                          |
        | Xe ra mắt vào tháng 1/2017 với giá bán 950 triệu đồng. Hiện xe có giá bán 639 triệu đồng. |
        | Dòng kem có ba tông màu. Dù chỉ có hai tông màu, dòng kem này vẫn bán chạy.    |

  Rule: a series of values is not a restatement

    Scenario: three years of one figure
      Given the article "Năm 2022, huyện có 180 hộ nghèo. Năm 2023, huyện có 150 hộ nghèo. Năm nay, huyện có 120 hộ nghèo."
      When the fact-checker validates it
      Then the rule "restated-values" finds nothing
