Feature: A fraction is a part of its denominator and matches its percent
  As a fact-checker on the news desk
  I want figures like "144/200 xã" checked
  So that I catch a count larger than its total or a fraction that disagrees with its percent

  "a/b" counts a of b: a is at most b; a percent given with it equals
  a ÷ b × 100 within its rounding; a total given for the same things equals b.

  Rule: a fraction agrees with itself, its percent and its total

    Scenario Outline: fractions
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "fractions" finds the figures <outcome>

      Examples:
        | article                                                                            | outcome      |
        | Tỉnh có 144/200 xã, phường, thị trấn đạt chuẩn phù hợp với trẻ em.                  | consistent   |
        | Tỉnh có 244/200 xã, phường, thị trấn đạt chuẩn phù hợp với trẻ em.                  | inconsistent |
        | Huyện có 18/20 trường đạt chuẩn quốc gia, đạt 90%.                                  | consistent   |
        | Huyện có 18/20 trường đạt chuẩn quốc gia, đạt 80%.                                  | inconsistent |
        | Huyện có 20 trường tiểu học. Hiện có 18/20 trường tiểu học đạt chuẩn quốc gia.      | consistent   |
        | Huyện có 22 trường tiểu học. Hiện có 18/20 trường tiểu học đạt chuẩn quốc gia.      | inconsistent |
