Feature: An average agrees with its total and its count
  As a fact-checker on the news desk
  I want "bình quân", "trung bình mỗi" figures checked against the total and the count they come from
  So that I catch an average that the article's own numbers do not give

  When the same paragraph gives a total in the average's unit and a count of
  what the average is per ("/hộ", "mỗi lớp"), total ÷ count must match the
  average within its printed rounding.

  Rule: total ÷ count matches the average

    Scenario Outline: averages
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "averages" finds the figures <outcome>

      Examples:
        | article                                                                  | outcome      |
        | Tổng thu nhập của 120 hộ là 6 tỷ đồng, bình quân 50 triệu đồng/hộ.        | consistent   |
        | Tổng thu nhập của 120 hộ là 6 tỷ đồng, bình quân 60 triệu đồng/hộ.        | inconsistent |
        | Trường có 30 lớp với 1.050 học sinh, bình quân 35 học sinh/lớp.            | consistent   |
        | Trường có 30 lớp với 1.050 học sinh, bình quân 40 học sinh/lớp.            | inconsistent |
