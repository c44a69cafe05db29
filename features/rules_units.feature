Feature: Shares stay within the whole
  As a fact-checker on the news desk
  I want shares ("chiếm X%") checked against 100%
  So that I catch a part said to be more than its whole, or shares of one whole adding to more than it

  A part cannot be more than 100% of its whole, and the shares listed side by
  side in one clause cannot add up to more than 100%.  Growth ("tăng 120%") and
  plan fulfilment ("đạt 120% kế hoạch") are not shares.  Figures in different
  currencies or units are never compared by any rule.

  Rule: shares of one whole are at most 100% together

    Scenario Outline: shares
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "units" finds the figures <outcome>

      Examples:
        | article                                                  | outcome      |
        | Lao động nữ chiếm 52%, lao động nam chiếm 48%.            | consistent   |
        | Lao động nữ chiếm 62%, lao động nam chiếm 48%.            | inconsistent |
        | Hộ nghèo chiếm 12% tổng số hộ của xã.                     | consistent   |
        | Hộ nghèo chiếm 120% tổng số hộ của xã.                    | inconsistent |

  Rule: growth and plans are not shares

    Scenario: a growth above 100%
      Given the article "Doanh thu tăng 120%, đạt 130% kế hoạch năm."
      When the fact-checker validates it
      Then the rule "units" finds nothing

  Rule: money in different currencies is never compared

    Scenario: the same subject in dong and in dollars
      Given the article "Quỹ đã nhận 300 triệu đồng. Theo báo cáo, quỹ đã nhận 12.000 USD."
      When the fact-checker validates it
      Then no rule finds an inconsistency
