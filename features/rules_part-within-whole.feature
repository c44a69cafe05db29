Feature: No part is larger than its whole
  As a fact-checker on the news desk
  I want each figure introduced by "trong đó", "gồm" or naming a part of a larger group checked against that group
  So that I catch a part that exceeds the total it belongs to

  A part is what follows "trong đó", "gồm", "bao gồm" after its whole, or a
  figure whose subject narrows another's ("trẻ em dưới 6 tuổi" is a part of
  "trẻ em").  The part may be at most the largest value the whole allows.

  Rule: a part is at most its whole

    Scenario Outline: a part and its whole
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "part-within-whole" finds the figures <outcome>

      Examples:
        | article                                                                              | outcome      |
        | Toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ.    | consistent   |
        | Toàn tỉnh có 20 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ.          | inconsistent |
        | Xã có 850 hộ dân, trong đó có 120 hộ nghèo.                                           | consistent   |
        | Xã có 850 hộ dân, trong đó có 920 hộ nghèo.                                           | inconsistent |
        | Toàn huyện có 3.200 doanh nghiệp. Trong năm, có 2.100 doanh nghiệp nhỏ và vừa nộp thuế đúng hạn. | consistent   |
        | Toàn huyện có 3.200 doanh nghiệp. Trong năm, có 4.100 doanh nghiệp nhỏ và vừa nộp thuế đúng hạn. | inconsistent |

  Rule: only a group stated as a whole has parts

    Scenario Outline: figures that are not a part of the figure before them
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "part-within-whole" finds no inconsistency

      Examples:
        | article                                                                                                  |
        | Toàn thành phố ghi nhận 12 trường hợp mắc viêm phổi nặng, trong đó 4 trường hợp tử vong, 77 trường hợp mắc ho gà. |
        | Số người chết đã lên 310 người, bao gồm 225 phiến quân, trong khi hơn 309.000 người phải rời bỏ nhà cửa.  |
        | Công ty nhập khẩu 4.800 xe từ Mỹ. Công ty chỉ bán ra 2.499 xe điện trong năm.                             |
        | Số nạn nhân đã lên tới 22 người, trong đó có cả trẻ em, cùng với 59 người khác bị thương.                 |
