Feature: Reading quantities in Vietnamese news text
  As a newsroom fact-checker
  I want every number in an article read with its kind, value, unit and interval
  So that I can check the figures a story states against each other and against sources

  Rule: Digits use "." for thousands and "," for decimals

    Scenario Outline: A number written in digits
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase               | text          | kind    | value    | lower    | upper    | unit | qualifier |
        | có 74.739 trẻ em     | 74.739        | count   | 74739    | 74739    | 74739    | -    | exact     |
        | với 49 trận bất bại và có đến 26 lần hạ knock-out | đến 26 lần | count | 26 | 25 | 26 | - | up_to |
        | trong số 100 tờ báo hàng đầu nước Mỹ, có đến 39 tòa soạn ủng hộ | đến 39 | count | 39 | 38 | 39 | - | up_to |
        | từ 5 ngày có đến 7 ngày nghỉ | 7 ngày | duration | 7 | 7 | 7 | ngày | exact |
        | giá 3-4-3,5 triệu đồng | 3,5 triệu đồng | money | 3500000 | 3450000 | 3550000 | VND | exact |
        | tổng 1.234,5 tấn     | 1.234,5 tấn   | measure | 1234.5   | 1234.5   | 1234.5   | tấn  | exact     |
        | tăng 109,5%          | 109,5%        | percent | 109.5    | 109.45   | 109.55   | %    | exact     |
        | gần 2000 người       | gần 2000      | count   | 2000     | 1000     | 2000     | -    | nearly    |
        | có 74 739 trẻ        | 74 739        | count   | 74739    | 74739    | 74739    | -    | exact     |
        | khoảng 1,5 triệu     | khoảng 1,5 triệu | count | 1500000 | 1450000  | 1550000  | -    | about     |
        | reported 1,234.5 tons | 1,234.5      | count   | 1234.5   | 1234.5   | 1234.5   | -    | exact     |
        | bám sát 3 tỷ phú dẫn đầu | 3          | count   | 3        | 3        | 3        | -    | exact     |
        | mỗi bệnh nhân có 2 trong 3 triệu chứng chủ yếu | 3 | count | 3 | 3 | 3 | - | exact |
        | Mỗi bệnh nhân có 2-3 triệu chứng thường gặp. | 2-3 | count | - | 2 | 3 | - | range |
        | một trong bốn triệu chứng đáng chú ý của bệnh | bốn | count | 4 | 4 | 4 | - | exact |
        | Thành phố có 3 triệu người | 3 triệu | count | 3000000 | 3000000 | 3000000 | - | exact |
        | thắng 4 và thua 1 trong 5 trận | 1   | count   | 1        | 1        | 1        | -    | exact     |
        | Điều 5, 100 người dự  | 100          | count   | 100      | 100      | 100      | -    | exact     |
        | nằm trong số 300 loại KitKat được | 300 | count | 300    | 300      | 300      | -    | exact     |
        | Trong số 56 nguồn tin này, Cục | 56     | count   | 56       | 56       | 56       | -    | exact     |
        | tại 5 Nhà máy nhiệt điện | 5         | count   | 5        | 5        | 5        | -    | exact     |
        | thả nuôi vụ 2 năm 2017. Trong | 2    | count   | 2        | 2        | 2        | -    | exact     |
        | Hà Lan 184 phiếu, Ba Lan 190 phiếu | 184 | count | 184     | 184      | 184      | -    | exact     |
        | ra lệnh bắt khẩn cấp 2 phụ nữ liên quan | 2 | count | 2      | 2        | 2        | -    | exact     |
        | chuông báo động 3 lần trong đêm | 3 lần | count | 3 | 3 | 3 | - | exact |
        | thế kỷ 18 và 19 người      | 19      | count   | 19       | 19       | 19       | -    | exact     |
        | 2 TP.HCM 453 3 Thanh Hóa | 453       | count   | 453      | 453      | 453      | -    | exact     |
        | có hai nước phản đối  | hai          | count   | 2        | 2        | 2        | -    | exact     |
        | Cả hai bị cáo và nhân chứng | hai    | count   | 2        | 2        | 2        | -    | exact     |
        | sau vòng 1, 4 ứng cử viên | 4        | count   | 4        | 4        | 4        | -    | exact     |
        | Tổng số là 110.000. Sau đó | 110.000 | count   | 110000   | 110000   | 110000   | -    | exact     |
        | đạt tới cột mốc 413 bàn thắng | 413   | count   | 413      | 413      | 413      | -    | exact     |
        | tăng tốc trong vòng 2,8 giây | 2,8 giây | duration | 2.8   | 2.8      | 2.8      | giây | exact     |
        | cho con uống một đợt 3 tháng với 12 hộp | 3 tháng | duration | 3 | 3 | 3 | tháng | exact     |
        | dự án chia làm 2 khu, khu 10 ha đã xong | 10 ha | measure | 10 | 10 | 10 | ha | exact     |
        | sau chặng đường 10 năm, thương mại tăng | 10 năm | duration | 10 | 10 | 10 | năm | exact |
        | trước khi họp báo công bố dự án phim 1 tuần | 1 tuần | duration | 1 | 1 | 1 | tuần | exact |
        | bộ phim dài 120 phút | 120 phút | duration | 120 | 120 | 120 | phút | exact |
        | phải ở lại bệnh viện 3 ngày để theo dõi | 3 ngày | duration | 3 | 3 | 3 | ngày | exact |
        | hoàn thành quãng đường 1/4 dặm trong | 1/4 dặm | measure | 0.25 | 0.25 | 0.25 | dặm | exact |
        | hồi 70% pin trong vòng 1 tiếng sạc | 1 tiếng | duration | 1  | 1        | 1        | giờ  | exact     |
        | dự án kéo dài 2015 ngày, tức là | 2015 ngày | duration | 2015 | 2015 | 2015 | ngày | exact |
        | nhiệm vụ kéo dài 2.015 ngày 3 đêm | 2.015 ngày | duration | 2015 | 2015 | 2015 | ngày | exact |
        | sau 20 ngày 3 người đã khỏi | 20 ngày | duration | 20 | 20 | 20 | ngày | exact |
        | tiêu thụ đạt mức 29 .306 MW, lượng | 29 .306 MW | measure | 29306 | 29306 | 29306   | MW   | exact     |
        | đã tăng 1 .0 00 MW, tức là | 1 .0 00 MW | measure | 1000   | 1000     | 1000     | MW   | exact     |
        | Với trọng lượng 3. 600 tấn, dài | 3. 600 tấn | measure | 3600 | 3600   | 3600     | tấn  | exact     |
        | nhiệt độ lên đến 39-4 0 độ C. Điều | lên đến 39-4 0 độ C | measure | - | 39 | 40     | °C   | range     |
        | vòng 7 ngày 1.6 16h00: Hà Nội | ngày 1.6 | date  | --06-01  | -        | -        | -    | exact     |
        | Tỷ giá USD/Yên Nhật tăng 0.26% lên 110.17. Tỷ giá | 110.17 | count | 110.17 | 110.17 | 110.17 | - | exact |
        | với mức điểm là 5.73. Xếp ngay sau | 5.73 | measure | 5.73   | 5.73     | 5.73     | điểm | exact     |
        | số khách đạt 1.234.567. Sau đó | 1.234.567 | count | 1234567 | 1234567 | 1234567 | -    | exact     |
        | giá vàng tăng 5.Trong khi đó | 5       | count   | 5        | 5        | 5        | -    | exact     |
        | giá tăng 5. Trong khi đó dầu giảm 3. Sau đó | 5 | count | 5     | 5        | 5        | -    | exact     |
        | giá tăng 5. Trong khi đó dầu giảm 4. Sau đó | 4 | count | 4     | 4        | 4        | -    | exact     |
        | giá tăng 5. Trong khi đó dầu giảm 4. Sau đó | 5 | count | 5     | 5        | 5        | -    | exact     |
        | thua 2 trận. Đội khách thắng 3. Ông Ánh nói | 3 | count | 3     | 3        | 3        | -    | exact     |
        | Top 10 xe wagon đắt nhất thế giới  2. Toyota RAV4. | 10 | count | 10 | 10       | 10       | -    | exact     |
        | giá xăng tăng  5 lần trong năm. Sau đó | 5 lần | count | 5   | 5        | 5        | -    | exact     |
        | hãng bán được 2000 BMW mới trong quý | 2000 | count  | 2000     | 2000     | 2000     | -    | exact     |
        | Thành phố có 2000 DN thành lập mới  | 2000  | count   | 2000     | 2000     | 2000     | -    | exact     |
        | Đội có 3, 4 và 5 cầu thủ, ngày 6/7 | 4    | count   | 4        | 4        | 4        | -    | exact     |
        | Chiều 5/6, 8 người bị thương, ngày 9/6 | 8 | count  | 8        | 8        | 8        | -    | exact     |
        | 38% ở tuổi 43 và 54% ở tuổi 44. Đến sau tuổi 46 | tuổi 44 | age | 44 | 44     | 44       | tuổi | exact     |
        | Sevilla 60 điểm, hiệu số 1. Espanyol 53 điểm, hiệu số -2. BXH La Liga | -2 | count | -2 | -2 | -2   | -    | exact     |
        | Koepka dẫn đầu, Spieth -12 gậy sau 4 vòng đấu | -12 | count | -12 | -12 | -12 | - | exact |
        | Nhiệt độ ở Sa Pa -2 độ C vào sáng nay | -2 độ C | measure | -2 | -2 | -2 | °C | exact |
        | số ca mắc là 12. Trong đó | 12         | count   | 12       | 12       | 12       | -    | exact     |
        | Trời mưa to. 2- 3 người bị thương | 2- 3 | count | -       | 2        | 3        | -    | range     |
        | Lúc đó 4,5 người thanh niên chạy ra, nhưng | 4,5 | count | - | 4 | 5 | - | range |
        | Anh thử thêm 1,2 cái khác nữa. Sau | 1,2 | count | - | 1 | 2 | - | range |
        | Bình quân mỗi tháng có 2,2 người trúng Jackpot. | 2,2 | count | 2.2 | 2.2 | 2.2 | - | exact |
        | Trung bình có 2,3 người chết mỗi năm. | 2,3 | count | 2.3 | 2.3 | 2.3 | - | exact |
        | Nhật Bản 1 phụ nữ chỉ sinh 1,3 con. | 1,3 | count | 1.3 | 1.3 | 1.3 | - | exact |

  Rule: Scale words multiply, and vague amounts give an order of magnitude

    Scenario Outline: A number with scale words
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                     | text                  | kind  | value      | lower      | upper      | unit | qualifier |
        | 5 nghìn người              | 5 nghìn               | count | 5000       | 5000       | 5000       | -    | exact     |
        | 3 ngàn cây                 | 3 ngàn                | count | 3000       | 3000       | 3000       | -    | exact     |
        | 2 vạn quân                 | 2 vạn                 | count | 20000      | 20000      | 20000      | -    | exact     |
        | 3 tỉ đồng                  | 3 tỉ đồng             | money | 3000000000 | 3000000000 | 3000000000 | VND  | exact     |
        | giá 1 triệu 200 nghìn đồng | 1 triệu 200 nghìn đồng | money | 1200000   | 1200000    | 1200000    | VND  | exact     |
        | vốn 2,5 tỷ đồng            | 2,5 tỷ đồng           | money | 2500000000 | 2450000000 | 2550000000 | VND  | exact     |
        | hàng trăm người            | hàng trăm             | count | -          | 100        | 1000       | -    | vague     |
        | hàng nghìn hộ              | hàng nghìn            | count | -          | 1000       | 10000      | -    | vague     |
        | vài chục người             | vài chục              | count | -          | 20         | 90         | -    | vague     |
        | thiệt hại hàng tỷ đồng     | hàng tỷ đồng          | money | -          | 1000000000 | 10000000000 | VND | vague     |
        | giúp ngân sách có thêm hàng chục ngàn tỉ đồng | hàng chục ngàn tỉ đồng | money | - | 10000000000000 | 100000000000000 | VND | vague |
        | thất thoát vài chục nghìn tỷ đồng | vài chục nghìn tỷ đồng | money | - | 20000000000000 | 90000000000000 | VND | vague |
        | hàng chục nghìn tỷ lệ      | hàng chục nghìn       | count | -          | 10000      | 100000     | -    | vague     |
        | cây pơ mu quý hiếm cả trăm năm tuổi bị chặt hạ | cả trăm năm tuổi | age | - | 100 | 1000 | tuổi | vague |
        | người đàn ông bị tông văng xa cả chục mét | cả chục mét | measure | - | 10 | 100 | m | vague |
        | phải chi cả trăm triệu đồng cho loa phường | trăm triệu đồng | money | - | 100000000 | 1000000000 | VND | vague |
        | làm việc cả chục năm ở Liên hiệp quốc | cả chục năm | duration | - | 10 | 100 | năm | vague |
        | gấp cả chục lần đi lộng | cả chục lần | multiple | - | 10 | 100 | lần | vague |
        | lừa đảo cả trăm triệu qua mạng | trăm triệu | count | - | 100000000 | 1000000000 | - | vague |
        | đội bóng thắng cả hai trận | hai | count | 2 | 2 | 2 | - | exact |
        | Tôi đóng tàu mười mấy năm nay, có ai | mười mấy năm | duration | - | 11 | 19 | năm | vague |
        | trong vòng mười mấy năm qua. Chúng tôi | mười mấy năm | duration | - | 11 | 19 | năm | vague |
        | bắt về tội lừa đảo mười mấy tỉ đồng, người ta | mười mấy tỉ đồng | money | - | 11000000000 | 19000000000 | VND | vague |
        | Chúng tôi được đá hai mươi mấy trận với các đội | hai mươi mấy | count | - | 21 | 29 | - | vague |
        | khi ôm mãi 10 mấy năm dài thanh xuân | 10 mấy năm | duration | - | 11 | 19 | năm | vague |
        | đã có 10 người, mấy ai dám | 10 | count | 10 | 10 | 10 | - | exact |

  Rule: Number words are read only where they quantify something

    Scenario Outline: A number written in words
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                          | text                     | kind     | value  | lower  | upper  | unit | qualifier |
        | ba người bị thương, ba mẹ em đều khỏe | ba | count | 3 | 3 | 3 | - | exact |
        | ba đứa nó                       | ba                       | count    | 3      | 3      | 3      | -    | exact     |
        | hai người bị thương             | hai                      | count    | 2      | 2      | 2      | -    | exact     |
        | ba mươi ba                      | ba mươi ba               | count    | 33     | 33     | 33     | -    | exact     |
        | mười bốn                        | mười bốn                 | count    | 14     | 14     | 14     | -    | exact     |
        | Theo tìm hiểu, cơ sở này hoạt động hơn chục năm nay | hơn chục năm | duration | 10 | 10 | 20 | năm | over |
        | chỉ mới phổ biến ở Việt Nam trong khoảng chục năm gần đây | khoảng chục năm | duration | 10 | 5 | 15 | năm | about |
        | Tài xế chở gần chục nạn nhân cấp cứu | gần chục | count | 10 | 0 | 10 | - | nearly |
        | Nhà cách trường gần chục cây số, bố mẹ | gần chục cây số | measure | 10 | 0 | 10 | km | nearly |
        | sự kiện thu hút hơn chục nghìn người tham gia | hơn chục nghìn | count | 10000 | 10000 | 20000 | - | over |
        | hai mươi mốt nghìn không trăm mười một | hai mươi mốt nghìn không trăm mười một | count | 21011 | 21011 | 21011 | - | exact |
        | một trăm linh năm người         | một trăm linh năm        | count    | 105    | 105    | 105    | -    | exact     |
        | một trăm lẻ tư ngày             | một trăm lẻ tư ngày      | duration | 104    | 104    | 104    | ngày | exact     |
        | hai nghìn không trăm linh tư     | hai nghìn không trăm linh tư | count | 2004 | 2004   | 2004   | -    | exact     |
        | hai mươi tư giờ                 | hai mươi tư giờ          | duration | 24     | 24     | 24     | giờ  | exact     |
        | ba mươi lăm tuổi                | ba mươi lăm tuổi         | age      | 35     | 35     | 35     | tuổi | exact     |
        | hai trăm nghìn                  | hai trăm nghìn           | count    | 200000 | 200000 | 200000 | -    | exact     |
        | một triệu rưỡi đồng             | một triệu rưỡi đồng      | money    | 1500000 | 1500000 | 1500000 | VND | exact     |
        | một nửa số dân                  | một nửa                  | fraction | 0.5    | 0.5    | 0.5    | -    | exact     |
        | một phần ba diện tích           | một phần ba              | fraction | 0.3333333333 | 0.3333333333 | 0.3333333333 | - | exact |
        | tăng gấp đôi                    | gấp đôi                  | multiple | 2      | 2      | 2      | lần  | exact     |
        | sút xa, nhân đôi lợi thế        | nhân đôi                 | multiple | 2      | 2      | 2      | lần  | exact     |
        | bác sĩ nói rằng cô mang thai đôi. | thai đôi               | count    | 2      | 2      | 2      | -    | exact     |
        | năm người                       | năm                      | count    | 5      | 5      | 5      | -    | exact     |
        | Ba tên trộm bỏ chạy             | Ba                       | count    | 3      | 3      | 3      | -    | exact     |
        | cả sáu đoạn cống bị sụp         | sáu                      | count    | 6      | 6      | 6      | -    | exact     |
        | Cả hai tác phẩm đều đoạt giải   | hai                      | count    | 2      | 2      | 2      | -    | exact     |
        | gần một thập kỷ                 | gần một thập kỷ          | duration | 1      | 0      | 1      | thập kỷ | nearly |
        | giải thưởng thứ hai             | thứ hai                  | ordinal  | 2      | 2      | 2      | -    | exact     |
        | Mỹ đứng thứ hai là nước         | thứ hai                  | ordinal  | 2      | 2      | 2      | -    | exact     |
        | Hoa Kỳ đứng thứ 2 thế giới      | thứ 2                    | ordinal  | 2      | 2      | 2      | -    | exact     |
        | nhưng lại xếp thứ 3, với 2 điểm | thứ 3                    | ordinal  | 3      | 3      | 3      | -    | exact     |
        | mười đô la                      | mười đô la               | money    | 10     | 10     | 10     | USD  | exact     |
        | cách đây nửa tháng              | nửa tháng                | duration | 0.5    | 0.5    | 0.5    | tháng | exact    |
        | nửa triệu người                 | nửa triệu                | count    | 500000 | 500000 | 500000 | -    | exact     |
        | ½ thìa dầu oliu                 | ½ thìa                   | measure  | 0.5    | 0.5    | 0.5    | thìa | exact     |
        | ¾ dân số                        | ¾                        | fraction | 0.75   | 0.75   | 0.75   | -    | exact     |

  Rule: A rank is read from the word that ranks it, in digits or in words

    Prizes and classes are ranked "giải Ba", "hạng Nhì"; "số một" is number one; "lần 3"
    (closing a phrase) is the third time. "số 7" alone stays a house or lot number.
    "thứ 3" before a comma is Tuesday ("Sáng thứ 3, ..."), except after a word that ranks
    ("xếp", "đứng") or a noun counted off in order ("phút", "set", "ván", "lần", "trận").

    Scenario Outline: A rank
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                          | text      | kind    | value | lower | upper | unit | qualifier |
        | đoạt giải Ba cuộc thi           | giải Ba   | ordinal | 3     | 3     | 3     | -    | exact     |
        | xếp hạng Nhì                    | hạng Nhì  | ordinal | 2     | 2     | 2     | -    | exact     |
        | vị trí số một ngành ô tô        | số một    | ordinal | 1     | 1     | 1     | -    | exact     |
        | người đã đánh bại hạt giống số 5 người Canada Milos Raonic | số 5 | ordinal | 5 | 5 | 5 | - | exact |
        | Hạt giống số 4 người Tây Ban Nha có đến 3 break | số 4 | ordinal | 4 | 4 | 4 | - | exact |
        | có hạt giống số 300 người dân đã gieo | 300 | count | 300 | 300 | 300 | - | exact |
        | Việt Nam đứng thứ hai là điều bất ngờ | thứ hai | ordinal | 2 | 2   | 2     | -    | exact     |
        | Trong ngày thứ 2 của phiên tòa, bị cáo khai | thứ 2 | ordinal | 2 | 2 | 2 | - | exact |
        | Apple và Xiaomi đứng thứ 4 và thứ 5 tại Trung Quốc | thứ 5 | ordinal | 5 | 5 | 5 | - | exact |
        | Philippines được xếp hạng 49/126, trong khi | hạng 49/126 | ordinal | 49 | 49 | 49 | - | exact |
        | Việt Nam đứng thứ 82/190 quốc gia         | thứ 82/190 | ordinal | 82 | 82 | 82 | -    | exact     |
        | tăng 9 bậc (từ vị trí 91/189 lên)         | 91/189    | ordinal | 91    | 91    | 91    | -    | exact     |
        | Đây là lần thứ 2 là anh vô địch | thứ 2     | ordinal | 2     | 2     | 2     | -    | exact     |
        | vị trí số 1 thuộc về Messenger  | số 1      | ordinal | 1     | 1     | 1     | -    | exact     |
        | gửi mẫu thử nghiệm (lần 3) tại  | lần 3     | ordinal | 3     | 3     | 3     | -    | exact     |
        | 500 người này là đời thứ 25 đến 31 của dòng họ | thứ 25 đến 31 | ordinal | - | 25 | 31 | - | range |
        | có được vị trí thứ 9 tới 11 trên vạch xuất phát | thứ 9 tới 11 | ordinal | - | 9 | 11 | - | range |
        | mở cửa từ thứ 2 đến thứ 6 hằng tuần | thứ 2 | ordinal | 2   | 2     | 2     | -    | exact     |
        | hạt giống số 8 Dominic Thiem    | số 8      | ordinal | 8     | 8     | 8     | -    | exact     |
        | Nadal vẫn là ứng cử viên số 1, Novak | số 1 | ordinal | 1     | 1     | 1     | -    | exact     |
        | Cựu số 1 thế giới Victoria Azarenka cho biết | số 1 | ordinal | 1 | 1  | 1     | -    | exact     |
        | Ivanovic là sự lựa chọn số 1 cho vị trí hậu vệ | số 1 | ordinal | 1 | 1 | 1     | -    | exact     |
        | Apple - công ty công nghệ số 1 thế giới | số 1 | ordinal | 1     | 1     | 1     | -    | exact     |
        | Ở hiệp đấu thứ 2, khi Dustin Poirier quỳ xuống | thứ 2 | ordinal | 2 | 2 | 2   | -    | exact     |
        | Ở phút bù giờ thứ 3, Rojas ghi bàn | thứ 3  | ordinal | 3     | 3     | 3     | -    | exact     |
        | bị dẫn 3-0 ở set thứ hai, trước lúc | thứ hai | ordinal | 2    | 2     | 2     | -    | exact     |
        | bóng vào lưới ở phút 90+3, Pháp thua | phút 90+3 | ordinal | 93 | 93  | 93    | -    | exact     |
        | sẽ đạt mức 73,5m (trên báo động 2 là 0,5m). | báo động 2 | ordinal | 2 | 2 | 2 | - | exact |
        | các sông chính ở mức dưới báo động 1. Trên biển | báo động 1 | ordinal | 1 | 1 | 1 | - | exact |
        | đã bị bỏng nặng cấp độ 3 ở phần đầu | cấp độ 3 | ordinal | 3 | 3 | 3 | - | exact |
        | lần lượt hoàn tất cú đúp ở phút 72 và 78. Về cuối trận | 78 | ordinal | 78 | 78 | 78 | - | exact |
        | nhặt bóng tới 3 lần ở các phút 16, 23 và 45+1. Danh sách | 23 | ordinal | 23 | 23 | 23 | - | exact |
        | nhặt bóng tới 3 lần ở các phút 16, 23 và 45+1. Danh sách | 45+1 | ordinal | 46 | 46 | 46 | - | exact |
        | Tiến Linh ghi bàn ở phút 23 và 2 bàn thắng khác bị từ chối | 2 | count | 2 | 2 | 2 | - | exact |
        | Phút 5, 10 cầu thủ hai đội lao vào nhau | 10 | count | 10 | 10 | 10 | - | exact |
        | Ghi bàn: Tuấn Tài (1'), Văn Toàn (42') | 42' | ordinal | 42 | 42 | 42 | - | exact |
        | Văn Thanh (Thanh Thịnh 46'), Duy Mạnh | 46' | ordinal | 46 | 46 | 46 | - | exact |
        | Bàn thắng: Goretzka 6', 8', Werner 59' | 59' | ordinal | 59 | 59 | 59 | - | exact |
        | 2017-06-13 19:40 38’: Thanh Trung dứt điểm | 38’ | ordinal | 38 | 38 | 38 | - | exact |
        | Ghi bàn: Thụy Điển: Durmaz (43’), Toivonen (90+3’) Pháp: Giroud | 90+3’ | ordinal | 93 | 93 | 93 | - | exact |
        | Anh: Oxlade-Chamberlain 70', Kane 90+3' Đội hình xuất phát | 90+3' | ordinal | 93 | 93 | 93 | - | exact |
        | Kimmich, Rudy, Goretzka (Suele 90+1’), Hector | 90+1’ | ordinal | 91 | 91 | 91 | - | exact |
        | Quyết định nâng lãi suất của FED lần thứ 2 trong vòng 3 tháng | thứ 2 | ordinal | 2 | 2 | 2 | - | exact |
        | xã tổ chức đối thoại lần thứ nhất giữa công ty và bà O. | thứ nhất | ordinal | 1 | 1 | 1 | - | exact |
        | đội xếp thứ nhì là Hà Nội đang có 28 điểm | thứ nhì | ordinal | 2 | 2 | 2 | - | exact |
        | giá vàng giảm phiên thứ tư liên tiếp, chỉ còn | thứ tư | ordinal | 4 | 4 | 4 | - | exact |
        | tiếng Việt và tiếng Quảng Đông cùng đứng vị trí thứ tư. Theo | thứ tư | ordinal | 4 | 4 | 4 | - | exact |
        | Arsenal xếp thứ tư với 50 điểm | thứ tư | ordinal | 4 | 4 | 4 | - | exact |

    Scenario Outline: "thứ tư" that ranks nothing is Wednesday, no ordinal
      When the grammar reads "<phrase>"
      Then there is no mention "thứ tư"

      Examples:
        | phrase                                  |
        | Sáng thứ tư tuần trước, ông Trump cho biết |
        | Cuộc họp diễn ra vào thứ tư và thứ năm   |
        | Thứ tư, giá vàng trong nước đi ngang     |

    Scenario Outline: "thứ nhì" that labels a list item, a child or the teams counted is no rank
      When the grammar reads "<phrase>"
      Then there is no mention "thứ nhì"

      Examples:
        | phrase                                                        |
        | Đời nhiều ngang trái, nhưng phải nhớ: Thứ nhất giữ 'miệng', thứ nhì giữ 'tâm' |
        | hai đứa con còn rất nhỏ, đứa thứ nhất hai tuổi thứ nhì 8 tháng |
        | chọn ra 10 đội đứng đầu ở mỗi bảng và 5 đội thứ nhì xuất sắc nhất |

    Scenario: A number before the prize counts prizes of that rank
      When the grammar reads "kỳ này có 122 giải nhất"
      Then there is no mention "giải nhất"

  Rule: "một" is read only where the sentence states a count of one

    After "chỉ", "chỉ còn", "chỉ có" (only) or "sau đó"/"trước đó" before a time word,
    "một" is a number; so it is before a time word that a time elapsed frames: "một năm
    trước", "một ngày sau khi", "trong vòng một ngày", "cách đây một tuần", "suốt một tuần
    qua", "một năm nay", "tròn một năm", "Sau một tháng, ..."; dealt out one to
    each ("mỗi tuần một lần", "cho mỗi người một chiếc"); listed after a count ("3 xe, một
    phương tiện"); the parts of a whole ("gồm một tin tốt và một tin xấu", "trong đó bao gồm
    một máy bay") or one of a count ("3 học sinh bị bỏng, trong đó có một học sinh"); one
    stroke ("đâm một nhát"); in "ông bố một con"; a toll ("khiến một người tử vong", "tông
    chết một người"); a portion eaten or drunk ("uống một ly nước ấm"); and listed before a
    count of the same thing ("một tàu khu trục Iran và hai tàu khu trục"). Elsewhere it is the indefinite article ("một
    ngày nào đó", some day; "mỗi người một ý", each their own), and "chỉ có một số" is
    "only some".

    Scenario Outline: One, stated
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                          | text      | kind     | value | lower | upper | unit | qualifier |
        | chúng ta chỉ còn một cơ hội     | một       | count    | 1     | 1     | 1     | -    | exact     |
        | Sau đó một ngày, ông viết       | một ngày  | duration | 1     | 1     | 1     | ngày | exact     |
        | kim ngạch sớm đạt 1 tỉ USD trong vòng ba năm tới | ba năm | duration | 3 | 3 | 3 | năm | exact |
        | Họ quen nhau một năm trước.     | một năm   | duration | 1     | 1     | 1     | năm  | exact     |
        | Một ngày sau khi Triều Tiên phóng | Một ngày | duration | 1    | 1     | 1     | ngày | exact     |
        | quay MV trong vòng một ngày     | một ngày  | duration | 1     | 1     | 1     | ngày | exact     |
        | phá hủy 3 xe, một phương tiện chiến thuật | một | count | 1   | 1     | 1     | -    | exact     |
        | gọi bánh mỗi tuần một lần.      | một lần   | count    | 1     | 1     | 1     | -    | exact     |
        | phát cho mỗi người một chiếc đồng hồ | một  | count    | 1     | 1     | 1     | -    | exact     |
        | Đã là ông bố một con nhưng      | một       | count    | 1     | 1     | 1     | -    | exact     |
        | oi bức suốt một tuần qua. Nền nhiệt | một tuần | duration | 1   | 1     | 1     | tuần | exact     |
        | Người đẹp đã ở New York một tuần nay | một tuần | duration | 1  | 1     | 1     | tuần | exact     |
        | Một ngày đã trôi qua nhưng anh  | Một ngày  | duration | 1     | 1     | 1     | ngày | exact     |
        | Sau một tháng, đã có 9.300 lượt buýt | một tháng | duration | 1 | 1     | 1     | tháng | exact    |
        | thời điểm tròn một năm triển khai | một năm | duration | 1     | 1     | 1     | năm  | exact     |
        | mẹ tôi đã mắng chửi tôi đúng một tháng trời | một tháng | duration | 1 | 1 | 1  | tháng | exact    |
        | Bộ đồ chiến đấu gồm một chiếc mũ bảo hộ và một áo giáp | một | count | 1 | 1 | 1   | -    | exact     |
        | có 3 người lạ mặt, gồm một nam 2 nữ vào phòng | một | count | 1  | 1     | 1     | -    | exact     |
        | phương tiện khác, trong đó bao gồm một máy bay, đã | một | count | 1  | 1     | 1     | -    | exact     |
        | khiến 3 học sinh bị bỏng, trong đó có một học sinh bỏng nặng | một | count | 1 | 1 | 1 | - | exact |
        | hắn dùng dao đâm một nhát vào bụng anh | một | count    | 1     | 1     | 1     | -    | exact     |
        | Vụ việc khiến một người tử vong. | một      | count    | 1     | 1     | 1     | -    | exact     |
        | khiến một nữ hành khách tử vong và | một    | count    | 1     | 1     | 1     | -    | exact     |
        | gặp cơn dông lốc, một phụ nữ bị sét đánh chết | một | count | 1  | 1     | 1     | -    | exact     |
        | Sau khi tông chết một người, chiếc xe | một | count     | 1     | 1     | 1     | -    | exact     |
        | bạn nên uống một ly nước ấm để  | một       | count    | 1     | 1     | 1     | -    | exact     |
        | hoặc ăn một chén yến mạch.      | một       | count    | 1     | 1     | 1     | -    | exact     |
        | sự tham gia của một tàu khu trục Iran và hai tàu khu trục Trung Quốc | một | count | 1 | 1 | 1 | - | exact |

    Scenario Outline: A change by a whole number of times is a multiple
      "tăng gấp 2-3 lần", "tăng 5 lần so với năm 2007": after "gấp", or after "tăng" or
      "giảm" with the baseline or the clause's end after it, the times are a multiple.

      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | nhiều dịch vụ y tế có mức tăng 2- 3 lần giá cũ và | 2- 3 lần | multiple | - | 2 | 3 | lần | range |
        | khung thuế tăng gấp 2-3 lần so với khung hiện hành | 2-3 lần | multiple | - | 2 | 3 | lần | range |
        | tổng tài sản tăng 5 lần so với năm 2007. | 5 lần | multiple | 5 | 5 | 5 | lần | exact |
        | Fed đã tăng 2 lần trong năm nay | 2 lần | count | 2 | 2 | 2 | - | exact |
        | giá xăng, dầu trong nước đã giảm 3 lần và tăng 1 lần. | 1 lần | count | 1 | 1 | 1 | - | exact |
        | Ông đã bay vào vũ trụ 3 lần, vào các năm 1969 | 3 lần | count | 3 | 3 | 3 | - | exact |

    Scenario Outline: A hedge before a multiple, or between "gấp" and its number, bends it
      "tăng gần gấp đôi", "gấp gần 1,5 lần", "tăng trên 3,6 lần": the hedge's interval, the
      span opened on it.  "hơn" and "trên" that compare ("lớn hơn gấp đôi", "tốt hơn 1,7
      lần") leave the multiple exact, as "rẻ hơn 20 triệu" is.

      When the grammar reads "<phrase>"
      Then the mention "<text>" is a multiple with value <value>, bounds <lower> to <upper>, unit lần and qualifier <qualifier>

      Examples:
        | phrase | text | value | lower | upper | qualifier |
        | sản lượng tăng gần gấp đôi so với năm ngoái | gần gấp đôi | 2 | 1 | 2 | nearly |
        | doanh thu tăng hơn gấp 3 lần quý 1/2016 | hơn gấp 3 lần | 3 | 3 | 4 | over |
        | thương mại hai nước đã tăng gần gấp 3 lần, đạt đỉnh | gần gấp 3 lần | 3 | 2 | 3 | nearly |
        | bay với vận tốc ít nhất gấp 5 lần tốc độ âm thanh | ít nhất gấp 5 lần | 5 | 5 | - | at_least |
        | được định giá tăng thêm 90 triệu USD, gấp gần 1,5 lần so với năm 2015 | gấp gần 1,5 lần | 1.5 | 1.4 | 1.5 | nearly |
        | quy mô thương mại lớn gấp hơn 1,6 lần GDP | gấp hơn 1,6 lần | 1.6 | 1.6 | 1.7 | over |
        | tải trọng gấp khoảng 2,5 lần so với mẫu cũ | gấp khoảng 2,5 lần | 2.5 | 2.45 | 2.55 | about |
        | ngành chăn nuôi tăng trên 3,6 lần từ 3,4 triệu tấn | trên 3,6 lần | 3.6 | 3.6 | 3.7 | over |
        | đã tiếp 210 lượt công dân, tăng gần 1,5 lần so với cùng kỳ | gần 1,5 lần | 1.5 | 1.4 | 1.5 | nearly |
        | khả năng chiến đấu tăng ít nhất 2,5 lần, có thể | ít nhất 2,5 lần | 2.5 | 2.5 | - | at_least |
        | giá tăng gấp đôi so với năm ngoái | gấp đôi | 2 | 2 | 2 | exact |
        | tổng số giàn khoan vẫn cao hơn gấp đôi so với con số 341 | gấp đôi | 2 | 2 | 2 | exact |
        | giảm nhiều hạt tốt hơn 1,7 lần. | 1,7 lần | 1.7 | 1.7 | 1.7 | exact |

    Scenario Outline: A double or a treble of titles counts them
      "cú ăn ba" (a treble) is three titles won in a season, wherever it stands.

      When the grammar reads "<phrase>"
      Then the mention "<text>" is a count with value <value>, bounds <value> to <value>, unit - and qualifier exact

      Examples:
        | phrase | text | value |
        | Mourinho đã đoạt “cú ăn ba”, đáng giá nhất | cú ăn ba | 3 |
        | Vô địch Coppa Italia, Juventus mơ cú ăn ba | cú ăn ba | 3 |
        | Barca đoạt cú ăn sáu năm 2009 | cú ăn sáu | 6 |

    Scenario Outline: Ordinary words that look like numbers are not read
      When the grammar reads "<phrase>"
      Then it finds no mention

      Examples:
        | phrase                         |
        | một số vấn đề                  |
        | năm nay trời mưa               |
        | doanh nghiệp tư nhân           |
        | hẹn gặp lại vào tối thứ Tư     |
        | thu hút vốn đầu tư, tư vấn     |
        | một đoạn cả chục xe máy nai nịt |
        | cả trăm câu hỏi cứ xoáy vào tim |
        | chục năm nay vẫn thế           |
        | Đây là một tấn công vô cùng phức tạp |
        | ba tôi đi làm                  |
        | Ngày ba ra đi, em đã nhiều lần có suy nghĩ bỏ học |
        | Ba nói dù nhạc trẻ hay cải lương thì đó là âm nhạc |
        | thiếu thốn cả vật chất lẫn tình cảm từ ba ruột |
        | cô vẫn chưa thể tha thứ cho ba mình |
        | Con trai tôi tự hào về ba, yêu thương ba nó |
        | ba nó người Hàn Quốc mà nó không chịu tin |
        | bản thân gặp nhiều khó khăn khi ba mất |
        | một người đàn ông              |
        | những năm tháng ấy             |
        | hoạt động 24/7                 |
        | Sáng thứ 3, ông đến            |
        | mỗi người một ý                |
        | Một người đàn ông và một phụ nữ bước vào |
        | Một ngày nào đó tôi sẽ về      |
        | Một ngày sau này anh sẽ hiểu   |
        | cả hai đều đồng ý              |
        | nhiều năm tuổi                 |
        | tỷ số hai bên                  |
        | với một tỷ số không dễ         |
        | họp vào thứ Hai                |
        | cả hai thường xảy ra mâu thuẫn |
        | sau một hai lần thực hiện      |
        | nửa đầu năm nay                |
        | trong số một người             |
        | chỉ có một số người            |
        | bằng cách chỉ một bác xe ôm    |
        | em nói được đôi ba câu         |
        | cử tri quận Ba Đình và Tây Hồ  |
        | Di Maria, một đồng hương của anh |
        | Vải không chín đồng loạt mà rải vụ |
        | tăng cường quan hệ hai nước    |
        | chở khách từ Phạm Văn Hai đi   |
        | đã bị một người thợ săn bắn chết |
        | là một bà mẹ sống chết vì con  |
        | từ cơ thể của một người bị chết não |
        | khu vực mà một đứa trẻ bị mất tích |
        | chị nhấp một ngụm cà phê       |
        | Xắt nhỏ rồi cho một tô lớn     |
        | Một là nạo vét, hai là làm sạch lại nước hồ |
        | hôm nay tôi tìm được một nửa đích thực |
        | chọn quà để tặng một nửa kia   |
        | quản lý một đô thị hiện đại    |
        | Cuban đã là một tỷ phú         |
        | Grant Cardone là một triệu phú tự thân |
        | đau khi quan hệ có thể là một triệu chứng của ung thư |
        | các bệnh nhân đều có chung một triệu chứng nôn mửa |
        | Một đô vật vui sướng           |
        | chưa bao giờ nhận một đồng nào |
        | Một đồng USD suy yếu hỗ trợ vàng |
        | sở hữu một bảng thành tích     |
        | niềm hạnh phúc càng nhân đôi khi |
        | cặp song sinh, sinh đôi cùng trứng |
        | mỗi bình luận là một nhát dao đối với chúng tôi |
        | tàn tích bao gồm một biểu tượng hình vương miện nằm phía trên một tấm khiên, cùng |
        | thu được dấu vết, trong đó có một con dao phay |
        | trong đó có một lượng lớn cây xà cừ |
        | ông Hai nói                    |
        | Võ Hữu Ba bỏ trốn, sau đó Ba đến cơ quan điều tra đầu thú |
        | chọn 1 trong các chế độ        |
        | vượt qua Uruguay trên chấm 11 m |
        | nấu chín thức ăn               |
        | Hồng chín có thể dùng muỗng để ăn |
        | vỏ khi chín đen xì |
        | vải chín rải rác |
        | quả chín cây                   |
        | dùng đòn bẩy tài chính         |
        | cá hồi đã được nướng chín trước đó |
        | Không nên xào, nấu quá chín vì sẽ |
        | khi nào cá chín mềm, ngấm gia vị |
        | các chùm nho chín mọng, khiến du khách |
        | con tôm khá to, vừa chín tới, màu hồng |
        | Việt Nam có rất nhiều đạo diễn tài ba được đào tạo |
        | phải đi tìm cây đinh ba huyền thoại |
        | tài xế lái xe ba gác tăng ga bỏ chạy |
        | làm lễ cúng thuyền đầu năm cầu mưa thuận gió hòa |
        | đây được xem là ngôi chùa có một không hai ở Việt Nam |
        | cũng là con dao hai lưỡi, nếu giới trẻ không đủ tỉnh táo |
        | Cuối cùng hai chúng tôi đã quyết định tổ chức hôn lễ |
        | Lâu lắm rồi hình như hai chúng ta chưa uống rượu |
        | khi diện bikini hai mảnh gợi cảm, người đẹp |
        | Sản phẩm "mỗi người mỗi vẻ, mười phân vẹn mười" này |
        | biết là hổ cũng ba chân bốn cẳng chạy trốn vào khe núi |
        | anh năm lần bảy lượt đến nhà xin lỗi |
        | Bốn phương tám hướng mà chúng ta biết |
        | công việc lương ba cọc ba đồng, không đủ sống |
        | điều kiện quá đáng, vừa hai phải ai mà chịu |
        | Những người dân một nắng hai sương trên đồng |
        | cuộc đời ba chìm bảy nổi của dàn sao |
        | chín người mười ý, không ai chịu ai |
        | Mata bỏ lỡ một cơ hội mười mươi |
        | Người trẻ có câu xách ba lô lên và đi |
        | Ba lô của cô có giá cao |
        | chứng kiến bộ đôi áo hai dây và sơ mi |
        | xuất hiện trong chiếc váy hai dây màu đen |
        | chàng trai mặc áo ba lỗ, quần đùi |
        | không mặc áo thun ba lỗ cho mát |
        | trong những bộ áo tắm hai mảnh quyến rũ |
        | tại vòng hai cuộc bầu cử Tổng thống Pháp |
        | nếu bạn sở hữu một vòng ba căng tròn nảy nở |
        | tôn lên vòng hai quyến rũ cho Phạm Hương |
        | tại ngã ba đường Y Wang - Lê Duẩn |
        | đến ngã tư Hàng Xanh thì dừng  |
        | chen chúc sáng thứ 2 đầu năm mới |
        | diễn vào tối thứ bảy tại rạp   |
        | chia đều cho các ngày quay số mở thưởng vào thứ 4 và thứ 6; |
        | thời gian mở cửa miễn phí vào thứ 3, thứ 4, thứ 6 và thứ 7. |
        | Chú rắn bò vào phòng khách hôm thứ 2 đầu tuần. |

  Rule: Ranges give both ends and no single value

    Scenario Outline: A range
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                   | text                    | kind     | value | lower | upper | unit | qualifier |
        | từ 3 đến 5 năm           | từ 3 đến 5 năm          | duration | -     | 3     | 5     | năm  | range     |
        | cướp giật tài sản thì bị phạt tù từ một năm đến năm năm. | từ một năm đến năm năm | duration | - | 1 | 5 | năm | range |
        | Yến vẽ trung bình từ một đến hai ngày thì xong một tác phẩm | từ một đến hai ngày | duration | - | 1 | 2 | ngày | range |
        | thử chi tiêu trong định mức hai tới ba tháng rồi bỏ cuộc | hai tới ba tháng | duration | - | 2 | 3 | tháng | range |
        | đường sắt Bắc - Nam chỉ mất từ 10 - 12 giờ | từ 10 - 12 giờ | duration | - | 10 | 12 | giờ | range |
        | bị phạt tiền từ 5-7 triệu đồng và tước GPLX 2-4 tháng. | 2-4 tháng | duration | - | 2 | 4 | tháng | range |
        | VKS đề nghị tòa xử phạt bị cáo Nam 24-30 tháng tù | 24-30 tháng | duration | - | 24 | 30 | tháng | range |
        | các tay đua sẽ phải miệt mài đạp trong khoảng 1 giờ. | khoảng 1 giờ | duration | 1 | 0.5 | 1.5 | giờ | about |
        | Sau khoảng 2 giờ tìm kiếm, xác máy bay đã được tìm thấy | khoảng 2 giờ | duration | 2 | 1.5 | 2.5 | giờ | about |
        | ngủ sớm vào buổi tối Theo KidsHealth, trẻ em cần phải ngủ từ 10-12 giờ | từ 10-12 giờ | duration | - | 10 | 12 | giờ | range |
        | 60 máy chạy thận hoạt động từ 12-15 giờ/ngày. | từ 12-15 giờ/ngày | duration | - | 12 | 15 | giờ | range |
        | giá 40.000 – 50.000 đồng | 40.000 – 50.000 đồng    | money    | -     | 40000 | 50000 | VND  | range     |
        | người chăn nuôi phải chịu thua lỗ từ 1-1,5 triệu đồng/con. | từ 1-1,5 triệu đồng/con | money | - | 1000000 | 1500000 | VND | range |
        | vay ODA với lãi suất từ 1-1,5%/năm | từ 1-1,5%/năm | percent | - | 1 | 1.5 | % | range |
        | lãi 3-5%                 | 3-5%                    | percent  | -     | 3     | 5     | %    | range     |
        | khủng hoảng 1997-99 đã làm gián đoạn | 1997-99 | year | -   | 1997  | 1999  | -    | range     |
        | trong giai đoạn 1951-53, xoay quanh | giai đoạn 1951-53 | year | - | 1951 | 1953 | -    | range     |
        | Mãi tới năm 2005 – 12 năm sau khi    | 12 năm  | duration | 12   | 12    | 12    | năm  | exact     |
        | từ 3 đến 5 triệu đồng    | từ 3 đến 5 triệu đồng   | money    | -     | 3000000 | 5000000 | VND | range   |
        | trẻ từ 3 đến 5 tuổi      | từ 3 đến 5 tuổi         | age      | -     | 3     | 5     | tuổi | range     |
        | lương từ 3-5 triệu đồng  | từ 3-5 triệu đồng       | money    | -     | 3000000 | 5000000 | VND | range   |
        | nhóm từ 3-5 người        | từ 3-5                  | count    | -     | 3     | 5     | -    | range     |
        | mỗi ngày uống từ 4-8 gói tùy theo mức độ bệnh | từ 4-8 | count | - | 4 | 8 | - | range |
        | tháp chỉ huy có từ 6-10 sĩ quan và thủy thủ | từ 6-10 | count | - | 6 | 10 | - | range |
        | Cho trẻ ăn đủ bữa (3 –5 bữa trong ngày) | 3 –5 | count | - | 3 | 5 | - | range |
        | Các đảng phái còn lại giành được từ 7 - 12 ghế. | từ 7 - 12 | count | - | 7 | 12 | - | range |
        | Cô giáo hướng dẫn 10-15 học sinh mỗi buổi. | 10-15 | count | - | 10 | 15 | - | range |
        | Ông vẫn dẫn 20-30 học viên đi thực tế mỗi khóa. | 20-30 | count | - | 20 | 30 | - | range |
        | trong vòng 30 phút đến một tiếng sau khi | 30 phút đến một tiếng | duration | - | 30 | 60 | phút | range |
        | thủ tục này từ 30 phút đến 1 tiếng đồng hồ | từ 30 phút đến 1 tiếng | duration | - | 30 | 60 | phút | range |
        | phạt tù từ sáu tháng đến ba năm. | từ sáu tháng đến ba năm | duration | - | 6 | 36 | tháng | range |
        | bị phạt tù từ 10 tháng đến 3 năm 6 tháng tù | từ 10 tháng đến 3 năm 6 tháng | duration | - | 10 | 42 | tháng | range |
        | thu mỗi người từ 500.000 đến vài triệu đồng để | từ 500.000 đến vài triệu đồng | money | - | 500000 | 9000000 | VND | range |
        | đút túi từ 100.000 đến vài trăm nghìn đồng tùy | từ 100.000 đến vài trăm nghìn đồng | money | - | 100000 | 900000 | VND | range |
        | nhẫn tròn trơn loại 0,5 – 2 chỉ và vàng miếng | 0,5 – 2 chỉ | measure | - | 0.5 | 2 | chỉ | range |
        | nhà máy tiêu tốn khoảng từ 1 cho tới 9 triệu USD (Climeworks | khoảng từ 1 cho tới 9 triệu USD | money | - | 1000000 | 9000000 | USD | range |
        | chi phí rơi vào khoảng 300 cho tới 1.000 USD với mỗi tấn | khoảng 300 cho tới 1.000 USD | money | - | 300 | 1000 | USD | range |
        | giá bán dao động trong khoảng 3 - 5triệu đồng một kg (Ảnh | khoảng 3 - 5triệu đồng một kg | money | - | 3000000 | 5000000 | VND | range |
        | có khuôn mặt ưa nhìn, cao từ 1m50 đến 1m62, không quá gầy | từ 1m50 đến 1m62 | measure | - | 1.5 | 1.62 | m | range |
        | chúng có thể dài từ 1m6 – 1m8. Rồng xanh | từ 1m6 – 1m8 | measure | - | 1.6 | 1.8 | m | range |
        | kiếm được 10 - 11triệu/tháng, cũng | 10 - 11triệu/tháng | money | - | 10000000 | 11000000 | VND | range |

    Scenario Outline: A range whose first end is printed in full before the second's scale word
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | mỗi tạ lợn hơi, người nuôi lỗ 300.000 - 1,2 triệu đồng. Tuy nhiên | 300.000 - 1,2 triệu đồng | money | - | 300000 | 1200000 | VND | range |
        | thuê sạp với mức giá khoảng 500.000 – 1 triệu đồng. Nhiều chủ | khoảng 500.000 – 1 triệu đồng | money | - | 500000 | 1000000 | VND | range |
        | Giá gà chín cựa dao động từ 600.000 nghìn - 1 triệu đồng (Ảnh: KT) | từ 600.000 nghìn - 1 triệu đồng | money | - | 600000 | 1000000 | VND | range |
        | lương từ 3-5 triệu đồng | từ 3-5 triệu đồng | money | - | 3000000 | 5000000 | VND | range |
        | mỗi người nộp từ 500 nghìn - 1 triệu đồng | từ 500 nghìn - 1 triệu đồng | money | - | 500000 | 1000000 | VND | range |
        | giá dao động 1,2 - 1,5 triệu đồng/kg | 1,2 - 1,5 triệu đồng/kg | money | - | 1200000 | 1500000 | VND | range |
        | giá vàng 36,4 - 36,6 triệu đồng/lượng | 36,4 | money | 36400000 | 36350000 | 36450000 | VND | exact |

    Scenario Outline: A range whose second end carries a hedge is one range to the number printed
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | ưu đãi cho các khoản vay có kỳ hạn từ 12 đến dưới 24 tháng. Với | từ 12 đến dưới 24 tháng | duration | - | 12 | 24 | tháng | range |
        | giá bán điện bình quân cần điều chỉnh tăng từ 3% đến dưới 5% so với | từ 3% đến dưới 5% | percent | - | 3 | 5 | % | range |
        | micro karaoke cầm tay khác nhau, mức giá từ 200.000 đến hơn 800.000 đồng. | từ 200.000 đến hơn 800.000 đồng | money | - | 200000 | 800000 | VND | range |
        | trong đó tàu có công suất từ 90 CV đến trên 1.100 CV có gần 280 chiếc | từ 90 CV đến trên 1.100 CV | measure | - | 90 | 1100 | CV | range |
        | mức giá bán lẻ xe dao động từ 600 đến gần 730 triệu đồng/xe | từ 600 đến gần 730 triệu đồng/xe | money | - | 600000000 | 730000000 | VND | range |
        | các cặp vợ chồng hiếm muộn phải mất từ 6 tháng đến hơn 1 năm chờ xét duyệt | từ 6 tháng đến hơn 1 năm | duration | - | 6 | 12 | tháng | range |
        | giấy phép lái xe quá thời hạn sử dụng: Từ 3 tháng đến dưới 1 năm, kể từ | Từ 3 tháng đến dưới 1 năm | duration | - | 3 | 12 | tháng | range |

    Scenario Outline: A range with a vague end runs from the first end's bottom to the second's top
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | Mức điều chỉnh từ vài triệu đến hàng chục triệu đồng, thậm chí | từ vài triệu đến hàng chục triệu đồng | money | - | 2000000 | 100000000 | VND | range |
        | sòng bạc thu hút rất đông người đến chơi, mỗi ván từ vài triệu đồng đến cả chục triệu đồng. | từ vài triệu đồng đến cả chục triệu đồng | money | - | 2000000 | 10000000 | VND | range |
        | giá vé chỉ dao động từ vài chục đến vài trăm nghìn đồng/vé. | từ vài chục đến vài trăm nghìn đồng/vé | money | - | 20000 | 900000 | VND | range |
        | có DN sẽ bị truy thu từ hàng chục tới hàng trăm tỷ đồng tiền thuế | từ hàng chục tới hàng trăm tỷ đồng | money | - | 10000000000 | 1000000000000 | VND | range |
        | mỗi địa phương đều đề xuất từ hàng chục đến hàng trăm công trình chống ngập | từ hàng chục đến hàng trăm | count | - | 10 | 1000 | - | range |
        | chiếc quạt có thể có giá từ 4 triệu đến hàng chục triệu tùy vào độ cổ | từ 4 triệu đến hàng chục triệu | count | - | 4000000 | 100000000 | - | range |
        | thu mỗi người từ 500.000 đến vài triệu đồng để | từ 500.000 đến vài triệu đồng | money | - | 500000 | 9000000 | VND | range |
        | số người tăng từ vài trăm lên hàng nghìn người | hàng nghìn | count | - | 1000 | 10000 | - | vague |
        | cân từ 5 kg đến vài chục triệu đồng | 5 kg | measure | 5 | 5 | 5 | kg | exact |

    Scenario Outline: A number word that counts nothing alone opens a range of time
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | Nấu mì: Ngâm hồng vuông trong dầu oliu chừng một đến hai ngày, sau đó nướng | chừng một đến hai ngày | duration | - | 1 | 2 | ngày | range |
        | hy vọng bệnh nhân có thể tỉnh và khỏe dần trong một đến hai tuần. | một đến hai tuần | duration | - | 1 | 2 | tuần | range |
        | tên lửa của Triều Tiên sẽ phải cần một đến hai năm nữa mới có thể | một đến hai năm | duration | - | 1 | 2 | năm | range |
        | thử chi tiêu trong định mức hai tới ba tháng rồi bỏ cuộc | hai tới ba tháng | duration | - | 2 | 3 | tháng | range |

    Scenario Outline: A number word before "đến" with no unit after the second is read as before
      When the grammar reads "<phrase>"
      Then there is no mention "<joined>"

      Examples:
        | phrase | joined |
        | thử kết hợp một đến hai mặt hàng thời trang mới | một đến hai |
        | có quan hệ tình dục hai đến ba lần một tuần | hai đến ba lần |
        | để đón 15 triệu lượt khách lưu trú/năm đến năm 2030 | năm đến năm 2030 |

    # "A hoặc B" (session 9 convention, tests/gold/README.md): a whole number or the next one,
    # counting things or time, is one guess at one amount, a range [A, B] (the same whole
    # numbers either way; a fact-checker checks one claim, "one or two parties"). Numbers
    # further apart, sizes, prices and the end of a list name alternatives, each a claim.
    Scenario Outline: A whole number or the next one is one range
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | 7. Làm sốt salsa: Cắt ba hoặc bốn quả hồng cùng nửa củ hành nhỏ | ba hoặc bốn | count | - | 3 | 4 | - | range |
        | chúng tôi phải quay đến hai hoặc ba ngày. Anh ấy luôn uốn nắn | đến hai hoặc ba ngày | duration | - | 2 | 3 | ngày | range |
        | đừng quên uống 1 hoặc 2 cốc nước. Sau 7-8 giờ ngủ | 1 hoặc 2 | count | - | 1 | 2 | - | range |
        | đưa một trạm không gian vào quỹ đạo trong 1 hoặc 2 năm tới | 1 hoặc 2 năm | duration | - | 1 | 2 | năm | range |
        | đi hút cần sa và ngủ một giấc độ hai hoặc ba tiếng. | hai hoặc ba tiếng | duration | - | 2 | 3 | giờ | range |
        | D66 cùng với một hoặc hai đảng khác là sự kết hợp nhiều khả năng | một hoặc hai | count | - | 1 | 2 | - | range |

    Scenario Outline: Alternatives joined by "hoặc" stay two claims
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | Nó cũng hỗ trợ bộ nhớ trong 32 hoặc 64 GB và khả năng mở rộng | 64 GB | measure | 64 | 64 | 64 | GB | exact |
        | kích thước mâm 19 hoặc 20 inch với thiết kế ấn tượng | 20 inch | measure | 20 | 20 | 20 | inch | exact |
        | Chúng có thể chở tương ứng 2 hoặc 4 thương binh nằm cáng | 4 | count | 4 | 4 | 4 | - | exact |
        | một chậu cây tre may mắn thường có 2, 3 hoặc 4 cây | 4 | count | 4 | 4 | 4 | - | exact |
        | nữ giới từ 55 lên 58 hoặc 60 tuổi | 60 tuổi | age | 60 | 60 | 60 | tuổi | exact |
        | Tôi thường dậy vào lúc 5 hoặc 6 giờ sáng | 6 giờ sáng | time | 06:00 | - | - | - | exact |
        | giá 3 triệu hoặc 4 triệu đồng | 4 triệu đồng | money | 4000000 | 4000000 | 4000000 | VND | exact |

    Scenario Outline: A range of sentences with "tù" after the first end is one range
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | bị tuyên có tội với mức án từ 1 năm tù treo đến 16 năm tù giam. Ngày 10-7 | từ 1 năm tù treo đến 16 năm | duration | - | 1 | 16 | năm | range |
        | với các mức án từ 12 tháng tù đến 9 năm tù. Ngày 10/2/2015 | từ 12 tháng tù đến 9 năm | duration | - | 12 | 108 | tháng | range |
        | Các bị cáo còn lại bị xử phạt từ 24 tháng tù treo đến 30 tháng tù giam về cùng tội | từ 24 tháng tù treo đến 30 tháng | duration | - | 24 | 30 | tháng | range |
        | các mức án từ 42 tháng tù giam đến 20 tháng tù treo về cùng tội | 20 tháng | duration | 20 | 20 | 20 | tháng | exact |
        | bị phạt tù từ 10 tháng đến 3 năm 6 tháng tù | từ 10 tháng đến 3 năm 6 tháng | duration | - | 10 | 42 | tháng | range |

    Scenario Outline: A hedged number after a change or a destination is no range's end
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | lãi suất tăng từ 5% lên hơn 7% trong quý I | hơn 7% | percent | 7 | 7 | 8 | % | over |
        | đoàn đã trao 5 tấn gạo đến hơn 100 hộ dân | 5 tấn | measure | 5 | 5 | 5 | tấn | exact |
        | đoàn đã trao 5 tấn gạo cho tới 100 hộ dân | 5 tấn | measure | 5 | 5 | 5 | tấn | exact |
        | đặt trước chuyến đi từ 30 phút cho đến 30 ngày để | 30 ngày | duration | 30 | 30 | 30 | ngày | exact |
        | trong vòng 30 phút đến hơn một tiếng sau bữa ăn | 30 phút | duration | 30 | 30 | 30 | phút | exact |
        | giá 36,4 - khoảng 36,6 triệu đồng | khoảng 36,6 triệu đồng | money | 36600000 | 36550000 | 36650000 | VND | about |

    Scenario Outline: Two amounts a dash joins that are no range stay apart
      When the grammar reads "<phrase>"
      Then there is no mention "<joined>"

      Examples:
        | phrase | joined |
        | giá 5 triệu - 3 triệu đồng | 5 triệu - 3 triệu đồng |
        | giá 5.000 nghìn - 3 triệu đồng | 5.000 nghìn - 3 triệu đồng |
        | Những chiếc xe cũ có giá từ 400 - 1 triệu đồng. | từ 400 - 1 triệu đồng |

  Rule: Percents, fractions, multiples and rates

    Scenario Outline: Shares and ratios
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                | text             | kind     | value  | lower  | upper  | unit | qualifier |
        | 25 phần trăm          | 25 phần trăm     | percent  | 25     | 24.5   | 25.5   | %    | exact     |
        | có 144/200 xã         | 144/200          | fraction | 0.72   | 0.72   | 0.72   | -    | exact     |
        | có 244/200 xã         | 244/200          | fraction | 1.22   | 1.22   | 1.22   | -    | exact     |
        | Giao bóng 1 ăn điểm 33/44 (75%) | 33/44  | fraction | 0.75   | 0.75   | 0.75   | -    | exact     |
        | 2/3 số xã             | 2/3              | fraction | 0.6666666667 | 0.6666666667 | 0.6666666667 | - | exact |
        | có 2/4 thương binh hạng 1 | 2/4          | fraction | 0.5    | 0.5    | 0.5    | -    | exact     |
        | thương binh hạng 2/5 | 2/5               | fraction | 0.4    | 0.4    | 0.4    | -    | exact     |
        | tăng gấp 3 lần        | gấp 3 lần        | multiple | 3      | 3      | 3      | lần  | exact     |
        | tốt hơn 1,7 lần       | 1,7 lần          | multiple | 1.7    | 1.7    | 1.7    | lần  | exact     |
        | giá 150.000 đồng/bộ   | 150.000 đồng/bộ  | money    | 150000 | 150000 | 150000 | VND  | exact     |
        | quay 120 khung hình/ giây | 120 khung hình/ giây | measure | 120 | 120 | 120 | khung hình/giây | exact |

    Scenario Outline: A bare "trăm" after a hedge is one hundred, hedged
      'gần trăm triệu đồng' is nearly 100 million đồng, as 'hơn chục năm' is over ten years.

      When the grammar reads "<phrase>"
      Then the mention "<text>" is a money with value <value>, bounds <lower> to <upper>, unit VND and qualifier <qualifier>

      Examples:
        | phrase                                            | text                      | value        | lower        | upper        | qualifier |
        | có loại xe giảm gần trăm triệu đồng/chiếc trong đó | gần trăm triệu đồng/chiếc | 100000000    | 0            | 100000000    | nearly    |
        | còn nợ hơn trăm tỷ đồng tiền thuế                  | hơn trăm tỷ đồng          | 100000000000 | 100000000000 | 200000000000 | over      |

    Scenario Outline: A "trăm" that is a manner of speech or a title is left unread
      When the grammar reads "<phrase>"
      Then it finds no mention

      Examples:
        | phrase                                  |
        | người đó phải xấu hổ gấp trăm ngàn lần   |
        | Trăm năm cô đơn                          |
        | từ trăm triệu đến tỷ đồng                |

    Scenario: A rate written with its "one" counts no months
      When the grammar reads "lương 5 triệu đồng/1 tháng"
      Then there is no mention "1 tháng"

    Scenario Outline: Two prices with a dash, one unit
      A buying and a selling price share one currency and per unit, whether a dash joins
      them or words name them ("28.418 đồng (mua) và 28.873 (bán)", "mua vào 22.685 và bán
      ra 22.705 đồng/USD"): the bare one takes its partner's.
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                                        | text         | kind  | value    | lower    | upper    | unit | qualifier |
        | mức 22.705 – 22.775 VND/USD (mua vào – bán ra) | 22.705      | money | 22705    | 22705    | 22705    | VND  | exact     |
        | lương 30,000 đô Hong Kong (gần 90 triệu)/1 tháng | gần 90 triệu | money | 90000000 | 80000000 | 90000000 | VND | nearly |
        | mức 36,24 -36,32 triệu đồng/lượng (mua vào - bán ra) | 36,24 | money | 36240000 | 36235000 | 36245000 | VND | exact |
        | mức 36,24 -36,32 triệu đồng/lượng (mua vào - bán ra) | 36,32 triệu đồng/lượng | money | 36320000 | 36315000 | 36325000 | VND | exact |
        | giá mua vào - bán ra ở mức 36,68 - 36,98 triệu đồng/lượng | 36,68 | money | 36680000 | 36675000 | 36685000 | VND | exact |
        | giá mua vào - bán ra ở mức 36,68 - 36,98 triệu đồng/lượng | 36,98 triệu đồng/lượng | money | 36980000 | 36975000 | 36985000 | VND | exact |
        | niêm yết ở mức 36,430 – 36,630 triệu đồng/lượng, tăng | 36,430 | money | 36430000 | 36429500 | 36430500 | VND | exact |
        | niêm yết ở mức 36,430 – 36,630 triệu đồng/lượng, tăng | 36,630 triệu đồng/lượng | money | 36630000 | 36629500 | 36630500 | VND | exact |
        | được niêm yết ở mức 36,430 (mua vào) – 36,630 triệu đồng/lượng (bán ra) | 36,430 | money | 36430000 | 36429500 | 36430500 | VND | exact |
        | ở mức giá 36,500 – 36,580 triệu đồng/lượng (mua vào – bán ra) | 36,500 | money | 36500000 | 36499500 | 36500500 | VND | exact |
        | mức giá cao nhất tại: 36,58-36,65 triệu đồng/lượng và | 36,58 | money | 36580000 | 36575000 | 36585000 | VND | exact |
        | quanh mức 36,4– 37,25 triệu đồng/lượng( chiều mua – bán). | quanh mức 36,4 | money | 36400000 | 36350000 | 36450000 | VND | about |
        | niêm yết ở mức 3,485-3,53 triệu đồng/chỉ. | 3,485 | money | 3485000 | 3484500 | 3485500 | VND | exact |
        | giá USD chợ đen ở khoảng: 22.685 - 22.705 đồng/USD. | 22.685 | money | 22685 | 22685 | 22685 | VND | exact |
        | Tỷ giá Bảng Anh: 28.418 đồng (mua) và 28.873 (bán). Tỷ giá | 28.873 | money | 28873 | 28873 | 28873 | VND | exact |
        | tỷ giá Euro đứng ở mức: 25.221 đồng (mua) và 25.522 (bán ra). | 25.522 | money | 25522 | 25522 | 25522 | VND | exact |
        | Yên Nhật mua vào 203,4 đồng/JPY, bán ra 207,3. | 207,3 | money | 207.3 | 207.3 | 207.3 | VND | exact |
        | Vietcombank niêm yết mua vào 22.685 và bán ra 22.705 đồng/USD. | 22.685 | money | 22685 | 22685 | 22685 | VND | exact |
        | giá vàng SJC mua vào 36,43 và bán ra 36,65 triệu đồng/lượng | 36,43 | money | 36430000 | 36425000 | 36435000 | VND | exact |
        | mua 2 xe giá 500 triệu đồng, bán 3 chiếc | 3 | count | 3 | 3 | 3 | - | exact |
        | giá vàng trong nước giảm 20-30 ngàn đồng/lượng so | 20-30 ngàn đồng/lượng | money | - | 20000 | 30000 | VND | range |
        | giá vàng giảm từ 70 đến 90 nghìn đồng/lượng. | từ 70 đến 90 nghìn đồng/lượng | money | - | 70000 | 90000 | VND | range |
        | giá mực loại nhỏ từ 35.000-40.000 đồng/kg; | từ 35.000-40.000 đồng/kg | money | - | 35000 | 40000 | VND | range |
        | niêm yết ở mốc 1.255, 77 USD/oz. Nhìn | 1.255, 77 USD/oz | money | 1255.77 | 1255.77 | 1255.77 | USD | exact |
        | chốt phiên ở mức 6,882 nhân dân tệ đổi 1 USD | 6,882 nhân dân tệ | money | 6.882 | 6.882 | 6.882 | CNY | exact |
        | kiếm được khoảng 57,945 USD (khoảng 1,3 tỷ đồng) | khoảng 57,945 USD | money | 57945 | 57944.5 | 57945.5 | USD | about |
        | trước ngày 05/7/2017 là 55,959 USD/thùng xăng RON 92; | 55,959 USD/thùng | money | 55.959 | 55.959 | 55.959 | USD | exact |
        | 56,898 USD/thùng dầu hỏa; 293,434 USD/tấn dầu mazut | 293,434 USD/tấn | money | 293.434 | 293.434 | 293.434 | USD | exact |
        | giá bạc tăng 1,1% lên 7,933USD/oz. Giá | 7,933USD/oz | money | 7.933 | 7.933 | 7.933 | USD | exact |
        | cao 1,55 mét, trục cơ sở 1,873 mét. Dung tích | 1,873 mét | measure | 1.873 | 1.873 | 1.873 | m | exact |
        | tổng chiều dài 11,042 km, dự kiến | 11,042 km | measure | 11.042 | 11.042 | 11.042 | km | exact |
        | trải dài trên diện tích 13,000 m2 khắp | 13,000 m2 | measure | 13000 | 13000 | 13000 | m2 | exact |
        | dao động từ 1,100 USD/đêm ở Kuta | 1,100 USD/đêm | money | 1100 | 1100 | 1100 | USD | exact |
        | tăng 8,811% trong 3 năm | 8,811% | percent | 8811 | 8810.5 | 8811.5 | % | exact |

    Scenario: A rate keeps its "per" unit
      When the grammar reads "giá 150.000 đồng/bộ"
      Then the mention "150.000 đồng/bộ" is per "bộ"

    Scenario Outline: A price per unit written with "một" or "mỗi" keeps that unit
      "20.000 đồng một kg" is "20.000 đồng/kg": the kilogram is what the price is for, not
      a weight the text states.

      When the grammar reads "<phrase>"
      Then the mention "<text>" is per "<per>"
      And there is no mention "<not>"

      Examples:
        | phrase | text | per | not |
        | bắp cải giảm xuống còn 20.000 đồng một kg. | 20.000 đồng một kg | kg | một kg |
        | giá dầu WTI đạt 47,07 USD một thùng, tăng | 47,07 USD một thùng | thùng | một thùng |
        | giá vàng còn 36,9 triệu đồng mỗi lượng, tương đương | 36,9 triệu đồng mỗi lượng | lượng | mỗi lượng |
        | giáo viên kiếm hàng trăm triệu đồng mỗi tháng | hàng trăm triệu đồng mỗi tháng | tháng | mỗi tháng |

    Scenario Outline: The "1" of a per-one unit after an amount counts nothing
      "200.000 đồng/1 người lớn" is a price per adult: its "1" is no count of adults.

      When the grammar reads "<phrase>"
      Then there is no mention "1"
      And the mention "<text>" is a <kind> with value <value>, bounds <value> to <value>, unit <unit> and qualifier exact

      Examples:
        | phrase | text | kind | value | unit |
        | giá vé 200.000 đồng/1 người lớn và 100.000 đồng/1 trẻ em. | 200.000 đồng | money | 200000 | VND |
        | cho vay 10 triệu đồng/1 công trình nước sạch | 10 triệu đồng | money | 10000000 | VND |
        | Thời gian chờ là 7,5 phút/1 chuyến xe dừng | 7,5 phút | duration | 7.5 | phút |

    Scenario Outline: A number after a slash that is no per-one unit stays read
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a count

      Examples:
        | phrase | text |
        | nhóm A/1 người đạt giải | 1 |

    Scenario Outline: A scale or a body's weight is no weight in "cân"
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a count

      Examples:
        | phrase | text |
        | 2 điện thoại di động, 1 cân đồng hồ cùng một số tang vật | 1 |
        | hai gói heroin, một cân tiểu ly, một số ống hút | một |

    Scenario Outline: Lots, cords and faults counted stay counts beside a backpack's or a garment's name
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a count

      Examples:
        | phrase | text |
        | Xe tông vào ba lô nhà ven đường | ba |
        | Hải quan phát hiện ba lô hàng lậu | ba |
        | Công ty rao bán ba lô A, B và C | ba |
        | phát hiện trong hai ba lô của hai hành khách | hai |
        | ông treo cổ bằng hai dây giày | hai |
        | Nam tài xế bị xử phạt ba lỗi | ba |

    Scenario: A square metre whose superscript was lost is still the "per" unit
      When the grammar reads "giá 14 triệu đồng/m 2 thì"
      Then the mention "14 triệu đồng/m 2" is per "m2"

    Scenario: A fraction keeps its numerator and denominator
      When the grammar reads "có 144/200 xã"
      Then the mention "144/200" has numerator 144 and denominator 200

  Rule: Money, measures, ages and durations carry their unit

    Scenario Outline: A quantity with a unit
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase             | text           | kind     | value  | lower  | upper  | unit | qualifier |
        | 50.000 đồng        | 50.000 đồng    | money    | 50000  | 50000  | 50000  | VND  | exact     |
        | 1000 VNĐ           | 1000 VNĐ       | money    | 1000   | 1000   | 1000   | VND  | exact     |
        | Nhiệt độ cao nhất từ 31-34 độ C, phía Nam 29-32 độ C. Khu vực | 29-32 độ C | measure | - | 29 | 32 | °C | range |
        | Độ ẩm miền Nam 70-90%, nhiệt độ | 70-90% | percent | - | 70 | 90 | % | range |
        | được trang bị màn hình IPS LCD 5-inch độ phân giải HD | 5-inch | measure | 5 | 5 | 5 | inch | exact |
        | - Màn hình: 5,5-inches, HD - Bộ xử lý | 5,5-inches | measure | 5.5 | 5.5 | 5.5 | inch | exact |
        | màn hình 5-10 inch tùy phiên bản | 5-10 inch | measure | - | 5 | 10 | inch | range |
        | Kinh tế Nga đã đạt tăng trưởng trong ba quý liên tiếp và trong bốn tháng | ba quý | duration | 3 | 3 | 3 | quý | exact |
        | có số lượng đơn vị xuất xưởng cao nhất trong 30 quý liên tiếp. | 30 quý | duration | 30 | 30 | 30 | quý | exact |
        | Bà nội chính là đầu mối và chuyến đi Mỹ đón 2 quý tử chính là manh mối | 2 | count | 2 | 2 | 2 | - | exact |
        | hỗ trợ bộ đôi camera trước sau 8/16 MP cùng công nghệ | 8 | measure | 8 | 8 | 8 | MP | exact |
        | hỗ trợ bộ đôi camera trước sau 8/16 MP cùng công nghệ | 16 MP | measure | 16 | 16 | 16 | MP | exact |
        | 20 VND             | 20 VND         | money    | 20     | 20     | 20     | VND  | exact     |
        | Yamaha V-Ixion R ở mức 29,5 triệu IDR (khoảng | 29,5 triệu IDR | money | 29500000 | 29450000 | 29550000 | IDR | exact |
        | có giá khởi điểm 309.000 Rupee (tương đương | 309.000 Rupee | money | 309000 | 309000 | 309000 | INR | exact |
        | giá bán 21 triệu Rupiah (tương đương | 21 triệu Rupiah | money | 21000000 | 21000000 | 21000000 | IDR | exact |
        | Liverpool sẵn sàng trả 52 triệu Bảng cho Real | 52 triệu Bảng | money | 52000000 | 52000000 | 52000000 | GBP | exact |
        | Smartphone có thể ghi âm 360 độ | 360 độ | measure | 360 | 360 | 360 | độ | exact |
        | phân khối 150cc, giá bán chỉ 9.126 RM (khoảng | 9.126 RM | money | 9126 | 9126 | 9126 | MYR | exact |
        | mô men xoắn cực đại 7,0 N.m/ 5.500 vòng/phút | 7,0 N.m | measure | 7 | 7 | 7 | Nm | exact |
        | Công suất tối đa 6,4KW (8,7PS/7.000 vòng/phút) | 6,4KW | measure | 6.4 | 6.4 | 6.4 | kW | exact |
        | Công suất tối đa 6,4KW (8,7PS/7.000 vòng/phút) | 8,7PS | measure | 8.7 | 8.7 | 8.7 | PS | exact |
        | có model S6R2-MPTA công suất 940 HP và | 940 HP | measure | 940 | 940 | 940 | HP | exact |
        | công suất tối đa 110hp/6000rpm, mô-men xoắn | 110hp | measure | 110 | 110 | 110 | HP | exact |
        | tôi sai chồng đi mua nửa cân thịt chó tiếp khách | nửa cân | measure | 0.5 | 0.5 | 0.5 | cân | exact |
        | Beyoncé từng phải giảm 7 cân để vào vai | 7 cân | measure | 7 | 7 | 7 | cân | exact |
        | Công viên 3.5 ha nằm giữa phố | 3.5 ha | measure | 3.5 | 3.5 | 3.5 | ha | exact |
        | một vật thể lạ trong dạ dày con lợn nặng 2,5 lạng nghi là | 2,5 lạng | measure | 2.5 | 2.5 | 2.5 | lạng | exact |
        | mua gà sống thì có đến 3-4 lạng diều | 3-4 lạng | measure | - | 3 | 4 | lạng | range |
        | tuyến đường Hoàng Cầu - Voi Phục dài 2,2 Km mà phải chi | 2,2 Km | measure | 2.2 | 2.2 | 2.2 | km | exact |
        | Takuya Kurokawa chỉ thanh toán 9.000 Yen (tương đương 81 USD) | 9.000 Yen | money | 9000 | 9000 | 9000 | JPY | exact |
        | Trận động đất mạnh 7,8 độ Richter xảy ra | 7,8 độ Richter | measure | 7.8 | 7.8 | 7.8 | Richter | exact |
        | động đất có cường độ 5 độ richter ở độ sâu | 5 độ richter | measure | 5 | 5 | 5 | Richter | exact |
        | sau đó là dư chấn 5,2 độ. | 5,2 độ | measure | 5.2 | 5.2 | 5.2 | độ | exact |
        | tốc độ hành trình cận âm 1.100km/h | 1.100km/h | measure | 1100 | 1100 | 1100 | km/h | exact |
        | số dư quỹ âm 625.540 tỉ đồng | âm 625.540 tỉ đồng | money | -625540000000000 | -625540000000000 | -625540000000000 | VND | exact |
        | 50.000đ            | 50.000đ        | money    | 50000  | 50000  | 50000  | VND  | exact     |
        | 24.000 USD         | 24.000 USD     | money    | 24000  | 24000  | 24000  | USD  | exact     |
        | ném 9 đồng xu vào  | 9              | count    | 9      | 9      | 9      | -    | exact     |
        | so với 6 đồng tiền chủ chốt | 6     | count    | 6      | 6      | 6      | -    | exact     |
        | công trình của 52 đồng tác giả | 52 | count    | 52     | 52     | 52     | -    | exact     |
        | giảm 20 đồng ở cả hai chiều | 20 đồng | money   | 20     | 20     | 20     | VND  | exact     |
        | ngày 25-6 đồng loạt đưa tin | ngày 25-6 | date  | --06-25 | -     | -      | -    | exact     |
        | lắp đặt 3 bảng thông tin | 3        | count    | 3      | 3      | 3      | -    | exact     |
        | giảm 250.000 bảng so với giá cũ | 250.000 bảng | money | 250000 | 250000 | 250000 | GBP | exact |
        | mười đô la         | mười đô la     | money    | 10     | 10     | 10     | USD  | exact     |
        | giá $10            | $10            | money    | 10     | 10     | 10     | USD  | exact     |
        | mang theo 16.700 Nhân dân tệ (NDT) | 16.700 Nhân dân tệ | money | 16700 | 16700 | 16700 | CNY | exact |
        | giải thưởng trị giá 1triệu USD (Hơn 22 tỉ VND) | 1triệu USD | money | 1000000 | 1000000 | 1000000 | USD | exact |
        | Thu nhập đạt 136,1triệu NDT (19,75 triệu USD) | 136,1triệu NDT | money | 136100000 | 136050000 | 136150000 | CNY | exact |
        | Xe có giá bán 1,12 corore INR (khoảng | 1,12 corore INR | money | 11200000 | 11150000 | 11250000 | INR | exact |
        | cho thêm 2 muỗng mật ong | 2 muỗng       | measure  | 2      | 2      | 2      | thìa  | exact    |
        | 1 muỗng café đường | 1 muỗng café   | measure  | 1      | 1      | 1      | thìa  | exact    |
        | Thêm 1/2 muỗng cà phê mật ong | 1/2 muỗng cà phê | measure | 0.5 | 0.5 | 0.5 | thìa | exact |
        | Thêm 1/2 thìa cà phê mật ong | 1/2 thìa cà phê | measure | 0.5 | 0.5 | 0.5 | thìa | exact |
        | Thêm 4 thìa cà phê đường vào | 4 thìa cà phê | measure | 4 | 4 | 4 | thìa | exact |
        | chỉ 1,5 thìa canh giấm | 1,5 thìa canh | measure | 1.5 | 1.5 | 1.5 | thìa | exact |
        | 2 muỗng canh dầu ăn | 2 muỗng canh | measure | 2 | 2 | 2 | thìa | exact |
        | tòa tuyên phạt bị cáo 1 năm 3 tháng tù về tội | 1 năm 3 tháng | duration | 15 | 15 | 15 | tháng | exact |
        | vận chuyển 1 tạ 2kg ma túy. Các | 1 tạ 2kg | measure | 102 | 102 | 102 | kg | exact |
        | thu giữ 2 tấn 5 tạ thóc. Các | 2 tấn 5 tạ | measure | 25 | 25 | 25 | tạ | exact |
        | thu về 4-5 tạ cá, bán lấy tiền | 4-5 tạ | measure | - | 4 | 5 | tạ | range |
        | Chỉ mất 2 phút 14 giây, Mikey đã | 2 phút 14 giây | duration | 134 | 134 | 134 | giây | exact |
        | anh chỉ ngủ khoảng 5 giờ/1 ngày trong | khoảng 5 giờ/1 ngày | duration | 5 | 4.5 | 5.5 | giờ/ngày | about |
        | người này làm 17 giờ mỗi ngày. Nếu | 17 giờ mỗi ngày | duration | 17 | 17 | 17 | giờ/ngày | exact |
        | thời gian chuyển số chỉ còn 60 mili giây. Hệ | 60 mili giây | duration | 60 | 60 | 60 | mili giây | exact |
        | Camera chính có độ phân giải 16 megapixel, khẩu độ | 16 megapixel | measure | 16 | 16 | 16 | megapixel | exact |
        | tàu cá công suất 250 CV, chia sẻ | 250 CV | measure | 250 | 250 | 250 | CV | exact |
        | con tàu gỗ công suất hơn 800CV không | hơn 800CV | measure | 800 | 800 | 900 | CV | over |
        | lượng thủy sản qua cảng 1.500 T/năm; còn | 1.500 T/năm | measure | 1500 | 1500 | 1500 | tấn/năm | exact |
        | Tỷ lệ trọng lượng/công suất 2,96 kg/mã lực (so với | 2,96 kg/mã lực | measure | 2.96 | 2.96 | 2.96 | kg/mã lực | exact |
        | Chiếc xe đã di chuyển được 74 dặm và | 74 dặm | measure | 74 | 74 | 74 | dặm | exact |
        | giật chiếc lắc 2 chỉ vàng 24K của bà Nga | 2 chỉ | measure | 2 | 2 | 2 | chỉ | exact |
        | đến tiệm vàng giám định và cân được 2,256 chỉ (trọng lượng) | 2,256 chỉ | measure | 2.256 | 2.256 | 2.256 | chỉ | exact |
        | dùng dao đe dọa chủ tiệm, lấy đi 15 lượng vàng. Sau đó | 15 lượng | measure | 15 | 15 | 15 | lượng | exact |
        | Cảnh sát bắt kẻ tham gia trộm 100 lượng vàng ở Bình Định | 100 lượng | measure | 100 | 100 | 100 | lượng | exact |
        | thương nhân mang theo 30 lượng bạc để | 30 | count | 30 | 30 | 30 | - | exact |
        | tour miền Trung có lịch trình 4 ngày 3 đêm có giá từ 7-8 triệu đồng | 3 đêm | duration | 3 | 3 | 3 | đêm | exact |
        | từ 770 NDT đến 950 NDT/tour 3 đêm, 4 ngày/khách | 3 đêm | duration | 3 | 3 | 3 | đêm | exact |
        | Danh ca tiết lộ, trong 2 đêm nhạc vinh danh | 2 | count | 2 | 2 | 2 | - | exact |
        | bao gồm 100 thùng đựng quả dưa lê, 100 thùng đào, 8 thùng nho | 8 | count | 8 | 8 | 8 | - | exact |
        | phát hiện 41 thùng hàng, tất cả | 41 | count | 41 | 41 | 41 | - | exact |
        | nhu cầu dầu mỏ sẽ tăng thêm 200.000 thùng so với dự báo | 200.000 thùng | measure | 200000 | 200000 | 200000 | thùng | exact |
        | với số đo 3 vòng siêu chuẩn (86 - 60 - 91). Dù | 60 | measure | 60 | 60 | 60 | cm | exact |
        | với số đo 3 vòng là: 81-64-89, cô từng | 89 | measure | 89 | 89 | 89 | cm | exact |
        | Thanh Trang cao 1m74, với chỉ số hình thể: 88 – 66 – 98. Chia sẻ | 66 | measure | 66 | 66 | 66 | cm | exact |
        | Thanh Trang cao 1m74, với chỉ số hình thể: 88 – 66 – 98. Chia sẻ | 98 | measure | 98 | 98 | 98 | cm | exact |
        | với số đo hình thể là 85-56-92 cm. Không | 92 cm | measure | 92 | 92 | 92 | cm | exact |
        | vượt quá tốc độ cho phép (66/60 km/h). Khi | 66 | measure | 66 | 66 | 66 | km/h | exact |
        | túi nilong có kích thước 10x15cm, bên trong | 10 | measure | 10 | 10 | 10 | cm | exact |
        | túi nilong có kích thước 10x15cm, bên trong | 15cm | measure | 15 | 15 | 15 | cm | exact |
        | Kích thước của máy là 150x74,5x7,7 mm, trọng | 74,5 | measure | 74.5 | 74.5 | 74.5 | mm | exact |
        | vết khoét kích thước khoảng 30 x 40 cm, sâu | 30 | measure | 30 | 25 | 35 | cm | about |
        | khu đất rộng 70m2 (5x14m), nền | 5 | measure | 5 | 5 | 5 | m | exact |
        | vượt quá tốc độ cho phép (66/60 km/h). Khi | 60 km/h | measure | 60 | 60 | 60 | km/h | exact |
        | công suất 4 triệu tấn mỗi năm, và | 4 triệu tấn mỗi năm | measure | 4000000 | 4000000 | 4000000 | tấn/năm | exact |
        | công suất 215 mã lực tại 11.000 vòng/phút và | 11.000 vòng/phút | measure | 11000 | 11000 | 11000 | vòng/phút | exact |
        | có công suất 2 triệu tấn thép/năm. | 2 triệu tấn thép/năm | measure | 2000000 | 2000000 | 2000000 | tấn/năm | exact |
        | công suất 2 triệu tấn thép dẹp/năm. | 2 triệu tấn thép dẹp/năm | measure | 2000000 | 2000000 | 2000000 | tấn/năm | exact |
        | sản lượng 300.000 tấn/năm và | 300.000 tấn/năm | measure | 300000 | 300000 | 300000 | tấn/năm | exact |
        | cung dầu giảm 600.000 thùng/ngày trong | 600.000 thùng/ngày | measure | 600000 | 600000 | 600000 | thùng/ngày | exact |
        | công suất gần 7.000 tấn vải các loại/năm | gần 7.000 tấn | measure | 7000 | 6000 | 7000 | tấn | nearly |
        | thu hoạch 5 tấn năm 2016 | 5 tấn           | measure  | 5      | 5      | 5      | tấn  | exact     |
        | từ 3,4 triệu tấn thịt/năm lên 5,6 triệu tấn, sữa | 5,6 triệu tấn | measure | 5600000 | 5550000 | 5650000 | tấn/năm | exact |
        | giảm tải tối thiểu 6-7 tấn/chuyến ( | tối thiểu 6-7 tấn/chuyến | measure | - | 6 | 7 | tấn/chuyến | range |
        | heo (loại trên 110 kg/con) có giá | trên 110 kg/con | measure | 110 | 110 | 120 | kg/con | over |
        | trọng lượng từ 80kg-120kg/con, đạt | từ 80kg-120kg/con | measure | - | 80 | 120 | kg/con | range |
        | công suất 1.900 mã lực/một động cơ | 1.900 mã lực/một | measure | 1900 | 1900 | 1900 | mã lực | exact |
        | đạt hiệu suất 0,6 bàn/trận, nhiều | 0,6 bàn/trận | measure | 0.6 | 0.6 | 0.6 | bàn/trận | exact |
        | bình quân 39,9 khách/lượt và | 39,9 khách/lượt | measure | 39.9 | 39.9 | 39.9 | khách/lượt | exact |
        | đạt 25,44 triệu cổ phiếu/phiên, | 25,44 triệu | count | 25440000 | 25435000 | 25445000 | - | exact |
        | bán ra 37,37 ttriệu đồng/lượng. | 37,37 | count | 37.37 | 37.37 | 37.37 | - | exact |
        | công suất tối đa 8,38 mã lực tại 7.500 v/p và | 7.500 v/p | measure | 7500 | 7500 | 7500 | v/p | exact |
        | dung tích 109 phân khối. Sức | 109 phân khối | measure | 109 | 109 | 109 | phân khối | exact |
        | thận lọc khoảng 200l máu | khoảng 200l | measure | 200 | 150 | 250 | l | about |
        | thải ra ngoài khoảng 1,5l nước | khoảng 1,5l | measure | 1.5 | 1.45 | 1.55 | l | about |
        | Hải quân Mỹ có 22 tuần dương hạm và | 22 | count | 22 | 22 | 22 | - | exact |
        | HLV Hữu Thắng đã thử nghiệm bộ ba tấn công ngay bên dưới trung phong | ba | count | 3 | 3 | 3 | - | exact |
        | Cơ quan chức năng phải vớt 5 tấn cá chết mang đi tiêu hủy | 5 tấn | measure | 5 | 5 | 5 | tấn | exact |
        | xe nặng 2 tấn, công suất 100 mã lực | 2 tấn | measure | 2 | 2 | 2 | tấn | exact |
        | tăng lãi suất thêm 0,25 điểm phần trăm, lên | 0,25 điểm phần trăm | percent | 0.25 | 0.245 | 0.255 | % | exact |
        | tương đương với hơn 12 tỷ Việt Nam đồng. | hơn 12 tỷ Việt Nam đồng | money | 12000000000 | 12000000000 | 13000000000 | VND | over |
        | Mâm xe có 4 tùy chọn là 17, 18, 19 và 20 inch. | 18 | measure | 18 | 18 | 18 | inch | exact |
        | đến dự cùng hai con gái 12 và 15 tuổi bàng hoàng | 12 | age | 12 | 12 | 12 | tuổi | exact |
        | cho con ở trong cũi chó khi mới 3 tuổi. Khi lên 5, khi xin thức ăn | 5 | age | 5 | 5 | 5 | tuổi | exact |
        | bó chân khi tôi mới lên 10. Lúc đó | 10 | age | 10 | 10 | 10 | tuổi | exact |
        | giá xăng tăng lên 5, rồi giảm | 5 | count | 5 | 5 | 5 | - | exact |
        | vì khi vào phủ mới 12, 13 tuổi, Bảo Ngọc | 12 | age | 12 | 12 | 12 | tuổi | exact |
        | nữ giới từ 55 lên 58 hoặc 60 tuổi. Mục đích | 58 | age | 58 | 58 | 58 | tuổi | exact |
        | hiệu quả rõ rệt chỉ sau 1, 2 ngày. Trị nhức | 1 | duration | 1 | 1 | 1 | ngày | exact |
        | xét nghiệm lại sau 3, 6, 9 tháng. Khi | 6 | duration | 6 | 6 | 6 | tháng | exact |
        | anh có 2 cháu gái 2 và 4 tuổi. Bố mẹ | 2 | count | 2 | 2 | 2 | - | exact |
        | Chị có 3 con, 5 tuổi và 7 tuổi | 3 | count | 3 | 3 | 3 | - | exact |
        | mượn cớ vay của cô Ngô 20.000 tệ (khoảng 700 triệu đồng) | 20.000 tệ | money | 20000 | 20000 | 20000 | CNY | exact |
        | được đại gia chi 50 triệu tệ (khoảng 200 tỷ đồng) | 50 triệu tệ | money | 50000000 | 50000000 | 50000000 | CNY | exact |
        | quyết tâm đẩy lùi 3 tệ nạn xã hội | 3 | count | 3 | 3 | 3 | - | exact |
        | Cứ 100g thịt chuối chứa 0,9g xơ, 9mg canxi, 31mg phốt pho | 31mg | measure | 31 | 31 | 31 | mg | exact |
        | một lượng caffeine (24-40 mg) ít hơn | 24-40 mg | measure | - | 24 | 40 | mg | range |
        | có nồng độ cồn vượt quá 80 mg/100 ml máu | vượt quá 80 mg/100 ml | measure | 80 | 80 | 90 | mg/100 ml | over |
        | nồng độ cồn lên đến 0,638 mg/1 lít khí thở | lên đến 0,638 mg/1 lít | measure | 0.638 | 0.637 | 0.638 | mg/lít | up_to |
        | pin công suất 23 Wh phía trước và pin rời 48 Wh | 48 Wh | measure | 48 | 48 | 48 | Wh | exact |
        | dàn âm thanh 540 W cùng ghế thể thao | 540 W | measure | 540 | 540 | 540 | W | exact |
        | đường dây 500 kV Quảng Trạch - Dốc Sỏi | 500 kV | measure | 500 | 500 | 500 | kV | exact |
        | góc quay 65, 78 và 90 độ nhằm | 65 | measure | 65 | 65 | 65 | độ | exact |
        | bộ nhớ trong 32 hoặc 64 GB và | 32 | measure | 32 | 32 | 32 | GB | exact |
        | 20 euro            | 20 euro        | money    | 20     | 20     | 20     | EUR  | exact     |
        | 5 tấn              | 5 tấn          | measure  | 5      | 5      | 5      | tấn  | exact     |
        | dài 5 m.Sau đó     | 5 m            | measure  | 5      | 5      | 5      | m    | exact     |
        | tivi 55 inches     | 55 inches      | measure  | 55     | 55     | 55     | inch | exact     |
        | chạm 2034 Usd/tấn  | 2034 Usd/tấn   | money    | 2034   | 2034   | 2034   | USD  | exact     |
        | 120 ha             | 120 ha         | measure  | 120    | 120    | 120    | ha   | exact     |
        | 15 km              | 15 km          | measure  | 15     | 15     | 15     | km   | exact     |
        | 80 m2              | 80 m2          | measure  | 80     | 80     | 80     | m2   | exact     |
        | 30 kg              | 30 kg          | measure  | 30     | 30     | 30     | kg   | exact     |
        | 2 lít              | 2 lít          | measure  | 2      | 2      | 2      | lít  | exact     |
        | vịnh Bắc Bộ có gió mạnh cấp 6, giật cấp 7-8 | cấp 6 | measure | 6 | 6 | 6 | cấp | exact |
        | vịnh Bắc Bộ có gió mạnh cấp 6, giật cấp 7-8 | cấp 7-8 | measure | - | 7 | 8 | cấp | range |
        | gió giật mạnh cấp 6 - 8. | cấp 6 - 8 | measure | - | 6 | 8 | cấp | range |
        | Gió đông bắc đến đông cấp 2-3. Độ ẩm | cấp 2-3 | measure | - | 2 | 3 | cấp | range |
        | gió Tây Nam cấp 2-3. Trong cơn dông | cấp 2-3 | measure | - | 2 | 3 | cấp | range |
        | mạnh dần lên cấp 5, có lúc cấp 6, giật cấp 7 | cấp 6 | measure | 6 | 6 | 6 | cấp | exact |
        | bão mạnh cấp 9 (75-90km/giờ) | cấp 9 | measure | 9 | 9 | 9 | cấp | exact |
        | biển động. Cấp độ rủi ro thiên tai: cấp 3. Do | cấp 3 | measure | 3 | 3 | 3 | cấp | exact |
        | 50 MW              | 50 MW          | measure  | 50     | 50     | 50     | MW   | exact     |
        | cho 60g xoài       | 60g            | measure  | 60     | 60     | 60     | g    | exact     |
        | chạy 60 km/h       | 60 km/h        | measure  | 60     | 60     | 60     | km/h | exact     |
        | 250 triệu bảng     | 250 triệu bảng | money    | 250000000 | 250000000 | 250000000 | GBP | exact |
        | giá 725,000 USD    | 725,000 USD    | money    | 725000 | 725000 | 725000 | USD  | exact     |
        | khẩu độ f/2.0. Thử nghiệm | f/2.0    | other    | 2      | 2      | 2      | -    | exact     |
        | khẩu độ f2.0. Máy sở hữu | f2.0      | other    | 2      | 2      | 2      | -    | exact     |
        | tăng áp kép, dung tích 4.0 lít. Sau đó | 4.0 lít | measure | 4 | 4    | 4      | lít  | exact     |
        | Màn cảm ứng 7.0 inch, hiển thị | 7.0 inch | measure | 7    | 7      | 7      | inch | exact     |
        | Camera phụ: 5MP; khẩu độ f/2.2; hỗ trợ | f/2.2 | other | 2.2  | 2.2    | 2.2    | -    | exact     |
        | công suất 163 mã lực | 163 mã lực   | measure  | 163    | 163    | 163    | mã lực | exact   |
        | công suất 50 sức ngựa | 50 sức ngựa  | measure  | 50     | 50     | 50     | sức ngựa | exact   |
        | xung nhịp 1172MHz   | 1172MHz        | measure  | 1172   | 1172   | 1172   | MHz  | exact     |
        | sức mạnh 6 teraflops | 6 teraflops   | measure  | 6      | 6      | 6      | teraflops | exact |
        | thu nhập 2.000 Kyats | 2.000 Kyats   | money    | 2000   | 2000   | 2000   | MMK  | exact     |
        | tịch thu 45 triệu ringgit | 45 triệu ringgit | money | 45000000 | 45000000 | 45000000 | MYR | exact |
        | giá 945 ngàn baht  | 945 ngàn baht  | money    | 945000 | 945000 | 945000 | THB  | exact     |
        | xe đang được bán ở Thái Lan với giá 1,25 - 1,48 triệu Baht (tương đương 840 - 900 triệu đồng) | 1,25 - 1,48 triệu Baht | money | - | 1250000 | 1480000 | THB | range |
        | lễ vật hồi môn tốn khoảng 108 triệu Baht (tương đương 70 tỷ đồng) | khoảng 108 triệu Baht | money | 108000000 | 107500000 | 108500000 | THB | about |
        | Yamaha NVX 155 2017 được bán với giá 10.500 Ringgit (tương đương 55,64 triệu đồng) | 10.500 Ringgit | money | 10500 | 10500 | 10500 | MYR | exact |
        | Thông tin giá vé máy bay - 2.091 Ringgit Malaysia/vé (khoảng hơn 11 triệu đồng/vé) | 2.091 Ringgit Malaysia/vé | money | 2091 | 2091 | 2091 | MYR | exact |
        | giảm 7.500 tỷ đồng bằng 3,3% | 7.500 tỷ đồng | money | 7500000000000 | 7500000000000 | 7500000000000 | VND | exact |
        | chiều cao 1m78 cùng | 1m78          | measure  | 1.78   | 1.78   | 1.78   | m    | exact     |
        | cô gái cao 1m50, nặng 45 kg | 1m50 | measure | 1.5 | 1.5 | 1.5 | m | exact |
        | nhiều nhân chứng kể lại họ nghe hai tiếng nổ lớn, được cho là | hai | count | 2 | 2 | 2 | - | exact |
        | người dân hốt hoảng khi nghe 2 tiếng nổ lớn phát ra ở hố ga | 2 | count | 2 | 2 | 2 | - | exact |
        | cả nhà phải chờ hai tiếng đồng hồ mới | hai tiếng | duration | 2 | 2 | 2 | giờ | exact |
        | sau 2 tiếng, cảnh sát có mặt | 2 tiếng | duration | 2 | 2 | 2 | giờ | exact |
        | Cerny cao đến 1m7 và | đến 1m7 | measure | 1.7 | 1.6 | 1.7 | m | up_to |
        | hai anh em cao 1m78 - 1m75 | 1m75 | measure | 1.75 | 1.75 | 1.75 | m | exact |
        | diện tích 1m2 đất  | 1m2            | measure  | 1      | 1      | 1      | m2   | exact     |
        | mô men xoắn 240 Nm | 240 Nm         | measure  | 240    | 240    | 240    | Nm   | exact     |
        | dung tích 160,3 cc | 160,3 cc       | measure  | 160.3  | 160.3  | 160.3  | cc   | exact     |
        | đạt 199 km/giờ.    | 199 km/giờ     | measure  | 199    | 199    | 199    | km/h | exact     |
        | khí thải 145 g/km  | 145 g/km       | measure  | 145    | 145    | 145    | g/km | exact     |
        | chạy 50 km/lít xăng | 50 km/lít     | measure  | 50     | 50     | 50     | km/lít | exact   |
        | là 6,1 lít/100 km với | 6,1 lít/100 km | measure | 6.1  | 6.1    | 6.1    | lít/100 km | exact |
        | năng suất 5 tấn/ha | 5 tấn/ha       | measure  | 5      | 5      | 5      | tấn/ha | exact   |
        | tốc độ tối đa 199 km/giờ | 199 km/giờ | measure | 199   | 199    | 199    | km/h | exact     |
        | di chuyển với vận tốc tối đa 56 km/giờ, tầm di chuyển | 56 km/giờ | measure | 56 | 56 | 56 | km/h | exact |
        | công suất cực đại 164 mã lực và momen xoắn tối đa 245 Nm tại | 245 Nm | measure | 245 | 245 | 245 | Nm | exact |
        | sải cánh 4,5 m, trọng lượng cất cánh tối đa 4,9 tấn. | 4,9 tấn | measure | 4.9 | 4.9 | 4.9 | tấn | exact |
        | vũ khí đất đối không với phạm vi tối đa 167 km. | 167 km | measure | 167 | 167 | 167 | km | exact |
        | khoản vay với thời hạn tối đa 6 năm. | tối đa 6 năm | duration | 6 | 0 | 6 | năm | at_most |
        | máy hỗ trợ thẻ nhớ tối đa 128GB. | tối đa 128GB | measure | 128 | 0 | 128 | GB | at_most |
        | vận tốc cực đại 194 mph ( | 194 mph | measure | 194 | 194 | 194 | mph | exact |
        | diện tích 4,5 héc ta đất | 4,5 héc ta | measure | 4.5 | 4.5 | 4.5 | ha | exact |
        | có giá 13.249 Bảng, tương đương | 13.249 Bảng | money | 13249 | 13249 | 13249 | GBP | exact |
        | tương đương 374 triệu Đồng. Hãng | 374 triệu Đồng | money | 374000000 | 374000000 | 374000000 | VND | exact |
        | rừng thông 30 năm tuổi, đang | 30 năm tuổi | age | 30 | 30 | 30 | tuổi | exact |
        | công suất tối đa 453 mã lực | 453 mã lực | measure | 453 | 453  | 453    | mã lực | exact   |
        | Chỉ số giảm 1,69 điểm xuống 698,66 điểm | 698,66 điểm | measure | 698.66 | 698.66 | 698.66 | điểm | exact |
        | màn hình kích cỡ 5,5 inch | 5,5 inch | measure | 5.5 | 5.5 | 5.5 | inch | exact |
        | Phút 21, Messi ghi bàn | Phút 21 | ordinal | 21 | 21 | 21 | - | exact |
        | VN-Index giữ được mốc 700 điểm | 700 điểm | measure | 700 | 700 | 700 | điểm | exact |
        | tích lũy quanh mốc 720 của chỉ số VN-index sau đợt hồi phục | 720 | measure | 720 | 720 | 720 | điểm | exact |
        | VN-Index đang nhận được lực hỗ trợ mạnh tại 720 và 730; còn | 730 | measure | 730 | 730 | 730 | điểm | exact |
        | VN-Index giảm 5 phiên, có 120 mã tăng và 150 mã giảm. | 150 | count | 150 | 150 | 150 | - | exact |
        | nền tảng tích lũy trên ngưỡng hỗ trợ 700 điểm vẫn được duy trì | 700 điểm | measure | 700 | 700 | 700 | điểm | exact |
        | VN-Index có thể giảm. Áp lực bán chững lại quanh ngưỡng kháng cự 765 - điểm hội tụ | 765 | measure | 765 | 765 | 765 | điểm | exact |
        | Cổ phiếu HPG có ngưỡng hỗ trợ 30 và ngưỡng kháng cự 35. | 35 | count | 35 | 35 | 35 | - | exact |
        | Chính phủ có mức hỗ trợ 500 người mỗi tháng. | 500 | count | 500 | 500 | 500 | - | exact |
        | thí sinh đạt 8,5 điểm | 8,5 điểm | measure | 8.5 | 8.5 | 8.5 | điểm | exact |
        | đội bóng có 45 điểm | 45 | count | 45 | 45 | 45 | - | exact |
        | có trường hợp thi 99 điểm nhưng vẫn trượt | 99 điểm | measure | 99 | 99 | 99 | điểm | exact |
        | Kim Liên có điểm chuẩn là 53 điểm | 53 điểm | measure | 53 | 53 | 53 | điểm | exact |
        | Điểm chuẩn năm nay là 27 điểm. | 27 điểm | measure | 27 | 27 | 27 | điểm | exact |
        | Thí sinh đạt điểm trên 20 điểm thuộc các khối | trên 20 điểm | measure | 20 | 20 | 30 | điểm | over |
        | điểm thi trong kỳ thi viên chức là 94/100, cao hơn | 94/100 | measure | 94 | 94 | 94 | điểm | exact |
        | thí sinh dự thi tại 114 điểm với 3.000 phòng thi | 114 | count | 114 | 114 | 114 | - | exact |
        | kỳ thi năm 2016 cả nước có 69 điểm 10 | 69 | count | 69 | 69 | 69 | - | exact |
        | yêu cầu thực thi bản yêu sách 13 điểm | 13 | count | 13 | 13 | 13 | - | exact |
        | bị phạt tối đa 5 triệu đồng | tối đa 5 triệu đồng | money | 5000000 | 0 | 5000000 | VND | at_most |
        | tăng lên 740 mã lực (so với mức tiêu chuẩn 690). | 690 | measure | 690 | 690 | 690 | mã lực | exact |
        | giá 30 triệu đồng (so với 25 người) | 25 | count  | 25     | 25     | 25     | -    | exact     |
        | anh 32 tuổi        | 32 tuổi        | age      | 32     | 32     | 32     | tuổi | exact     |
        | Ông năm nay đã ngoài 70, vẫn ra đồng | ngoài 70 | age | 70 | 70 | 80 | tuổi | over |
        | Bà B năm nay ngoài 60 tuổi. | ngoài 60 tuổi | age | 60 | 60 | 70 | tuổi | over |
        | Thật khó tin khi ở tuổi ngoài 60, bác vẫn bận | ngoài 60 | age | 60 | 60 | 70 | tuổi | over |
        | Dù mới ngoài 30 nhưng anh đã thành đạt | ngoài 30 | age | 30 | 30 | 40 | tuổi | over |
        | Ngoài 2 mã này, khá nhiều mã tăng | 2 | count | 2 | 2 | 2 | - | exact |
        | ngoài 20 người bị thương còn có 3 người chết | 20 | count | 20 | 20 | 20 | - | exact |
        | từ chân kè ra ngoài 5m là nền cứng | 5m | measure | 5 | 5 | 5 | m | exact |
        | Năm 18 tuổi, anh   | 18 tuổi        | age      | 18     | 18     | 18     | tuổi | exact     |
        | từ năm 3 tuổi đến 5 tuổi | 3 tuổi   | age      | 3      | 3      | 3      | tuổi | exact     |
        | từ năm 3 tuổi đến 5 tuổi | 5 tuổi   | age      | 5      | 5      | 5      | tuổi | exact     |
        | bé 5 tháng tuổi    | 5 tháng tuổi   | age      | 5      | 5      | 5      | tháng tuổi | exact |
        | cụ ông ở tuổi 90 vẫn | tuổi 90      | age      | 90     | 90     | 90     | tuổi | exact     |
        | độ tuổi 18-25 chiếm | 18-25         | age      | -      | 18     | 25     | tuổi | range     |
        | Các nạn nhân đều trong độ tuổi từ 16 đến 35. | từ 16 đến 35 | age | - | 16 | 35 | tuổi | range |
        | những người là nam giới, tuổi từ 18 - 25, vừa mới nhận bằng | từ 18 - 25 | age | - | 18 | 25 | tuổi | range |
        | thai nhi 20 tuần tuổi | 20 tuần tuổi | age    | 20     | 20     | 20     | tuần tuổi | exact |
        | lợn con 21 ngày tuổi | 21 ngày tuổi | age     | 21     | 21     | 21     | ngày tuổi | exact |
        | định kỳ 2 năm/lần  | 2 năm/lần      | duration | 2      | 2      | 2      | năm  | exact     |
        | một nhiệm kỳ 5 năm | 5 năm          | duration | 5      | 5      | 5      | năm  | exact     |
        | Apple đã 10 năm nay | 10 năm        | duration | 10     | 10     | 10     | năm  | exact     |
        | Facebook ra đời 9 năm trước | 9 năm | duration | 9      | 9      | 9      | năm  | exact     |
        | 20 năm             | 20 năm         | duration | 20     | 20     | 20     | năm  | exact     |
        | 3 tháng            | 3 tháng        | duration | 3      | 3      | 3      | tháng | exact    |
        | lô đất 198 m 2 từ năm 2003 | 198 m 2 | measure | 198  | 198    | 198    | m2   | exact     |
        | khoảng 1.200m 3 . Riêng | khoảng 1.200m 3 | measure | 1200 | 1150 | 1250  | m3   | about     |
        | rộng 8 km 2 .      | 8 km 2         | measure  | 8      | 8      | 8      | km2  | exact     |
        | dung tích 1.798 cm 3 giá | 1.798 cm 3 | measure | 1798 | 1798   | 1798   | cm3  | exact     |
        | Tây Ninh 21 0 C, Ba Tri | 21 0 C    | measure  | 21     | 21     | 21     | °C   | exact     |
        | có nơi dưới 10oC.  | dưới 10oC      | measure  | 10     | 0      | 10     | °C   | under     |
        | phổ biến 13 - 16 0 C, vùng núi | 13 - 16 0 C | measure | - | 13   | 16     | °C   | range     |
        | thấp nhất từ 21 - 24 o C. | từ 21 - 24 o C | measure | -  | 21     | 24     | °C   | range     |
        | mất tới 2 năm rưỡi để vẽ  | tới 2 năm rưỡi | duration | 2.5 | 2   | 2.5    | năm  | up_to     |
        | ngoại trừ chiếm hơn 40%thị phần xe ô tô | hơn 40% | percent | 40 | 40 | 50  | %    | over      |
        | Giá cổ phiếu tăng gấp hơn 6 lần. Quy mô | gấp hơn 6 lần | multiple | 6 | 6 | 7 | lần | over |
        | 6. Luis Suarez, Barcelona, £124m ($157m) 7. | £124m | money | 124000000 | 124000000 | 124000000 | GBP | exact |
        | 6. Luis Suarez, Barcelona, £124m ($157m) 7. | $157m | money | 157000000 | 157000000 | 157000000 | USD | exact |
        | một thương vụ €50m với Monaco | €50m | money | 50000000 | 50000000 | 50000000 | EUR | exact |
        | sợi dây dài 3m nối hai cột | 3m | measure | 3 | 3 | 3 | m | exact |
        | Oppo R11 được trang bị màn hình cỡ 5,5 inch; chip | cỡ 5,5 inch | measure | 5.5 | 5.5 | 5.5 | inch | exact |
        | Samsung CHG90 cỡ 49 inch là màn hình chơi game | cỡ 49 inch | measure | 49 | 49 | 49 | inch | exact |
        | ghi hình ảnh cỡ 19MP chỉ trong 1/120s | cỡ 19MP | measure | 19 | 19 | 19 | MP | exact |
        | Màn hình kích cỡ 5 inch. | 5 inch | measure | 5 | 5 | 5 | inch | exact |
        | cắt thêm ra ngoài một khoảng cỡ 2-3cm. | cỡ 2-3cm | measure | - | 2 | 3 | cm | range |
        | ống phóng lôi cỡ 533 mm | cỡ 533 mm | measure | 533 | 532.5 | 533.5 | mm | about |
        | bạn phải bỏ ra 55 đô (~1 triệu 250 ngàn), tức là | 1 triệu 250 ngàn | money | 1250000 | 1250000 | 1250000 | VND | exact |
        | trong 22 ngày rưỡi làm việc | 22 ngày rưỡi | duration | 22.5 | 22.5 | 22.5   | ngày | exact     |
        | bé gái mới hai tuổi rưỡi ở TP.HCM | hai tuổi rưỡi | age | 2.5 | 2.5  | 2.5    | tuổi | exact     |

    Scenario Outline: An exam mark is a measure in điểm, however far its exam was named
      A fact-checker comparing "điểm chuẩn 27 điểm" with "thí sinh đạt 28 điểm" needs one
      unit. The words that name an exam, its candidates or its marks ("điểm chuẩn", "điểm
      sàn", "thí sinh", "xét tuyển", "kỳ thi") hold over their paragraph and the list it
      introduces, so a cut-off mark listed school after school is a mark; a mark whose
      "điểm" is left out is one after the noun of the mark ("điểm sàn vẫn là 15"). Points
      in a match, venues, a list's points, marks counted and "dứt điểm chuẩn xác" (a shot)
      stay counts; an index level stays a measure.
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | Dưới đây là danh sách những trường đại học với mức điểm chuẩn khoảng từ 18 - 20 điểm (mức thấp nhất) mà các thí sinh nên tham khảo. Danh sách các trường khu vực miền Bắc Đại Học Hàng Hải (A, A1, D1): Khoảng 20 điểm Đại Học Sư Phạm Hà Nội 2 (A, A1): Khoảng 19 điểm | Khoảng 19 điểm | measure | 19 | 18.5 | 19.5 | điểm | about |
        | Ngay sau khi Bộ công bố điểm sàn xét tuyển, nhiều trường đã công bố điểm xét tuyển đầu vào. Trường Đại học Nông lâm cho biết năm nay trường khá đông hồ sơ; các ngành Kinh tế, Kế toán lấy 20 điểm cho tất cả các tổ hợp | 20 điểm | measure | 20 | 20 | 20 | điểm | exact |
        | Năm 2016, điểm chuẩn của ĐH Kinh tế TP.HCM dao động từ 18-21 điểm. | từ 18-21 điểm | measure | - | 18 | 21 | điểm | range |
        | điểm chuẩn các trường này đều tăng từ 1-3 điểm so với năm trước | từ 1-3 điểm | measure | - | 1 | 3 | điểm | range |
        | Như vậy, nếu điểm sàn vẫn là 15, thí sinh đạt 15 điểm 3 môn vẫn có thể trúng tuyển | 15 | measure | 15 | 15 | 15 | điểm | exact |
        | hầu hết ngành học lấy điểm chuẩn 10 cho tổ hợp A, A1, B, D1 | 10 | measure | 10 | 10 | 10 | điểm | exact |
        | Một số ngành cũng lấy điểm trúng tuyển là 15. Ở Thái Nguyên | 15 | measure | 15 | 15 | 15 | điểm | exact |
        | Điểm xét tuyển tất cả các ngành là 15.5 điểm Đại học Văn Hiến | 15.5 điểm | measure | 15.5 | 15.5 | 15.5 | điểm | exact |
        | Em Đinh Quang Hiếu đạt 92,13/100 điểm, đứng thứ 9 | 92,13/100 điểm | measure | 92.13 | 92.13 | 92.13 | điểm | exact |
        | VN-Index được dự báo sẽ hướng đến vùng kháng cự mạnh 778-783 điểm trong tuần tới | 778-783 điểm | measure | - | 778 | 783 | điểm | range |
        | Theo đó, các thí sinh được thông báo kết quả. Sáng nay, Chelsea giành trọn 3 điểm trong trận gặp Arsenal | 3 | count | 3 | 3 | 3 | - | exact |
        | Kỳ thi năm nay đã kết thúc. Toàn tỉnh có 28 điểm thi được bố trí công an | 28 | count | 28 | 28 | 28 | - | exact |
        | Kỳ thi năm nay có nhiều điểm cao: Hà Nội có 622 điểm 10, đứng đầu cả nước | 622 | count | 622 | 622 | 622 | - | exact |
        | Moura dứt điểm chuẩn xác. Với chiến thắng này, PSG nâng thành tích lên 86 điểm | 86 | count | 86 | 86 | 86 | - | exact |
        | Thí sinh đã làm bài. Các nước vùng Vịnh tiếp tục đưa ra yêu cầu 13 điểm trong vòng 10 ngày | 13 | count | 13 | 13 | 13 | - | exact |
        | điểm chuẩn của 7 trường tăng | 7 | count | 7 | 7 | 7 | - | exact |
        | điểm chuẩn 3 ngành tăng | 3 | count | 3 | 3 | 3 | - | exact |
        | thí sinh đăng ký dự thi. VN-Index tăng 5 điểm lên 725 điểm | 5 điểm | measure | 5 | 5 | 5 | điểm | exact |

    Scenario Outline: The old value of a change takes the unit written once after the new one
      "tăng từ 354.000 lên 677.000 đồng/người": the bare number after "từ" and before "lên",
      "xuống" or "còn" is the same quantity as the new value, in its unit and with its scale
      word, so the change rule can set the two against each other. Counts and ranks stay
      counts, and the 0 of a standing start is no value stated.

      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase | text | kind | value | lower | upper | unit | qualifier |
        | các BV hạng đặc biệt tăng từ 354.000 lên 677.000 đồng/người | 354.000 | money | 354000 | 354000 | 354000 | VND | exact |
        | tăng thời lượng chất vấn từ 2,5 lên 3 ngày | 2,5 | duration | 2.5 | 2.5 | 2.5 | ngày | exact |
        | vốn tăng từ 37 lên 50 triệu USD | 37 | money | 37000000 | 37000000 | 37000000 | USD | exact |
        | thu ngân sách tăng từ 5 lên 7 nghìn tỷ đồng | 5 | money | 5000000000000 | 5000000000000 | 5000000000000 | VND | exact |
        | Điểm chuẩn môn tiếng Đức hạ từ 49 xuống 43 điểm. | 49 | measure | 49 | 49 | 49 | điểm | exact |
        | chênh lệch tăng từ mức 220.000 lên mức 250.000 đồng/lượng | 220.000 | money | 220000 | 220000 | 220000 | VND | exact |
        | lãi suất giảm từ 7 xuống 6,5%. | 7 | percent | 7 | 7 | 7 | % | exact |
        | Thụy Điển tụt hạng từ 3 xuống 5 do | 3 | count | 3 | 3 | 3 | - | exact |
        | số bị cáo tăng từ 48 lên 52 bị cáo | 48 | count | 48 | 48 | 48 | - | exact |

    Scenario Outline: An amount whose currency the sentence leaves unsaid
      News drops "đồng" where the sentence already speaks of money. An amount in "triệu"
      or "tỷ", or right after "giá", with nothing it could count after it, is money: in
      the currency of the sentence's last amount that names one (unless it converts that
      amount: "tương đương", "tức", a bracket), else in đồng. A bare "triệu" needs a money
      word before it ("giá", "tiền", "vay", "lỗ", "doanh thu"...); a bare "tỷ" does not,
      unless a word of people or things stands before it ("dân số 1,3 tỷ"). With no amount
      of its own sentence naming a currency, the amount the sentence before (same paragraph)
      names lends it its currency: đồng always, a foreign one when both share the scale word.
      An amount in "nghìn", "triệu" or "tỷ" per kilogram, square metre or head ("1,4
      triệu/kg") is a price whatever the sentence says; per month or day ("5 triệu/tháng")
      it is money only after a money word ("lương", "thu nhập"), as visits are counted per day.
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                                      | text      | kind  | value       | lower       | upper       | unit | qualifier |
        | mua súng bắn bi giá 500.000 tại chợ         | 500.000   | money | 500000      | 500000      | 500000      | VND  | exact     |
        | Siêu xe Lamborghini hơn 30 tỷ của Minh Nhựa | hơn 30 tỷ | money | 30000000000 | 30000000000 | 40000000000 | VND  | over      |
        | Năm 2016 lỗ ròng 727 tỷ, nâng số lỗ lũy kế  | 727 tỷ    | money | 727000000000 | 727000000000 | 727000000000 | VND | exact    |
        | Phiên bản CVT có giá 588 triệu.             | 588 triệu | money | 588000000   | 588000000   | 588000000   | VND  | exact     |
        | Honda Civic giá 950 triệu đang 'làm mưa làm gió' | 950 triệu | money | 950000000 | 950000000 | 950000000 | VND | exact |
        | Nhân viên trộm số vàng giá hơn 700 triệu ở trung tâm thương mại | hơn 700 triệu | money | 700000000 | 700000000 | 800000000 | VND | over |
        | phiên đấu giá 120 triệu cổ phần trên Sở | 120 triệu | count | 120000000 | 120000000 | 120000000 | - | exact |
        | bản 1.5L Hatchback giá 715 triệu và bản 2.0L Sedan | 715 triệu | money | 715000000 | 715000000 | 715000000 | VND | exact |
        | giải thưởng lần lượt là gần 26 tỷ, 68 tỷ và 20 tỷ đồng. 3 khách | 68 tỷ | money | 68000000000 | 68000000000 | 68000000000 | VND | exact |
        | giảm giá (lần lượt 47 triệu và 44 triệu đồng). Theo đó | 47 triệu | money | 47000000 | 47000000 | 47000000 | VND | exact |
        | bán được lần lượt là 76,6 triệu và 69,2 triệu máy | 76,6 triệu | count | 76600000 | 76550000 | 76650000 | - | exact |
        | đạt 3,3 tỷ USD, trong đó tôm đạt 2 tỷ, tăng 8% | 2 tỷ   | money | 2000000000  | 2000000000  | 2000000000  | USD  | exact     |
        | nợ anh 622 USD (tương đương 14 triệu).      | 14 triệu  | money | 14000000    | 14000000    | 14000000    | VND  | exact     |
        | Real muốn thu về 80 triệu euro. Man Utd đã chấp nhận trả 75 triệu. | 75 triệu | money | 75000000 | 75000000 | 75000000 | EUR | exact |
        | chênh lệch là 5 triệu euro. 5 triệu nữa thôi, Man Utd sẽ có Morata. | 5 triệu | money | 5000000 | 5000000 | 5000000 | EUR | exact |
        | Số tiền 200 ngàn USD đã bị tịch thu. Còn số tiền trên 8,4 tỷ trong tài khoản | trên 8,4 tỷ | money | 8400000000 | 8400000000 | 8500000000 | VND | over |
        | thuê xe mất thêm 6 triệu nữa, vị chi lỗ mất 10 triệu đồng. Hai vợ chồng phải hết 8 triệu. | 8 triệu | money | 8000000 | 8000000 | 8000000 | VND | exact |
        | Dân số Trung Quốc là 1,3 tỷ.                | 1,3 tỷ    | count | 1300000000  | 1250000000  | 1350000000  | -    | exact     |
        | bán được 76,6 triệu và 69,2 triệu máy       | 76,6 triệu | count | 76600000   | 76550000    | 76650000    | -    | exact     |
        | Tổng lượt khách du lịch 1,99 triệu, giảm 29% | 1,99 triệu | count | 1990000   | 1985000     | 1995000     | -    | exact     |
        | Lao động giảm từ gần 20 triệu xuống còn 12 triệu. | 12 triệu | count | 12000000 | 12000000    | 12000000    | -    | exact     |
        | vụ tàu vỏ thép gần 20 tỷ rỉ sét ở Bình Định | gần 20 tỷ | money | 20000000000 | 10000000000 | 20000000000 | VND | nearly |
        | yêu cầu anh Diệm trả 4,6 tỷ tiền nợ đánh bạc | 4,6 tỷ | money | 4600000000 | 4550000000 | 4650000000 | VND | exact |
        | với giá 15 triệu euro cộng 3 triệu tiền thưởng | 3 triệu | money | 3000000 | 3000000 | 3000000 | EUR | exact |
        | cùng 4.200 USD cùng 10 triệu tiền kíp. | 10 triệu | count | 10000000 | 10000000 | 10000000 | - | exact |
        | dự án xây dựng hết 4,9 tỷ peso, dù | 4,9 tỷ | count | 4900000000 | 4850000000 | 4950000000 | - | exact |
        | mỗi con cá Anh Vũ có giá 1,4 triệu/kg, còn | 1,4 triệu/kg | money | 1400000 | 1350000 | 1450000 | VND | exact |
        | Cherry Trung Quốc 90 ngàn/kg bán tràn lan | 90 ngàn/kg | money | 90000 | 90000 | 90000 | VND | exact |
        | đang làm cho một nhà máy, thu nhập khoảng 5 - 6 triệu/tháng. | khoảng 5 - 6 triệu/tháng | money | - | 5000000 | 6000000 | VND | range |
        | lượng truy cập đạt 2 triệu/ngày | 2 triệu | count | 2000000 | 2000000 | 2000000 | - | exact |
        | sân bay đón 2 triệu lượt/tháng | 2 triệu | count | 2000000 | 2000000 | 2000000 | - | exact |
        | Tiền làm tóc 1 triệu, làm móng 300 nghìn, đính thêm đá | 300 nghìn | money | 300000 | 300000 | 300000 | VND | exact |
        | bà kiếm được khoảng 150 nghìn đồng, còn bình thường chỉ 60-80 nghìn. | 60-80 nghìn | money | - | 60000 | 80000 | VND | range |
        | 7. Mascara của CoverGirl (200 ngàn) Người đẹp Canada | 200 ngàn | money | 200000 | 200000 | 200000 | VND | exact |
        | rồng Nam Mỹ màu đỏ có giá bán khoảng 1,8 triệu/1 con. Còn | khoảng 1,8 triệu/1 con | money | 1800000 | 1750000 | 1850000 | VND | about |
        | Hoa hậu Thu Ngân vẫn phải vay hơn 500 triệu\n\nTổ chức tiệc cưới | hơn 500 triệu | money | 500000000 | 500000000 | 600000000 | VND | over |
        | Dân số khoảng 20 nghìn. Giá 30 nghìn. | khoảng 20 nghìn | count | 20000 | 15000 | 25000 | - | about |
        | Số lao động đạt 15 nghìn. | 15 nghìn | count | 15000 | 15000 | 15000 | - | exact |
        | Trung Quốc cắt quân số từ 2,3 triệu xuống còn 1 triệu\n\nTrung Quốc | 1 triệu | count | 1000000 | 1000000 | 1000000 | - | exact |
        | có 10 nghìn (tương đương 2%) người tham gia | 10 nghìn | count | 10000 | 10000 | 10000 | - | exact |
        | Theo Kim Thanh, chồng cô lấy 5 triệu mua vàng gửi ngân hàng. | 5 triệu | money | 5000000 | 5000000 | 5000000 | VND | exact |
        | Mừng vô địch, trung vệ Chelsea chi 30 tỷ mua vòng tay | 30 tỷ | money | 30000000000 | 30000000000 | 30000000000 | VND | exact |
        | khoản nợ gần 50 triệu làm đám cưới. | gần 50 triệu | money | 50000000 | 40000000 | 50000000 | VND | nearly |
        | VNPT đang nắm giữ gần 4,5 triệu thuê bao, tương đương | gần 4,5 triệu | count | 4500000 | 4400000 | 4500000 | - | nearly |
        | Lệ Quyên, Quang Lê hát đám cưới 10 tỷ Phía chủ nhân của bữa tiệc không tiết lộ | 10 tỷ | money | 10000000000 | 10000000000 | 10000000000 | VND | exact |
        | ngân hàng trị giá lên đến 550 triệu Shekel (tương đương 147 triệu USD) | lên đến 550 triệu | count | 550000000 | 540000000 | 550000000 | - | up_to |

    Scenario Outline: A price table whose header names the currency
      A price list that runs on in one line names its currency once, in the header's
      bracket ("Đơn giá (taka/kg)", "Chi phí (Đơn vị: Triệu đồng)"). A bare number or
      range right after a row's label is a price in that currency, times its scale word;
      a row's number, or a number in a row's description, is not.
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase                                                                  | text    | kind  | value    | lower    | upper    | unit | qualifier |
        | Mặt hàng Đơn giá (taka/kg)  BROKENS  Bold/Large Brokens 120-130  Medium Brokens 130-150 | 120-130 | money | - | 120 | 130 | BDT | range |
        | Đơn giá (taka/kg)  DUST  Red Dust 130-250 Dust 115-263  Churamoni Dust 200-260 Nguồn: Reuters | 115-263 | money | - | 115 | 263 | BDT | range |
        | Thị trường Giá (VND/kg) Thay đổi  Chư Sê (Gia Lai) 72.000 0  Bình Phước 73.000 +1.000 | 72.000 | money | 72000 | 72000 | 72000 | VND | exact |
        | Chi phí (Đơn vị: Triệu đồng) 1 Phần thô 400 2 Gạch 35 3 Đá granit 20 | 35 | money | 35000000 | 35000000 | 35000000 | VND | exact |
        | Chi phí (Đơn vị: Triệu đồng) 1 Phần thô 400 2 Gạch 35 3 Đá granit 20 | 2  | count | 2        | 2        | 2        | -    | exact     |
        | Giá bán lẻ mới (VNĐ) 1 LS460L USF41L-AEZGHW 5 chỗ ngồi, số tự động | 5 | count | 5      | 5        | 5        | -    | exact     |
        | giá chè trung bình 152,29 taka (tương đương 2,5 USD)/kg | 152,29 taka | money | 152.29 | 152.29 | 152.29 | BDT | exact |
        | Theo đó, 57,56 ruble đổi được 1 USD                | 57,56 ruble | money | 57.56   | 57.56    | 57.56    | RUB  | exact     |

  Rule: Dates and times are read as written, even when the day does not exist

    Scenario Outline: A date or time
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds <lower> to <upper>, unit <unit> and qualifier <qualifier>

      Examples:
        | phrase               | text            | kind | value      | lower | upper | unit | qualifier |
        | Ngày 29/11, đoàn     | Ngày 29/11      | date | --11-29    | -     | -     | -    | exact     |
        | giá sẽ giảm sau 8/6 GMT, theo | 8/6 | date | --06-08 | - | - | - | exact |
        | Tại Bệnh viện Bệnh Nhiệt đới, bắt đầu từ 5.2017 đã thử áp dụng phác đồ | 5.2017 | date | 2017-05 | - | - | - | exact |
        | Tóm tắt quá trình công tác: + Tháng 7.1979 – 6.1994: Cán bộ Huyện đoàn | Tháng 7.1979 – 6.1994 | date | 1979-07/1994-06 | - | - | - | range |
        | Ảnh: T.KHÁNH Tháng 7-2016, phường 10 đã phối hợp | Tháng 7-2016 | date | 2016-07 | - | - | - | exact |
        | Bùi Văn Hồng (Sn 1958, trú tại thôn Hoành) | Sn 1958 | year | 1958 | 1958 | 1958 | - | exact |
        | Giá vàng giao tháng 6 cũng tăng lên trên ngưỡng 1.2060 USD/ounce. | 2060 USD/ounce | money | 2060 | 2060 | 2060 | USD | exact |
        | chỉ chạy thử nghiệm vào cuối năm nay và khai trương vào quý 2.2018. Nam Phong | quý 2.2018 | date | 2018-04/2018-06 | - | - | - | range |
        | Di tích được phục dựng một phần năm 2002 và trở thành | năm 2002 | year | 2002 | 2002 | 2002 | - | exact |
        | Chùa Lôi Phong được xây dựng năm 975. Trước đây | năm 975 | year | 975 | 975 | 975 | - | exact |
        | nét văn hóa này có từ những năm 960 và bắt đầu lan rộng | năm 960 | year | 960 | 960 | 960 | - | exact |
        | Người Việt chiếm một phần năm dân số | một phần năm | fraction | 0.2 | 0.2 | 0.2 | - | exact |
        | Thời gian mở cửa (buổi sáng từ 9 giờ - 11 giờ, chiều | từ 9 giờ - 11 giờ | time | 09:00/11:00 | - | - | - | range |
        | buổi sáng từ 9 giờ - 11 giờ, chiều từ 14giờ - 16 giờ) và | từ 14giờ - 16 giờ | time | 14:00/16:00 | - | - | - | range |
        | giám sát chặt chẽ các giao dịch từ 23 giờ - 1 giờ hôm sau | từ 23 giờ - 1 giờ | time | 23:00/01:00 | - | - | - | range |
        | đối tượng hẹn gặp lúc 14giờ ngày 5/6 tại | 14giờ | time | 14:00 | - | - | - | exact |
        | xe chạy mất 2giờ để tới nơi | 2giờ | duration | 2 | 2 | 2 | giờ | exact |
        | Công an Thành phố Hà Nội cho hay, vào lúc 4h ngày 30 tháng 5, tổ công tác Đội 5 | ngày 30 tháng 5 | date | --05-30 | - | - | - | exact |
        | Gameshow được trình chiếu cố định từ 21 giờ, tuy nhiên đến gần 22 giờ phía nhà đài mới phát hiện | gần 22 giờ | time | 22:00 | - | - | - | exact |
        | chưa hết hoảng sợ nhớ lại vào gần 20 giờ, chị cùng khoảng 10 người | gần 20 giờ | time | 20:00 | - | - | - | exact |
        | Nhân viên cho biết vào lúc hơn 14 giờ, ông Soái lên sân thượng | hơn 14 giờ | time | 14:00 | - | - | - | exact |
        | Trước đó, lúc 20h 15 phút tối 19/5, tại cặp phao | 20h 15 phút | time | 20:15 | - | - | - | exact |
        | chuyển đổi mã vùng điện thoại từ 0h 0 phút ngày 11/2 Ngay sau | 0h 0 phút | time | 00:00 | - | - | - | exact |
        | Hai clip này đăng trên Facebook đến gần 24 giờ, thu hút gần nửa triệu lượt xem | gần 24 giờ | duration | 24 | 23 | 24 | giờ | nearly |
        | mỗi ngày dành tới gần 3 giờ đồng hồ trong phòng để đồ | gần 3 giờ | duration | 3 | 2 | 3 | giờ | nearly |
        | Nguồn ảnh: CNBC Vào ngày 4 tháng 7, Mark Cuban đã đăng | ngày 4 tháng 7 | date | --07-04 | - | - | - | exact |
        | 4 giờ sáng ngày 13 tháng 10. Thủ tướng triệu tập | ngày 13 tháng 10 | date | --10-13 | - | - | - | exact |
        | ngày 12 tháng 10 năm 2017, ông | ngày 12 tháng 10 năm 2017 | date | 2017-10-12 | - | - | - | exact |
        | dự án kéo dài 12 tháng 5,5 tỷ đồng | 5,5 tỷ đồng | money | 5500000000 | 5450000000 | 5550000000 | VND | exact |
        | góp vốn 2,24 tỷ USD, tăng 97,6% so với cùng kỳ 2016. Theo lĩnh vực | 2016 | year | 2016 | 2016 | 2016 | - | exact |
        | doanh số 5 tháng đầu 2017 chỉ tăng nhẹ với cùng kỳ 2016. Mazda3 2017 Vắng mặt | 2016 | year | 2016 | 2016 | 2016 | - | exact |
        | ngành thương nghiệp đạt 767 nghìn tỷ đồng, tăng 7,3% so cùng kỳ 2016; ngành khách sạn | 2016 | year | 2016 | 2016 | 2016 | - | exact |
        | công viên ngày 30/4 đông người | ngày 30/4 | date | --04-30 | - | - | - | exact |
        | tăng viện phí từ 1-8 tới. | từ 1-8 | date | --08-01 | - | - | - | exact |
        | Vòng 1/8 Cúp quốc gia: 17:00 - 03/06: SHB Đà Nẵng 5-1 FLC Thanh Hóa | 03/06 | date | --06-03 | - | - | - | exact |
        | Từ nay đến 30-8 sẽ tạm dừng triển khai | đến 30-8 | date | --08-30 | - | - | - | exact |
        | Sau trận thua, đội sẽ được nghỉ đến 15-8 | đến 15-8 | date | --08-15 | - | - | - | exact |
        | hoàn thành trước 30-6 trong năm nay | trước 30-6 | date | --06-30 | - | - | - | exact |
        | Khoảng 9h sáng 1/6, người dân | 1/6  | date | --06-01    | -     | -     | -    | exact     |
        | Real và Juventus (1h45, 4/6) | 4/6   | date | --06-04    | -     | -     | -    | exact     |
        | Giá vàng hôm nay 4/6 tăng nhẹ | 4/6  | date | --06-04    | -     | -     | -    | exact     |
        | Sáng mai 2/7, các thí sinh | 2/7     | date | --07-02    | -     | -     | -    | exact     |
        | Ngày 31/11, đoàn     | Ngày 31/11      | date | --11-31    | -     | -     | -    | exact     |
        | ngày 10-2            | ngày 10-2       | date | --02-10    | -     | -     | -    | exact     |
        | nghỉ ngày 3 - 5 tới, trời | ngày 3 - 5 | date | --05-03    | -     | -     | -    | exact     |
        | gửi tới cơ quan chức năng vào tháng Tư, phía Pepsico | tháng Tư | date | --04 | - | - | - | exact |
        | thảo luận về cách khắc phục trong tháng tư. Sau đó | tháng tư | date | --04 | - | - | - | exact |
        | trong tháng Ba hoặc tháng Tư tới. | tháng Tư | date | --04 | - | - | - | exact |
        | trò đùa vào ngày Cá tháng Tư năm 2016, khi | năm 2016 | year | 2016 | 2016 | 2016 | - | exact |
        | vào ngày 20 và 21/5. Thay vì | ngày 20 | date | --05-20  | -     | -     | -    | exact     |
        | Ngay ở vòng đấu đầu tiên (12 và 13/8), giải | 12 | date | --08-12 | - | -   | -    | exact     |
        | diễn ra vào các ngày 22, 23, 24/6 tại Nhà hát | 23 | date | --06-23 | - | -  | -    | exact     |
        | Trong 5 ngày diễn ra phiên xử (22, 23, 26, 27 và 29/6), có | 26 | date | --06-26 | - | - | - | exact |
        | đứng thứ 5, ngày 6/7 đội bóng | ngày 6/7 | date | --07-06 | -     | -     | -    | exact     |
        | Ngày 5 và 6/2 tại    | Ngày 5          | date | --02-05    | -     | -     | -    | exact     |
        | ngày 24.3 vừa qua    | ngày 24.3       | date | --03-24    | -     | -     | -    | exact     |
        | thi môn chuyên vào ngày 10 và 11.6. Năm học | 11.6 | date | --06-11 | - | - | - | exact |
        | vào các ngày 30.4, 20.5, 3.6, 24.6. Song song | 24.6 | date | --06-24 | - | - | - | exact |
        | Hai người bị bắt hôm 21 và 23.5. Một phần | 23.5 | date | --05-23 | - | - | - | exact |
        | nhập học từ ngày 13 - 19.6. Sau đó | từ ngày 13 - 19.6 | date | --06-13/--06-19 | - | - | - | range |
        | trong cuộc duyệt binh ngày 15.4. Tổng thống | ngày 15.4 | date | --04-15 | - | - | - | exact |
        | Ngày 4.2.2017. Sau đó | Ngày 4.2.2017 | date | 2017-02-04 | -     | -     | -    | exact     |
        | Sáng 6/2, tại        | 6/2             | date | --02-06    | -     | -     | -    | exact     |
        | ký ngày 05.02.2017   | ngày 05.02.2017 | date | 2017-02-05 | -     | -     | -    | exact     |
        | từ tháng 5/2017      | tháng 5/2017    | date | 2017-05    | -     | -     | -    | exact     |
        | Năm 2023, tỉnh       | Năm 2023        | year | 2023       | 2023  | 2023  | -    | exact     |
        | hoãn họp cổ đông thường niên năm 2017 ngày 26/5/2017 và | năm 2017 | year | 2017 | 2017 | 2017 | - | exact |
        | cô gái sinh năm 1996 ngày càng thay đổi | sinh năm 1996 | year | 1996 | 1996 | 1996 | - | exact |
        | đại hội năm 2017 ngày 26/5/2017 và | ngày 26/5/2017 | date | 2017-05-26 | - | - | - | exact |
        | năm học 2024-2025    | năm học 2024-2025 | year | -        | 2024  | 2025  | -    | range     |
        | Bộ trưởng nhiệm kỳ 2011-2016 | nhiệm kỳ 2011-2016 | year | - | 2011 | 2016 | - | range |
        | nhiệm kỳ 2000-06     | nhiệm kỳ 2000-06 | year | -        | 2000  | 2006  | -    | range     |
        | quý III/2024         | quý III/2024    | date | 2024-07/2024-09 | -  | -     | -    | range     |
        | lãi quý I/2017 đạt   | quý I/2017      | date | 2017-01/2017-03 | -  | -     | -    | range     |
        | Cuối quý I-2017, các | quý I-2017      | date | 2017-01/2017-03 | -  | -     | -    | range     |
        | • 2017-06-04 03:01 Phút 53 | 2017-06-04 | date | 2017-06-04 | -   | -     | -    | exact     |
        | • 2017-06-04 03:01 Phút 53 | 03:01   | time | 03:01      | -     | -     | -    | exact     |
        | lúc 8 giờ 30 sáng    | 8 giờ 30 sáng   | time | 08:30      | -     | -     | -    | exact     |
        | Theo bản tin, hồi 7 giờ ngày 12-6, vị trí tâm bão | 7 giờ | time | 07:00 | - | - | - | exact |
        | Trước đó, lúc 10 giờ ngày 20/6, cũng trên đoạn sông này | 10 giờ | time | 10:00 | - | - | - | exact |
        | Cháu An vào viện lúc 12 giờ ngày 6-2 | 12 giờ | time | 12:00 | - | - | - | exact |
        | lực lượng chức năng vào lúc 11 giờ cùng ngày đã | 11 giờ | time | 11:00 | - | - | - | exact |
        | di dời 2 phương tiện vào gần 23 giờ cùng ngày. | 23 giờ | time | 23:00 | - | - | - | exact |
        | Đến gần 20 giờ ngày 30/5, thi thể nạn nhân mới được phát hiện | 20 giờ | time | 20:00 | - | - | - | exact |
        | cơn mưa lớn kéo dài khoảng 3 giờ đồng hồ đã khiến | khoảng 3 giờ | duration | 3 | 2.5 | 3.5 | giờ | about |
        | Khoảng 8 giờ 30 phút, xe tải | Khoảng 8 giờ 30 phút | time | 08:30 | - | - | - | exact |
        | Độ dài ban ngày: 13 giờ 24 phút Giờ mặt trăng | 13 giờ 24 phút | duration | 804 | 804 | 804 | phút | exact |
        | Cuộc gặp giữa hai ông kéo dài 2 giờ 20 phút. | 2 giờ 20 phút | duration | 140 | 140 | 140 | phút | exact |
        | chỉ mất 1 giờ 27 phút để sạc | 1 giờ 27 phút | duration | 87 | 87 | 87 | phút | exact |
        | tương đương khoảng 1 giờ 15 phút mỗi ngày. | khoảng 1 giờ 15 phút | duration | 75 | 74.5 | 75.5 | phút | about |
        | Trẻ xem tivi 2 giờ 30 phút một ngày. | 2 giờ 30 phút | duration | 150 | 150 | 150 | phút | exact |
        | Cửa hàng mở lúc 5 giờ 30 phút mỗi ngày. | 5 giờ 30 phút | time | 05:30 | - | - | - | exact |
        | Xe xuất bến 7 giờ 15 phút mỗi ngày. | 7 giờ 15 phút | time | 07:15 | - | - | - | exact |
        | lúc 10h45            | 10h45           | time | 10:45      | -     | -     | -    | exact     |
        | Đúng 12h đêm ngày 7/2 | 12h đêm        | time | 00:00      | -     | -     | -    | exact     |
        | Đúng 12 giờ đêm ngày 7/2 | 12 giờ đêm  | time | 00:00      | -     | -     | -    | exact     |
        | cất cánh 3h45' chiều | 3h45' chiều     | time | 15:45      | -     | -     | -    | exact     |
        | Khoảng 13 giờ, xe    | Khoảng 13 giờ   | time | 13:00      | -     | -     | -    | exact     |
        | đến tháng 10-2016, ông | tháng 10-2016 | date | 2016-10    | -     | -     | -    | exact     |
        | hồi tháng 7.2014.    | tháng 7.2014    | date | 2014-07    | -     | -     | -    | exact     |
        | Sáng nay (2.6), tại  | 2.6             | date | --06-02    | -     | -     | -    | exact     |
        | khoảng 4 giờ sáng ngày 9.7 giờ địa phương khi | ngày 9.7 | date | --07-09 | - | - | - | exact |
        | tức rạng sáng ngày 29.5 giờ Việt Nam | ngày 29.5 | date | --05-29 | - | - | - | exact |
        | vào ngày 10.2 (tối 9.2 giờ Mỹ) | 9.2 | date | --02-09 | - | - | - | exact |
        | máy bay bay 9.5 giờ liên tục | 9.5 giờ | duration | 9.5 | 9.5 | 9.5 | giờ | exact |
        | Sau 18 giờ ráo riết truy lùng, cảnh sát đã bắt | 18 giờ | duration | 18 | 18 | 18 | giờ | exact |
        | Sau 16 giờ lênh đênh trên biển, 5 ngư dân | 16 giờ | duration | 16 | 16 | 16 | giờ | exact |
        | chỉ sau 3h gây án, các đối tượng đã bị bắt | 3h | duration | 3 | 3 | 3 | giờ | exact |
        | Sau 17 giờ ngày 20-7-2017, các thí sinh | 17 giờ | time | 17:00 | - | - | - | exact |
        | Quán đóng cửa sau 22h hàng ngày | 22h | time | 22:00 | - | - | - | exact |
        | sau 23h không được hát karaoke | 23h | time | 23:00 | - | - | - | exact |
        | Sau 22 giờ, đường phố vắng | 22 giờ | time | 22:00 | - | - | - | exact |
        | những năm 90         | những năm 90    | year | -          | 1990  | 1999  | -    | range     |
        | Thập niên 80 - 90 của thế kỷ trước là thời kỳ hoàng kim | Thập niên 80 - 90 | year | - | 1980 | 1999 | - | range |
        | những năm 70-80 thế kỷ trước nơi đây nghèo lắm | những năm 70-80 | year | - | 1970 | 1989 | - | range |
        | sao nhí được yêu thích nhất những năm 80, 90. Thích Tiểu Long | những năm 80, 90 | year | - | 1980 | 1999 | - | range |
        | những năm 90, 50 người đã đến | những năm 90 | year | - | 1990 | 1999 | - | range |
        | vào những năm 1940, khi | những năm 1940 | year | -      | 1940  | 1949  | -    | range     |
        | chiến thắng Bạch Đằng năm 1288, rồi | năm 1288 | year | 1288 | 1288 | 1288 | -   | exact     |
        | Năm 1418, Lê Lợi dựng cờ | Năm 1418   | year | 1418       | 1418  | 1418  | -    | exact     |
        | Võ Tấn Bình (sinh năm 1089, trú tại | sinh năm 1089 | year | 1089 | 1089 | 1089 | - | exact  |
        | nhà thờ được xây dựng từ năm 1675-1720 và | năm 1675-1720 | year | - | 1675 | 1720 | - | range |
        | môn võ nguy hiểm nhất trong giai đoạn 1185 -1868. Võ | giai đoạn 1185 -1868 | year | - | 1185 | 1868 | - | range |
        | làm Bộ trưởng trong giai đoạn 1957-1985. Ảnh | giai đoạn 1957-1985 | year | - | 1957 | 1985 | - | range |
        | đặt tên nước là Đại Ngu (1400-1407), thành | 1400-1407 | year | - | 1400 | 1407 | - | range |
        | kỷ niệm 40 năm quan hệ đối thoại ASEAN-EU (1977-2017). Cuộc họp | 1977-2017 | year | - | 1977 | 2017 | - | range |
        | nhà văn Nguyễn Tuân (1910-1987) là người | 1910-1987 | year | - | 1910 | 1987 | - | range |
        | Chuẩn bị lễ tế Bùi Cầm Hổ (1390 – 1483), tương truyền | 1390 – 1483 | year | - | 1390 | 1483 | - | range |
        | Tượng Bà chúa thơ Nôm Hồ Xuân Hương (1772 – 1822) được làm | 1772 – 1822 | year | - | 1772 | 1822 | - | range |
        | Chùa được xây dựng vào năm Tân Sửu (1601), đời chúa Tiên | 1601 | year | 1601 | 1601 | 1601 | - | exact |
        | Tượng vua Gia Long Nguyễn Ánh (1762 – 1820) được dựng | 1762 – 1820 | year | - | 1762 | 1820 | - | range |
        | Chùa được dựng năm Ất Mùi (1715), đời chúa Minh | 1715 | year | 1715 | 1715 | 1715 | - | exact |
        | vào năm Thiệu Bảo thứ nhất (1279), quân Nguyên | 1279 | year | 1279 | 1279 | 1279 | - | exact |
        | vé bán ở Hoàng Đạo Thúy (1149), Nguyễn Tuân (617) | 1149 | count | 1149 | 1149 | 1149 | - | exact |
        | bán được (1200 - 1300) vé | 1200 - 1300 | count | - | 1200 | 1300 | - | range |
        | vào năm Tân Sửu (1601 người) | 1601 | count | 1601 | 1601 | 1601 | - | exact |
        | giá vé (1500-2000) đồng | 1500-2000 | count | - | 1500 | 2000 | - | range |
        | vốn huy động cho 1152 - 1154 căn hộ | 1152 - 1154 | count | - | 1152 | 1154 | - | range |
        | kinh thành từ năm 1398 đến 1407. Thành | năm 1398 đến 1407 | year | - | 1398 | 1407 | - | range |
        | ông A (SN 1964)      | SN 1964         | year | 1964       | 1964  | 1964  | -    | exact     |
        | Từ 28-30/7: thi      | Từ 28-30/7      | date | --07-28/--07-30 | -  | -     | -    | range     |
        | từ ngày 2-14/2/2017 tại | ngày 2-14/2/2017 | date | 2017-02-02/2017-02-14 | - | - | - | range |
        | ngày 20-25/12/16 tại | ngày 20-25/12/16 | date | 2016-12-20/2016-12-25 | - | - | - | range |
        | Từ ngày 9 - 11.2, ở Bắc bộ trời chuyển rét | Từ ngày 9 - 11.2 | date | --02-09/--02-11 | - | - | - | range |
        | thăm Thanh Hóa (ngày 11-12.12.1961), hình ảnh | ngày 11-12.12.1961 | date | 1961-12-11/1961-12-12 | - | - | - | range |
        | Liên tiếp trong ngày 3 - 4.5, PV ghi nhận | ngày 3 - 4.5 | date | --05-03/--05-04 | - | - | - | range |
        | giá từ 3 - 4.5 triệu đồng | từ 3 - 4.5 triệu đồng | money | - | 3000000 | 4500000 | VND | range |
        | các ngày 12 - 13.8 tới | ngày 12 - 13.8 | date | --08-12/--08-13 | - | - | - | range |
        | vào ngày 10.2.2017 tại | ngày 10.2.2017 | date | 2017-02-10 | - | - | - | exact |
        | ngày 10-2 tại        | ngày 10-2       | date | --02-10    | -     | -     | -    | exact     |
        | khoảng 15 giờ 45, ông | khoảng 15 giờ 45 | time | 15:45   | -     | -     | -    | exact     |
        | trộm lúc 2h15 sáng 29.5. Sau đó | 29.5 | date | --05-29    | -     | -     | -    | exact     |
        | Rời nhà lúc 4 rưỡi sáng, phát hiện | 4 rưỡi sáng | time | 04:30 | - | -     | -    | exact     |
        | bị ách tắc cục bộ hơn 4h đồng hồ. | hơn 4h đồng hồ | duration | 4 | 4 | 5   | giờ  | over      |
        | khoảng 12 giờ trưa 29-5 tại thị trấn | 29-5 | date | --05-29 | -   | -     | -    | exact     |
        | Kỳ họp khai mạc sáng nay, 22-5 “Cử tri | 22-5 | date | --05-22 | - | -     | -    | exact     |
        | cho thí sinh. Ngày 24/7: Là thời hạn | Ngày 24/7 | date | --07-24 | - | -   | -    | exact     |
        | Ngày 5/7: Các trường công bố. Hết 7/8: Thí sinh | 7/8 | date | --08-07 | - | - | - | exact |
        | Như vậy, 5/6 là ngày cuối cùng | 5/6     | date | --06-05    | -     | -     | -    | exact     |
        | 40 vạn người (1/3 dân số toàn tỉnh) có | 1/3 | fraction | 0.3333333333 | 0.3333333333 | 0.3333333333 | - | exact |
        | thu hút tới 1/3 tổng vốn đầu tư | tới 1/3 | fraction | 0.3333333333 | 0 | 0.3333333333 | - | up_to |
        | hình xăm ở mặt sau 1/3 dưới cẳng tay | 1/3 | fraction | 0.3333333333 | 0.3333333333 | 0.3333333333 | - | exact |
        | Nhân ngày Quốc tế Thiếu nhi 1/6 và hưởng ứng | 1/6 | date | --06-01 | - | - | - | exact |
        | Sôi động Tết Thiếu nhi 1/6 ở Báo Nghệ An | 1/6 | date | --06-01 | - | - | - | exact |
        | diễn ra vào đúng ngày Quốc khánh Mỹ 04/7 và | 04/7 | date | --07-04 | - | - | - | exact |
        | Nghỉ lễ Quốc tế Lao động 1/5 kéo dài | 1/5 | date | --05-01 | - | - | - | exact |
        | Phiên 3/7: Thêm 80 tỷ đồng của khối ngoại | 3/7 | date | --07-03 | - | - | - | exact |
        | đỉnh phiên 4/5) và xa hơn tại 732 điểm | 4/5 | date | --05-04 | - | - | - | exact |
        | Chốt phiên 5/7, Tập Đoàn Vàng bạc đá quý DOJI | 5/7 | date | --07-05 | - | - | - | exact |
        | Cổ phiếu này tăng trong 4/5 phiên. | 4/5 | fraction | 0.8 | 0.8 | 0.8 | - | exact |
        | người lao động 1/3 số dân | 1/3 | fraction | 0.3333333333 | 0.3333333333 | 0.3333333333 | - | exact |
        | ngày Lao động 1/3 số công nhân nghỉ | 1/3 | fraction | 0.3333333333 | 0.3333333333 | 0.3333333333 | - | exact |
        | từ năm 2008 đến 2010 bị | từ năm 2008 đến 2010 | year | - | 2008  | 2010  | -    | range     |
        | từ năm 2011 đến năm 2013, công ty | từ năm 2011 đến năm 2013 | year | - | 2011 | 2013 | - | range |
        | giải vô địch được tổ chức từ năm 1999 cho đến năm 2010, Iran | từ năm 1999 cho đến năm 2010 | year | - | 1999 | 2010 | - | range |
        | ra mắt liên tiếp từ năm 2017 cho đến 2019. Phần 4 | từ năm 2017 cho đến 2019 | year | - | 2017 | 2019 | - | range |
        | ngoại trưởng từ tháng 10/1991 cho đến tháng 1/1996. Ảnh | từ tháng 10/1991 cho đến tháng 1/1996 | date | 1991-10/1996-01 | - | - | - | range |
        | cuối năm 2013 đến đầu 2016, Hùng tham gia | năm 2013 đến đầu 2016 | year | - | 2013 | 2016 | - | range |
        | từ cuối năm 2013 đến đầu năm 2016 | từ cuối năm 2013 đến đầu năm 2016 | year | - | 2013 | 2016 | - | range |
        | Mùa hoa thường vào tháng 2 đến tháng 3 nên | tháng 2 đến tháng 3 | date | --02/--03 | - | - | - | range |
        | từ giữa tháng 5 đến tháng 9, lượng khách | từ giữa tháng 5 đến tháng 9 | date | --05/--09 | - | - | - | range |
        | từ tháng 5 đến tháng 3 năm sau | tháng 5 | date | --05 | - | - | - | exact |
        | năm 2013 đến đầu 2016 | năm 2013 | year | 2013 | 2013 | 2013 | - | exact |
        | thế hệ thứ nhất từ 1998 đến 2007, thế hệ | từ 1998 đến 2007 | year | - | 1998 | 2007 | - | range |
        | Từ ngày 9 đến 24/5, các thí sinh | Từ ngày 9 đến 24/5 | date | --05-09/--05-24 | - | - | - | range |
        | Từ 8 đến hết 17/7: thí sinh | Từ 8 đến hết 17/7 | date | --07-08/--07-17 | - | -  | -    | range     |
        | thu từ ngày 20-7 đến 20-8 năm nay | từ ngày 20-7 đến 20-8 | date | --07-20/--08-20 | - | - | - | range |
        | Từ ngày 13-2-2015 đến ngày 3-4-2015, ông | Từ ngày 13-2-2015 đến ngày 3-4-2015 | date | 2015-02-13/2015-04-03 | - | - | - | range |
        | từ ngày 25 đến 3/8/2017 tại | từ ngày 25 đến 3/8/2017 | date | 2017-07-25/2017-08-03 | - | - | - | range |
        | Từ 8/2005 đến 11/2007: Phó Giám đốc | Từ 8/2005 đến 11/2007 | date | 2005-08/2007-11 | - | - | - | range |
        | từ ngày 27/6-29/6, các trường | từ ngày 27/6-29/6 | date | --06-27/--06-29 | - | - | - | range |
        | từ tháng 6-2016 đến tháng 3 thì | tháng 6-2016 | date | 2016-06  | -     | -     | -    | exact     |
        | ngày 20-8 năm 2017 và | ngày 20-8 năm 2017 | date | 2017-08-20 | -   | -     | -    | exact     |
        | vào tháng 3-4/2017 tới | tháng 3-4/2017 | date | 2017-03/2017-04 | -    | -     | -    | range     |
        | mùa thuận (tháng 8-10 âm lịch) | tháng 8-10 | date | --08/--10   | -     | -     | -    | range     |
        | khoảng 9-10 giờ sáng mỗi ngày | khoảng 9-10 giờ sáng | time | 09:00/10:00 | - | - | - | range |
        | đứng chờ trước cửa hàng vàng từ 4, 5 giờ để mua | 4, 5 giờ | time | 04:00/05:00 | - | - | - | range |
        | Người lớn dậy 4,5 giờ còn khó nữa là trẻ con | 4,5 giờ | time | 04:00/05:00 | - | - | - | range |
        | Nhiều hôm quay đến 2, 3 giờ sáng là mệt lả | 2, 3 giờ sáng | time | 02:00/03:00 | - | - | - | range |
        | Trong 4,5 giờ đồng hồ phẫu thuật, các bác sĩ | 4,5 giờ | duration | 4.5 | 4.5 | 4.5 | giờ | exact |
        | là 10-18h. Cùng lúc  | 10-18h          | time | 10:00/18:00 | -    | -     | -    | range     |
        | gói thuốc lá biến mất Khoảng 14 giờ cùng ngày, tài xế quay lại | Khoảng 14 giờ | time | 14:00 | - | - | - | exact |
        | tuyến thượng thận có cao điểm trong khoảng 5 giờ đến 7 giờ. | khoảng 5 giờ đến 7 giờ | time | 05:00/07:00 | - | - | - | range |
        | em bị nhóm đối tượng hành hung từ lúc 16h đến 18h. | từ lúc 16h đến 18h | time | 16:00/18:00 | - | - | - | range |
        | sự việc xảy ra vào khoảng 13h đến 13h30 thứ sáu | khoảng 13h đến 13h30 | time | 13:00/13:30 | - | - | - | range |
        | Thời gian có nhiệt độ trên 35 độ từ 10-18 giờ. | từ 10-18 giờ | time | 10:00/18:00 | - | - | - | range |
        | khu di tích mở cửa từ 7 - 19 giờ hằng ngày | từ 7 - 19 giờ | time | 07:00/19:00 | - | - | - | range |
        | có 24 xe buýt nhanh hoạt động từ 5 – 22 giờ/ngày, riêng Chủ nhật | từ 5 – 22 giờ | time | 05:00/22:00 | - | - | - | range |
        | bảo tàng mở cửa từ 8 - 17 giờ/ngày, trừ thứ Hai | từ 8 - 17 giờ | time | 08:00/17:00 | - | - | - | range |
        | Buổi sáng từ 9 - 11 giờ; buổi chiều từ 14 - 16 giờ | từ 14 - 16 giờ | time | 14:00/16:00 | - | - | - | range |
        | Khoảng 16h30-17h, cổng | Khoảng 16h30-17h | time | 16:30/17:00 | -   | -     | -    | range     |
        | đi gặt từ 3-4h sáng. | từ 3-4h sáng    | time | 03:00/04:00 | -    | -     | -    | range     |
        | từ 2 giờ đến 5 giờ chiều | từ 2 giờ đến 5 giờ chiều | time | 14:00/17:00 | - | - | - | range |
        | thi công từ 22 giờ hôm trước đến 4 giờ sáng hôm sau | từ 22 giờ hôm trước đến 4 giờ sáng | time | 22:00/04:00 | - | - | - | range |
        | kéo dài khoảng 7-8h trong giấc ngủ | khoảng 7-8h | duration | - | 7   | 8     | giờ  | range     |
        | làm việc 8-10 giờ mỗi ngày | 8-10 giờ  | duration | -        | 8     | 10    | giờ  | range     |
        | giữa năm 1996 và 2010, có | 2010        | year | 2010       | 2010  | 2010  | -    | exact     |
        | giải ngũ vào hè 1905, ông | 1905        | year | 1905       | 1905  | 1905  | -    | exact     |
        | ông rời MU trong mùa hè 2016, và | 2016 | year | 2016       | 2016  | 2016  | -    | exact     |
        | từ Chelsea sang PSG hè 2014 với giá | 2014 | year | 2014    | 2014  | 2014  | -    | exact     |
        | nhiều nhất thì 2016 đã vượt qua | 2016  | year | 2016       | 2016  | 2016  | -    | exact     |
        | Các ngày 1-6, 2-6 tỉnh tổ chức thi. | ngày 1-6 | date | --06-01 | - | - | - | exact |
        | Camera chính 12MP, khẩu độ f/1.7; tính năng | f/1.7 | other | 1.7 | 1.7 | 1.7 | - | exact |
        | tuần này 29/5 - 3/6: Liệu | 29/5 - 3/6 | date | --05-29/--06-03 | - | -   | -    | range     |
        | kê khai giá tính thuế năm 2015, 2016 đối với đá | 2016 | year | 2016 | 2016 | 2016 | - | exact |
        | ở 2 trận chung kết các năm 2014 và 2016 nhưng giờ | 2016 | year | 2016 | 2016 | 2016 | - | exact |
        | từng bị bắt 2 lần vào năm 2008 và 2015 vì lái xe | 2015 | year | 2015 | 2015 | 2015 | - | exact |
        | lên ngôi sau các năm 2001, 2003, 2004 và 2014. | 2004 | year | 2004 | 2004 | 2004 | - | exact |
        | Năm 2016, 2000 người tham gia giải | 2000 | count | 2000 | 2000 | 2000 | - | exact |
        | năm 2015 có 2016 hộ nghèo | 2016 | count | 2016 | 2016 | 2016 | - | exact |
        | ổn định tỷ giá trong năm 2016, nửa đầu 2017 cũng như | 2017 | year | 2017 | 2017 | 2017 | - | exact |
        | Cuối 2019 quỹ dự phòng sẽ hết | 2019 | year | 2019 | 2019 | 2019 | - | exact |
        | theo dự kiến đầu 2018 mới chính thức khai thác | 2018 | year | 2018 | 2018 | 2018 | - | exact |
        | Bà đến London hồi 1955 để dự tiệc | 1955 | year | 1955 | 1955 | 1955 | - | exact |
        | gấp hơn 2 lần so với cùng kỳ 2016 cả về số lượng | 2016 | year | 2016 | 2016 | 2016 | - | exact |
        | Ngân sách năm 2016. 2015 là năm VNPT bước vào giai đoạn | 2015 | year | 2015 | 2015 | 2015 | - | exact |
        | 2017 không phải năm đầu tiên ngôi sao này | 2017 | year | 2017 | 2017 | 2017 | - | exact |
        | đàn bò cuối 2016 con | 2016 | count | 2016 | 2016 | 2016 | - | exact |
        | 2000 là số người dự | 2000 | count | 2000 | 2000 | 2000 | - | exact |
        | phổ biến trong thế kỷ 18, 19. | thế kỷ 18 | year | -        | 1701  | 1800  | -    | range     |
        | phổ biến trong thế kỷ 18, 19. | 19      | year | -          | 1801  | 1900  | -    | range     |
        | bước vào thế kỷ XXI    | thế kỷ XXI      | year | -          | 2001  | 2100  | -    | range     |
        | Dung (SN1970, ở quận   | SN1970          | year | 1970       | 1970  | 1970  | -    | exact     |
        | Nguyễn Đăng T (sinh 1999), Bùi | 1999 | year | 1999       | 1999  | 1999  | -    | exact     |
        | Trúc Mai sinh 1995 tại Cần Thơ | 1995 | year | 1995       | 1995  | 1995  | -    | exact     |
        | căn cứ theo năm sinh 1967, trẻ hơn | 1967 | year | 1967   | 1967  | 1967  | -    | exact     |
        | trong khi 2017 mới chỉ trôi qua | 2017   | year | 2017       | 2017  | 2017  | -    | exact     |
        | luật mới có hiệu lực từ năm 2016 | năm 2016 | year | 2016     | 2016  | 2016  | -    | exact     |
        | việc ký kết Hiệp ước Cấm thử nghiệm từng phần trong năm 1963, Hiệp ước | năm 1963 | year | 1963 | 1963 | 1963 | - | exact |
        | người mua nhà ở năm 2005 đã được cấp | năm 2005 | year | 2005 | 2005 | 2005 | - | exact |

    Scenario: A date takes the publication year when it has none
      Given the article was published on 2024-12-01
      When the grammar reads "Ngày 29/11, đoàn"
      Then the mention "Ngày 29/11" is a date with value 2024-11-29, bounds - to -, unit - and qualifier exact

    Scenario Outline: A date told as last year's takes the year before the publication year
      Given the article was published on 2017-05-30
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds - to -, unit - and qualifier <qualifier>

      Examples:
        | phrase                                        | text       | kind | value      | qualifier |
        | Tháng 9 năm ngoái, tàu vỏ thép đóng xong      | Tháng 9    | date | 2016-09    | exact     |
        | Ngày 8/3 năm ngoái tôi đi công tác ở Đà Nẵng  | Ngày 8/3   | date | 2016-03-08 | exact     |
        | chợ Giáng sinh ở Berlin hôm 19-12 năm ngoái khiến | hôm 19-12 | date | 2016-12-19 | exact   |
        | đảo chính bất thành hồi tháng Bảy năm ngoái.  | tháng Bảy  | date | 2016-07    | exact     |
        | giảm 8% so với quý 1 năm ngoái, còn 165 triệu | quý 1      | date | 2016-01/2016-03 | range |
        | Tháng 9 năm nay, tàu vỏ thép đóng xong        | Tháng 9    | date | 2017-09    | exact     |
        | Tháng 9 năm trước, tàu vỏ thép đóng xong      | Tháng 9    | date | 2017-09    | exact     |
        | Ngày 8/3/2015 năm ngoái tôi đi công tác       | Ngày 8/3/2015 | date | 2015-03-08 | exact  |
        | đô la Mỹ giảm xuống mức thấp nhất kể từ 9/11 năm ngoái. | 9/11 | date | 2016-11-09 | exact |
        | Dịp 8/3 năm nay, trên trang cá nhân, họ ngầm thông báo | 8/3 | date | 2017-03-08 | exact |
        | người di cư trong cùng thời điểm từ 1/1-5/2 năm ngoái. | từ 1/1-5/2 | date | 2016-01-01/2016-02-05 | range |

    Scenario Outline: A date told as next year's takes the year after the publication year; one told as the year after takes none
      Given the article was published on 2017-05-30
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds - to -, unit - and qualifier <qualifier>

      Examples:
        | phrase                                        | text       | kind | value      | qualifier |
        | Theo kế hoạch, vào tháng 7 năm tới, NASA sẽ phóng tàu | tháng 7 | date | 2018-07 | exact   |
        | dự kiến phóng vào ngày 20/8 năm tới. Con tàu  | ngày 20/8  | date | 2018-08-20 | exact     |
        | cuộc bầu cử Tổng thống Nga vào tháng Ba năm sau, Nga sẽ | tháng Ba | date | --03 | exact     |
        | Thanh long từ tháng 9 đến tháng 4 năm sau là mùa cao điểm | tháng 4 | date | --04 | exact  |
        | báo cáo chậm nhất vào ngày 30/1 năm sau đối với năm báo cáo | ngày 30/1 | date | --01-30 | exact |
        | Tháng 7 năm nay, NASA sẽ phóng tàu            | Tháng 7    | date | 2017-07    | exact     |
        | Ngày 20/8/2016 năm sau đó, ông về nước        | Ngày 20/8/2016 | date | 2016-08-20 | exact |
        | vào tháng 7 tới, NASA sẽ phóng tàu            | tháng 7    | date | 2017-07    | exact     |

    Scenario Outline: A run of dates takes its first end's year from the last, and may run from a month to a day
      Given the article was published on 2017-05-30
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds - to -, unit - and qualifier <qualifier>

      Examples:
        | phrase                                        | text       | kind | value      | qualifier |
        | Chế độ Nga hoàng sụp đổ, từ tháng 7 đến tháng 11/1917, Cung điện | từ tháng 7 đến tháng 11/1917 | date | 1917-07/1917-11 | range |
        | Từ tháng 4 đến tháng 8-2013, Liên đã nhận 268 triệu đồng | Từ tháng 4 đến tháng 8-2013 | date | 2013-04/2013-08 | range |
        | thời gian từ ngày 27-2 tới 11-3-2011. Luật sư | từ ngày 27-2 tới 11-3-2011 | date | 2011-02-27/2011-03-11 | range |
        | Theo đại diện Cục Tuyên huấn, từ đầu tháng 3 đến ngày 10-5-2017, tất cả các đơn vị | từ đầu tháng 3 đến ngày 10-5-2017 | date | 2017-03/2017-05-10 | range |
        | từ 1.6.2016 đến hết tháng 5.2017, có 17.747 lao động | từ 1.6.2016 đến hết tháng 5.2017 | date | 2016-06-01/2017-05 | range |
        | + Từ 14.4.2016 đến tháng 9.2016: Ủy viên BCH Trung ương | Từ 14.4.2016 đến tháng 9.2016 | date | 2016-04-14/2016-09 | range |
        | từ tháng 2 tới tháng 4, giá tăng | từ tháng 2 tới tháng 4 | date | 2017-02/2017-04 | range |
        | vào mùa khô (từ tháng 10 đến tháng 2 năm sau), gia đình | tháng 10 | date | 2017-10 | exact |

    Scenario Outline: A date that recurs every year takes no year
      Given the article was published on 2017-05-30
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a <kind> with value <value>, bounds - to -, unit - and qualifier <qualifier>

      Examples:
        | phrase                                                   | text       | kind | value       | qualifier |
        | khai mạc thường xuất hiện vào giữa tháng 9 hằng năm.     | tháng 9    | date | --09        | exact     |
        | Ngày 2-2 hằng năm là ngày Đất ngập nước thế giới          | Ngày 2-2   | date | --02-02     | exact     |
        | tuyển sinh Cao học vào tháng 5 và tháng 11 hàng năm.     | tháng 5    | date | --05        | exact     |
        | đỉnh dịch vào tháng 9 và 11 hàng năm. Vì vậy             | tháng 9    | date | --09        | exact     |
        | lễ hội diễn ra vào tháng 3-4 hàng năm. Thời điểm này     | tháng 3-4  | date | --03/--04   | range     |
        | Tháng 6 lượng khách hàng năm nay tăng mạnh               | Tháng 6    | date | 2017-06     | exact     |
        | Tháng 9 năm nay, hàng năm đều có lễ hội                  | Tháng 9    | date | 2017-09     | exact     |
        | Ngày Quốc tế thiếu nhi 1/6 từ lâu vốn được               | 1/6        | date | --06-01     | exact     |
        | Sôi động Tết Thiếu nhi 1/6 ở Báo Nghệ An                 | 1/6        | date | --06-01     | exact     |
        | Ngày 1/6, các em thiếu nhi vui chơi                      | Ngày 1/6   | date | 2017-06-01  | exact     |

  Rule: Numbers that name things are identifiers, never quantities

    Scenario Outline: Shirt numbers in a line-up
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                                         | text | count |
        | Trận đấu có 2 thẻ vàng. Bồ Đào Nha: 1 Rui Patrício 3 Pepe 6 José Fonte 21 Cédric Soares 5 Raphaël Guerreiro | 1  | 2 |
        | Hôm qua có 3 người bị bắt. Mexico: 13 G. Ochoa 15 H. Moreno 7 M. Laýun 5 D. Reyes 3 C. Salcedo 18 A. Guardado | 7 | 3 |
        | Đội có 2 thay đổi. Việt Nam: 23 Đặng Văn Lâm 3 Quế Ngọc Hải 4 Bùi Tiến Dũng 16 Đỗ Duy Mạnh 10 Nguyễn Công Phượng | 23 | 2 |
        | Có 2 thẻ đỏ. Rui Patrício 1, Pepe 3, José Fonte 6, Cédric Soares 21, Raphaël Guerreiro 5.       | 1    | 2     |

    Scenario Outline: "tập" closing a verb ("triệu tập", "tụ tập") names no episode: what follows is counted
      When the grammar reads "<phrase>"
      Then the mention "<count>" is a count

      Examples:
        | phrase                                                     | count |
        | Cơ quan công an đã triệu tập 7 nam thanh niên lên làm việc | 7     |
        | Tòa triệu tập 12 nhân chứng đến phiên xử                   | 12    |
        | Cơ quan điều tra đã triệu tập 505 bị hại                   | 505   |
        | Nhóm thanh niên tụ tập 20 xe máy trước cổng                | 20    |

    Scenario Outline: An episode's number after "tập"
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier

      Examples:
        | phrase                            | text   |
        | Phim phát sóng tập 12 vào tối nay | tập 12 |
        | Xem tập 7 của phim trên kênh VTV3 | tập 7  |

    Scenario Outline: A shirt number in brackets after a player's name in a football report
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                                   | text | count |
        | 5 cầu thủ dính thẻ vàng gồm: Đặng Anh Tuấn (số 6), Ngô Quang Huy (9), Bùi Văn Long (4), Eydison (99), A Mít (8). Đội bóng bị phạt. | 99 | 5 |
        | Trung vệ Đình Luật (20) trong pha truy cản tiền đạo Phúc Thịnh, trận có 2 thẻ vàng.       | 20   | 2     |
        | Phi Sơn (10), cầu thủ nổi trội nhất trận, ghi 2 bàn thắng vào lưới thủ môn Tiến Dũng.     | 10   | 2     |
        | Olaha (69, vàng) trong pha đi bóng qua 3 hậu vệ, trước khi ghi bàn vào lưới thủ môn đội khách. | 69 | 3   |
        | Trận đấu ở V.League có 2 thẻ đỏ.\nHoàng Vũ Samson (39) xứng đáng nhận án phạt nguội. Cầu thủ này từng ghi bàn. | 39 | 2 |

    Scenario Outline: A figure in brackets after a name that a sentence compares or lists stays a count
      When the grammar reads "<phrase>"
      Then the mention "<count>" is a count

      Examples:
        | phrase                                                                                   | count |
        | Thủ môn Lloris có 15 lần giữ sạch lưới, xếp sau Courtois (16) và hơn De Gea (14). Cầu thủ này ghi bàn. | 16 |
        | Các cầu thủ trên 30 tuổi như Pepe (34), Ronaldo (32), Sergio Ramos (31) vẫn ghi bàn cho đội bóng. | 32 |
        | Messi (51) ghi được nhiều bàn thắng hơn Ibrahimovic (50), theo thống kê các cầu thủ ghi bàn. | 51  |
        | Văn Quyết (10) và Thành Lương (19) là hai tiền đạo ghi bàn nhiều nhất của đội bóng.       | 10    |
        | Anh Nguyễn Văn B (35) bị bắt vì trộm 2 xe máy. Bà Trần Thị D (65) tử vong tại chỗ.         | 65    |

    Scenario Outline: A match's result after a result word or in a list of fixtures is a score
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                                   | text | count |
        | Kết quả ngày 14.6: Đà Nẵng – Sài Gòn: 1-3, Cao Bằng – Sanatech.KH: 2-4. Có 3 thẻ đỏ.      | 1-3  | 3     |
        | Kết quả ngày 14.6: Đà Nẵng – Sài Gòn: 1-3, Cao Bằng – Sanatech.KH: 2-4. Có 3 thẻ đỏ.      | 2-4  | 3     |
        | Pháp vẫn thua ngược 1-2 trước Thụy Điển dù có 5 cú sút.                                   | 1-2  | 5     |
        | Chung cuộc, Pháp thất bại 1-2 trước Thụy Điển, để lọt lưới 2 bàn.                         | 1-2  | 2     |
        | Juventus thua đậm 1-4 trước Real trong trận chung kết có 3 thẻ vàng.                      | 1-4  | 3     |
        | Phút 33, Thành Nguyện đưa Tân Hiệp Hưng dẫn trước 3-2 sau 2 tình huống.                   | 3-2  | 2     |
        | Họ đã để thua đến 1-6 trong trận lượt về có 3 thẻ vàng.                                   | 1-6  | 3     |
        | Đồng Tháp đã có trận ra quân trắng tay trước 1-3 CAND với 2 thẻ đỏ.                       | 1-3  | 2     |

    Scenario Outline: A small range near a result word that counts stays a range
      When the grammar reads "<phrase>"
      Then the mention "<count>" is a count

      Examples:
        | phrase                                                    | count |
        | Sau trận thua, 2-3 cầu thủ bị chấn thương.                | 2-3   |
        | Người thắng cuộc nhận 1-2 phần quà.                       | 1-2   |
        | Tỉnh Hòa Bình 1-2 ngày qua có 3-4 người bị lũ cuốn.       | 3-4   |

    Scenario Outline: A number in a nickname
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier

      Examples:
        | phrase                                              | text |
        | Lâm “chín ngón” tên thật là Lê Ngọc Lâm              | chín |
        | giết Lâm “chín ngón”. Lúc đó                          | chín |

    Scenario Outline: A number the text names with "số", written again after the same noun
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                                   | text | count |
        | Trâu chọi số 18 húc chết chủ. Chủ trâu số 23 (trâu đấu với trâu 18) kể lại, có 3 người bị thương. | 18 | 3 |
        | lúc đó trâu 23 chưa rút mũi. Trâu số 23 của anh Vũ thắng 2 trận.                         | 23   | 2     |
        | Trâu điên 18 húc chết chủ. Trâu số 18 vốn hung dữ, từng húc 2 người.                     | 18   | 2     |
        | Lan trả lời sai câu số 12. Ở câu 12, cô chọn B sau khi vượt qua 11 câu hỏi.              | câu 12 | 11  |
        | chạy tuyến 38 (Tân Quy - Đầm Sen). Xe buýt tuyến số 38 có 40 chỗ.                         | 38   | 40    |

    Scenario Outline: A number that closes a name written with Vietnamese words
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                                   | text | count |
        | Có 3 cảnh quay. Teaser mới của Nắng 2 mở đầu với cảnh biển. Trong teaser của Nắng 2 còn có hai diễn viên. | 2 | 3 |
        | Có 4 phim. Hàm Cá Mập 2 và 3 cũng sẽ được chiếu.                                           | 2    | 4     |
        | Có 5 dự án nhỏ khác, như sông Côn 2, Za Hung, An Điềm.                                     | 2    | 5     |
        | Có 7 xã mất mùa trên giống Thiên ưu 8 là do giống này. Còn Thiên ưu 8 thì nhiễm nặng.      | 8    | 7     |
        | Có 3 dự án. Anh đóng phim Em chưa 18, rồi hôn trong phim Em chưa 18 hơn là trong MV.        | 18   | 3     |
        | Có 2 bé được đưa vào BV Nhi Đồng 1 cứu chữa. BV Nhi Đồng 1 cho biết thêm.                   | 1    | 2     |
        | Có 3 phim. Tác phẩm "doanh thu trăm tỉ” Em chưa 18. Anh đóng phim Em chưa 18, rồi nghỉ.     | 18   | 3     |
        | Có 2 cán bộ: nguyên Đội trưởng Đội 11 phụ trách địa bàn quận Bình Thủy.                 | 11   | 2     |
        | Nhận tin, Bộ Tư lệnh Vùng Cảnh sát biển 4 đã điều động 3 tàu.                            | 4    | 3     |
        | 3 tàu sẽ hỗ trợ Cảnh sát biển Việt Nam Vùng 2 trong hoạt động tuần tra.                  | 2    | 3     |
        | Mẫu của 5 con lợn được gửi đến Trung tâm Thú y vùng 4 xét nghiệm.                        | 4    | 5     |
        | Cắt điện 5 điểm, có Tòa nhà Tổng Cục 2 số 18 đường Phạm Hùng.                            | 2    | 5     |

    Scenario Outline: A grade, a park's day or a unit's number names it, beside a count
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                         | text | count |
        | Xã có 3 người. Ông Vin hiện tại là thương binh hạng 2/4, mất sức khỏe.         | 2/4  | 3     |
        | Có 2 người đến thăm ông Khoa, thương binh 1/4, đồng đội của ông Tiến.          | 1/4  | 2     |
        | Có 5 cụ. Vũ Văn Ngữ, lão thành cách mạng, thương binh 4/4, Huy hiệu 70 năm.     | 4/4  | 5     |
        | Gia đình có 2 con, ông là bệnh binh hạng 2/3.                                  | 2/3  | 2     |
        | Có 2 người đi chơi tại Công viên 23/9. Đến chiều 11.5, Công an phường tới.     | 23/9 | 2     |
        | Có 3 ca sĩ sẽ diễn ở khu vực công viên 30.4 (gần nhà thờ Đức Bà).              | 30.4 | 3     |
        | Có 4 xe đỗ trên đường Nguyễn Văn Linh, trước công viên 29/3... vẫn còn rác.     | 29/3 | 4     |
        | Có 3 người chết tại Khu công nghiệp Biên Hòa 2 (TP Biên Hòa, Đồng Nai).         | 2    | 3     |
        | Có 5 hộ, như gia đình chị Lệ, ở thôn Rùa Hạ 2, xã Thanh Thùy.                   | 2    | 5     |
        | Cắt điện 6 trạm: Công Ty Lê Tuấn Kế, Bơm Ngọc Hòa 4.Hình thức cắt điện          | 4    | 6     |
        | Ở KCN Biên Hòa 2, đội Sanatech Khánh Hòa 6 điểm đã thắng.                        | 2    | 6     |
        | Có 2 bàn. Hiệp 1 trận đấu bắt đầu lúc 18 giờ.                                    | Hiệp 1 | 2   |
        | Có 3 nhà thầu. Rạng sáng 4/6, Hiệp 1 trận chung kết Champions League diễn ra.    | Hiệp 1 | 3   |
        | Có 2 đơn vị khởi động gói thầu số 1 dự án bến xe miền Đông mới.                   | số 1 | 2     |
        | Ghi bàn trong hiệp 2 trận gặp Lào, anh có 2 người hâm mộ.                         | hiệp 2 | 2   |
        | Theo Nghị định 100/2019/NĐ-CP, giá tăng 5. Trong khi đó giá vàng giảm.            | 100/2019/NĐ-CP | 5 |
        | Mã ICBVVNVX126 của 3 ngân hàng. Ảnh: AFP 4 người. Ông nói “Xong.” 2 lần.          | ICBVVNVX126 | 4 |
        | Có 4 đơn vị. Tại các Tổng công ty Phát điện 1, 2, 3, EVN nắm giữ ít nhất 51% vốn.   | 1    | 4     |
        | Có 5 đơn vị là Công ty cổ phần Tư vấn xây dựng điện 1; Công ty cổ phần Tư vấn xây dựng điện 2. | 1 | 5 |
        | Có 7 mã mới là cổ phiếu của CTCP Đầu tư Điện lực 3 (PIC), CTCP Chè Hiệp Khánh.       | 3    | 7     |
        | Có 5 nhà máy, như BOT Nam Định do Công ty TNHH Điện lực Nam Định 1 – (Singapore) làm chủ. | 1 | 5 |
        | Ông Khoa, Phó Tổng Giám đốc Công ty phát điện 1, nói công ty bắt đầu phát điện 2 tổ máy. | 1 | 2 |
        | Phạt 3 tàu. Tàu Bài Thơ 68 - QN6282 đang neo đậu đã để cho khách xuống.             | 68   | 3     |
        | Phạt 5 tàu: Hồng Long - QN7038, Hồng Hải 12 - QN6058 vi phạm quy định.            | 12   | 5     |
        | Có 2 xuồng phối hợp với tàu Hải Dương 11 - số hiệu SG 99211 BTS để đưa người vào bờ. | 11  | 2     |
        | Có 9 khách trên tàu du lịch Công Nghĩa 04 số hiệu đăng ký QN2040 của Công ty.       | 04   | 9     |
        | Hà Nội 2 - SLNA 1 là kết quả, và 7 cầu thủ bị thẻ.                                 | SLNA 1 | 7   |
        | Có 3 nhà máy nhiệt điện Vĩnh Tân 1, Vĩnh Tân 4 và Vĩnh Tân 4 mở rộng.              | 4    | 3     |
        | Có 5 hộ kiện hai khu công nghiệp Sóng Thần 1, Sóng Thần 2 xả thải.                  | 2    | 5     |
        | Có 7 hộ thấy đường Tân Thới Nhì 16 nối dài cứ hễ mưa là lầy lội.                    | 16   | 7     |
        | Nhiệt điện Duyên Hải 3 để lại: Đống Đa 372, Hoàng Mai 253, Hai Bà Trưng 111, Thanh Xuân 84. | 3 | 111 |

    Scenario Outline: A number before the suffix of a model line names the model
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                      | text   | count |
        | Có 3 màu. Vỏ nhôm trên iPhone 7 và 7 Plus.                                   | 7 Plus | 3     |
        | Apple giảm sản lượng của iPhone 7, 7 Plus và iPhone SE xuống 2 lần.         | 7 Plus | 2 lần |
        | thu giữ 8 triệu đồng tiền mặt, 1 iPhone 6 Plus, 2 iPhone 5s, 1 iPad          | 6 Plus | 2     |
        | BMW vừa triệu hồi 45.484 chiếc sedan 7 Series từ năm 2005 đến 2008.         | 7 Series | 45.484 |
        | Khoảng 7.500 chiếc 7 Series bị triệu hồi thời điểm bấy giờ.                 | 7 Series | Khoảng 7.500 |
        | Oppo bán 2 triệu máy, chỉ thua bộ đôi iPhone 7/7 Plus.                      | 7/7 Plus | 2 triệu |

    Scenario Outline: A model's number after a foreign name that opens a sentence
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                      | text        | count   |
        | Có 2 mẫu mới. Nokia 9 sẽ ra mắt vào cuối năm nay.                           | Nokia 9     | 2       |
        | Oppo bán 3 triệu máy. Find 7 là sản phẩm cao cấp của Oppo.                  | Find 7      | 3 triệu |
        | Có 4 mẫu. Xe tay ga: Elite 50: Phiên bản thường: 21,49 triệu đồng.          | Elite 50    | 4       |
        | Máy có 8 nhân. ● Bộ xử lý đồ họa: Adreno 540 ● RAM: 4GB                     | Adreno 540  | 8       |
        | Có 3 bản. Porsche 911 GT2 RS 2018 chốt giá 19,1 tỷ đồng.                    | Porsche 911 | 3       |
        | Tổng thống có 2 con. Ảnh: Russia 24 Tổng thống Putin khẳng định             | Russia 24   | 2       |

    Scenario Outline: A version written with three dotted numbers
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                      | text   | count |
        | Máy có 2 camera. ● Hệ điều hành: Android 7.1.1 Nougat ● Pin: 3000 mAh       | 7.1.1  | 2     |
        | 3 mẫu máy chạy Android 6.0.1 Marshmallow nên C5 Pro cũng vậy.               | 6.0.1  | 3     |
        | Ứng dụng Filtre Lumìere bleue 2.4.3 có 5 chế độ lọc.                        | 2.4.3  | 5     |

    Scenario Outline: A number after a word opening a sentence that counts stays a count
      When the grammar reads "<phrase>"
      Then the mention "<count>" is a count

      Examples:
        | phrase                                                                      | count |
        | Theo 2 nhân chứng, xe chạy rất nhanh.                                       | 2     |
        | Video 3 tình huống bỏ nhỏ đẹp nhất của Klizan.                               | 3     |
        | Trận đấu kết thúc. Wawrinka 6.130 2.500 - Vô địch Wimbledon                 | 6.130 |
        | XH Đội Tr T H B BT BB Điểm 1 TP.HCM 4 3 0 1 6 6 9                           | 4     |
        | Ảnh minh họa: FSB 4 thành viên thuộc một nhánh nhỏ bị bắt.                   | 4     |

    Scenario Outline: A run of set scores after a match is no range and no date
      A match told set by set ("3-6, 6-3 và 2-6", "7-6(7-1), 6-4") holds pairs that read
      as ranges ("2-6") or, in brackets, as days ("(7-1)"); inside such a run, after a
      result word or "tỷ số", each is a score.

      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier

      Examples:
        | phrase | text |
        | Vinci gục ngã trước Monica Puig với tỷ số 3-6, 6-3 và 2-6. Trong khi đó | 2-6 |
        | Thông số trận đấu Andy Murray 7-6(7-1), 6-4, 6-4 Benoit Paire | 7-1 |
        | Giành chiến thắng áp đảo 3-0 (6-2, 6-3, 6-1) trước Stan Wawrinka | 6-2 |
        | Young đang dẫn 5-7, 6-4, 6-4, 4-2. Nadal từng chạm trán | 5-7 |
        | Tỷ số các set là 25-12, 25-21, 20-25, 23-25, 15-12. Ở trận | 20-25 |

    Scenario Outline: Pairs in a run that is no match's stay ranges
      When the grammar reads "<phrase>"
      Then the mention "<text>" is a count

      Examples:
        | phrase | text |
        | Hai khoảng tuổi thường bị là 30-40 và 50-60, tuy nhiên | 30-40 |
        | điểm các em nằm trong khoảng 27-30, 20-25 hay thậm chí | 20-25 |
        | mỗi trận đấu cần 2-3 và 4-5 người | 2-3 |

    Scenario Outline: A serve's or a tie-break's number in a tennis score
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier
      And the mention "<count>" is a count

      Examples:
        | phrase                                                                       | text | count |
        | Zverev 5 Aces 4 0 Lỗi kép 4 53% Tỷ lệ giao bóng 1 54% 29/35 (83%)             | 1    | 0     |
        | Trả giao bóng 2 ăn điểm 10/31 (32%) 11 Số game cầm giao bóng 11 11/44 (25%)   | 2    | 11    |
        | Federer thắng 3 trận, 7-6(4), 6-4 trước Mischa Zverev.                        | 4    | 3     |
        | Nadal thắng 2 trận, 7-6 (8), 6-4 trước Thiem.                                 | 8    | 2     |

    Scenario Outline: A number after a name that counts stays a count
      When the grammar reads "<phrase>"
      Then the mention "<count>" is a count

      Examples:
        | phrase                                                                          | count |
        | Ấn Độ đứng thứ 66, sau Trung Quốc 41 bậc.                                         | 41    |
        | Thượng viện 100 ghế của Mỹ. Bà là Chủ tịch Thượng viện 100 ghế.                    | 100   |
        | lấy trong túi quần anh Cường 1 dây chuyền bạc                                     | 1     |
        | tập trung ở các quận: Đống Đa 372, Hoàng Mai 253, Hai Bà Trưng 111, Thanh Xuân 84 | 111   |
        | Sở Nội vụ Hà Nội có 8 Phó giám đốc. Hà Nội có 8 người.                            | 8     |
        | Messi ghi 2 bàn. Messi ghi 2, Suarez ghi 1.                                        | 2     |
        | Giành quyền đi tiếp khi thắng ngược Zverez 3 set (1-6, 6-0, 6-4)                 | 3     |
        | nhắn tin cho con rồi gửi 500 đơn lên phường | 500 |
        | UBND gửi 1000 suất quà cho người nghèo | 1000 |
        | Bộ GTVT gửi 120 văn bản xin ý kiến | 120 |
        | bộ soạn thảo văn bản gửi 300 đơn vị trong tỉnh | 300 |
        | tổng đài có 120 nhân viên trực | 120 |
        | qua tổng đài 1080 người đã gọi | 1080 |
        | Đội 3 xe cứu hỏa đã có mặt.                                                        | 3     |
        | Phi đội 12 tiêm kích F4U Corsair tiếp tục xuất kích.                               | 12    |
        | Đoàn 20 người đã đến Hà Nội.                                                       | 20    |
        | Khu phố cổ (3 phố, 2 ngõ) được lát đá.                                              | 3     |
        | Hai điểm thi đặt tại Trường THPT Phú Quốc (560 TS) và Trường THPT An Thới          | 560   |
        | Sáng ngày 05.06.2017 12 người đã đến Hà Nội.                                        | 12    |

    Scenario Outline: Numbers between names that count stay counts
      When the grammar reads "<phrase>"
      Then the mention "<count>" is a count

      Examples:
        | phrase                                                   | count |
        | Bệnh nhân được điều trị tại 3 Bệnh viện Bạch Mai, Việt Đức. | 3    |
        | Thống kê về Mbappe: 26 - Mbappe đã ghi 15 bàn.             | 26    |
        | Hà Nội 3, Đà Nẵng 2: hai đội hòa nhau.                     | 3     |
        | Số ca mắc: Hà Nội 12, Huế 5, Đà Nẵng 7, Cần Thơ 3.         | 7     |
        | Ông Nam nói “3 người chết” trong vụ cháy.               | 3     |
        | Tổng cục đã gút danh sách 10 Phó Trưởng đoàn.             | 10    |
        | Xe đạt con số 7.000 xe bán ra.                            | 7.000 |
        | 15 sinh viên có tổng điểm 3 môn xét tuyển lớn nhất.       | 3     |
        | Sự việc trùng hợp với số 3 người được nêu.                | 3     |
        | Anh ra sân 35 trận ở La Liga mùa này.                     | 35    |
        | Phường có 3 trường tiểu học đạt chuẩn.                    | 3     |
        | Quốc hội thông qua 2 bộ luật mới.                         | 2     |
        | HLV thẳng tay loại 4 cầu thủ khỏi đội.                    | 4     |
        | Hãng từng bước để loại 2 hóa chất trên ra khỏi sản phẩm.  | 2     |
        | Đoàn tàu SE 1200 người đã tới ga.                         | 1200  |
        | Đổi mã vùng điện thoại cố định tại 59 Tỉnh/Thành phố như sau: | 59 |
        | Mã vùng có tỉnh có độ dài mã vùng là 1, có tỉnh có độ dài là 2. | 2 |
        | Theo thống kê, Nghệ An 3 huyện Kỳ Sơn, Tương Dương bị lũ. | 3 |
        | Theo thống kê, Hà Nội 3 tỉnh phía Bắc có mưa.              | 3 |
        | Anh nói "Chúng tôi bắt được 5". Sau đó anh đi.            | 5     |
        | Ông kể: "Tôi 18". Sau đó ông đi.                           | 18    |
        | Mở rộng trong trường hợp quy mô dự án 6-10 làn xe.        | 6-10  |
        | Chủ đầu tư có dự án 300 căn hộ ở Hà Nội.                  | 300   |
        | Anh bị ngã 2 lần trên cầu thang.                          | 2 lần |
        | Công ty có 3 cơ sở 2 tầng.                                 | 2     |
        | Chiếc khăn tắm giá 120k, lương 24k một giờ.                | 24k   |
        | Tổng công ty đã giảm 3 đơn vị.                             | 3     |
        | trao quà tri ân 64 Mẹ Việt Nam Anh hùng.                   | 64    |
        | giành 13 chức vô địch, 5 FA Cup và 2 Champions League.     | 2     |
        | vào 2 Champions League, rồi thêm 2 Champions League nữa.   | 2     |
        | Thái Lan 95 83 69 247 2 Singapore 84 73 102 259 3 Việt Nam 73 53 60 186 | 3  |
        | Lũ cuốn trôi nhà ở thôn Khương Hà 2 người chết.            | 2     |
        | Phó Tổng Giám đốc Công ty MHBS cùng 10 bị can khác bị truy tố. | 10 |
        | Thành phố huy động 113 cảnh sát cơ động.                   | 113   |
        | Một đội 11 người thi đấu trên sân.                          | 11    |
        | Nga điều 2 sư đoàn bộ binh 3.000 quân tới biên giới.       | 3.000 |
        | Mỗi đại đội 120 người được huấn luyện.                     | 120   |
        | Hạm đội 32 tàu khu trục lớp Zumwalt.                       | 32    |
        | Một nhóm 3 người lao vào hành hung anh Hòa.                | 3     |
        | Mỗi 'bao 10 chiếc' khẩu trang giá 50.000 đồng.              | 10    |
        | Một nhóm 6 người mang theo gậy gộc kéo đến.                | 6     |
        | Cầu vượt có 3 nhánh, nhánh 2 km nối vào ga quốc nội.       | 3     |
        | cuộc đại chiến 2 đội bóng thành Manchester.                | 2     |
        | Đối với nhóm 5 Tổng công ty thì chậm nhất năm 2019 phải thoái vốn. | 5 |
        | Trong live show 9, ba cô gái xuất sắc Liz, Oanh và Vịnh đối mặt với chủ đề mới. | ba |
        | Trận đấu đã có tới 395 526 lượt người xem.                 | tới 395 526 |
        | Bệnh viện 500 giường được khánh thành.                      | 500   |
        | Trên đường 2 người bị thương được đưa đi cấp cứu.           | 2     |
        | Đề án đưa ra 3 phương án cho nhà ga.                        | 3     |
        | Dân số thành phố là khoảng 123456, tăng nhanh.              | khoảng 123456 |
        | Cả đoàn đi bằng tốp 3 – 4 ô tô, có xe mở đường.             | 4     |
        | Trước thềm Wimbledon 2017, 5 tay vợt trong top 5 đều dự.     | 5     |
        | Hải quân có 16 tên lửa SM-2, 47 tên lửa dẫn đường.           | 47    |
        | Thành phố có 1500000 người đi bầu cử.                       | 1500000 |
        | Tài khoản của cô có 7K người theo dõi.                       | 7K      |
        | Anh nhận lương 10K một tháng.                               | 10K     |
        | Chi phí làm đường cao tốc 4 làn xe ở VN cao gấp 4 lần các nước. | 4     |
        | từ năm 2014, tôi lại tham gia bộ phim 3 tập về Quảng Nam | 3 |
        | Hãng đã sản xuất series 8 phần về lịch sử Việt Nam | 8 |
        | một buổi ra mắt quảng bá bộ phim hai người hợp tác. | hai |
        | Năm ngoái anh đóng 3 bộ phim truyền hình | 3 |
        | Đoàn phim 100 người đã có mặt tại Đà Lạt | 100 |
        | Mùa hè này, bộ phim 1975 của Steven Spielberg sẽ thử thách | 1975 |
        | TP đang phát triển hạ tầng hai khu trung tâm CNTT.           | hai   |
        | Trong đó cấp Trung ương 89 hộ, cấp tỉnh 1.498 hộ.            | 89    |
        | BV có 10 bệnh nhân đang điều trị.                           | 10    |
        | Paul phải dùng lưỡi câu 6 ngạnh và mất 40 phút vật lộn.      | 6     |
        | Hội nghị có 2000 CEO tham dự.                                | 2000  |
        | Sau 3 trận, đội đã thắng. Trận 2: thua sát nút.              | 2     |
        | Instagram của Nhi hiện có hơn 7k người theo dõi.             | hơn 7k  |
        | Trong khu vực 5 xã bị lũ, có 3 xã bị chia cắt.               | 5     |
        | dựng 1 bể nước tại khu vực 64 cây thông do xã quản lý        | 64    |
        | Một đội hình 11 người ra sân.                               | 11    |
        | (Biểu đồ 11 di sản văn hóa phi vật thể quốc gia)            | 11    |
        | Lũ cuốn trôi nhà ở thôn Khương Hà 2-3 người chết.           | 2-3   |
        | Giám đốc Bệnh viện Gia Viễn (2 Phó Giám đốc, 1 y sỹ) bị kỷ luật. | 2   |
        | Đội bóng thành London (3 FA Cup, 1 League Cup) đứng đầu.    | 3     |
        | Giải có 24 đội, vòng bảng 16 đội thi đấu vòng tròn.          | 16    |
        | U20 New Zealand từng lọt vào vòng 3 đội mạnh nhất.           | 3     |

    Scenario Outline: A source's number cited in square brackets is a label, no count
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier

      Examples:
        | phrase                                                              | text |
        | Có hệ thống đánh giá về ngành học và về trường [4], hoặc một website | 4    |
        | Khi đó Mỹ sẽ không cần đánh tiếp cũng thắng [5-8]. NATO sẽ tránh     | 5-8  |
        | Tài liệu tham khảo: [1] https://www.nytimes.com/2016/trump.html      | 1    |
        | cuộc sống của mỗi người sống để thương nhau” [6]? Đi theo xu hướng   | 6    |

    Scenario Outline: A count that opens square brackets stays a count
      When the grammar reads "<phrase>"
      Then the mention "<count>" is a count

      Examples:
        | phrase                                                          | count |
        | bị bắn hạ ngay trong cuộc đấu súng.  [29 tù nhân Mexico đào hầm   | 29    |
        | thuộc bang Bayern.  [15 người thiệt mạng trong vụ xe buýt cháy    | 15    |

    Scenario Outline: An identifier
      When the grammar reads "<phrase>"
      Then the mention "<text>" is an identifier

      Examples:
        | phrase                               | text                 |
        | đường Cách Mạng Tháng Tám, Lý Thường Kiệt | Tháng Tám |
        | theo Nghị định 100/2019/NĐ-CP        | 100/2019/NĐ-CP       |
        | lễ khai mạc Liên hoan phim Cannes 2017 ngày 17/5. | Cannes 2017 |
        | Nhắn tin SMS qua tổng đài 6572 (5.000 đồng/tin nhắn) với cú pháp | 6572 |
        | với cú pháp: BC SỐ BÁO DANH gửi 6527 (Ví dụ: BC 001 gửi 6572) | 6527 |
        | với cú pháp: BC SỐ BÁO DANH gửi 6527 (Ví dụ: BC 001 gửi 6572) | 001 |
        | vui lòng soạn XH CHUYEN 2468 gửi 8705 bạn sẽ nhận ngay tin nhắn | 8705 |
        | kỳ thi THPT quốc gia 2017. Năm nay | 2017 |
        | đối với thuốc Bio - Taksym (cefotaxim), số lô 8041016W của nhà sản xuất | lô 8041016W |
        | Quyết định số 15/QĐ-UBND             | 15/QĐ-UBND           |
        | gọi 0912.345.678                     | 0912.345.678         |
        | ban hành Tiêu chuẩn Quốc gia TCVN 9205:2012 cát nghiền cho bê tông | 2012 |
        | đạt chứng nhận ISO 9001:2015 về quản lý chất lượng | 2015 |
        | Nhà hát Lớn, ĐT: 08 3818 1436. Giá vé | 08 3818 1436 |
        | Vé bán tại rạp, ĐT:(08) 3925 7755 - (08) 3925 6655 | (08) 3925 7755 |
        | Vé bán tại rạp, ĐT:(08) 3925 7755 - (08) 3925 6655 | (08) 3925 6655 |
        | phòng vé ĐT: (04) 666.18.777 và | (04) 666.18.777 |
        | ĐT: (04) 666.18.777 – (04).666.28.777 Web | (04).666.28.777 |
        | Nhà hát, ĐT: (08) 3.512.7274 hoặc | (08) 3.512.7274 |
        | tổng đài (04) 22222000 của công ty | (04) 22222000 |
        | liên hệ số điện thoại 0232.3513.388 để | 0232.3513.388 |
        | Hotline: 0122.6366.066 | 0122.6366.066 |
        | chị Lan, ĐT: 01699 727 661 nhận đăng ký | 01699 727 661 |
        | xe biển số 29A-123.45                | 29A-123.45           |
        | nhà chị Nga số 80C/8/1 Đồng Nai; phát hiện | 80C/8/1      |
        | nữ ca sĩ tập trung thực hiện album Vol.09. Ngoài ra | 09  |
        | tại khu vực sông biên giới mốc 1371(2) thuộc khu 6 | mốc 1371(2) |
        | Sở TN&MT phải bàn với quận 2 để xử lý cho dứt điểm | quận 2 |
        | so với điều 22 của BLHS 1999, BLHS 2015 về trách nhiệm | điều 22 |
        | khi vào con hẻm 186 đường Bùi Viện, phường Phạm Ngũ Lão | hẻm 186 |
        | cháu Bình, học sinh lớp 5 trường tiểu học Nà Chì, xã Nà Chì | lớp 5 |
        | bé gái rơi từ tầng 2 trường mầm non xuống đất | tầng 2 |
        | hành vi quy định tại điều 143 bộ luật Hình sự. | điều 143 |
        | lực lượng của sư đoàn 4 bộ binh Mỹ cũng đã tới | sư đoàn 4 |
        | làm nhiệm vụ tại Km 21 tuyến QL1A đoạn qua xã | Km 21 |
        | Biên Hòa đã lên đô thị loại 1 với quy mô dân số lớn | 1 |
        | hạn chế nguy cơ mắc tiểu đường loại 2. Chuyển sang | 2 |
        | cát bê tông loại 1 có giá 231.000 đồng/m3 | 1 |
        | chủ yếu là tim mạch, tiểu đường type 2 và béo phì | 2 |
        | Ngư dân Sơn, chủ tàu cá BĐ 99245, phản ánh | 99245 |
        | Tàu vỏ sắt BĐ 99004 TS do Công ty TNHH Đại Nguyên Dương đóng | 99004 |
        | ngư dân Liền (tàu QNg – 94561 TS) chia sẻ | 94561 |
        | Mã vùng mới như sau: Hà Nội 24, TPHCM 28, Bình Thuận 252, Đồng Tháp 277. Theo | 252 |
        | chỉ chuyển đổi từ mã vùng cũ 511 sang mã vùng mới 236. Theo | 511 |
        | thì Phú Thọ có mã vùng 210 và Vĩnh Phúc là 211. Một mục tiêu | 211 |
        | cấp phép cho Công ty TNHH Điện lực Vĩnh Tân 1 tỉnh Bình Thuận. | 1 |
        | 06:30 15:30 Đội 4, Đội 5 và Đội 6 xã Phù Lưu Tế | 6 |
        | Linh Đan trong phim "Em chưa 18". Đúng là | 18 |
        | 18-20 ghế và đảng “Những người Dân chủ 66” (D66) từ 17-19 ghế. | 66 |
        | Bản hit "Untitled, 2014" thuộc album mới | 2014 |
        | ông Phạm Hồng Sơn, Giám đốc Ban quản lý dự án 2 cho biết | quản lý dự án 2 |
        | Theo ban chuyên án 516 E, trước khi đường dây ma túy bị phá | chuyên án 516 |
        | bác sỹ trẻ tình nguyện về vùng khó khăn” (dự án 585) cho biết | dự án 585 |
        | vốn huy động tại Dự án 1152 - 1154 đường Láng | Dự án 1152 |
        | ở tại 21/50/286 Lê Lai, P.Máy Chai    | 21/50/286            |
        | Bánh trước có lốp bản lớn 100/80/17. Bình | 100/80/17        |
        | kiểm tra xe ô tô BKS 24B 003.05, phát hiện | 24B 003.05     |
        | Xe mang biển số Hà Nội 30A. 991.99, đây là | 30A. 991.99    |
        | trẻ vào lớp 1                        | lớp 1                |
        | theo Điều 5                          | Điều 5               |
        | Chuỗi cửa hàng bán lẻ 7-Eleven vừa công bố | 7-Eleven      |
        | áp dụng trên hai dòng 5-Series và 7-Series. | 7-Series     |
        | Đại lễ Phật đản Phật lịch 2561 - dương lịch 2017 | Phật lịch 2561 |
        | học sinh cấp 2 và                    | cấp 2                |
        | đường cấp 3 nối hai xã               | cấp 3                |
        | tại khoản 2                          | khoản 2              |
        | trên Quốc lộ 1A                      | Quốc lộ 1A           |
        | dịch COVID-19                        | COVID-19             |
        | Đại hội XIII của Đảng                | Đại hội XIII         |
        | đội thắng 2-1                        | 2-1                  |
        | đội tuyển U23                        | U23                  |
        | đội U.20 Việt Nam                    | U.20                 |
        | mẫu xe Peugeot 308 2017 mới          | Peugeot 308 2017     |
        | mùa giải 2016/17                     | mùa giải 2016/17     |
        | màn hình 1920 x 1080 pixel           | 1920 x 1080          |
        | thua 0-3 trên sân nhà                | 0-3                  |
        | 1. Chùa Hoằng Phúc                   | 1.                   |
        | Ảnh minh họa.  2. Tuổi Mùi           | 2.                   |
        | mạng 4G                              | 4G                   |
        | gọi +84 912 345 678                  | +84 912 345 678      |
        | lốp 100/80 mặt trước                 | 100/80               |
        | sau Tết Nguyên đán 2017. Chủ tịch    | 2017                 |
        | Yaris mới 2017. Ảnh                  | 2017                 |
        | Cup 2018 sẽ diễn ra                  | 2018                 |
        | km/h. Peugeot 308 2017 được trang bị. Xe Peugeot mới | Peugeot 308 2017 |
        | xuất hiện trên mẫu 308 2017. Đó      | 308 2017             |
        | tỷ lệ 16:9 thông thường              | 16:9                 |
        | tăng tốc 0-100 km/h trong 8 giây     | 0-100 km/h           |
        | thực hiện Công điện 156 của Thủ tướng | Công điện 156       |
        | lẻn lên tầng 2, trốn                 | tầng 2               |
        | nhà thầu (TMEC/CHEC.3) thi công      | CHEC.3               |
        | Bệnh viện Nhi đồng 1, TP.HCM         | 1                    |
        | chạm khắc từ vàng 18 K, đính         | 18 K                 |
        | được mạ vàng 24k ở phần khung        | 24k                  |
        | Giá vàng Rồng Thăng Long 999,9 (24k) tăng | 24k             |
        | máy có màn hình độ phân giải 4K và   | 4K                   |
        | xe BKS 12A - 008.43 chạy             | 12A - 008.43         |
        | thúc đẩy cách mạng công nghiệp 4.0 tại Việt Nam | 4.0       |
        | bước vào kỷ nguyên 4.0 của Việt Nam  | 4.0                  |
        | của cuộc cách mạng công nghiệp lần thứ tư (4.0). Nhà nước | 4.0 |
        | Công ty điện 4.0 tiết kiệm năng lượng | 4.0                 |
        | Động cơ 2.0 công suất 254 mã lực     | 2.0                  |
        | cảnh giác vì “khủng bố 2.0 sẽ xuất hiện | 2.0               |
        | trên bản 308 GTi, xe                 | 308 GTi              |
        | OnePlus 5 chỉ sở hữu màn hình        | OnePlus 5            |
        | cuộc thi thiết kế Quốc tế lần thứ 10 tại Hoa Kỳ | thứ 10    |
        | Hội nghị lần thứ hai các quan chức   | thứ hai              |
        | Trong khuôn khổ Hội nghị Cấp cao APEC lần 2 (SOM 2) | lần 2 |
        | giành giải tại LHP Kim Mã Đài Loan lần 37 cùng | lần 37 |
        | Trước đó, tại ĐHĐCĐ bất thường lần 1 của LienVietPostBank | lần 1 |
        | cành cây bị gãy trên tuyến đường 30/4. Mưa | đường 30/4 |
        | trụ sở tại số 135 đường 2/4, phường Vĩnh Phước | đường 2/4 |
        | Phòng khám (35B - 35C đường 3/2, P.11, Q.10) bị phạt | đường 3/2 |
        | xây dựng từ thời kỳ Chiến tranh Thế giới thứ hai. Căn cứ | thứ hai |
        | kỷ niệm chiến thắng trong chiến tranh thế giới thứ 2. Và | thứ 2 |
        | từng tham gia chiến tranh thế giới lần thứ nhất và | thứ nhất |
        | được thiết kế từ thế chiến thứ nhất. Trong hình | thứ nhất |
        | Hội nghị Thủ tướng với doanh nghiệp lần thứ nhất được tổ chức | thứ nhất |
        | tại Đối thoại Shangri-La lần thứ 16 ở Singapore | thứ 16    |
        | vi phạm Tu chính án thứ 14 về Bảo vệ bình đẳng | thứ 14 |
        | quy định trong Đạo luật Bổ túc thứ nhất của Hiến pháp Hoa Kỳ | thứ nhất |
        | kết thúc ngày thi thứ nhất, cả nước chỉ có 50 thí sinh vi phạm | thứ nhất |
        | Thí sinh bước tiếp vào ngày thi thứ hai. | thứ hai |
        | LHP Cannes lần thứ 70 diễn ra        | thứ 70               |
        | Cuộc thi viết thư quốc tế UPU 46. Bài dự thi viết thư UPU lần thứ 46 phải | thứ 46 |
        | trận bù vòng 11 V.League với Cần Thơ | vòng 11              |
        | Đội hình xuất phát: Real (4-3-3): Navas | 4-3-3             |
        | Juventus chơi với sơ đồ 3-5-2 nhưng  | 3-5-2                |
        | ưa thích sử dụng sơ đồ 3-4-3, khiến Ivanovic trở thành người thừa | 3-4-3 |
        | Juventus chơi với sơ đồ 3-5-2. Trong khi đó | 3-5-2 |
        | Arsenal thắng Chelsea 1-3 trong trận | Chelsea 1-3 |
        | 21:30 RB Leipzig ? - ? Hamburg  (SSPORT 3) 21:30 Werder Bremen | SSPORT 3 |
        | trị vì đất nước (từ năm 257 đến năm 208 trước công nguyên). | năm 257 |
        | Trà bắt đầu được dùng từ năm 200 trước CN. Trong | năm 200 |
        | sinh viên năm 2 đại học | năm 2 |
        | đội hình chạy tiếp sức 4x400 m nữ    | 4x400                |
        | Súng sử dụng loại đạn 12,7 x 108mm. Hiện | 12,7 x 108mm     |
        | 0:30 12/2 Liverpool - Tottenham (0 : 1/4) BĐTV | 0 : 1/4   |
        | Osasuna - Real Madrid (1 3/4 : 0) K+PM | 1 3/4 : 0          |
        | mở địa chỉ IP 192.168.1.1 để cài đặt | 192.168.1.1          |
        | đơn lên Tòa phúc thẩm khu vực 9 ở San Francisco | 9         |
        | phiên bản 131.0.0.29.69 dành cho Android | 131.0.0.29.69    |
        | (Ảnh minh họa) 2. Người yêu cũ       | 2.                   |
        | Paul Pogba của MU. 4) Sanchez (Arsenal) qua người | 4)     |
        | theo hướng: (1) Thực hiện quyền      | 1)                   |
        | “Thứ nhất, San giàu.                 | Thứ nhất             |
        | đường vành đai 2 (chấm đỏ)           | vành đai 2           |
        | tại km 90 quốc lộ 1A                 | km 90                |
        | theo Điều 34, 35, 36 dự thảo Luật    | 36                   |
        | trên khu đất của Trung đoàn 917 - 918 hiện nay | 918     |
        | Tại Việt Nam, Mazda3 - 2017 được Thaco phân phối | 2017 |
        | (từ Điều 40 đến 50) để quy định      | 50                   |
        | Nokia 5 và 6 sẽ lên kệ trong vài tuần | 6                   |
        | người dân xóm 6, 7 thì đại đa số     | 7                    |
        | Snapdragon 630 và 660 cùng những cải tiến | 660             |
        | các hộ dân ngõ 11 và 23 khu tập thể  | 23                   |
        | đăng ký nguyện vọng 1 và 2 chi tiết của từng trường | 2     |
        | tại Điều 15, 40 ,65 mang tính        | ,65                  |
        | - Bước 1: Cho 60g xoài               | Bước 1               |
        | chuỗi số trúng thưởng: 02-06-10-13-20-28 số tiền | 02-06-10-13-20-28 |
        | (bộ số: 02-08-21-29 -37-45); kỳ 83   | 02-08-21-29 -37-45   |
        | chơi sơ đồ 4-2-3-1 quen thuộc        | 4-2-3-1              |
        | nhận thưởng tại kỳ 76 (11/01/2017)   | kỳ 76                |
        | các kỳ quay số 76 (11/1/2017) trị giá | kỳ quay số 76       |
        | các kỳ quay số mở thưởng: 76, 83 và 85. Tổng | 83           |
        | học kỳ 2 và khảo sát                 | kỳ 2                 |
        | tại kỳ quay thứ 88 xổ số Vietlott    | thứ 88               |
        | Cơ hội dành cho mỗi đội là 50-50.    | 50-50                |
        | Việc thực hiện NĐ 94 ở huyện chưa tốt | NĐ 94             |
        | quy định trên tại QĐ 33 gần như bị vô hiệu hóa | QĐ 33    |
        | đăng ký nguyện vọng 1 vào Trường THPT Kim Liên | nguyện vọng 1 |
        | báo cáo Quốc hội tại kỳ họp 3 sẽ diễn ra | kỳ họp 3         |
        | Gợi ý đáp án môn Hóa học mã đề 206, do các giáo viên | mã đề 206 |
        | Phú Thọ có mã vùng 210 và Vĩnh Phúc  | mã vùng 210          |
        | Yến Nhi mang số báo danh 07, đến từ Việt Nam | số báo danh 07 |
        | Cách tra thứ hạng trường thường: XH (dấu cách) SBD GỬI 8705 Ví dụ | 8705 |
        | trường chuyên XH (dấu cách) CHUYEN (dấu cách) SBD gửi 8705 Ví dụ: Bạn | 8705 |
        | thửa đất số 16, tờ bản đồ 08, diện tích | tờ bản đồ 08      |
        | Thủ tướng thống nhất phương án 1 theo đề nghị | phương án 1 |
        | đào tạo bác sỹ chuyên khoa 1, chuyên khoa 2 cho tuyến tỉnh | chuyên khoa 2 |
        | đưa cháu đi điều trị tại Bệnh viện 103, rồi | Bệnh viện 103 |
        | rẽ trái theo đường 21 về Chi Nê      | đường 21             |
        | hướng từ đường 3 Tháng 2 về cầu Chánh Hưng | đường 3        |
        | người bệnh tiểu đường tuýp 2. Nghiên cứu | tuýp 2           |
        | axit béo omega 3, rất cần thiết      | omega 3              |
        | 15 Kế toán 52340301 780 A00: Toán    | 52340301             |
        | đường dây nóng với số máy (0241).3837223 để tiếp nhận | (0241).3837223 |
        | Tel: 00603.21484036; 00603.21483270; Fax | 21483270     |
        | Hình thức cắt điện: KẾ HOẠCH  2 06:00 12:00 Từ số nhà 28 | 2 |
        | Hình thức cắt điện: ĐỘT XUẤT  19 14:00 16:00 Toàn bộ Khu | 19 |
        | giải Jackpot - Mega 6/45 các kỳ quay | Mega 6/45            |
        | nhóm phượt về cột mốc 423 là ảnh sửa | 423                  |
        | có cột mốc 423, 428. Bức ảnh         | 428                  |
        | Dự án thứ nhất là hợp đồng tổng thầu | thứ nhất             |
        | Lý do thứ hai là giá rẻ              | thứ hai              |
        | theo quy định của Luật Nhà ở năm 2014. | năm 2014           |
        | luật Biên giới quốc gia 2003 ghi rõ  | 2003                 |
        | Bộ luật Hình sự 2015 có hiệu lực     | 2015                 |
        | tại Pháp lệnh nhà ở năm 1991; Luật nhà ở năm 2005; Nghị định | năm 2005 |
        | tại Pháp lệnh nhà ở năm 1991; Luật nhà ở năm 2005; Nghị định | năm 1991 |
        | vi phạm trực tiếp Hiệp ước hạt nhân năm 2015 mà Iran đã ký | năm 2015 |
        | giải quyết tranh chấp theo Công ước Chicago năm 1944 để xử lý | năm 1944 |
        | ông Escudero nói rằng Đạo luật chống tài trợ khủng bố năm 2012, Đạo luật | năm 2012 |
        | thành viên của Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS) | năm 1982 |
        | xe Honda City đời 2013 được bán      | 2013                 |
        | hướng tới mục tiêu vươn lên ngôi số 1 thế giới | số 1  |
        | tiền đạo khoác áo số 7 của U20 Việt Nam | số 7              |
        | MU vừa khép lại mùa giải 2016-17 với 3 danh hiệu | mùa giải 2016-17 |
        | quá 20 lần trong một mùa giải là tại Inter (2006-07). | 2006-07 |
        | Alan Shearer (1993-94, 94-95, 95-96, 96-97), Robbie Fowler | 95-96 |
        | Thierry Henry (2003-04, 04-05, 05-06) và Robin van Persie | 04-05 |
        | có 26 đơn vị gồm: 1- Vụ Giáo dục Mầm non; 2- Vụ Giáo dục Tiểu học | 2- |
        | là chuẩn nhất? 5. Tượng Phúc         | 5.                   |
        | người cùng giới tính. 3.Thủ tục đăng ký kết hôn | 3.        |
        | Đội hình: Nga: 1.Igor Akinfeev (đội trưởng), 5.Viktor Vasin | 5. |
        | khác biệt” 13.Vin Diesel: “Nếu bạn   | 13.                  |
        | Hoa hậu Thế giới - Ảnh 3.Bà là đại diện | 3.                |
        | Trần Quốc Vượng chủ trì kỳ họp.  1- Xem xét, thi hành | 1-  |
        | có khả năng hoàn trả vốn vay.3- Có vốn chủ sở hữu | 3-      |
        | Mã đề 208 41. B 42. C 43. A 44. B    | 42.                  |
        | chủ động đến bệnh viện tầm soát; thứ hai là do viêm gan quá nặng | thứ hai |
        | thanh khoản đang nhích lên; thứ 2 là dòng tiền hướng nhiều hơn | thứ 2 |
        | Thứ nhất là họ thường hay mua vé số, thứ hai là họ để máy | Thứ nhất |
        | Ngọn núi thiên đường 8. Dậy sớm 9. Chung sức 10. Hoàng hôn | 9. |
        | Hà Nội - Swift code: ICBVVNVX126 3. Hoặc trực tiếp báo VietNamNet | 3. |
        | Hà Tĩnh. SĐT 0127.8347007 2. Ủng hộ qua Báo VietNamNet | 2.  |
        | phục vụ World Cup 2022. Ảnh: AFP 1. Qatar phụ thuộc nặng nề | 1. |
        | bạn sẽ không còn phản ứng dựa trên sự sợ hãi.” 2. Chấp nhận tham gia | 2. |
        | được tìm thấy 1. Người phát hiện tài sản phải thông báo 2. Trường hợp | 1. |
        | nhượng: 40 triệu Euro 5. Philippe Coutinho, Liverpool, Định giá chuyển nhượng: 40 triệu Euro 4. Mauro Icardi, Inter Milan, Định giá: 50 triệu Euro 3. Paulo Dybala | 4. |
        | nhượng: 40 triệu Euro 5. Philippe Coutinho, Liverpool, Định giá chuyển nhượng: 40 triệu Euro 4. Mauro Icardi, Inter Milan, Định giá: 50 triệu Euro 3. Paulo Dybala | 5. |
        | 35 triệu Euro 3. Paulo Dybala, Juventus, 65 triệu Euro 2. Gonzalo Higúain, Juventus, 75 triệu Euro 1. Lionel Messi | 1. |
        | Mọi đóng góp có thể gửi về 1. Gửi trực tiếp: Anh Bùi Đức Cảnh, Hà Tĩnh 2. Ủng hộ qua Báo VietNamNet | 1. |
        | Trump thông báo về lệnh cấm nhập cảnh  2. Barack Obama  Barack Obama. Ảnh | 2. |
        | trồng tía tô tại nhà cho thu hoạch quanh năm  1. Chuẩn bị dụng cụ trồng | 1. |
        | xin gửi về: 1. Bà Huyền ở xóm 3, tỉnh Hà Nam. 2. Ủng hộ trực tuyến. Đề gửi: Mã số 276 3. Ủng hộ trực tiếp | 3. |
        | đã cống hiến hiệp 1 hấp dẫn          | hiệp 1               |
        | Bước sang set 2 quyết định           | set 2                |
        | duy trì đến tận ván 9.               | ván 9                |
        | Mốc quốc giới 423 vẫn nguyên trạng   | 423                  |
        | Diệp (SN 1985, ở 24 Hàng Muối, Hoàn Kiếm | 24               |
        | Địa chỉ: 268 Lý Thường Kiệt, quận 10 | 268                  |
        | Triển lãm Quốc tế (ICE) - 91 Trần Hưng Đạo, Q. Hoàn Kiếm | 91 |
        | đến 51 Hàng Bồ, Hà Nội và 39 Trương Định, P6 | 39           |
        | phần tiếp theo của “50 Sắc Thái Xám” (50 Shades Of Grey) | 50 |
        | Bệnh viện 175 Bộ Quốc phòng được đầu tư thêm | Bệnh viện 175 |
        | chủ của 1299 Ducati Superleggera. Video 1299 Ducati phô diễn | 1299 |
        | xe 2017 Yamaha NVX thử nghiệm; ảnh của 2017 Yamaha NVX | 2017   |
        | giá 173.000 Rs, còn 2017 KTM Duke 390 có giá 225.730 Rs | 2017 |
        | những chiếc khác. 1975 BMW 3.0CLS bởi Alexander Calder | 1975 |
        | Mẫu xe này là 2017 Yamaha FZ150i màu vàng. | 2017             |
        | vụ án tại hẻm 252 đường Tân Sơn (Gò Vấp) | hẻm 252          |
        | Nhà hàng Lý Công (số 03, ngõ 29, đường Nguyễn Huy Tự | ngõ 29 |
        | tại ngã 4 Hát Lót (thị trấn Hát Lót)  | ngã 4                |
        | tập đoàn kinh tế nhà nước, tổng công ty 91, chưa phát hiện | 91  |
        | việc quản lý theo Đề án 125 gồm ba bệnh viện | 125          |
        | thông báo của Hạm đội 7 thuộc Hải quân Mỹ | 7                |
        | đất được giao cho Sư đoàn Không quân 370 quản lý | 370 |
        | một đại đội nhảy dù của Trung đoàn Bộ binh 503, thuộc | 503 |
        | thuộc Lữ Đoàn Không vận 173, đã được triển khai | 173 |
        | Lữ đoàn pháo binh 490 đã kỷ niệm 35 năm | 490 |
        | đơn vị thi công là Binh đoàn 11 (Bộ Quốc phòng). | 11 |
        | cựu TNXP cùng Đại đội 552 và Tiểu đội 4 | 552 |
        | văn phòng Nhà máy Nhiệt điện Duyên Hải 3 để cất giấu | 3     |
        | trước cửa số nhà 12 Lương Văn Can    | số nhà 12            |
        | từ Quảng trường Cách mạng Tháng 8 dọc theo | Tháng 8        |
        | học sinh lớp 3 trường Tiểu học Nguyễn Bỉnh Khiêm | lớp 3    |
        | flycam Bebop 2. Bebop 2 là mẫu máy bay | Bebop 2            |
        | bước vào vòng 5 V-League, FLC        | vòng 5               |
        | U23 Việt Nam dự SEA Games 29 năm nay. | Games 29            |
        | Nguyễn Tuấn A. (trú tại khu 14, phường Ngọc Châu) | khu 14   |
        | đăng kí hộ khẩu thường trú tại thôn 10, xã Hải Xuân | thôn 10 |
        | Ông Trần Minh Đặng, Khóm 7, thị trấn Sông Đốc | Khóm 7        |
        | Nguyễn Văn Lượng (26 tuổi, ngụ tổ dân phố 9, thị trấn Mađaguôi | tổ dân phố 9 |
        | Linh nói chị Dung mở cửa để lên lầu 1 sửa điện | lầu 1        |
        | Kỳ thi THPT quốc gia 2017 với hơn 4.200 điểm 10 | 2017        |
        | Hyundai Grand i10 2017 mới vẫn giữ hai tông màu | 2017        |
        | Tại Đại hội đồng cổ đông 2017 diễn ra cuối tháng 4 | 2017     |
        | nỗi đau của Barcelona ở kỳ chuyển nhượng hè 2017. Trong | hè 2017 |
        | thiết kế trong BST mới nhất Xuân/Hè 2017 của nhà mốt | Xuân/Hè 2017 |
        | trong mẫu váy xuân hè 2016 của Gucci | xuân hè 2016       |
        | để hợp trend trong mùa Xuân/Hè 2017 này, cùng chúng tôi | mùa Xuân/Hè 2017 |
        | Một vài hình ảnh trong bộ sưu tập Xuân - Hè 2017 của NTK | Xuân - Hè 2017 |
        | Triển lãm Quốc tế Vietbuild Hà Nội 2017 lần 2 tại Hà Nội là sự kiện | 2017 |
        | Triển lãm Quốc tế Vietbuild Hà Nội 2017 lần 2 tại Hà Nội là sự kiện | lần 2 |
        | Tới cuộc thi DIFF 2017 lần này, đội Thụy Sỹ đã mang đến | 2017 |
        | Vụ việc xảy ra trên cầu Bình Phước 1, phường An Phú Đông | 1  |
        | công nhân kỹ thuật Trung tâm Viễn thông 1 và đội ngũ kỹ sư | 1 |
        | anh Diệu (SN 1974, ở thôn Khương Hà 2) bị thương nặng | 2    |
        | du khách đi trên tàu Biển Ngọc 20 đã bị rơi xuống biển | 20  |
        | chuyển đến các khoa Nội 1, Nội 4 và Nhiệt đới | 1           |
        | Cảnh sát 113 Công an Khánh Hòa đã khống chế đối tượng | 113 |
        | gia đình chị có gọi cấp cứu 115 đến địa chỉ | 115           |
        | khoảng 16h chiều qua, tại Km 488+700 QL1A thuộc xã Vượng Lộc | 700 |
        | thắng ngược Zverez 3 set (1-6, 6-0, 6-4) Cuevas lần đầu | 1-6 |
        | những thất bại trước Gilles Muller năm 2005 (4-6, 6-4, 3-6, 4-6), trước | 3-6 |
        | tên lửa Harpoon Block 2, pháo Mk 45 127mm, 6 ống phóng | 45     |
        | ngoài những cảnh nóng, phần hai còn nhiều tình tiết | phần hai |
        | dành cho người nghiện ma túy (trường 2) thuộc lực lượng | 2  |
        | Rooney lần đầu tiên ra mắt đội 1 Everton trong trận    | 1     |
        | ông cùng Đại đội 32 đã theo chân Bác qua nhiều địa điểm | 32   |
        | và Ấn Độ, còn được gọi là ASEAN + 6. Mỹ là động lực   | 6      |
        | Iran đã đồng ý với nhóm P5+1 gồm Mỹ, Anh, Pháp          | 1      |
        | Ngoài dàn diễn viên cũ, phần hai phim “Nắng” có Miu Lê | phần hai |
        | con anh vừa bị ngã từ tầng hai xuống mặt đất, đang cấp cứu | tầng hai |
        | Mặt bằng tầng 2: Tầng hai gồm ba phòng ngủ. | Tầng hai |
        | đề thi hai môn Toán và Lịch sử khối 11 ở Đồng Tháp | khối 11   |
        | thời gian khắc phục chia làm 2 đợt: đợt 1 hoàn thành vào ngày 15-7 | đợt 1 |
        | Sau thành công của phần 1, phần 2 được khán giả đặt kỳ vọng | phần 2 |
        | Quán quân Vietnam Idol mùa 2 chia sẻ quyết tâm | mùa 2         |
        | khoác áo Real Madrid ở mùa 2009-10, chưa khi nào | mùa 2009-10 |
        | Các trường tốp 1 thì tỷ lệ ảo ít hơn  | tốp 1                |
        | một số xe vận tải GAZ -66, khoảng 350 binh sĩ | GAZ -66     |
        | Bỏ ra hơn 150 triệu đồng mua 3 vé “bao 15”, người chơi chỉ thu về | 15 |
        | người chơi mua vé “bao 15”, thậm chí là “bao 18” nhưng chưa có ai | 18 |
        | Nhiều người mua 'bao 15' hụt jackpot 112 tỉ đồng | 15             |
        | gồm 2 máy bay vận tải IL -76 và một máy bay An-26 | IL -76  |
        | Được biết tiêm kích MiG -21 Lancer là phiên bản | MiG -21     |
        | Kết quả giám định máy chính trên tàu cá BĐ -99909 -TS là | BĐ -99909 |
        | Freiburg có bàn rút ngắn tỷ số xuống 1-2 do công của Nils Petersen. | 1-2 |
        | Anh Khải lưu thông từ quốc lộ 1K về TP.Biên Hòa thì va chạm | 1K |
        | Nếu muốn thêm sức mạnh và màn hình 5K mạnh mẽ, hãy chọn mẫu 27 inch | 5K |
        | Máy sở hữu bộ nhớ 16K, có khả năng kết nối với TV | 16K |
        | Dù vậy, 32K mới là cỡ áo lót mà cô mặc | 32K |
        | bản xuất khẩu là Klub 3M-54E và 3M-14E với tầm phóng | 3M |
        | Vĩnh Phúc: Đường tỉnh 303 xuống cấp nghiêm trọng | Đường tỉnh 303 |
        | Chiếc Cessna 310 đã lao xuống đường cao tốc 405 nằm về phía bắc | cao tốc 405 |
        | đường hầm có thể điều động 20.000 quân qua vĩ tuyến 38 trong mỗi giờ | vĩ tuyến 38 |
        | Chính phủ triển khai Nghị quyết T.Ư 4, khóa XII về xây dựng Đảng | T.Ư 4 |
        | Nghị quyết Hội nghị TƯ 5 khóa XII về tiếp tục cơ cấu lại doanh nghiệp | TƯ 5 |
        | Lựa chọn hình thức đấu thầu bất thường: BV 108 khẳng định | BV 108 |
        | Bài thi KHTN (Môn thi Vật lí: từ câu 1-40; môn thi Hóa học: từ câu 41- 80) | câu 1-40 |
        | trong đó Câu 1 nghị luận xã hội (2 điểm), Câu 2 nghị luận văn học (5 điểm). | Câu 2 |
        | Câu 45 đến 50 là vận dụng cao với độ rất khó | Câu 45 |
        | Mẫu xe được triệu hồi. 2017 Yamaha FZ150i màu vàng. | 2017 |
        | Hãng tiết lộ, 2017 KTM 390 Duke sẽ về thị trường Việt Nam | 2017 |
        | hoàn thành quãng đường 1/4 dặm vượt trội so với 2008 Bugatti Veyron. | 2008 |
        | của Nhà nước. I - TÌNH HÌNH VÀ NGUYÊN NHÂN 1 - Qua hơn 30 năm đổi mới | 1 |
        | II- QUAN ĐIỂM CHỈ ĐẠO VÀ MỤC TIÊU 1- Quan điểm chỉ đạo - Doanh nghiệp | 1 |
        | trên đại lộ Thăng Long, Hà Nội. Lần 2: Ngày 23-3-2013, vỡ tại Km26+850 | Lần 2 |
        | trên đại lộ Thăng Long, Hà Nội. Lần  2: Ngày 23-3-2013, vỡ tại Km26+850 | Lần  2 |
        | Lịch thi đấu (theo giờ Việt Nam) Trận 1: 18h ngày 22/5: U20 Việt Nam | Trận 1 |
        | thi hành một số điều của Luật đất đai. Thứ 8. Giấy tờ về việc xếp hạng | Thứ 8 |
        | Bất cập trong khai thác đá: Bài 2 - Cần chế tài mạnh | Bài 2 |
        | Tòa phúc thẩm liên bang khu vực 9 hôm 5/2 đã bác bỏ yêu cầu | 9 |
        | Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 phát hiện có dấu hiệu gian lận | 1 |
        | Tuy chỉ được bố trí đội hình 2 nhưng Toàn thi đấu khá năng nổ | 2 |
        | đều quay cửa chính về hướng Nam (Hình 1). Bản thân một công trình | 1 |
        | cách quãng lại vắng tanh 7,5 phút (xem trong ảnh 1). Trong khi đó | 1 |
        | phát hiện 54 cây gỗ chò xót tại khoảnh 1, lô 2 và khoảnh 4, lô 3 | 4 |
        | số 18 đường Phạm Hùng - Phường Mỹ Đình 1 - Quận Nam Từ Liêm | 1 |
        | Phòng khám đa khoa Nguyễn Trãi (277 Nguyễn Trãi, P.Nguyễn Cư Trinh, Q.1) bị phạt | 277 |
        | BỘ GIAO THÔNG VẬN TẢI (80 Trần Hưng Đạo)Hình thức cắt điện | 80 |
        | tối thứ bảy hàng tuần tại rạp Đại Nam (89 phố Huế), bắt đầu từ tối 3-6 | 89 |
        | hàng ngàn người tập trung về chùa Pháp Hoa (870 Trường Sa, phường 14, Q.3, TP.HCM) | 870 |
        | liên hệ với trường đại học Lao động – Xã hội (43 Trần Duy Hưng, Hà Nội) để xác minh | 43 |
        | Tên tài khoản: Công ty ABC. Address: 198 Tran Quang Khai, Hanoi | 198 |
        | quyết tâm giành 3 điểm với hy vọng có mặt ở vòng 16 đội. Phan Thanh Hậu | vòng 16 |
        | thủ môn Song Bum-kem rút ngắn cách biệt xuống còn 1-2. Bàn thắng giúp | 1-2 |
        | Nadal dẫn 5-3 nhưng sau đó bị dẫn lại 5-6. Dù vậy, ở những thời điểm | 5-6 |
        | Ở thời điểm trận đấu kết thúc, Young đang dẫn 5-7, 6-4, 6-4, 4-2. | 5-7 |
        | Nhánh 2 từ giữa cầu vượt rẽ trái vào ga quốc nội dài 153 m | 2 |
        | Hồ Quỳnh Hương rút khỏi chương trình sau liveshow 7, nhà sản xuất | 7 |
        | quy định tại Phụ lục 2 của dự thảo Luật | 2                |
        | cho biết, Đơn vị 180 là một trong những đơn vị tinh túy nhất | 180 |
        | Nhóm 1 gồm hai nam và hai nữ sẽ sống thử trong cabin | 1     |
        | lực lượng nằm ở phía bắc vĩ tuyến 38, Liên Xô đóng quân | vĩ tuyến 38 |
        | cảng vào lúc 12h58 ngày 5/2, theo lộ trình tuyến 2, nghỉ đêm | 2 |
        | kết thúc Chiến tranh thế giới lần 2. Hoạt động dâng hoa | lần 2 |
        | đi đầu tiên làm bùng phát Thế chiến lần 3. Mặt khác | lần 3    |
        | trận đánh của Hồng quân Xô Viết trong Thế chiến 2, trong các cuộc | 2 |
        | khiến nhiều người lo ngại thế chiến 3 xảy ra. Quan hệ | 3        |
        | Casino Royale trở thành phim 007 có doanh thu cao nhất | phim 007 |
        | bóng hồng quyến rũ nhất series 007 trong tập phim Casino Royale | series 007 |
        | Dù vòng 1 khiêm tốn nhưng nữ chính phim 50 sắc thái - cô gái | phim 50 |
        | Những bộ phim 3 huynh đệ Thành Long oanh tạc điện ảnh Hong Kong | phim 3 |
        | Lê Ngọc Trinh dự ra mắt phim Ba vợ cưới vợ ba. | phim Ba |
        | mở đầu cho 3 phần phim 5, 6, 7 ra mắt liên tiếp | phim 5 |
        | Người đẹp phim 18+ Diệp Tử My vào vai nhân tình | phim 18 |
        | Trong phần 3 bộ phim tài liệu, Tổng thống Putin đã đề cập | phần 3 |
