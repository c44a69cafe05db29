Feature: One verdict per figure
  As a fact-checker on the news desk
  I want each figure of an article to carry one verdict
  So that I know which figures to question, which the article itself confirms, and which rest on a named source

  The verdicts, strongest first:
  - inconsistent: some check involving the figure fails — the article contradicts itself;
  - verified: a check ties the figure to another figure of the article and passes;
  - attributed: no check ties it, but the article names its source ("Theo Sở Y tế");
  - unsourced: none of these.
  A check on one figure alone (a date exists, 144 ≤ 200) never verifies it:
  only agreement with another figure does.

  Rule: the strongest verdict that applies wins

    Scenario Outline: verdicts of figures
      Given the article "<article>"
      When the fact-checker validates it
      Then the claim "<claim>" is <verdict>

      Examples: figures tied by a passing check are verified
        | article                                                                                                                 | claim      | verdict    |
        | Tỉnh có hơn 74.000 trẻ em dưới 6 tuổi. Năm 2023, tỉnh có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, đạt 100%. | hơn 74.000 | verified   |
        | Tỉnh có hơn 74.000 trẻ em dưới 6 tuổi. Năm 2023, tỉnh có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, đạt 100%. | 74.739     | verified   |

      Examples: a failing check makes every figure it involves inconsistent
        | article                                                                                                                 | claim      | verdict      |
        | Tỉnh có hơn 75.000 trẻ em dưới 6 tuổi. Năm 2023, tỉnh có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, đạt 100%. | hơn 75.000 | inconsistent |
        | Tỉnh có hơn 75.000 trẻ em dưới 6 tuổi. Năm 2023, tỉnh có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, đạt 100%. | 74.739     | inconsistent |
        | Theo Sở Giáo dục, tỉnh có 244/200 xã đạt chuẩn.                                                                          | 244/200    | inconsistent |

      Examples: with no tie, a named source makes a figure attributed
        | article                                            | claim  | verdict    |
        | Theo Sở Y tế, toàn tỉnh có 1.200 bác sĩ.            | 1.200  | attributed |
        | Toàn tỉnh có 1.200 bác sĩ.                          | 1.200  | unsourced  |
        | Theo Sở Giáo dục, tỉnh có 144/200 xã đạt chuẩn.     | 144/200 | attributed |
