Feature: What the checks mean
  As a fact-checker on the news desk
  I want to know exactly when the validator calls two figures consistent or contradictory
  So that I can redo its arithmetic and trust, or overrule, its verdicts

  Every figure is a range of values, written [lower; upper] with a square
  bracket for an end the figure can reach and a round one for an end it cannot;
  −∞ and +∞ mean no bound.  "hơn 74.000" is (74.000; 75.000]: more than 74.000,
  at most 75.000.  A printed percent is rounded to its last digit ("25%" is
  [24,5; 25,5]) except 0% and 100%, which official statistics print for none and all.

  Rule: two figures contradict each other when no value fits both

    Scenario Outline: comparing two ranges
      Given the figure <first>
      And the figure <second>
      Then the two figures <relation>

      Examples:
        | first            | second   | relation              |
        | (74.000; 75.000] | 74.739   | can be reconciled     |
        | (74.000; 75.000] | 74.000   | contradict each other |
        | (74.000; 75.000] | 75.000   | can be reconciled     |
        | [1.200; 1.300)   | 1.300    | contradict each other |
        | [0; +∞)          | 5        | can be reconciled     |

  Rule: parts are added and shares divided as ranges

    Scenario Outline: sums of parts
      Given the figure <first>
      And the figure <second>
      Then together they make <sum>

      Examples:
        | first            | second         | sum              |
        | 630              | 570            | 1.200            |
        | (74.000; 75.000] | (2.700; 2.800] | (76.700; 77.800] |
        | [10; 20)         | (20; 30]       | (30; 50)         |

    Scenario Outline: the whole implied by a count and its share
      Given the figure <count>
      And the printed share "<share>"
      Then the whole they imply is <whole>

      Examples:
        | count  | share | whole              |
        | 74.739 | 100%  | 74.739             |
        | 300    | 25%   | [1.176,47; 1.224,49] |
        | 120    | 24%   | [489,8; 510,64]    |

  Rule: a printed percent carries its rounding, but 100% means all

    Scenario Outline: printed shares
      Given the printed share "<share>"
      Then the share means <range>

      Examples:
        | share | range          |
        | 100%  | 100            |
        | 0%    | 0              |
        | 25%   | [24,5; 25,5]   |
        | 72,5% | [72,45; 72,55] |

  Rule: only figures about the same thing are compared

    Scenario Outline: figures that are never compared
      Given the article "<article>"
      When the fact-checker validates it
      Then the figures "<first>" and "<second>" are not compared

      Examples: different subjects, places, periods or currencies
        | article                                                                   | first      | second     |
        | Huyện có 1.200 hộ nghèo. Huyện có 1.500 giáo viên.                         | 1.200      | 1.500      |
        | Năm 2022, huyện có 1.200 hộ nghèo. Năm 2023, huyện có 1.500 hộ nghèo.      | 1.200      | 1.500      |
        | Quỹ đã nhận 300 triệu đồng. Theo báo cáo, quỹ đã nhận 12.000 USD.          | 300 triệu  | 12.000 USD |
