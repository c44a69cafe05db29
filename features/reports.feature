Feature: Reports a fact-checker can read, paste and publish
  As a fact-checker on the news desk
  I want the verdicts as a terminal table, a Markdown note, an HTML page and ClaimReview markup
  So that I review an article quickly, hand my findings to an editor and publish the check

  The sample article has six figures: two inconsistent, one verified, one
  attributed to "Sở Y tế" and two unsourced.

  Rule: every format shows every claim with its verdict

    Scenario Outline: each claim appears in the <format> report
      Given the sample article
      When I render it as <format>
      Then every claim appears with its verdict

      Examples:
        | format      |
        | terminal    |
        | markdown    |
        | html        |
        | claimreview |

  Rule: the summary counts the claims of each verdict

    Scenario Outline: the summary line of the <format> report
      Given the sample article
      When I render it as <format>
      Then the report says "<summary>"

      Examples:
        | format   | summary                                                   |
        | terminal | 2 inconsistent · 1 verified · 1 attributed · 2 unsourced |
        | markdown | 2 inconsistent · 1 verified · 1 attributed · 2 unsourced |
        | html     | 2 inconsistent                                            |

  Rule: a hedged figure reads as an interval with open and closed bounds

    Scenario Outline: "<phrase>" reads as <reads>
      Given an article saying "<phrase>" read from <lower> to <upper>, lower bound <left>, upper bound <right>
      When I render it as terminal
      Then the report says "<reads>"

      Examples:
        | phrase       | lower | upper | left   | right  | reads            |
        | hơn 74.000   | 74000 | 75000 | open   | closed | (74 000, 75 000] |
        | gần 3.000    | 2900  | 3000  | closed | open   | [2 900, 3 000)   |
        | khoảng 2.500 | 2450  | 2550  | closed | closed | [2 450, 2 550]   |
        | ít nhất 100  | 100   | -     | closed | open   | [100, +∞)        |
        | dưới 6       | -     | 6     | open   | open   | (−∞, 6)          |

  Rule: the article's own markup is shown, never run, in the HTML page

    Scenario Outline: hostile text in an article
      Given an article with a figure next to "<snippet>"
      When I render it as html
      Then the page shows "<snippet>" as text
      And the page contains no "<snippet>" as markup

      Examples:
        | snippet                         |
        | <script>alert(1)</script>       |
        | "onmouseover=alert(1)           |
        | <img src=x onerror=alert(1)>    |
        | </mark></div><b>bold</b>        |

  Rule: the ClaimReview rating follows the documented scale

    Scenario Outline: a claim judged <verdict>
      Given the sample article
      When I render it as claimreview
      Then each claim judged <verdict> is rated <value> on a scale of 1 to 4, named "<verdict>"

      Examples:
        | verdict      | value |
        | inconsistent | 1     |
        | unsourced    | 2     |
        | attributed   | 3     |
        | verified     | 4     |
