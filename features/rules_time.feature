Feature: Dates exist and years agree
  As a fact-checker on the news desk
  I want dates, ages, founding years and school years checked
  So that I catch 31/11, an event after the article was published, or an age that does not match a birth year

  A date must exist (29/02 only in a leap year); an event cannot happen after
  the article was published unless the sentence speaks of the future ("sẽ",
  "dự kiến", "kế hoạch"); age = year − birth year (or one less before the
  birthday); anniversary year − founding year = the years celebrated; a school
  year spans two consecutive years.

  Rule: dates, ages and anniversaries agree

    Scenario Outline: times
      Given the article "<article>"
      And it was published on <published>
      When the fact-checker validates it
      Then the rule "time" finds the figures <outcome>

      Examples:
        | article                                                                       | published  | outcome      |
        | Ngày 29/11, đoàn kiểm tra đã làm việc với UBND tỉnh.                           | -          | consistent   |
        | Ngày 31/11, đoàn kiểm tra đã làm việc với UBND tỉnh.                           | -          | inconsistent |
        | Ngày 29/2/2024, đoàn kiểm tra đã làm việc với UBND tỉnh.                       | -          | consistent   |
        | Ngày 29/2/2023, đoàn kiểm tra đã làm việc với UBND tỉnh.                       | -          | inconsistent |
        | Ngày 15/12/2024, đoàn kiểm tra đã làm việc với UBND tỉnh.                      | 2024-12-20 | consistent   |
        | Ngày 15/12/2024, đoàn kiểm tra đã làm việc với UBND tỉnh.                      | 2024-11-30 | inconsistent |
        | Anh Nguyễn Văn Nam sinh năm 1990, năm 2024 anh 34 tuổi.                        | -          | consistent   |
        | Anh Nguyễn Văn Nam sinh năm 1990, năm 2024 anh 31 tuổi.                        | -          | inconsistent |
        | Đối tượng Nguyễn Văn Nam (SN 1990, 34 tuổi) bị bắt.                            | 2024-05-01 | consistent   |
        | Đối tượng Nguyễn Văn Nam (SN 1990, 40 tuổi) bị bắt.                            | 2024-05-01 | inconsistent |
        | Năm 2024, trường kỷ niệm 80 năm thành lập; trường được thành lập năm 1944.     | -          | consistent   |
        | Năm 2024, trường kỷ niệm 70 năm thành lập; trường được thành lập năm 1944.     | -          | inconsistent |
        | Trong năm học 2024-2025, trường có 1.200 học sinh.                             | -          | consistent   |
        | Trong năm học 2024-2026, trường có 1.200 học sinh.                             | -          | inconsistent |

    Scenario: a birth year and an age of two people named in turn
      Given the article "Nguyễn Văn Nam (SN 1990) và Trần Văn Bình (25 tuổi) bị bắt."
      And it was published on 2024-05-01
      When the fact-checker validates it
      Then the rule "time" finds nothing

  Rule: plans are not events

    Scenario: a date after publication in a sentence about the future
      Given the article "Ngày 15/12/2024, đoàn kiểm tra sẽ làm việc với UBND tỉnh."
      And it was published on 2024-11-30
      When the fact-checker validates it
      Then the rule "time" finds no inconsistency

  Rule: only an age in years is compared with a year of birth

    Scenario: a baby's age in months
      Given the article "Cháu bé sinh năm 2023, năm 2024 cháu được 10 tháng tuổi."
      When the fact-checker validates it
      Then the rule "time" finds nothing
