Feature: Validate the seed article end to end
  As a fact-checker on the education desk
  I want every figure of the Lạng Sơn children article read, cross-checked and judged
  So that I spend my time only on the figures that do not add up

  The seed article (GD&TĐ, 29/11) says the province has "trên 200 nghìn" children,
  of whom "hơn 74.000" are under 6, and that "74.739" children under 6 received
  health-insurance cards, "đạt 100%". It also has "144/200" communes, and short
  items about MIT, a 32-year-old patient and a teacher of "hơn 20 năm".

  Background:
    Given the seed article

  Rule: every figure is read as an interval with its kind and unit

    Scenario Outline: the seed's quantities
      When the article is validated
      Then the claim "<phrase>" is read as <kind> <value> in <interval> with unit <unit>

      Examples:
        | phrase              | kind     | value     | interval                      | unit |
        | trên 200 nghìn      | count    | 200000    | (200000, 300000]              | -    |
        | hơn 74.000          | count    | 74000     | (74000, 75000]                | -    |
        | hơn 2.700           | count    | 2700      | (2700, 2800]                  | -    |
        | 74.739              | count    | 74739     | [74739, 74739]                | -    |
        | 144/200             | fraction | 0.72      | [0.72, 0.72]                  | -    |
        | 87                  | count    | 87        | [87, 87]                      | -    |
        | trên 300 triệu đồng | money    | 300000000 | (300000000, 400000000]        | VND  |
        | 32 tuổi             | age      | 32        | [32, 32]                      | tuổi |
        | Hơn 20 năm          | duration | 20        | (20, 30]                      | năm  |
        | 200 nghìn USD       | money    | 200000    | [0, 200000)                   | USD  |

    Scenario Outline: the seed's dates
      When the article is validated
      Then the claim "<phrase>" is read as <kind> "<value>"

      Examples:
        | phrase   | kind | value   |
        | 29/11    | date | --11-29 |
        | Năm 2023 | year | 2023    |
        | năm 2025 | year | 2025    |

    Scenario: the communes are a fraction of the province's 200
      When the article is validated
      Then the claim "144/200" is the fraction 144 of 200

    Scenario: a class number is not a claim
      When the article is validated
      Then no claim reads "lớp 1"

  Rule: figures that restate each other are verified against each other

    Scenario: under-6 children and their insurance cards agree
      When the article is validated
      Then a passing finding ties "hơn 74.000" to "74.739"
      And the claims "hơn 74.000" and "74.739" are verified

    Scenario Outline: the whole exceeds each of its parts
      When the article is validated
      Then a passing finding ties "trên 200 nghìn" to "<part>"

      Examples:
        | part       |
        | hơn 74.000 |
        | hơn 2.700  |

  Rule: the statistics' attribution covers the claims of its sentence

    Scenario: "Theo số liệu thống kê" is carried to the figures it introduces
      When the article is validated
      Then the claims "trên 200 nghìn", "hơn 74.000" and "hơn 2.700" have the source "Theo số liệu thống kê"
      And the claim "74.739" has no source

  Rule: the article as published is consistent

    Scenario: nothing in the seed is inconsistent
      When the article is validated
      Then no claim is inconsistent

  Rule: a share is checked against the whole that counts the same children

    The 74.739 under-6 children with a card are "100%": all the under-6 children, whom
    the article counts as "hơn 74.000", not all "trên 200 nghìn" children. The whole is
    chosen by what it counts, before any arithmetic, so a count that no longer fits it
    is shown against it rather than against a larger whole it happens to fit under.

    Scenario: more under-6 children with a card than the article says there are
      Given the text "74.739" is changed to "76.739"
      When the article is validated
      Then the claim "76.739" is inconsistent
      And a failing finding ties "76.739" to "hơn 74.000"
      And that finding names the whole «hơn 74.000 trẻ em dưới 6 tuổi»
      And no failing finding ties "76.739" to "trên 200 nghìn"

  Rule: an edit that breaks the arithmetic is caught and explained

    Scenario Outline: edited copies of the seed
      Given the text "<original>" is changed to "<edited>"
      When the article is validated
      Then the claim "<edited>" is inconsistent
      And a failing finding on it explains why

      Examples:
        | original   | edited     |
        | hơn 74.000 | hơn 75.000 |
        | 144/200    | 244/200    |
        | Ngày 29/11 | Ngày 31/11 |
