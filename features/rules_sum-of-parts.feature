Feature: Parts that make up a whole add up to it
  As a fact-checker on the news desk
  I want the parts an article lists as making up a total added up
  So that I catch a breakdown that does not match its total

  Only a real breakdown is added: the text says the parts make up the whole
  ("gồm", "bao gồm", "chia thành"), or the parts are two sides that cover
  everything (nam/nữ, thành thị/nông thôn).  A list after "trong đó" of some
  notable groups is not a breakdown.

  Rule: a breakdown sums to its total

    Scenario Outline: a total and its breakdown
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "sum-of-parts" finds the figures <outcome>

      Examples:
        | article                                                                                           | outcome      |
        | Trường có 1.200 học sinh, gồm 630 học sinh nam và 570 học sinh nữ.                                | consistent   |
        | Trường có 1.200 học sinh, gồm 730 học sinh nam và 570 học sinh nữ.                                | inconsistent |
        | Huyện có 45.000 người dân, trong đó 12.000 người sống ở thành thị và 33.000 người sống ở nông thôn. | consistent   |
        | Huyện có 45.000 người dân, trong đó 12.000 người sống ở thành thị và 23.000 người sống ở nông thôn. | inconsistent |
        | Máy bay chở 116 người, gồm 105 hành khách và 11 thành viên phi hành đoàn, trong đó có 15 trẻ em.    | consistent   |
        | Tổng số 500 người, trong đó nam 300 người, nữ 200 người.                                          | consistent   |
        | Tổng số 500 người, trong đó nam 300 người, nữ 250 người.                                          | inconsistent |

  Rule: a list of examples is not a breakdown

    Scenario: "trong đó" followed by groups that do not cover everything
      Given the article "Toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ, trẻ em có hoàn cảnh đặc biệt là hơn 2.700 trẻ."
      When the fact-checker validates it
      Then the rule "sum-of-parts" finds nothing

    Scenario: a list after a whole joined to another noun enumerates that noun
      Given the article "Trên đò có 6 người và hàng hóa, bao gồm 100 thùng đào, 8 thùng nho và 20 giỏ thanh mai."
      When the fact-checker validates it
      Then the rule "sum-of-parts" finds nothing

    Scenario: a label before the figure names a group of its own, not the other side
      Given the article "Tổng số 500 người, trong đó nam 300 người, nữ đảng viên 150 người."
      When the fact-checker validates it
      Then the rule "sum-of-parts" finds nothing
