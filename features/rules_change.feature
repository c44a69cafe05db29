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
