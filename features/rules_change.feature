Feature: A change agrees with its before and after
  As a fact-checker on the news desk
  I want "tăng/giảm", "từ … lên/xuống …", "gấp N lần" and "tăng thêm" checked against the values they connect
  So that I catch a growth rate or a direction that the numbers do not support

  Whatever the sentence gives of the old value, the new value, the rate, the
  amount and the multiple must agree: "tăng" needs new above old; the rate is
  (new − old) ÷ old; the multiple is new ÷ old; the amount is new − old.  A
  printed rate or multiple carries its rounding.

  Rule: old, new, rate, amount and multiple agree

    Scenario Outline: changes
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "change" finds the figures <outcome>

      Examples:
        | article                                                                          | outcome      |
        | Doanh thu năm 2024 đạt 120 tỷ đồng, tăng 20% so với năm 2023 (100 tỷ đồng).       | consistent   |
        | Doanh thu năm 2024 đạt 130 tỷ đồng, tăng 20% so với năm 2023 (100 tỷ đồng).       | inconsistent |
        | Số hộ nghèo của huyện giảm từ 1.500 hộ xuống 1.200 hộ.                            | consistent   |
        | Số hộ nghèo của huyện giảm từ 1.500 hộ xuống 1.800 hộ.                            | inconsistent |
        | Sản lượng lúa tăng từ 100 tấn lên 300 tấn, gấp 3 lần.                             | consistent   |
        | Sản lượng lúa tăng từ 100 tấn lên 300 tấn, gấp 5 lần.                             | inconsistent |
        | Số học sinh tăng từ 1.200 em lên 1.500 em, tăng thêm 300 em.                      | consistent   |
        | Số học sinh tăng từ 1.200 em lên 1.500 em, tăng thêm 200 em.                      | inconsistent |
        | Chỉ số VN-Index tăng 5,2 điểm, tương đương 0,7%, lên 725,5 điểm.                  | consistent   |
        | Chỉ số VN-Index tăng 5,2 điểm, tương đương 1,7%, lên 725,5 điểm.                  | inconsistent |
        | Chỉ số HNX-Index giảm 0,07 điểm (-0,08%) xuống 84,97 điểm.                         | consistent   |
        | Giá vàng giảm 50.000 đồng/lượng (1,4%) xuống 36,35 triệu đồng/lượng.               | inconsistent |
        | Giá khám tăng từ 354.000 lên 677.000 đồng/người.                                  | consistent   |
        | Giá khám tăng từ 354.000 lên 300.000 đồng/người.                                  | inconsistent |
        | Vốn điều lệ tăng từ 37 lên 50 triệu USD, tức tăng thêm 13 triệu USD.              | consistent   |
        | Vốn điều lệ tăng từ 37 lên 50 triệu USD, tức tăng thêm 20 triệu USD.              | inconsistent |
        | Năm 2023, tỉnh đón 3 triệu lượt khách, gấp đôi năm 2022 (1,5 triệu lượt).          | consistent   |
        | Năm 2023, tỉnh đón 2 triệu lượt khách, gấp đôi năm 2022 (1,5 triệu lượt).          | inconsistent |

    Scenario: a bracket after "gấp đôi năm 2022" that names a group of its own holds no old value
      Given the article "Năm 2023, tỉnh đón 2 triệu lượt khách, gấp đôi năm 2022 (1,5 triệu lượt khách quốc tế)."
      When the fact-checker validates it
      Then the rule "change" finds nothing

  Rule: a change of a percentage in points is the difference of the two

    Scenario Outline: points
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "change" checks "<points>" and finds it <outcome>

      Examples:
        | article                                                             | points             | outcome      |
        | Tỷ lệ hộ nghèo giảm từ 5,2% xuống 4,1%, tức giảm 1,1 điểm phần trăm. | 1,1 điểm phần trăm | consistent   |
        | Tỷ lệ hộ nghèo giảm từ 5,2% xuống 4,1%, tức giảm 1,5 điểm phần trăm. | 1,5 điểm phần trăm | inconsistent |

    Scenario: points after another statement's figure are that figure's
      Given the article "Bội chi ngân sách ước tăng lên khoảng 6,5% GDP trong năm 2016 so với 6,2% năm 2015, dẫn đến nợ công ước khoảng 63,7% GDP, tăng gần 13 điểm phần trăm so với năm 2011."
      When the fact-checker validates it
      Then the rule "change" finds no inconsistency

    Scenario: a fall of a percentage in percent may be points or a share, and is not checked
      Given the article "Tỷ lệ hộ nghèo giảm từ 5,2% xuống 4,1%, tức giảm 1,5%."
      When the fact-checker validates it
      Then the rule "change" finds no inconsistency

  Rule: a round rate carries its nearest five, and a period may sit before the verb

    Scenario Outline: rounded rates and dated new values
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "change" finds the figures <outcome>

      Examples:
        | article                                                                          | outcome      |
        | Lượng phù sa giảm 50%, từ 160 triệu tấn xuống còn 81 triệu tấn.                   | consistent   |
        | Lượng phù sa giảm 50%, từ 160 triệu tấn xuống còn 85 triệu tấn.                   | inconsistent |
        | Doanh thu tăng 20%, từ 100 tỷ đồng lên 122 tỷ đồng.                               | consistent   |
        | Tập đoàn sẽ đạt 3 tỷ USD trong năm 2017, tăng 8% so với 2,78 tỷ USD.              | consistent   |
        | Tập đoàn sẽ đạt 3 tỷ USD trong năm 2017, tăng 9% so với 2,78 tỷ USD.              | inconsistent |

  Rule: a cause or a year after a title starts no change of its own

    Scenario Outline: figures of another statement
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "change" finds no inconsistency

      Examples:
        | article                                                                              |
        | Mức tăng gấp 4 lần, chủ yếu nhờ thuế tăng từ 1.000 đồng/lít lên 3.000 đồng/lít.       |
        | Luật gồm 78 điều, giảm 10 điều so với Luật Du lịch 2005.                              |
