Feature: A figure and its share agree with the total
  As a fact-checker on the news desk
  I want "X người, chiếm/đạt Y%" checked against the total the article gives
  So that I catch a share that does not match its count and its total

  The total implied by a count and its share is count ÷ share.  It must fall
  within the total the article states for the larger group.  A printed
  percent carries its rounding ("25%" is anything from 24,5% to 25,5%), but
  "100%" means all of them.  With no stated total there is nothing to check.

  Rule: count ÷ share falls within the stated total

    Scenario Outline: a count, its share and its total
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "percent-of-whole" finds the figures <outcome>

      Examples:
        | article                                                                                                          | outcome      |
        | Tỉnh có hơn 74.000 trẻ em dưới 6 tuổi. Năm 2023, tỉnh có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, đạt 100%. | consistent   |
        | Tỉnh có hơn 75.000 trẻ em dưới 6 tuổi. Năm 2023, tỉnh có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, đạt 100%. | inconsistent |
        | Xã có 1.200 hộ dân. Hiện xã có 300 hộ dân thuộc diện hộ nghèo, chiếm 25%.                                          | consistent   |
        | Xã có 1.200 hộ dân. Hiện xã có 300 hộ dân thuộc diện hộ nghèo, chiếm 35%.                                          | inconsistent |
        | Huyện có 20 xã, trong đó 12 xã đạt chuẩn nông thôn mới, chiếm 60%.                                                 | consistent   |
        | Huyện có 20 xã, trong đó 12 xã đạt chuẩn nông thôn mới, chiếm 70%.                                                 | inconsistent |
        | Tỉnh có 1,2 triệu dân, trong đó 60% là nữ, tức khoảng 720.000 người.                                               | consistent   |
        | Tỉnh có 1,2 triệu dân, trong đó 60% là nữ, tức khoảng 900.000 người.                                               | inconsistent |
        | Xã có 1.200 hộ dân. Hiện xã có 300 hộ dân thuộc diện hộ nghèo, chiếm 35% tổng số hộ.                               | inconsistent |
        | Xã có 1.200 hộ dân. Hiện xã có 300 hộ dân thuộc diện hộ nghèo, chiếm 25% tổng số.                                  | consistent   |
        | Đã có 566.662 doanh nghiệp khai thuế qua mạng, đạt 99,81% trên tổng số 567.768 doanh nghiệp đang hoạt động.     | consistent   |
        | Đã có 566.662 doanh nghiệp khai thuế qua mạng, đạt 89,81% trên tổng số 567.768 doanh nghiệp đang hoạt động.     | inconsistent |
        | Huyện có 20 xã, trong đó 12 xã đạt chuẩn nông thôn mới, chiếm 60% tổng số.                                        | consistent   |
        | Huyện có 20 xã, trong đó 12 xã đạt chuẩn nông thôn mới, chiếm 70% tổng số.                                        | inconsistent |
        | Cả nước có 567.768 doanh nghiệp đang hoạt động, trong đó 566.662 doanh nghiệp khai thuế qua mạng, đạt 89,81% trên tổng số 567.768 doanh nghiệp. | inconsistent |

  Rule: a share of a plan or with no stated total is not checked

    Scenario Outline: nothing to check the share against
      Given the article "<article>"
      When the fact-checker validates it
      Then the rule "percent-of-whole" finds nothing

      Examples:
        | article                                                              |
        | Hiện xã có 300 hộ dân thuộc diện hộ nghèo, chiếm 35%.                 |
        | Doanh thu du lịch đạt 300 tỷ đồng, đạt 105% kế hoạch năm.             |
        | Huyện có 20 xã, trong đó 12 xã đạt chuẩn nông thôn mới, chiếm 70% số xã đạt chuẩn của tỉnh. |
        | Huyện có 20 xã, trong đó 12 xã đạt chuẩn nông thôn mới, chiếm 70% tổng số xã đạt chuẩn của tỉnh. |
        | Xã có 1.000 hộ, trong đó 30% là hộ nghèo, tức 900 người.              |
        | Tỉnh có 1.700 doanh nghiệp. Có 500 doanh nghiệp nhà nước, chiếm 30% tổng vốn. |
        | Xã có 1.200 hộ dân. Có 300 hộ dân thuộc diện hộ nghèo, chiếm 35% tổng diện tích đất. |
