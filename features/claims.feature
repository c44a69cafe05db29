Feature: Each figure knows what it counts, where and when it holds, and who says so
  As a fact-checker on the news desk
  I want every figure of an article tied to the noun phrase it counts, its place and period, and its source
  So that I compare like with like, and know whom to ask about a figure

  Articles are written inline; "¶" marks a paragraph break.  A claim is named
  by its text as printed ("hơn 74.000"); "-" means "none".

  Rule: the subject is the noun phrase the number counts, as written

    Scenario Outline: the subject of a figure
      Given the article "<article>"
      When the article is analysed
      Then the claim "<claim>" has the subject "<subject>"

      Examples: the noun follows the number, with its modifiers
        | article                                                                             | claim      | subject                                       |
        | Năm 2023, Lạng Sơn có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế kịp thời. | 74.739     | trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế |
        | Tỉnh có 87 đơn vị, cá nhân trên địa bàn tỉnh ủng hộ quỹ.                             | 87         | đơn vị, cá nhân                               |
        | Đến nay đã có 20 tỉnh, thành phố hoàn thành dán tem niêm phong. | 20 | tỉnh, thành phố hoàn thành dán tem niêm phong |
        | Có 25 tỉnh/ thành phố. | 25 | tỉnh/ thành phố |
        | Tổng thống Donald Trump chỉ nhận được 34% tỷ lệ ủng hộ. | 34% | tỷ lệ ủng hộ |
        | Trong danh sách, ông bám sát 3 tỷ phú dẫn đầu. | 3 | tỷ phú dẫn đầu |
        | Mỗi bệnh nhân có 2-3 triệu chứng thường gặp. | 2-3 | triệu chứng thường gặp |
        | Có 83% triệu phú Trung Quốc có kế hoạch gửi con đi học. | 83% | triệu phú Trung Quốc có kế hoạch gửi con đi học |
        | Quỹ đầu tư đã rót 50 tỷ đồng vốn vào dự án. | 50 tỷ đồng | vốn vào dự án |
        | Trận động đất mạnh 6,3 độ Richter xảy ra tại khu vực gần bờ biển. | 6,3 độ Richter | Trận động đất mạnh |
        | Động đất 6,6 độ Richter ngoài khơi Pakistan | 6,6 độ Richter | Động đất |
        | Trận đấu có 45.000 khán giả đến sân. | 45.000 | khán giả đến sân |
        | Sở đã có văn bản gửi 24 quận, huyện về việc quản lý ATTP. | 24 | quận, huyện về việc quản lý ATTP |
        | Huyện có 300 học sinh và 20 giáo viên.                                              | 20         | giáo viên                                     |
        | Ghi bàn U23 Việt Nam: Tuấn Tài (1'), Văn Toàn (42'), Công Phượng (81'). | 42' | phút |

      Examples: the direction of a change or a move ends the noun ("lên", "xuống", "trở lên"); a count after "từ" that nothing moves on from counts where things come from ("đến từ 24 đơn vị"), and a value moving on from a count of origins starts at the noun before "từ"
        | article                                                                          | claim       | subject                           |
        | Số ca mắc tăng từ 100 ca lên 120 ca.                                              | 100         | ca                                |
        | Ông cam kết tăng số chiến hạm hiện có từ 274 chiếc lên 350 chiếc.                 | 274         | chiếc                             |
        | Cảnh sát hướng dẫn 4 nạn nhân lên sân thượng rồi đưa xuống đất an toàn.            | 4           | nạn nhân                          |
        | Ibrahimovic có mùa giải thứ 10 liên tiếp ghi được 20 bàn thắng trở lên.            | 20          | bàn thắng                         |
        | Cú ném khiến hai tên trộm hoảng sợ, nhảy ùm xuống kênh chạy mất.                   | hai         | tên trộm hoảng sợ                 |
        | Năm nay, giải quần vợt có sự tham dự của 70 vận động viên đến từ 24 đơn vị, trong đó có 7 đơn vị nước ngoài. | 24 | đơn vị |
        | Năm ngoái, Vietnam Expo 2016 đã thu hút được 500 doanh nghiệp đến từ 35 quốc gia và vùng lãnh thổ. | 35 | quốc gia |
        | Với việc đình chỉ nhập cảnh của hơn 180 triệu người từ 6 quốc gia, và giảm nhận người tị nạn từ 110.000 xuống 50.000 cho tài khóa 2017, ông bị chỉ trích. | 6 | quốc gia |
        | Với việc đình chỉ nhập cảnh của hơn 180 triệu người từ 6 quốc gia, và giảm nhận người tị nạn từ 110.000 xuống 50.000 cho tài khóa 2017, ông bị chỉ trích. | 110.000 | người tị nạn |
        | Khoe 2.400 bữa ăn giá từ 3 triệu bên thiếu gia, mỹ nữ bị ném đá tơi tả | 3 triệu | bữa ăn giá |

      Examples: a bare head noun keeps the clause after it that says which are counted ("đã", "đang", "không", "chưa"); not a compound ("hàng không") nor a reading that skips a word
        | article                                                                          | claim       | subject                           |
        | Khoảng 10.000 người đã được huy động để phục vụ việc hoàn thiện con tàu.          | Khoảng 10.000 | người đã được huy động          |
        | Theo báo cáo, còn 6 nạn nhân đang điều trị tại bệnh viện.                          | 6           | nạn nhân đang điều trị            |
        | Trong đó 12 tỉnh không bị ảnh hưởng bởi bão.                                      | 12          | tỉnh không bị ảnh hưởng bởi bão   |
        | Thủ tướng đã chúc mừng hai hãng hàng không có sự phát triển nhanh chóng.          | hai         | hãng hàng                         |
        | Mới 1 hộ đồng ý nhận tiền, còn lại 12 hộ không đồng tình.                          | 12          | hộ                                |

      Examples: a count of people told as a population is the population's ("dân số" and its owner); not a share of it, a rate, nor another noun counted
        | article                                                                          | claim           | subject                 |
        | Dân số Australia đã vượt 24,4 triệu người và tiếng Việt đứng thứ 4.               | vượt 24,4 triệu | Dân số Australia        |
        | Trong khi dân số Hà Nội hiện vượt ngưỡng 7,5 triệu người.                         | 7,5 triệu       | dân số Hà Nội           |
        | Hamburg có dân số khoảng 1,8 triệu người.                                         | khoảng 1,8 triệu | dân số                 |
        | Tới nay, khoảng 2,6% dân số toàn cầu (177 triệu người) bị ảnh hưởng.              | 177 triệu       | người                   |
        | Số công dân mới tính từ đợt kiểm tra dân số đợt trước năm 2011 đến đợt này là 1,3 triệu người. | 1,3 triệu | người       |
        | Việt Nam có tỷ lệ dân số/một cửa hàng tiện lợi rất cao với hơn 69.000 dân.         | hơn 69.000      | dân                     |

      Examples: a body of people counted in people is the body's ("quân số", "thủy thủ đoàn", "lực lượng …", "số …", "tổng số …"); not "số lượng" alone, "con số", "trong số"
        | article                                                                          | claim           | subject                 |
        | Quân đội Philippines có tổng quân số thường trực khoảng 220.000 người, lực lượng dự bị khoảng 430.000 người. | khoảng 220.000 | tổng quân số thường trực |
        | Quân đội Philippines có tổng quân số thường trực khoảng 220.000 người, lực lượng dự bị khoảng 430.000 người. | khoảng 430.000 | lực lượng dự bị |
        | Tàu có thể mang theo thủy thủ đoàn lên đến 6.000 người và 70 máy bay.              | lên đến 6.000   | thủy thủ đoàn           |
        | Nhằm thực hiện bức ảnh với số thành viên hơn 500 người, trưởng họ đã lên kế hoạch. | hơn 500         | số thành viên           |
        | Theo đó, làm tăng thêm tổng số cán bộ nhân viên toàn công ty lên gần 500 người.    | gần 500         | tổng số cán bộ nhân viên toàn công ty |
        | Các đại biểu tham dự với số lượng 50 - 100 người mỗi điểm cầu.                     | 50 - 100        | người                   |
        | Con số 300 người là quá lớn.                                                       | 300             | người                   |
        | Trong số 100 người có 5 người chết.                                                | 100             | người                   |

      Examples: a temperature's second extreme ("…, cao nhất 30 - 33 độ C") is of the temperature named before it in its sentence; not a price, nor a sentence naming no temperature
        | article                                                                          | claim             | subject             |
        | Nhiệt độ thấp nhất từ 23 - 26 độ C, cao nhất từ 30 - 33 độ C.                      | từ 30 - 33 độ C   | nhiệt độ cao nhất   |
        | Tại Thừa Thiên Huế, thấp nhất ở mức 16-17 độ C, cao nhất 21-22 độ.                 | 21-22 độ          | cao nhất            |
        | Giá giường cao nhất là 1,8 triệu đồng, thấp nhất 450.000 đồng.                     | 450.000 đồng      | thấp nhất           |

      Examples: "kể từ" (since) ends the noun after the number
        | article                                                                          | claim | subject                             |
        | Tổng cộng có 4.608 mục tiêu bị tiêu diệt kể từ ngày 1/1.                          | 4.608 | mục tiêu bị tiêu diệt               |
        | Nó đã phun trào dung nham 33 lần kể từ năm 1572.                                   | 33 lần | lần phun trào dung nham            |

      Examples: a count of a bare classifier ("chiếc", "cái") counts the topic before it: an item of a list, before "với" or a verb reaching the amount; not a clause with its own verb
        | article                                                                                                                       | claim       | subject                          |
        | Trong đó, chiếm số lượng lớn nhất là ô tô nguyên chiếc dưới 9 chỗ ngồi với 3.701 chiếc, xe trên 9 chỗ ngồi 11 chiếc và xe tải 1.120 chiếc. | 3.701       | ô tô nguyên chiếc dưới 9 chỗ ngồi |
        | Trong đó, chiếm số lượng lớn nhất là ô tô nguyên chiếc dưới 9 chỗ ngồi với 3.701 chiếc, xe trên 9 chỗ ngồi 11 chiếc và xe tải 1.120 chiếc. | 1.120       | xe tải                           |
        | Cụ thể, trong tháng 5, lượng ô tô nhập khẩu đạt 9.935 chiếc, trị giá trên 215,8 triệu USD.                                      | 9.935       | lượng ô tô nhập khẩu             |
        | Tổng số xe ô tô 181 chiếc đã được chia thành 3 lô.                                                                             | 181         | Tổng số xe ô tô                  |
        | Năm 2016, Ấn Độ sản xuất trên 4,6 triệu chiếc.                                                                                 | trên 4,6 triệu | chiếc                         |
        | Năm 2015, Trung Quốc sản xuất 24 triệu ô tô, trong số đó 21 triệu chiếc là xe cá nhân.                                          | 21 triệu    | chiếc                            |
        | Đội tàu thuyền đánh bắt thủ công, không gắn máy có hơn 1.200 chiếc.                                                            | hơn 1.200   | chiếc                            |

      Examples: "tăng"/"giảm" after a count's short noun names what is counted when no amount follows it
        | article                                                                                      | claim | subject                         |
        | VN-Index xuống 700,04 điểm với 125 mã tăng và 130 mã giảm.                                    | 125   | mã tăng                         |
        | VN-Index xuống 700,04 điểm với 125 mã tăng và 130 mã giảm.                                    | 130   | mã giảm                         |
        | Với 14 phiên tăng liên tiếp, ROS đóng cửa tại mức giá cao.                                    | 14    | phiên tăng liên tiếp            |
        | NATO đã huy động gần 1 vạn quân với bộ 3 chiến tăng mạnh nhất thế giới tập trận tại Estonia. | 3     | chiến tăng mạnh nhất thế giới tập trận |
        | Năm nay có 300 ca tăng 20% so với năm trước.                                                 | 300   | ca                              |

      Examples: what a count counts may sit inside something ("trong" and a noun), not within a period or a number
        | article                                                                          | claim | subject                       |
        | Họ tháo 12 piston trong máy tàu ra, trong đó có 3 cái khác hẳn.                  | 12    | piston trong máy tàu ra       |
        | Xe tải cuốn 3 người trong một gia đình và xe máy vào gầm.                         | 3     | người trong một gia đình      |
        | Anh ghi 26 bàn thắng trong 39 lần ra sân.                                        | 26    | bàn thắng                     |
        | Đội có 2 buổi tập trong ngày 9/5.                                                | 2     | buổi tập                      |
        | Ông bán 3 chiếc xe trong vòng một tuần.                                          | 3     | chiếc xe                      |

      Examples: a part "trong số" a whole counts what the whole counts
        | article                                                                          | claim | subject                       |
        | Tại buổi kiểm tra, 3 trong số 6 trụ bơm của trạm xăng dầu này đều có sai số.      | 3     | trụ bơm của trạm xăng dầu này |
        | Có 43 trong tổng số 108 trường THPT công lập đã có thay đổi.                      | 43    | trường THPT công lập          |

      Examples: a change by a multiple ("tăng 5 lần so với", grammar: change_multiples) is of what changed
        | article                                                    | claim      | subject               |
        | Sức mua vàng sẽ tăng từ 2-5 lần so với năm ngoái.          | từ 2-5 lần | Sức mua vàng          |
        | Tổng tài sản của PVEP tăng 5 lần so với năm 2007.          | 5 lần      | Tổng tài sản của PVEP |

      Examples: the noun comes before a copula, also "đã bao gồm"/"chưa bao gồm" read whole (a bracket "(đã bao gồm 10% VAT)" names the noun after the share)
        | article                                                                  | claim      | subject                      |
        | Toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ. | hơn 74.000 | trẻ em dưới 6 tuổi           |
        | Trẻ em có hoàn cảnh đặc biệt là hơn 2.700 trẻ.                           | hơn 2.700  | Trẻ em có hoàn cảnh đặc biệt |
        | Tỷ lệ hộ nghèo của tỉnh chiếm 5%.                                        | 5%         | Tỷ lệ hộ nghèo của tỉnh      |
        | Ford Ranger có giá mới là 837 triệu đồng (đã bao gồm 10% VAT).                   | 10%              | VAT                |
        | Giá bán là 634 triệu đồng (chưa bao gồm 10% VAT).                                | 10%              | VAT                |
        | Ban quản lý chợ đã nộp 217 tỉ đồng vào Kho bạc (đã bao gồm 400 triệu đồng tiền lãi ngân hàng). | 400 triệu đồng | tiền lãi ngân hàng |
        | Ford Ranger có giá mới là 837 triệu đồng (đã bao gồm 10% VAT).                   | 837 triệu đồng   | Ford Ranger có giá |
        | Đoàn gồm 20 người.                                                               | 20               | người              |

      Examples: after a copula a count still counts the noun after it, unless that noun repeats the phrase before
        | article                                                                      | claim | subject          |
        | Dự thảo Nghị định gồm ba chương, 10 điều.                                      | ba    | chương           |
        | Diện xét tuyển thẳng theo quy chế của Bộ là 119 thí sinh.                     | 119   | thí sinh         |
        | Bị hại trong vụ án là 3 người.                                                 | 3     | người            |

      Examples: a count of "lần" counts the times, and what was done that many times
        | article                                                          | claim      | subject    |
        | Ông đã bay vào vũ trụ 3 lần, vào các năm 1969, 1977 và 1980.     | 3 lần      | lần bay vào vũ trụ |
        | Lukaku ghi 26 bàn thắng trong 39 lần ra sân cho Everton.        | 39 lần     | lần ra sân |

      Examples: the event a count of times counts is read before the number, back to an aspect, a modal, a pronoun or a passive; not a name opening the clause, a framed count ("cả 3 lần") nor "lượt" before its noun
        | article                                                                     | claim          | subject                    |
        | Cảnh sát cho biết Rojas từng bị bắt giữ hai lần vì tội lái xe khi say xỉn.   | hai lần        | lần bị bắt giữ             |
        | Video được xem và chia sẻ hàng nghìn lần kể từ khi được tải lên Twitter.     | hàng nghìn lần | lần được xem và chia sẻ    |
        | FED có khả năng điều chỉnh lãi suất thêm 2 lần nữa trong năm nay.            | 2 lần          | lần điều chỉnh lãi suất    |
        | Sturridge có 4 bàn thắng còn Origi lập công 2 lần.                           | 2 lần          | lần lập công               |
        | Nam giới nên đi ăn nhậu với bạn bè tuần 2 lần.                               | 2 lần          | lần đi ăn nhậu với bạn bè  |
        | Trong 5 lần đối đầu, Real thắng cả 3 lần.                                    | 3 lần          | lần                        |
        | Bức ảnh thu hút được 54.000 lượt “thích”.                                    | 54.000         | lượt                       |
        | Ông Minh 2 lần làm đơn thỉnh cầu.                                            | 2 lần          | lần                        |

      Examples: a row of a price table is the header's noun and the row's label
        | article                                                                                      | claim   | subject                   |
        | Sau đây là kết quả phiên đấu giá:  Mặt hàng Đơn giá (taka/kg)  BROKENS  Bold/Large Brokens 120-130  Medium Brokens 130-150 | 120-130 | đơn giá Bold/Large Brokens |
        | Sau đây là kết quả phiên đấu giá:  Mặt hàng Đơn giá (taka/kg)  BROKENS  Bold/Large Brokens 120-130  Medium Brokens 130-150 | 130-150 | đơn giá Medium Brokens     |

      Examples: money is what the money is
        | article                                                                 | claim               | subject      |
        | Các đơn vị ủng hộ quỹ với tổng số tiền trên 300 triệu đồng.            | trên 300 triệu đồng | tổng số tiền |
        | Dự án triển khai thực hiện trong 24 tháng, với tổng số vốn khoảng 9,9 triệu USD. | khoảng 9,9 triệu USD | tổng số vốn |
        | UBND tỉnh trao giấy chứng nhận đầu tư cho 8 dự án với tổng số vốn đăng ký gần 3.600 tỉ đồng. | gần 3.600 tỉ đồng | tổng số vốn đăng ký |
        | Doanh nghiệp Séc đầu tư tại Việt Nam với tổng số vốn hơn 170 triệu USD. | hơn 170 triệu USD | tổng số vốn |
        | Công ty có tổng vốn 5 tỷ đồng. | 5 tỷ đồng | tổng vốn |
        | Doanh thu của hợp tác xã đạt 300 triệu đồng.                            | 300 triệu đồng      | Doanh thu của hợp tác xã |

      Examples: the engine speed a power or torque peaks at ("mã lực tại", "Nm tại", "kW/", "PS/") is the engine's speed, "vòng tua máy"; not a speed its sentence names, nor one with no peak before it
        | article                                                                                          | claim            | subject          |
        | Động cơ cho công suất đầu ra tối đa 8.24 mã lực tại 8.000 vòng/phút và mô-men xoắn cực đại 8.05 Nm tại 5.000 vòng/phút. | 8.000 vòng/phút | vòng tua máy |
        | Động cơ cho công suất đầu ra tối đa 8.24 mã lực tại 8.000 vòng/phút và mô-men xoắn cực đại 8.05 Nm tại 5.000 vòng/phút. | 5.000 vòng/phút | vòng tua máy |
        | Xe có công suất tối đa lên đến 5,1 kW/ 8.000 vòng/phút, mô men xoắn cực đại tới 7,0 N.m/ 5.500 vòng/phút. | 8.000 vòng/phút | vòng tua máy |
        | Xe có công suất tối đa lên đến 5,1 kW/ 8.000 vòng/phút, mô men xoắn cực đại tới 7,0 N.m/ 5.500 vòng/phút. | 5.500 vòng/phút | vòng tua máy |
        | Công suất tối đa 6,4KW (8,7PS/7.000 vòng/phút).                                                   | 7.000 vòng/phút  | vòng tua máy     |
        | Động cơ cho công suất tối đa 8.24 mã lực tại 8.000 vòng/phút.                                     | 8.24 mã lực      | Động cơ cho công suất |
        | Vòng tua máy tối đa đạt 9.000 vòng/phút.                                                          | 9.000 vòng/phút  | Vòng tua máy     |
        | Máy giặt có tốc độ vắt 1.400 vòng/phút.                                                           | 1.400 vòng/phút  | tốc độ vắt       |

      Examples: three body sizes told together ("số đo 3 vòng", "chỉ số hình thể": bust, waist, hips) are each its own "số đo vòng N", in that order; not a size of another kind (a dimension "10x15cm"), nor the height told beside them
        | article                                                                                          | claim   | subject         |
        | Sở hữu chiều cao 1,73 m, với số đo 3 vòng là: 81-64-89, cô từng đã lọt vào chung kết.              | 81      | số đo vòng 1    |
        | Sở hữu chiều cao 1,73 m, với số đo 3 vòng là: 81-64-89, cô từng đã lọt vào chung kết.              | 64      | số đo vòng 2    |
        | Sở hữu chiều cao 1,73 m, với số đo 3 vòng là: 81-64-89, cô từng đã lọt vào chung kết.              | 89      | số đo vòng 3    |
        | Cô cao 1m74 với số đo hình thể nóng bỏng: 88-66-98 dù vòng 2 cần phải tập luyện để đẹp hơn nữa.    | 66      | số đo vòng 2    |
        | Người đẹp sở hữu chỉ số hình thể chuẩn: 85-60-90.                                                 | 90      | số đo vòng 3    |
        | Cô cao 1,7 m, nặng 48 kg với số đo hình thể là 85-56-92 cm.                                       | 92 cm   | số đo vòng 3    |
        | Ming Xi sinh năm 1989, cao 1m78 với các số đo 79-61-89 và thân hình nuột nà.                        | 1m78    | chiều cao       |
        | Túi nilong có kích thước 10x15cm được bày bán.                                                    | 10      | kích thước      |

      Examples: a value between two things ("giữa A và B") is the value of the relation named before "giữa", not of the second thing; not an age, a bracketed measure of the second thing, nor a place or a cut compound before "giữa"
        | article                                                                                          | claim            | subject          |
        | Chênh lệch giữa giá mua và bán hiện ở mức 800.000 đồng/lượng.                                     | 800.000 đồng/lượng | Chênh lệch giữa giá mua và bán |
        | Theo đó, khoảng cách giữa quân đội Syria và SDF chỉ còn khoảng 50km.                              | khoảng 50km      | khoảng cách giữa quân đội Syria và SDF |
        | Kim ngạch xuất nhập khẩu giữa Việt Nam và Cộng hòa Séc đạt khoảng 800 triệu USD.                  | khoảng 800 triệu USD | Kim ngạch xuất nhập khẩu giữa Việt Nam và Cộng hòa Séc |
        | Theo đó, thặng dư thương mại giữa các EU và Mỹ tăng lên 30,6 tỷ euro.                             | 30,6 tỷ euro     | thặng dư thương mại giữa các EU và Mỹ |
        | Mối tình giữa vị đạo diễn 57 tuổi và cô diễn viên 35 tuổi gây chú ý.                              | 35 tuổi          | cô diễn viên     |
        | Đối với một số vị trí mối nối giữa ray hàn dài và ray tiêu chuẩn (25m) có khe hở chưa đạt.       | 25m              | ray tiêu chuẩn   |

      Examples: a property named right before a measure or a price is its subject (its owner is not), also the property a measured part yields ("dung tích 2,3 lít cho công suất")
        | article                                                                                  | claim             | subject                  |
        | Nhà máy có tổng diện tích 16 ha nằm trong khu công nghiệp.                                | 16 ha             | tổng diện tích           |
        | Xe được trang bị động cơ có dung tích 160 cc hoàn toàn mới.                                | 160 cc            | dung tích                |
        | Phiên bản này có giá sau thuế tại Việt Nam vào thời điểm đó khoảng 35 tỷ đồng.             | khoảng 35 tỷ đồng | giá sau thuế             |
        | Bị cáo chiếm đoạt của Nhà nước số tiền hơn 249 tỷ đồng.                                   | hơn 249 tỷ đồng   | số tiền                  |
        | Anh mua một khẩu súng bắn bi giá 500.000 đồng.                                             | 500.000 đồng      | khẩu súng bắn bi giá     |
        | Chiếc túi Chanel có giá khoảng 120 triệu đồng.                                             | khoảng 120 triệu đồng | Chiếc túi Chanel có giá |
        | Chúng đã lấy được số kim cương có giá trị lên đến 6 triệu đô.                              | lên đến 6 triệu đô | số kim cương có giá trị |
        | Lực lượng chức năng tịch thu 3.031 kg thực phẩm đông lạnh.                                  | 3.031 kg          | thực phẩm đông lạnh      |
        | Mẫu xe sử dụng động cơ I4 dung tích 2,3 lít cho công suất 310 mã lực.                       | 310 mã lực        | công suất                |
        | Trong năm 2016, có hơn 200ha cho thu nhập trên 100 triệu đồng/ha/năm.                       | trên 100 triệu đồng/ha/năm | thu nhập        |
        | Xe nặng 1.500 kg, chở 300 kg hàng hóa cho khách.                                            | 300 kg            | hàng hóa                 |

      Examples: before a copula a price or measure is read through a count or a quoted title, from its property noun
        | article                                                                          | claim          | subject                           |
        | Luật sư đòi bồi thường chi phí đầu tư 6 vở kịch là 430 triệu đồng.               | 430 triệu đồng | chi phí đầu tư 6 vở kịch          |
        | Đồng thời, bà rút lại 2 yêu cầu về khoản bù lỗ tiền diễn viên là 96 triệu đồng.  | 96 triệu đồng  | khoản bù lỗ tiền diễn viên        |
        | Kinh phí làm bộ phim “Hai Phượng” là 20 tỷ đồng.                                 | 20 tỷ đồng     | Kinh phí làm bộ phim “Hai Phượng” |
        | 3 trong số 6 trụ bơm và dầu DO 0,05% đều có sai số trung bình là 5%.             | 5%             | sai số trung bình                 |

      Examples: a noun made with a stop word ("nhà ở", "sau thuế") is read whole
        | article                                                             | claim      | subject                |
        | Đến năm 2020 sẽ có hơn 45.000 nhà ở xã hội được xây dựng.            | hơn 45.000 | nhà ở xã hội được xây dựng |
        | Công ty đặt kế hoạch lợi nhuận sau thuế 712 tỷ đồng.                 | 712 tỷ đồng | lợi nhuận sau thuế    |
        | Anh có 2 căn nhà ở Hà Nội.                                           | 2          | căn nhà                |
        | Những căn nhà như vậy chiếm khoảng 1,4% số căn hộ xây mới.           | khoảng 1,4% | Những căn nhà như vậy |
        | Trong khi hai thiết bị còn lại nhìn khá giống Nokia 6.               | hai        | thiết bị               |
        | Khoảng 21,9 tỷ USD được quyên vào quỹ từ thiện nhà Bill Gates.       | 21,9 tỷ USD | quyên vào quỹ từ thiện nhà Bill Gates |

      Examples: "mức" (level) is no subject; "trong khi" (while) starts another clause
        | article                                                                          | claim            | subject                   |
        | Công suất tiêu thụ điện đạt mức 29.306 MW.                                       | 29.306 MW        | Công suất tiêu thụ điện   |
        | Bộ vi xử lý có sức mạnh 6 teraflops, trong khi PS4 Pro chỉ dừng ở mức 4,2 teraflops. | 4,2 teraflops | PS4 Pro chỉ dừng          |
        | Giá vàng thế giới chốt phiên tại Mỹ đã tăng lên mức gần 1.234 USD/oz.            | gần 1.234 USD/oz | Giá vàng thế giới chốt phiên |
        | Nhiệt độ tại Hà Nội đạt ngưỡng 42 độ C.                                          | 42 độ C          | Nhiệt độ                  |

      Examples: a list of goods before a measuring verb, opening a list item (after "là", ":" or ";"), is read whole, not its last item; not a list of clauses, nor one opening the sentence
        | article                                                                                          | claim            | subject          |
        | Trong đó, dẫn đầu là điện thoại và linh kiện đạt gần 2,33 tỷ USD; tiếp theo là dệt may.          | gần 2,33 tỷ USD  | điện thoại và linh kiện |
        | Tiếp theo là dệt may; máy vi tính, sản phẩm điện tử và linh kiện đạt 1,504 tỷ USD.               | 1,504 tỷ USD     | máy vi tính, sản phẩm điện tử và linh kiện |
        | Hai nhóm hàng là: máy móc; và máy vi tính, sản phẩm điện tử và linh kiện đạt 2,127 tỷ USD.       | 2,127 tỷ USD     | máy vi tính, sản phẩm điện tử và linh kiện |
        | Tiếp theo là: Dệt may đạt 2,156 tỷ USD; giày dép đạt 1,169 tỷ USD.                               | 1,169 tỷ USD     | giày dép         |
        | Năm nay, doanh thu tăng mạnh và lợi nhuận đạt 50 tỷ đồng.                                         | 50 tỷ đồng       | lợi nhuận        |
        | Kết quả là: doanh thu giảm 5% và lợi nhuận đạt 50 tỷ đồng.                                        | 50 tỷ đồng       | lợi nhuận        |
        | Tài sản của 4 tập đoàn lớn nhất Hàn Quốc là Samsung, Hyundai Motor, SK và LG đã tăng hơn 30%.      | hơn 30%          | LG               |

      Examples: an adverb of degree after a measuring verb ("tăng nhẹ", "giảm sâu", "giảm khá mạnh", "giảm trở lại", "sụt giảm") leaves its subject before the verb, a stock's code too
        | article                                                                          | claim            | subject                      |
        | Chốt phiên, giá vàng thế giới tăng nhẹ 3 USD.                                    | 3 USD            | giá vàng thế giới            |
        | Nền nhiệt giảm sâu 5-8 độ C, xuất hiện mưa rào.                                  | 5-8 độ C         | Nền nhiệt                    |
        | Ngoài ra, chiếc xe còn nhẹ hơn 50 kg so với bản tiêu chuẩn.                      | hơn 50 kg        | chiếc xe                     |
        | Mức giá dành cho căn nhà này bất ngờ giảm sâu tới gần 1 triệu bảng.              | gần 1 triệu bảng | Mức giá dành cho căn nhà này |
        | Giá USD bán ra cũng giảm khá mạnh 70 đồng so với cuối tuần trước.                | 70 đồng          | Giá USD bán ra               |
        | Hiện giá vàng giao ngay đã giảm trở lại mức 1.233 USD/oz.                        | 1.233 USD/oz     | giá vàng giao ngay           |
        | Giá thịt lợn hơi đã nhích dần lên 5.000-7.000 đồng/kg.                           | 5.000-7.000 đồng/kg | Giá thịt lợn hơi          |
        | BHN đang sụt giảm 5,88%, mức giảm mạnh nhất kể từ khi lên sàn.                   | 5,88%            | BHN                          |
        | Ở chiều ngược lại, ACB lại giảm khá mạnh 2,48%, xuống 23.600 đồng.               | 23.600 đồng      | ACB                          |
        | Tỷ giá bảng Anh/USD sụt giảm 1,01% xuống mức thấp nhất trong 2 tháng.            | 1,01%            | Tỷ giá bảng Anh/USD          |
        | Kết thúc phiên, GAS giảm gần 2% về giá 54.600 đồng/cổ phiếu.                     | 54.600 đồng/cổ   | GAS                          |
        | HCM tăng mạnh 1,6%.                                                              | 1,6%             | HCM                          |
        | Tầm bay cao tối đa của tên lửa được ước tính hơn 1.000 km.                       | hơn 1.000 km     | Tầm bay cao tối đa của tên lửa |
        | Mariano được định giá 5 triệu euro.                                              | 5 triệu euro     | Mariano                      |

      Examples: a period singled out ("riêng quý I"), alone before the verb, or a bracket around the verb leaves the subject before it; a period between a noun and its owner ("tháng 5 của Trung Quốc") is read through
        | article                                                                          | claim            | subject                      |
        | Lợi nhuận trước thuế của LienVietPostBank riêng quý I/2017 đạt gần 470 tỷ đồng.  | gần 470 tỷ đồng  | Lợi nhuận trước thuế của LienVietPostBank |
        | Lợi nhuận của ngân hàng quý I đạt 470 tỷ đồng, đến thời điểm 31.5.2017 đạt trên 730 tỷ đồng. | trên 730 tỷ đồng | Lợi nhuận của ngân hàng quý I |
        | Tiếp nối sự bứt phá về lợi nhuận trước thuế năm 2016 (đạt 1.348 tỷ đồng), ngân hàng tăng vốn. | 1.348 tỷ đồng | lợi nhuận trước thuế |
        | Chỉ số PMI tháng 5 của Trung Quốc chỉ đạt 49,6 điểm, dưới mức trung bình.         | 49,6 điểm        | Chỉ số PMI tháng 5 của Trung Quốc |
        | Lợi nhuận quý I/2017 của Ford giảm 30% so với cùng kỳ năm ngoái.                   | 30%              | Lợi nhuận quý I/2017 của Ford |
        | Trong năm 2016 doanh thu của công ty đạt 300 tỷ đồng.                              | 300 tỷ đồng      | doanh thu của công ty        |

      Examples: a bare price after "với" is the price of the sale or purchase named right before it (with the thing sold, when "được bán" names it), not of another deal or of the seller
        | article                                                                          | claim            | subject                      |
        | Honda Civic được bán với giá 950 triệu đồng tại thị trường Việt.                 | 950 triệu đồng   | Honda Civic được bán với giá |
        | Theo thông tin mới, iPhone có thể sẽ được chào bán với giá hơn 1.000 USD.        | hơn 1.000 USD    | chào bán với giá             |
        | Anh nói mua chiếc xe này của một người không quen biết với giá 25 triệu đồng.    | 25 triệu đồng    | giá                          |
        | AC Milan ấp ủ tham vọng mua Aubameyang với giá 71 triệu bảng.                    | 71 triệu bảng    | mua Aubameyang với giá       |
        | Depay chuyển đến Man United với giá 25 triệu bảng từ PSV.                        | 25 triệu bảng    | giá                          |

      Examples: a predicate that says where a price or state stands is no subject: what stands is, before it, also before a bare "ở" ("được niêm yết ở 22.530"), not an adverb nor a phrase inside another predicate
        | article                                                                          | claim                            | subject                    |
        | Trong khi đó, giá vàng của Tập đoàn Doji tại khu vực Hà Nội niêm yết ở mức giá 36,500 – 36,580 triệu đồng/lượng. | 36,500 | giá vàng của Tập đoàn Doji |
        | Trong khi đó, giá vàng của Tập đoàn Doji tại khu vực Hà Nội niêm yết ở mức giá 36,500 – 36,580 triệu đồng/lượng. | 36,580 triệu đồng/lượng | giá vàng của Tập đoàn Doji |
        | Theo đánh giá, chấn thương của Hoàng Thịnh đã bình phục tới 90%.                 | tới 90%                          | chấn thương của Hoàng Thịnh |
        | Giá dầu thô Mỹ hiện giao dịch ở mức 51,71 USD/thùng.                             | 51,71 USD/thùng                  | Giá dầu thô Mỹ             |
        | Giá vàng trong buổi sáng được Công ty Sài Gòn niêm yết ở mức 37,7 triệu đồng/lượng. | 37,7 triệu đồng/lượng         | Giá vàng trong buổi sáng   |
        | Số tiền phải chi trả khá lớn, dao động từ 4 - 6 triệu đồng.                      | từ 4 - 6 triệu đồng              | -                          |
        | Mỗi chiếc rẻ hơn giá niêm yết 100 – 500 triệu đồng.                              | 100 – 500 triệu đồng             | giá niêm yết               |
        | Cụ thể: giá vàng SJC 1kg của Công ty TNHH một thành viên Vàng bạc đá quý Sài Gòn niêm yết ở mức 36,430 – 36,630 triệu đồng/lượng. | 36,630 triệu đồng/lượng | giá vàng SJC 1kg của Công ty TNHH một thành viên Vàng bạc đá quý Sài Gòn |
        | Tại Techcombank, tỷ giá hiện được niêm yết ở 22.530 - 22.650 đồng/USD.                  | 22.530                 | tỷ giá                      |
        | Tại ACB, tỷ giá hiện đang được giao dịch ở 22.530 - 22.620 đồng/USD.                     | 22.620 đồng/USD        | tỷ giá                      |
        | Giá vàng SJC Phú Quý hiện đứng ở 36,34 – 36,41 triệu đồng/lượng (mua vào – bán ra).      | 36,34                  | Giá vàng SJC Phú Quý        |
        | Tại châu Á, tỷ trọng của Trung Quốc/Hồng Kông duy trì ở khoảng 12%.                       | khoảng 12%             | tỷ trọng của Trung Quốc/Hồng Kông |
        | Nhiệt độ cơ thể người (thân nhiệt), luôn duy trì ở khoảng 37 độ C.                        | khoảng 37 độ C         | -                           |
        | Hiện đang được niêm yết ở mức 34,57 - 35,02 triệu đồng/lượng.                             | 34,57                  | -                           |

      Examples: a value after a predicate only ("có thể rớt xuống", "lên chạm mức", "nhẹ hơn", "có giá") is the value of the noun phrase opening its clause; a price keeps its predicate, a listing verb gives what it lists; not after another deal ("mua … với giá"), a seller or a pronoun
        | article                                                                              | claim                  | subject                                        |
        | Giá vàng giao ngay chốt phiên tăng 1,1% lên chạm mức 1.233,01 USD/ounce.             | 1.233,01 USD/ounce     | Giá vàng giao ngay chốt phiên                  |
        | Các chuyên gia dự báo đồng tiền này có thể rớt xuống 69,50 rupee mỗi USD.            | 69,50 rupee            | đồng tiền này                                  |
        | Siêu xe này nhẹ hơn 100 kg so với bản tiêu chuẩn.                                    | hơn 100 kg             | Siêu xe này                                    |
        | Tầm hoạt động này có thể lên đến 1.065km khi được lắp thêm 2 thùng dầu.              | lên đến 1.065km        | Tầm hoạt động này                              |
        | Tại một số ngân hàng, tỷ giá giảm về ngưỡng 22.540 đồng/USD.                         | 22.540 đồng/USD        | tỷ giá                                         |
        | Cụ thể, Suzuki Access 125 (phanh trống) có giá 54.787 Rs.                            | 54.787 Rs              | Suzuki Access 125 (phanh trống) có giá         |
        | Còn một chiếc sừng tê giác có thể được bán với giá 14.000 USD.                       | 14.000 USD             | một chiếc sừng tê giác có thể được bán với giá |
        | Tập Đoàn DOJI niêm yết giá vàng SJC ở mức: 36,30 triệu đồng/lượng (mua vào).         | 36,30 triệu đồng/lượng | giá vàng SJC                                   |
        | Juve mua Hernanes từ Inter Milan với giá 11 triệu euro.                              | 11 triệu euro          | giá Hernanes                                   |
        | Mỗi viên thuốc lắc chúng sẽ bán với giá khoảng 200.000 đồng.                         | khoảng 200.000 đồng    | bán với giá                                    |
        | Ông chui xuống sâu gần 2 m bên dưới lòng đất.                                        | gần 2 m                | độ sâu                                         |

      Examples: a baseline after "so với (mức)" is a value of what the value it is compared with measures; not when a noun names it; a value in a clause run on after the noun compared with ("…, neo ở mức", "và giảm") is the change's subject's
        | article                                                                                          | claim          | subject            |
        | Công suất cũng được nâng lên 503 mã lực, so với mức 483 mã lực trên F430.                         | 483 mã lực     | Công suất          |
        | Trong khi đó, lạm phát cơ bản đã giảm xuống còn 1,5% (so với mức 1,6% trước đây).                 | 1,6%           | lạm phát cơ bản    |
        | Giá chè Bangladesh ở mức trung bình 152,29 taka/kg, giảm so với mức 167,83 taka/kg phiên trước đó. | 167,83 taka/kg | Giá chè Bangladesh |
        | Sản lượng chè năm 2016 tăng lên mức cao kỷ lục 80 triệu kg, so với 66 triệu kg năm ngoái.         | 66 triệu kg    | Sản lượng chè      |
        | Chỉ 37% người Mỹ nói ủng hộ việc sa thải ông Comey, so với 48% số người phản đối.                 | 48%            | số người phản đối  |
        | Giá vàng miếng SJC đã giảm 650.000 đồng/lượng so với giá chốt phiên chiều qua, neo ở mức 36,6-37,4 triệu đồng/lượng. | 37,4 triệu đồng/lượng | Giá vàng miếng SJC |
        | Giá vàng miếng SJC đã giảm 750.000 đồng/lượng so với giá chốt phiên trước đó và giảm 400.000 đồng/lượng so với giá mở cửa. | 400.000 đồng/lượng | Giá vàng miếng SJC |
        | Cổ phiếu BHN đứng ở mức 117.000 đồng/cổ phiếu, gấp ba lần so với giá chào sàn 39.000 đồng/cổ phiếu. | 39.000 đồng/cổ | giá chào sàn |

      Examples: a change's size ("mức giảm") is a noun, and "tương đương" only restates; a pointer closes the phrase before it
        | article                                                                          | claim            | subject                   |
        | Tỷ giá tham chiếu ở mức 6,8849 nhân dân tệ, tương đương mức giảm 0,36% so với phiên trước. | 0,36%   | mức giảm                  |
        | Két tiền giảm 320 tỷ USD so với mức giảm 513 tỷ USD trong 2015.                  | 513 tỷ USD       | mức giảm                  |
        | Con số này tăng lên 500.000 bảng nếu ông trụ lại.                                | 500.000 bảng     | Con số này                |
        | Được biết chi phí cho cảnh quay này lên đến 7 tỷ đồng.                           | 7 tỷ đồng        | chi phí cho cảnh quay này |

      Examples: a value in a list of "Label: value" items run together has its own label, not the next one; a bracket of codes before the colon or a dash between names stays in the label
        | article                                                                          | claim          | subject        |
        | Xe làm mát bằng chất lỏng Dung tích: 1285 cc Công suất: 158,1 kW.                | 1285 cc        | Dung tích      |
        | Khung gầm: sợi carbon Bình xăng: 17 lít Yên ngồi: Đơn                            | 17 lít         | Bình xăng      |
        | Giải đặc biệt: 100 triệu đồng; giải A: 50 triệu đồng; giải B: 35 triệu đồng.      | 50 triệu đồng  | giải A         |
        | Kết quả: 3 người chết tại chỗ.                                                   | 3              | người chết     |
        | Điểm chuẩn dự kiến của các trường năm nay như sau. Đại Học Hàng Hải (A, A1, D1): Khoảng 20 điểm Đại Học Điện Lực (A, A1): Khoảng 19 điểm Đại Học Lao Động – Xã Hội (A, A1, D): Khoảng 18 điểm Đại Học Sư Phạm Kỹ Thuật Vĩnh Long: Khoảng 17 điểm Đại Học Bà Rịa – Vũng Tàu (A, A1, D1,2,3,4,5,6): Khoảng 16 điểm | Khoảng 20 điểm | Đại Học Hàng Hải |
        | Điểm chuẩn dự kiến của các trường năm nay như sau. Đại Học Hàng Hải (A, A1, D1): Khoảng 20 điểm Đại Học Điện Lực (A, A1): Khoảng 19 điểm Đại Học Lao Động – Xã Hội (A, A1, D): Khoảng 18 điểm Đại Học Sư Phạm Kỹ Thuật Vĩnh Long: Khoảng 17 điểm Đại Học Bà Rịa – Vũng Tàu (A, A1, D1,2,3,4,5,6): Khoảng 16 điểm | Khoảng 19 điểm | Đại Học Điện Lực |
        | Điểm chuẩn dự kiến của các trường năm nay như sau. Đại Học Hàng Hải (A, A1, D1): Khoảng 20 điểm Đại Học Điện Lực (A, A1): Khoảng 19 điểm Đại Học Lao Động – Xã Hội (A, A1, D): Khoảng 18 điểm Đại Học Sư Phạm Kỹ Thuật Vĩnh Long: Khoảng 17 điểm Đại Học Bà Rịa – Vũng Tàu (A, A1, D1,2,3,4,5,6): Khoảng 16 điểm | Khoảng 18 điểm | Đại Học Lao Động – Xã Hội |
        | Điểm chuẩn dự kiến của các trường năm nay như sau. Đại Học Hàng Hải (A, A1, D1): Khoảng 20 điểm Đại Học Điện Lực (A, A1): Khoảng 19 điểm Đại Học Lao Động – Xã Hội (A, A1, D): Khoảng 18 điểm Đại Học Sư Phạm Kỹ Thuật Vĩnh Long: Khoảng 17 điểm Đại Học Bà Rịa – Vũng Tàu (A, A1, D1,2,3,4,5,6): Khoảng 16 điểm | Khoảng 17 điểm | Đại Học Sư Phạm Kỹ Thuật Vĩnh Long |
        | Điểm chuẩn dự kiến của các trường năm nay như sau. Đại Học Hàng Hải (A, A1, D1): Khoảng 20 điểm Đại Học Điện Lực (A, A1): Khoảng 19 điểm Đại Học Lao Động – Xã Hội (A, A1, D): Khoảng 18 điểm Đại Học Sư Phạm Kỹ Thuật Vĩnh Long: Khoảng 17 điểm Đại Học Bà Rịa – Vũng Tàu (A, A1, D1,2,3,4,5,6): Khoảng 16 điểm | Khoảng 16 điểm | Đại Học Bà Rịa – Vũng Tàu |
        | Xe có 3 phiên bản. Honda City (bản 1.5, số tự động): 568 triệu đồng Honda Civic (bản 1.8, số tự động): 763 triệu đồng | 568 triệu đồng | Honda City |
        | Xe có 3 phiên bản. Honda City (bản 1.5, số tự động): 568 triệu đồng Honda Civic (bản 1.8, số tự động): 763 triệu đồng | 763 triệu đồng | Honda Civic |
        | Cấu hình máy: Camera: 8MP/8MP - Pin: 2.800mAh | 2.800mAh | Pin |
        | Kết quả: Hà Nội - Hải Phòng: 2 bàn | 2 | bàn |

      Examples: a pair "A-B" told as buying–selling ("mua-bán ở mức", "(mua vào – bán ra)") is the buying and the selling price of what is traded, a change on one side ("chiều mua") is that side's, an amount with its side in a bracket ("22.630 đồng (mua)") is that side's price of what was named; a price already named is kept
        | article | claim | subject |
        | Mỗi lượng vàng SJC trên thị trường tự do tại TP Hồ Chí Minh giao dịch lúc 8 giờ 20 mua-bán ở mức 36,7-37,25 triệu đồng/lượng. | 36,7 | giá mua vàng SJC |
        | Mỗi lượng vàng SJC trên thị trường tự do tại TP Hồ Chí Minh giao dịch lúc 8 giờ 20 mua-bán ở mức 36,7-37,25 triệu đồng/lượng. | 37,25 triệu đồng/lượng | giá bán vàng SJC |
        | Nhẫn vàng Phú Quý 24k giao dịch quanh mức 34,6- 35 triệu đồng/lượng( mua - bán). | quanh mức 34,6 | giá mua Nhẫn vàng Phú Quý 24k |
        | Tập Đoàn Phú Quý giảm 100.000 đồng/lượng chiều mua nhưng tăng 200.000 đồng/lượng chiều bán. | 100.000 đồng/lượng | giá chiều mua |
        | Tập Đoàn Phú Quý giảm 100.000 đồng/lượng chiều mua nhưng tăng 200.000 đồng/lượng chiều bán. | 200.000 đồng/lượng | giá chiều bán |
        | BIDV cũng niêm yết giá đồng bạc xanh ở mức 22.665 - 22.735 VND/USD (mua vào – bán ra), không đổi so với hôm qua. | 22.735 VND/USD | giá bán đồng bạc xanh |
        | Công ty Phú quý niêm yết giá vàng SJC giao dịch mua-bán ở mức 36,68-36,88 triệu đồng/lượng, tăng 20.000 đồng/lượng. | 20.000 đồng/lượng | giá vàng SJC |
        | Cùng với giá vàng SJC, DOJI, thì giá vàng của Bảo Tín Minh Châu cũng được giao dịch quanh mức 36,65 – 37 triệu đồng/lượng (chiều mua - bán). | 37 triệu đồng/lượng | giá vàng của Bảo Tín Minh Châu |
        | Mức giá này giảm 850 - 400 nghìn đồng/lượng (mua - bán). | 850 | Mức giá này |
        | Giá bán lẻ xăng RON 92 ở mức 17.500 - 17.800 đồng/lít tùy vùng. | 17.500 - 17.800 đồng/lít | Giá bán lẻ xăng RON 92 |
        | Vietinbank: 22.630 đồng (mua) và 22.740 đồng (bán). | 22.630 đồng | giá mua Vietinbank |
        | Vietinbank: 22.630 đồng (mua) và 22.740 đồng (bán). | 22.740 đồng | giá bán Vietinbank |
        | Công ty vàng bạc đá quý Sài Gòn niêm yết vàng SJC ở mức: 36,40 triệu đồng/lượng (mua vào) và 36,62 triệu đồng/lượng (bán ra). | 36,62 triệu đồng/lượng | giá bán vàng SJC |
        | Thị trường vàng hôm qua giao dịch quanh mức 36,85 triệu đồng/lượng (mua vào) và 37,05 triệu đồng/lượng (bán ra). | 37,05 triệu đồng/lượng | giá bán |
        | Vietcombank niêm yết giá USD ở mức: 22.660 đồng (mua) và 22.730 đồng (bán). | 22.730 đồng | giá USD |

      Examples: a value in a statistics table run together ("value Label value" rows) has the label between its row's values
        | article                                                                                                                          | claim | subject                  |
        | Thông số trận đấu: Betis Thông số Atletico 13(5) Sút khung thành 5(2) 7 Phạm lỗi 16 3 Phạt góc 5 2 Việt vị 1 61% Thời gian kiểm soát bóng 39% 4 Thẻ vàng 4 Hà Dũng | 16    | Phạm lỗi                 |
        | Thông số trận đấu: Betis Thông số Atletico 13(5) Sút khung thành 5(2) 7 Phạm lỗi 16 3 Phạt góc 5 2 Việt vị 1 61% Thời gian kiểm soát bóng 39% 4 Thẻ vàng 4 Hà Dũng | 39%   | Thời gian kiểm soát bóng |
        | Thông số trận đấu: Federer 7-6, 6-4 Zverev 5 Aces 4 0 Lỗi kép 4 53% Tỷ lệ giao bóng 1 54% 29/35 (83%) Giao bóng 1 ăn điểm 33/44 (75%) Hà Dũng | 54%   | Tỷ lệ giao bóng 1        |
        | Thông số trận đấu: Federer 7-6, 6-4 Zverev 5 Aces 4 0 Lỗi kép 4 53% Tỷ lệ giao bóng 1 54% 29/35 (83%) Giao bóng 1 ăn điểm 33/44 (75%) Hà Dũng | 33/44 | Giao bóng 1 ăn điểm      |

      Examples: a value in a league standings table run together (header, then rank, team and values) counts its column's matches, goals or points
        | article                                                                                                                  | claim | subject     |
        | Xếp hạng bảng A XH Đội Tr T H B BT BB Điểm 1 TP.HCM 4 3 0 1 6 7 9 2 Viettel 4 2 2 0 10 5 8 Nguyễn Đăng                     | 7     | bàn thua    |
        | Xếp hạng bảng A XH Đội Tr T H B BT BB Điểm 1 TP.HCM 4 3 0 1 6 7 9 2 Viettel 4 2 2 0 10 5 8 Nguyễn Đăng                     | 10    | bàn thắng   |
        | Xếp hạng bảng A XH Đội Tr T H B BT BB Điểm 1 TP.HCM 4 3 0 1 6 7 9 2 Viettel 4 2 2 0 10 5 8 Nguyễn Đăng                     | 8     | điểm        |
        | Bảng xếp hạng Đội ST Thắng Hòa Bại Tg Th HS Điểm Bảng A 1 Mexico 2 1 1 0 4 3 +1 4 2 Bồ Đào Nha 2 1 1 0 6 5 +1 7 Thông tin bên lề | 6     | bàn thắng   |
        | Bảng xếp hạng Đội ST Thắng Hòa Bại Tg Th HS Điểm Bảng A 1 Mexico 2 1 1 0 4 3 +1 4 2 Bồ Đào Nha 2 1 1 0 6 5 +1 7 Thông tin bên lề | 7     | điểm        |

      Examples: a bare count after a match result counts the matches won, drawn or lost; not unbeaten or negated, nor a place name ending in "Hòa"
        | article                                                                                       | claim | subject        |
        | Thanh Hóa thắng 7, hòa 5, chỉ để thua đúng 1 trận, và là đội để thủng lưới ít nhất.            | 7     | trận thắng     |
        | Thanh Hóa thắng 7, hòa 5, chỉ để thua đúng 1 trận, và là đội để thủng lưới ít nhất.            | 5     | trận hòa       |
        | Arsenal bất bại 20 trận tiếp đón Everton trên sân nhà (thắng 16, hòa 4).                      | 16    | trận thắng     |
        | New Zealand thắng 1 nhưng thua đến 4.                                                          | 4     | trận thua      |
        | Athletic Bilbao từ 2002 đến 2003: Thắng 22, hòa 10, thua 12.                                   | 22    | trận thắng     |
        | Đội khách thua 3 bàn.                                                                          | 3     | bàn            |
        | Hull đang không thắng 13 trận liên tiếp trước Arsenal.                                         | 13    | trận liên tiếp |
        | Bơm Ngọc Hòa có 4 máy bơm.                                                                     | 4     | máy bơm        |

      Examples: an amount after "trị giá" (worth) is the value of the thing named before it; after a comma, of what the count before counted
        | article                                                                                                  | claim               | subject                    |
        | Huy lấy chiếc điện thoại trị giá 7 triệu đồng rồi bỏ đi.                                                  | 7 triệu đồng        | chiếc điện thoại           |
        | Thấy chiếc điện thoại di động hiệu Samsung Galaxy A5 (trị giá 7.731.000 đồng) đang để trên bàn.           | 7.731.000 đồng      | chiếc điện thoại di động hiệu Samsung Galaxy A5 |
        | Không có người trúng giải đặc biệt (jackpot) trị giá 55.971.817.000 đồng.                                 | 55.971.817.000 đồng | giải đặc biệt              |
        | Cụ thể, có 4.579 giải Nhì trị giá 300.000 đồng/giải.                                                      | 300.000 đồng/giải   | giải Nhì                   |
        | Cơ quan chức năng thu giữ 300 bao thuốc lá, trị giá khoảng 50 triệu đồng.                                 | khoảng 50 triệu đồng | bao thuốc lá              |
        | Lô hàng có tổng trị giá 2 tỷ đồng.                                                                        | 2 tỷ đồng           | tổng trị giá               |
        | Nhiều hộ dân phải đập phá những chiếc cổng kiên cố, trị giá hàng chục triệu đồng.                          | hàng chục triệu đồng | chiếc cổng kiên cố        |
        | Người dùng phải trả cho tin tặc một khoản tiền ảo Bitcoin, trị giá từ 300-600 USD.                         | từ 300-600 USD      | khoản tiền ảo Bitcoin      |
        | Cô Tsaritsina, 27 tuổi, đã trưng ảnh chiếc nhẫn lấp lánh, trị giá hơn 7 triệu bảng Anh.                    | hơn 7 triệu bảng Anh | chiếc nhẫn lấp lánh       |
        | Gia đình ông sở hữu mảnh đất 1.000 m2 trị giá 500 triệu đồng.                                              | 500 triệu đồng      | mảnh đất                   |
        | Đoạn đường 2km trị giá gần 10 tỉ đồng đã xuống cấp.                                                        | gần 10 tỉ đồng      | Đoạn đường                 |
        | Giải ba trị giá 100 triệu đồng được trao cho anh Nam.                                                      | 100 triệu đồng      | Giải ba                    |
        | Tập đoàn xây dựng nhà máy PP thứ nhất trị giá 336 triệu USD.                                               | 336 triệu USD       | nhà máy PP thứ nhất        |
        | Các đội sẽ được nhận giải thưởng trị giá lần lượt là 5.000 USD và 3.000 USD.                               | 5.000 USD           | giải thưởng                |
        | MACC còn đóng băng tài khoản trị giá 37 triệu ringgit.                                                     | 37 triệu ringgit    | tài khoản                  |
        | Chiếc váy có giá trị lên đến 7.495 USD.                                                                    | lên đến 7.495 USD   | Chiếc váy                  |
        | Phương trèo vào nhà trộm một số tài sản có giá trị lên đến 175 triệu đồng.                                 | lên đến 175 triệu đồng | tài sản                 |
        | Linh chiếm đoạt 5 tivi Samsung, 3 Ipad, 3 laptop, có giá trị gần 100 triệu đồng.                           | gần 100 triệu đồng  | giá trị                    |
        | Bộ nồi người ta bày bán ở ven đường, trị giá 300.000 đồng.                                                 | 300.000 đồng        | trị giá                    |
        | Hộ anh Tuấn có 24 tấn cá bị chết, trị giá khoảng 1 tỷ đồng.                                                | khoảng 1 tỷ đồng    | trị giá                    |

      Examples: a length or weight told by a dimension adjective ("cao", "dài", "rộng", "sâu", "dày", "nặng") with no noun read, or only the adjective, measures that property
        | article                                                                                  | claim         | subject    |
        | Em gái Hoa hậu tên là Trương Tri Trúc Dương, sinh năm 1990, cao 1m66.                    | 1m66          | chiều cao  |
        | Chú chó nhỏ màu vàng, nặng khoảng 4kg bất ngờ chạy vào đường.                            | khoảng 4kg    | cân nặng   |
        | Tàu có chiều dài 30,8m, rộng 7,8m, cao 3,9m.                                             | 7,8m          | chiều rộng |
        | Mái kè bị sạt lở dài khoảng 90m, chiều rộng khoảng 25m, sâu hàng chục mét.               | hàng chục mét | độ sâu     |
        | Chỉ cao 1m63 nhưng nặng đến 130 kg nên nhiều lúc Hải thấy mình nặng nề.                 | 1m63          | chiều cao  |
        | Chỉ cao 1m63 nhưng nặng đến 130 kg nên nhiều lúc Hải thấy mình nặng nề.                 | 130 kg        | cân nặng   |
        | Được biết, chàng thanh niên 20 tuổi này chỉ nặng chưa đến 50 kg.                         | chưa đến 50 kg | cân nặng  |

      Examples: a person told by a pronoun alone ("Cô cao 1m73", "nó dài khoảng 6m") names nobody: the dimension adjective's property does; not a person named ("Bé")
        | article                                                                                  | claim         | subject    |
        | Cô cao 1m73, nặng 50 kg, số đo 3 vòng khá chuẩn.                                         | 1m73          | chiều cao  |
        | Cô cao 1m73, nặng 50 kg, số đo 3 vòng khá chuẩn.                                         | 50 kg         | cân nặng   |
        | National Geographic cho rằng nó dài khoảng 6m, nặng hơn 900 kg.                          | khoảng 6m     | chiều dài  |
        | Trong khi võ sư của Việt Nam tỏ ra yếu thế hơn hẳn khi ông chỉ nặng 62kg.                | 62kg          | cân nặng   |
        | Bé nặng 3,2kg.                                                                           | 3,2kg         | Bé         |

      Examples: a dimension adjective leaves a subject read before it, a unit that is no length or weight, and an area
        | article                                                                                  | claim         | subject                  |
        | Tàu khu trục lớp Type 45 dài 152 m.                                                      | 152 m         | Tàu khu trục lớp Type 45 |
        | Nền nhiệt giảm sâu 5-8 độ C.                                                             | 5-8 độ C      | Nền nhiệt                |
        | Rộng tới 4.100 m vuông, Chợ Trung tâm từng là chợ lớn nhất.                              | tới 4.100 m   | -                        |

      Examples: a value after the modal "có thể" (can) is the value of the noun phrase before it, not of "thể" and the verb
        | article                                                                                  | claim                   | subject   |
        | Một số dự báo thậm chí còn cho rằng, vàng có thể lên tới 1.500 USD/ounce.                | lên tới 1.500 USD/ounce | vàng      |
        | Vì vậy, trong khi lá chắn có thể nóng tới 1.400 độ C.                                    | tới 1.400 độ C          | lá chắn   |
        | Theo đó, tên lửa có thể bay xa 4.500 km.                                                 | 4.500 km                | tên lửa   |
        | Những chiếc răng của cá hổ có thể dài tới 5 cm.                                          | tới 5 cm                | chiều dài |

      Examples: "có thể tích" (has a volume) is no modal, and a conjunction before "có thể" opens no noun phrase (the reading is left as it was)
        | article                                                                                  | claim                   | subject   |
        | Khoang hành lý của xe có thể tích tăng từ 550l lên thành 565l.                           | 565l                    | thể tích  |
        | Tên lửa có độ cao hành trình từ 100-400m, hoặc có thể bay cao từ 4.000-7.000m.           | từ 4.000-7.000m         | thể bay   |

      Examples: a bare "giá" after "với giá" is the price of the thing traded: the object of "mua"/"bán", or the subject of a passive "được … bán/niêm yết"
        | article                                                                                  | claim            | subject               |
        | Bà Bích đã mua một chai nước cốt dâu với giá 100.000 đồng.                               | 100.000 đồng     | giá chai nước cốt dâu |
        | Hiện một chiếc Wave Alpha được nhà máy niêm yết với giá 16,99 triệu đồng.                | 16,99 triệu đồng | giá chiếc Wave Alpha  |
        | Mới đây, CLB đã bán Oliver Burke cho RB Leipzig với giá 13 triệu bảng.                   | 13 triệu bảng    | giá Oliver Burke      |
        | Hai năm sau, M.U đem về Paul Pogba với giá 105 triệu euro.                               | 105 triệu euro   | giá Paul Pogba        |

      Examples: a "giá" with no thing traded right before it stays bare: a club or a place after "sang"/"trên", a person hired, the noun of another quantity
        | article                                                                                  | claim            | subject |
        | Ever Banega sang Sevilla với giá 7,5 triệu bảng.                                         | 7,5 triệu bảng   | giá     |
        | Ngoài ra, Trường còn thuê người với giá 1 triệu đồng.                                    | 1 triệu đồng     | giá     |
        | Robot Harmony sắp được mở bán trên khắp thế giới với giá 343 triệu đồng.                 | 343 triệu đồng   | giá     |
        | Căn biệt thự gồm 6 phòng ngủ, 10 phòng tắm có giá 24,6 triệu USD.                        | 24,6 triệu USD   | giá     |
        | Trâu số 18 được ông Hướng mua về từ miền Tây Nam Bộ với giá hơn 100 triệu đồng.          | hơn 100 triệu đồng | giá   |

      Examples: shares listed after "chiếm" are shares of the same part, each of another whole
        | article                                                                                                          | claim   | subject                 |
        | Các nước thành viên TPP chiếm 37,5% GDP của thế giới và 26% thương mại toàn cầu.                                  | 26%     | Các nước thành viên TPP |
        | Hiện, vốn FDI chiếm tới 50% sản lượng công nghiệp và 70% kim ngạch xuất khẩu của Việt Nam.                         | 70%     | vốn FDI                 |
        | Học sinh Nhật chiếm 31,4% nhóm học sinh tiểu học, 54,6% nhóm độ tuổi THCS và gần 66% nhóm độ tuổi THPT.            | gần 66% | Học sinh Nhật           |
        | Giá xăng tăng 2% và 3% giá trị hàng hóa bị ảnh hưởng.                                                               | 3%      | giá trị hàng hóa bị ảnh hưởng |

      Examples: a phrase before a copula is read on past "tại"/"ở" and the place's name (scope), from after a verb of saying
        | article                                                                                          | claim          | subject                          |
        | Theo số liệu thống kê dân số 2016, tổng số người Việt sinh sống tại Australia là trên 277.000 người. | trên 277.000 | tổng số người Việt sinh sống     |
        | Giá vàng SJC được công ty này niêm yết tại Hà Nội là 36,55 triệu đồng/lượng.                     | 36,55 triệu đồng/lượng | Giá vàng SJC             |
        | Lao động bất hợp pháp tại Qatar chiếm hơn 50%.                                                   | hơn 50%        | Lao động bất hợp pháp            |
        | Thống kê cho thấy mức lương trung bình của một kỹ sư ở Trung Quốc là 30.500 USD.                 | 30.500 USD     | mức lương trung bình của một kỹ sư |
        | TP.HCM là 500 ca.                                                                                | 500            | ca                               |

      Examples: a level named by its height alone ("mức cao kỷ lục") after a verb reaching it is no subject; what reaches it is
        | article                                                                          | claim                  | subject                            |
        | Sản lượng chè Bangladesh năm 2016 tăng lên mức cao kỷ lục 80 triệu kg.            | 80 triệu kg            | Sản lượng chè Bangladesh           |
        | Tỷ lệ tăng trưởng của du lịch golf hiện nay đang ở mức cao 50%.                   | 50%                    | Tỷ lệ tăng trưởng của du lịch golf |
        | Vốn đầu tư của Nhật vào Mỹ đạt mức kỷ lục 53.000 tỷ yen.                          | 53.000 tỷ yen          | Vốn đầu tư của Nhật vào Mỹ         |
        | Giá vàng đạt mức giá cao nhất 36,65 triệu đồng/lượng.                             | 36,65 triệu đồng/lượng | mức giá cao nhất                   |

      Examples: what a verb of saying or forecasting is about, not who says it
        | article                                                                          | claim | subject                          |
        | Trong khi đó, Liên hợp quốc dự báo kinh tế Nga sẽ tăng 1% năm 2017.              | 1%    | kinh tế Nga                      |
        | Hiệp hội cho biết lượng khách Trung Quốc đến Đài Loan cũng giảm đến 50%.          | 50%   | lượng khách Trung Quốc đến Đài Loan |

      Examples: "phổ biến" (mostly) before a figure is a hedge, and "đồng bằng" (a delta) no copula
        | article                                                                          | claim      | subject                      |
        | Nhiệt độ cao nhất trong ngày phổ biến 37-39 độ C, có nơi trên 40 độ C.           | 37-39 độ C | Nhiệt độ cao nhất trong ngày |
        | Với nhiệt độ lúc 13h phổ biến 37-39 độ C.                                        | 37-39 độ C | nhiệt độ                     |
        | Nhiệt độ thấp nhất ở vùng đồng bằng phổ biến 13-16 độ C.                         | 13-16 độ C | vùng đồng bằng               |

      Examples: a percent with no noun of its own is a share of the count before it
        | article                                                                          | claim | subject                                  |
        | Tỉnh có 300 trẻ em được cấp thẻ bảo hiểm y tế, đạt 100%.                          | 100%  | trẻ em được cấp thẻ bảo hiểm y tế        |

      Examples: an age in brackets or between commas belongs to the person before it
        | article                                                                | claim   | subject        |
        | Bệnh viện đã cứu sống một nam thanh niên (32 tuổi) bị nhồi máu cơ tim. | 32 tuổi | nam thanh niên |
        | Bệnh nhân Nguyễn Văn An, 45 tuổi, nhập viện hôm qua.                   | 45 tuổi | Nguyễn Văn An  |
        | Theo thông tin ban đầu, anh Trần Văn T. (23 tuổi, ngụ tỉnh Kiên Giang) chạy xe máy. | 23 tuổi | Trần Văn T. |

      Examples: an age belongs to a name set off around it
        | article                                                                    | claim   | subject        |
        | Zosimo Tano, người ngư dân 41 tuổi đã bắt được con cá.                     | 41 tuổi | Zosimo Tano    |
        | Sự việc xảy ra khi chị Yamauchi, một giáo viên 42 tuổi người Hawaii, di chuyển trên máy bay. | 42 tuổi | chị Yamauchi |
        | Nạn nhân được xác định là Alyssa Elsman, một cô gái 18 tuổi đến từ Michigan. | 18 tuổi | Alyssa Elsman |
        | Tại New York, một người gác cửa 59 tuổi đã thiệt mạng khi trượt ngã. | 59 tuổi | người gác cửa |
        | Theo Reuters, người đàn ông 40 tuổi đã bị bắt. | 40 tuổi | người đàn ông |
        | Tại BV Đa khoa tỉnh Hòa Bình, một nạn nhân 60 tuổi đã tử vong. | 60 tuổi | nạn nhân |
        | Ngay sau khi trở về từ chuyến du lịch Thái Lan, một phụ nữ Hàn Quốc 31 tuổi bị sốt. | 31 tuổi | phụ nữ Hàn Quốc |
        | Cặp đôi quen nhau khi ông Macron là cậu học trò 15 tuổi. | 15 tuổi | ông Macron |
        | Normita Baccay, một bà nội trợ 53 tuổi trong bộ đồ đen, đứng lên. | 53 tuổi | Normita Baccay |
        | Miranda Kerr là siêu mẫu 34 tuổi người Úc.                                 | 34 tuổi | Miranda Kerr   |
        | Byun Nam Seok là một nghệ sĩ tài năng 55 tuổi người Hàn.                   | 55 tuổi | Byun Nam Seok  |
        | Tôi đã bỏ việc, bệnh nhân 29 tuổi Olana Tansley-Hancock chia sẻ.           | 29 tuổi | Olana Tansley-Hancock |
        | Lúc đó, khi mới 16 tuổi, Mbappe đã thể hiện kĩ thuật.                      | 16 tuổi | Mbappe         |
        | Nạn nhân là chị Nguyễn Thị Tám, 41 tuổi.                                   | 41 tuổi | Nguyễn Thị Tám |
        | Theo nhà báo Simon Peach của Press Association, hậu vệ 21 tuổi ngồi nhà.   | 21 tuổi | hậu vệ         |
        | Sự việc Công chúa Mako - 25 tuổi, con gái cả của Hoàng tử - gây chú ý.     | 25 tuổi | Mako           |
        | Trận đấu bị xử hòa vì tay đấm 33 tuổi - Eddie đã phạm luật.                | 33 tuổi | Eddie          |
        | Ở tuổi 32, Ronaldo vẫn ghi bàn.                                            | tuổi 32 | Ronaldo        |
        | Nghi phạm Richard Rojas, 26 tuổi đã bị bắt giữ ngay sau đó.                | 26 tuổi | Richard Rojas  |
        | Hung thủ được xác định là Phan Văn Tuấn, 33 tuổi trú tại thôn Tử Dương.     | 33 tuổi | Phan Văn Tuấn  |
        | Tại Hà Nội, 30 tuổi là độ tuổi kết hôn phổ biến.                           | 30 tuổi | -              |
        | Tôi chưa từng thất bại. 19 tuổi, Mâu Thủy đến với nghề người mẫu.         | 19 tuổi | Mâu Thủy       |
        | Nạn nhân được xác định là anh L.M.T. (36 tuổi, quê Lâm Đồng) được đưa đi cấp cứu.  | 36 tuổi | L.M.T.   |
        | Họ rủ anh N.Q.B. (41 tuổi, chủ tiệm internet) cùng nhậu.                 | 41 tuổi | N.Q.B.         |
        | Bị bắt có Lê Minh Tuấn (20 tuổi) và Lê Văn Tuấn (cùng 21 tuổi, quê ở Quảng Ngãi). | 21 tuổi | Lê Văn Tuấn |
        | Ông bổ nhiệm Vũ Đình Duy (khi đó mới 34 tuổi) làm Tổng giám đốc.         | 34 tuổi | Vũ Đình Duy    |
        | Cảnh sát tiếp cận gia đình hai nạn nhân (đều 11 tuổi).                    | 11 tuổi | nạn nhân       |
        | Theo chuyên gia trang điểm của nữ diễn viên 38 tuổi, cô vẫn rất xinh đẹp.  | 38 tuổi | nữ diễn viên   |
        | Chuyến đi của vị tổng thống 70 tuổi sẽ kéo dài 9 ngày.                     | 70 tuổi | vị tổng thống  |

      Examples: an age after "khi (mới)", "lúc" or "từ năm" is the age at which the person opening the clause did what it tells (a name of two words or more, or a pronoun and the noun it opens); not one capitalised word opening a sentence, which may be any word
        | article | claim | subject |
        | Cô bắt đầu hoạt động trong nghề từ năm 13 tuổi. | 13 tuổi | Cô |
        | Xu Mengli bắt đầu tập gym từ năm 20 tuổi. | 20 tuổi | Xu Mengli |
        | Eiko Matsuda qua đời khi mới 58 tuổi, vài năm sau cuộc phỏng vấn. | 58 tuổi | Eiko Matsuda |
        | Cô gái trẻ có kinh nguyệt từ năm 14 tuổi. | 14 tuổi | Cô gái trẻ |
        | Mang nhiều bệnh khó chữa Kim Siêu Quần khởi nghiệp khi mới 18 tuổi nhưng chỉ được giao những vai phụ. | 18 tuổi | - |
        | Khi mới 16 tuổi, Mbappe đã ra mắt đội một. | 16 tuổi | Mbappe |

      Examples: an age "ở tuổi N" told after what was done at it is the age of the person opening the clause, as after "khi"; not a pronoun ("Cô", "Cậu ấy"), an age group ("ở độ tuổi 22"), nor an age before a comma, which the clause after it tells of
        | article | claim | subject |
        | Năm 2005, Vương Phu Đường qua đời vì bệnh phổi ở tuổi 73. | tuổi 73 | Vương Phu Đường |
        | Yêu phi công trẻ, Phạm Băng Băng tuyên bố giải nghệ ở tuổi 40 | tuổi 40 | Phạm Băng Băng |
        | Tháng 7.1973, Lý Tiểu Long từ trần ở tuổi 32. | tuổi 32 | Lý Tiểu Long |
        | Cô vẫn cô đơn ở tuổi 41. | tuổi 41 | - |
        | Cậu ấy có giá trị lớn như vậy ở tuổi 18 là vì được CLB đầu tư. | tuổi 18 | - |
        | U23 Hàn Quốc còn có 5 cầu thủ ở độ tuổi 22. | tuổi 22 | - |
        | Ở tuổi 36, Son Ye Jin vẫn giữ được nét đẹp trẻ trung khó ngờ. | tuổi 36 | Son Ye Jin |

      Examples: an age turned belongs to whoever turns it
        | article                                                                    | claim   | subject           |
        | Bà Đinh Thị Thanh vừa bước sang tuổi 90.                                   | tuổi 90 | Bà Đinh Thị Thanh |
        | Ngày 8/6 vừa qua, Ostapenko tròn 20 tuổi.                                  | 20 tuổi | Ostapenko         |
        | Thống kê bàn thắng của Neymar và Ronaldo khi bước sang tuổi 25.            | tuổi 25 | Ronaldo           |
        | Năm nay, bước sang tuổi 32, những thành công đến với anh.                  | tuổi 32 | -                 |
        | Ở độ tuổi 21, Châu Ngọc Tiên cảm thấy chương trình khó.                    | tuổi 21 | Châu Ngọc Tiên    |
        | Ra đi ở tuổi 35, Nicky Hayden để lại di sản lớn.                           | tuổi 35 | Nicky Hayden      |
        | Dù đã bước qua tuổi 32, Thủy Anh vẫn tươi tắn.                             | tuổi 32 | Thủy Anh          |
        | Lên xe hoa ở tuổi 21, Thu Ngân cho rằng đó là quyết định đúng.             | tuổi 21 | Thu Ngân          |
        | Anh lên chức phó giám đốc ở độ tuổi 33.                                    | tuổi 33 | -                 |

      Examples: an age told as the predicate, after "đã", "năm nay đã", "đã được", belongs to the noun phrase opening its clause before those words
        | article                                                                                  | claim   | subject                    |
        | Người lớn nhất đã 69 tuổi và người nhỏ nhất mới 17 tuổi.                                 | 69 tuổi | Người lớn nhất             |
        | Trong khi đó, người đàn ông cạnh nhà kia năm nay đã 65 tuổi, con cái đã có gia đình riêng. | 65 tuổi | người đàn ông cạnh nhà kia |
        | Tới nay, bé đã được 4 tuổi, bụ bẫm, đáng yêu.                                            | 4 tuổi  | bé                         |
        | Còn bây giờ, Carrick đã 36 tuổi.                                                         | 36 tuổi | Carrick                    |
        | Một cầu thủ đã 32 tuổi thì giá trị cũng dần xuống.                                       | 32 tuổi | cầu thủ                    |

      Examples: no person before an age told as the predicate: a pronoun, a time word or a verb read in, the noun of a thing, a reading from inside a phrase
        | article                                                                                  | claim   | subject |
        | Anh đã 30 tuổi nhưng chưa lập gia đình.                                                  | 30 tuổi | -       |
        | Giờ con gái tôi đã gần 2 tuổi rồi.                                                       | gần 2 tuổi | -    |
        | Chẳng có ai nghĩ cô đã 38 tuổi.                                                          | 38 tuổi | -       |
        | Trại đang chăm sóc một con rắn hổ mang chúa khủng nhất đã 17 tuổi.                       | 17 tuổi | -       |
        | Hiện tại, cô con gái đầu lòng của vợ chồng chị Loan đã được 2 tuổi rưỡi.                 | 2 tuổi rưỡi | -   |

      Examples: a distance runs from the thing placed before "cách" to the point after it, as written
        | article                                                                                            | claim         | subject                                            |
        | Vị trí tai nạn cách lề đường khoảng 1m.                                                            | khoảng 1m     | Vị trí tai nạn cách lề đường                       |
        | Họ dựng một hàng rào sắt cách cửa đền khoảng 10m.                                                  | khoảng 10m    | hàng rào sắt cách cửa đền                          |
        | Marawi cách Cagayan de Oro khoảng 100 km về phía Nam.                                              | khoảng 100 km | Marawi cách Cagayan de Oro                         |
        | Khu mộ nằm cách vị trí kim tự tháp khoảng 600 m.                                                   | khoảng 600 m  | Khu mộ nằm cách vị trí kim tự tháp                 |
        | Vị trí tâm áp thấp nhiệt đới ở cách quần đảo Hoàng Sa khoảng 800km.                                | khoảng 800km  | Vị trí tâm áp thấp nhiệt đới ở cách quần đảo Hoàng Sa |
        | Thi thể nạn nhân được tìm thấy cách nơi gặp nạn khoảng 3km.                                        | khoảng 3km    | Thi thể nạn nhân được tìm thấy cách nơi gặp nạn    |
        | Máy bay đang bay ở không phận quốc tế, cách Hồng Kông 240 km về phía Đông Nam thì bị chặn.          | 240 km        | không phận quốc tế, cách Hồng Kông                 |
        | Các tuyển thủ tập ở Jeonju (cách thủ đô Seoul 240km về phía Nam) ngày 26/5.                         | 240km         | cách thủ đô Seoul                                  |
        | Nạn nhân được tìm thấy vào khoảng 9h sáng 10.7, cách nơi gặp nạn khoảng 3km.                        | khoảng 3km    | cách nơi gặp nạn                                   |
        | Hồi 7 giờ, vị trí tâm bão ở vào khoảng 20,1 độ vĩ Bắc; 115,3 độ kinh Đông, cách Hồng Kông 280km.     | 280km         | cách Hồng Kông                                     |
        | Hai đền cách nhau gần 1km.                                                                          | gần 1km       | đền cách nhau                                      |
        | Tên lửa có khả năng bắn tới đảo Guam cách đó 3.000 km.                                              | 3.000 km      | khả năng bắn tới đảo Guam                          |
        | Ở Cần Thơ, khoảng cách hơn 100 m gần như không thấy gì.                                             | hơn 100 m     | khoảng cách                                        |
        | Nhà máy tăng sản lượng bằng cách nâng công suất lên 500 MW.                                         | 500 MW        | công suất                                          |
        | Nói cách khác, MX-5 Miata chỉ mạnh 160 mã lực.                                                      | 160 mã lực    | MX-5 Miata                                         |
        | Năm 1962, Mỹ từng cho nổ đầu đạn hạt nhân cách Hawaii gần 1.450 km về phía Tây Nam.               | gần 1.450 km  | Mỹ từng cho nổ đầu đạn hạt nhân cách Hawaii        |

      Examples: an amount restated in brackets has the subject of the amount it restates
        | article                                                         | claim          | subject |
        | Chiếc điện thoại có giá bán 479 USD (khoảng 10 triệu đồng).     | 10 triệu đồng  | giá bán |

      Examples: an amount alone in brackets after a name or a property, not after a value, is that name's or property's
        | article                                                                                 | claim         | subject          |
        | Forbes xếp sau Bill Gates (89,4 tỷ USD) và Jeff Bezos (84,8 tỷ USD).                     | 84,8 tỷ USD   | Jeff Bezos       |
        | Xe nhập khẩu, nhưng giá bán (từ 981 triệu đồng) giữ nguyên.                              | 981 triệu đồng | giá bán         |
        | Mã VNM (-0,6%), PLX (-1,4%) lấy đi nhiều điểm nhất.                                       | -1,4%         | PLX              |
        | Tỷ lệ đỗ đạt trên 90% như Quảng Ninh (96,7%), Hưng Yên (97,42%).                          | 97,42%        | Tỷ lệ đỗ         |

      Examples: a value reached "có nơi" (in places) in a region named after a comma ("…, vùng núi có nơi dưới 24 độ C") is a value of the property the value before the comma measures; not of a region read as that value's subject
        | article | claim | subject |
        | Nhiệt độ thấp nhất từ 24 - 27 độ C, vùng núi có nơi dưới 24 độ C, cao nhất từ 29 - 32 độ C. | dưới 24 độ C | Nhiệt độ thấp nhất |
        | Nhiệt độ từ 25 đến 36 độ C, phía Bắc có nơi trên 36 độ C. | trên 36 độ C | Nhiệt độ |
        | Miền Bắc rét đậm với nhiệt độ thấp nhất phổ biến 13-16 độ C, vùng núi 10-13 độ C, vùng núi cao có nơi dưới 10 độ C. | dưới 10 độ C | - |
        | Nắng nóng phổ biến 37-39 độ C, có nơi trên 40 độ C. | trên 40 độ C | Nắng nóng |

      Examples: a second value joined to the first, or restating it, shares its subject
        | article                                                                         | claim                | subject                   |
        | Máy có RAM 6GB/8GB và pin lớn.                                                   | 8GB                  | RAM                       |
        | Kẻ gian lấy đi số tiền 1,58 tỉ đồng và 35.900 USD.                               | 35.900 USD           | số tiền                   |
        | Người mẫu Ngọc Trinh cao 1,7 m, nặng 48 kg.                                       | 48 kg                | Người mẫu Ngọc Trinh      |
        | Tốc độ quay đạt 120 FPS (120 khung hình/giây).                                    | 120 khung hình/giây  | Tốc độ quay               |
        | Chỉ số Nikkei tăng 0,36%, hay 71,74 điểm, lên 20.225,09 điểm.                     | 20.225,09            | Chỉ số Nikkei             |
        | Với chiều cao 1m62, nặng 46kg, cô gây chú ý.                                     | 46kg                 | cân nặng                  |
        | Xe có chiều dài 5.570 mm, rộng 1.948 mm, cao 1.550 mm.                           | 1.550 mm             | chiều cao                 |
        | Nhiệt độ cao nhất trong ngày phổ biến 37-39 độ C, có nơi trên 40 độ C.           | trên 40 độ C         | Nhiệt độ cao nhất trong ngày |

      Examples: a subject read back to a passive ("được", "bị") or to "có thể" is a verb; the noun opening the clause before it undergoes or does it; not the object of a verb ("bay được chặng đường"), nor "trang bị", nor "có thể tích" (has a volume)
        | article                                                                          | claim            | subject                               |
        | Tốc độ quay video chậm trên OnePlus 5 đã được cải thiện lên 120 FPS ở độ phân giải cao. | 120 FPS | Tốc độ quay video chậm trên OnePlus 5 |
        | Các chuyên gia nhận định tên lửa này có thể bay khoảng 4.500km nếu được phóng.    | khoảng 4.500km   | tên lửa này                           |
        | Giá trị gói thầu được phê duyệt hơn 3,5 tỷ đồng.                                  | hơn 3,5 tỷ đồng  | Giá trị gói thầu                      |
        | Do có 5 cầu thủ nhận thẻ vàng, đội bóng sông Hàn đã bị phạt 2.000.000 đồng.       | 2.000.000 đồng   | đội bóng sông Hàn                     |
        | Phía quân đội cho biết tên lửa này bay được chặng đường khoảng 700 km.            | khoảng 700 km    | chặng đường                           |
        | Loại 160NS mới này được trang bị bánh xe 17 inch.                                 | 17 inch          | bánh xe                               |
        | Khoang hành lý của xe có thể tích tăng lên 565 lít.                               | 565 lít          | thể tích                              |

      Examples: a latitude or longitude places what stands before "ở (vào)"; the second places the same; the direction ("vĩ Bắc", "kinh Đông") is no noun of it
        | article                                                                                      | claim                 | subject        |
        | Hồi 7 giờ, vị trí tâm bão ở vào khoảng 20,1 độ vĩ Bắc; 115,3 độ kinh Đông, cách Hồng Kông 280km. | khoảng 20,1 độ       | vị trí tâm bão |
        | Hồi 7 giờ, vị trí tâm bão ở vào khoảng 20,1 độ vĩ Bắc; 115,3 độ kinh Đông, cách Hồng Kông 280km. | 115,3 độ              | vị trí tâm bão |
        | Vùng nguy hiểm: phía Bắc vĩ tuyến 18,5 độ Vĩ Bắc; phía Đông kinh tuyến 113,5 độ Kinh Đông.      | 18,5 độ               | -              |

      Examples: an amount after a verb of paying prices what it pays for ("cho", "để mua"); not a person, a pronoun or a name after "cho"
        | article                                                                          | claim            | subject            |
        | Du khách người Úc đã phải trả 683 triệu đồng cho bữa ăn tối tại một nhà hàng.      | 683 triệu đồng   | bữa ăn tối         |
        | Li Chen đã bỏ ra hơn 33 triệu đồng để mua búp bê tình dục.                         | hơn 33 triệu đồng | búp bê tình dục   |
        | Đội bóng đã bỏ ra 145 triệu bảng để mua Eric Bailly.                               | 145 triệu bảng   | Eric Bailly        |
        | Học sinh lớp 4 trả 40 triệu đồng cho người đánh rơi.                              | 40 triệu đồng    | -                  |
        | Liverpool sẵn sàng trả 1 triệu bảng cho Nottingham Forest.                        | 1 triệu bảng     | -                  |

      Examples: money with no noun of its own, read or from a sibling, prices the "giá" phrase before it in its clause; not "tỷ giá", a bare "giá" nor a price told by an adjective
        | article                                                                                                                 | claim                    | subject                         |
        | Còn giá vàng miếng SJC của Công ty Cổ phần vàng bạc đá quý Phú Nhuận (PNJ) tại khu vực thị trường Hà Nội, được niêm yết ở mức 36,430 (mua vào) – 36,630 triệu đồng/lượng (bán ra). | 36,630 triệu đồng/lượng | giá vàng miếng SJC |
        | Giá cá hiện tại 200.000 đồng/kg, bình quân một buổi đi bắt được 2 - 3 kg.                                                | 200.000 đồng/kg          | Giá cá                          |
        | Hiện giá vàng cao hơn 8,8% (+102 USD/ounce) so với cuối năm 2016.                                                        | 102 USD/ounce            | giá vàng                        |
        | Anh ta bán xe với giá 17 triệu đồng và Hoàng đưa trước 400 USD.                                                          | 400 USD                  | -                               |

      Examples: a verb of giving, paying or borrowing after "mức", "số tiền", "khoản", "tiền" is a noun, which a phrase read backward keeps
        | article                                                                          | claim       | subject                |
        | Phong trào cực tả với mức ủng hộ giảm từ 19,5% xuống 11,5%.                        | 19,5%       | mức ủng hộ             |
        | Cơ quan thanh tra sẽ đối chiếu khoản vay 20 tỷ đồng với các bản kê khai tài sản.    | 20 tỷ đồng  | khoản vay              |
        | Ông trùm của Aoki có số tiền vay nợ lên tới 17 triệu USD.                          | lên tới 17 triệu USD | số tiền vay nợ |

      Examples: a value moving from one figure to another keeps its subject
        | article                                                               | claim      | subject                 |
        | Mô-men xoắn cực đại tăng từ 10,12 Nm lên thành 10,54 Nm.              | 10,54 Nm   | Mô-men xoắn cực đại     |
        | Dự trữ ngoại hối đã giảm 12,3 tỷ USD trong tháng 1, mạnh hơn dự báo, còn 2,998 nghìn tỷ USD. | 2,998 nghìn tỷ USD | Dự trữ ngoại hối |
        | Ông đã quyên tặng một lượng cổ phiếu của Berkshire, tương đương 3,17 tỷ USD.   | 3,17 tỷ USD | lượng cổ phiếu của Berkshire |

      Examples: an ordinal ranks the noun before it, the noun inside it, or what stands before a ranking verb (maybe passive, "được xếp"); a name opening the sentence set off by a comma or a dash, or a name right before its bracketed rank (not the country of a title, nor a country after "của"); not a name inside the sentence
        | article                                                              | claim    | subject      |
        | Kante trở thành cầu thủ thứ 18 cùng lúc giành 2 danh hiệu.            | thứ 18   | cầu thủ      |
        | Tranh tường sân bay Đà Nẵng đoạt giải Ba cuộc thi thiết kế.          | giải Ba  | giải         |
        | Man Utd tiếp đón Watford, CLB đang đứng thứ 10 trên bảng xếp hạng.   | thứ 10   | CLB          |
        | Tại châu Phi, Algeria đứng thứ 2, sau Ai Cập hiện được xếp hạng 11 thế giới. | hạng 11 | Ai Cập  |
        | Công nghiệp chế biến thu hút 9,48 tỷ USD. Đứng thứ hai là lĩnh vực sản xuất, phân phối điện với tổng vốn đầu tư 5,25 tỷ USD. | thứ hai | lĩnh vực sản xuất, phân phối điện |
        | Đứng thứ hai là lĩnh vực điện với 5,25 tỷ USD; đứng thứ ba là lĩnh vực khai khoáng với 1,28 tỷ USD. | thứ ba | lĩnh vực khai khoáng |
        | Quốc Thiên giành giải nhất. Đứng thứ hai là ca sĩ Jun Phạm với 33 điểm. | thứ hai | ca sĩ Jun Phạm |
        | Hàn Quốc đứng thứ hai là điều dễ hiểu. | thứ hai | Hàn Quốc |
        | Xếp thứ hai là Nhật Bản với 16.740 cá nhân siêu giàu. | thứ hai | Nhật Bản |
        | Ostapenko – xếp hạng 47 thế giới, người khép lại chiến thắng ngoạn mục. | hạng 47 | Ostapenko     |
        | Hamou, hạng 287 thế giới, là 1 trong 8 tay vợt được đặc cách.          | hạng 287 | Hamou       |
        | Nadal hạ gục nhanh Nick Kyrgios, số 1 thế giới nếm trái đắng.          | số 1     | -           |
        | Một số nước trong khu vực có giá cao hơn Việt Nam như: Campuchia (thứ 58), Lào (thứ 95), Philippines (thứ 57). | thứ 95 | Lào |
        | Tổng thống Mỹ Donald Trump (thứ hai bên trái) và Đệ nhất phu nhân Melania Trump. | thứ hai | Donald Trump |
        | Ở nội dung đơn nam, tôi và Ajay Jayaram của Ấn Độ (hạng 18 thế giới) sẽ thay nhau thi đấu. | hạng 18 | - |

      Examples: a minute or a second of a match after a word placing it in time ("ở phút 54", "ngay giây 40", "ngay phút thứ 4") is "phút" or "giây", not the match after it nor the words before; not "Kể lại phút 3 chú cháu …" (three people counted)
        | article | claim | subject |
        | Cụ thể, ở phút 54 trận giao hữu giữa U22 Việt Nam và U20 Argentina, anh bị đau. | 54 | phút |
        | Theo đó, ngay giây 40, hậu vệ Syahmi Safari phá bóng hỏng. | 40 | giây |
        | Họ đã có thể mở tỷ số ở ngay phút thứ 4 nếu cú dứt điểm của Nasri vào góc gần. | thứ 4 | phút |
        | Kể lại phút 3 chú cháu bị sét đánh chết lúc đang đào huyệt | 3 | chú cháu bị sét đánh chết lúc |
        | Ghi bàn U23 Việt Nam: Tuấn Tài (1'), Văn Toàn (42'), Công Phượng (81'). | 42' | phút |

      Examples: "Đây là lần thứ N" ranks the event the clause after it tells
        | article                                                              | claim    | subject                        |
        | Đây là lần thứ 33 Real vô địch La Liga.                              | thứ 33   | Real vô địch La Liga           |
        | Đây là lần thứ hai, Xa Thi Mạn quay lại Việt Nam.                    | thứ hai  | Xa Thi Mạn quay lại Việt Nam   |
        | Đây là lần thứ 4 kể từ năm 2005.                                     | thứ 4    | lần                            |

      Examples: a rank of times without "là" ranks the event after it, a run ("liên tiếp") kept; not a time, a relation or a clause
        | article                                                                               | claim   | subject                                   |
        | Real Madrid vừa đánh bại Juventus để lần thứ 12 vô địch Champions League.             | thứ 12  | lần vô địch Champions League              |
        | Bayern Munich đã lần thứ 10 liên tiếp ghi tên mình vào tứ kết Cúp Quốc gia Đức.        | thứ 10  | lần liên tiếp ghi tên mình vào tứ kết Cúp Quốc gia Đức |
        | Đề thi được Bộ công bố lần thứ 3 gần đây.                                              | thứ 3   | lần                                       |
        | Cuộc “chạm trán” lần thứ hai giữa máy bay Nga và Mỹ được đăng tải.                     | thứ hai | lần                                       |

      Examples: "các"/"những" after a preposition inside the phrase keeps the owner, the beneficiary or the place with its head; a place is then scope; not an amount right after a giving verb
        | article                                                                          | claim       | subject                                      |
        | Năm 2025, thị phần của các hãng xe nội địa đạt 45%.                               | 45%         | thị phần của các hãng xe nội địa             |
        | Lượng cổ phiếu ông Buffett quyên tặng các quỹ từ thiện đã giảm 5% so với năm ngoái. | 5%        | Lượng cổ phiếu ông Buffett quyên tặng các quỹ từ thiện |
        | Số học sinh của các trường ngoại thành tăng 12% so với năm trước.                  | 12%         | Số học sinh của các trường ngoại thành       |
        | Doanh thu của những cửa hàng tiện lợi giảm 8%.                                    | 8%          | Doanh thu của những cửa hàng tiện lợi        |
        | Kim ngạch thương mại với các nước ASEAN đạt 40 tỷ USD.                            | 40 tỷ USD   | Kim ngạch thương mại với các nước ASEAN      |
        | Lượng khách ở các khu du lịch ven biển tăng 30%.                                  | 30%         | Lượng khách                                  |
        | Số vụ tai nạn ở những tuyến đường cao tốc giảm 15%.                               | 15%         | Số vụ tai nạn                                |
        | Tỷ lệ thất nghiệp tại các thành phố lớn là 5%.                                    | 5%          | Tỷ lệ thất nghiệp                            |
        | Số tiền hỗ trợ cho những hộ nghèo là 5 tỷ đồng.                                   | 5 tỷ đồng   | Số tiền hỗ trợ cho những hộ nghèo            |
        | Các hãng xe nội địa chiếm 45% thị phần.                                           | 45%         | Các hãng xe nội địa                          |
        | Giá nhà ở các thành phố lớn tăng 10%.                                             | 10%         | Giá nhà ở các thành phố lớn                  |
        | Long phải vào lưới nhặt bóng tới 3 lần ở các phút 16, 23 và 45+1.                 | 23          | phút                                         |
        | Ông Minh quyên tặng các quỹ từ thiện 2 tỷ đồng.                                   | 2 tỷ đồng   | quỹ từ thiện                                 |

      Examples: "Hiện" (now) before a subject is no part of it; the first word of a noun made with "hiện" is
        | article                                                                          | claim         | subject                                  |
        | Hiện trường vụ cháy rộng khoảng 200 m2.                                           | khoảng 200 m2 | Hiện trường vụ cháy                      |
        | Hiện trường cách trung tâm TP Bắc Ninh gần 10 km.                                 | gần 10 km     | Hiện trường cách trung tâm TP Bắc Ninh   |
        | Bảo tàng giới thiệu 150 hiện vật cổ về văn hóa biển đảo.                          | 150           | hiện vật cổ về văn hóa biển đảo          |
        | Trong ngày mai sẽ có hai hiện tượng thiên văn đáng chú ý.                         | hai           | hiện tượng thiên văn đáng chú ý          |
        | Hiện giá vàng đạt 80 triệu đồng mỗi lượng.                                        | 80 triệu đồng | giá vàng                                 |
        | Hiện nay giá xăng tăng 5%.                                                        | 5%            | giá xăng                                 |

      Examples: a date or a span of time counts nothing
        | article                                         | claim      | subject |
        | Hơn 20 năm công tác, cô có nhiều đóng góp.      | Hơn 20 năm | -       |
        | Năm 2023, tỉnh có 300 ca mắc.                   | Năm 2023   | -       |

  Rule: a number that only narrows a subject is not a claim of its own

    Scenario Outline: a modifier inside the subject of another figure
      Given the article "<article>"
      When the article is analysed
      Then no claim reads "<modifier>"
      And the claim "<claim>" has a subject containing "<modifier>"

      Examples:
        | article                                                    | modifier     | claim      |
        | Lạng Sơn có 74.739 trẻ em dưới 6 tuổi được cấp thẻ.        | dưới 6 tuổi  | 74.739     |
        | Trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ.             | dưới 6 tuổi  | hơn 74.000 |
        | Xã có 500 người trên 60 tuổi được nhận quà.                | trên 60 tuổi | 500        |

    Scenario Outline: an age or duration standing on its own stays a claim
      Given the article "<article>"
      When the article is analysed
      Then the claim "<claim>" is a claim

      Examples:
        | article                                                 | claim   |
        | Bệnh viện đã cứu sống một nam thanh niên (32 tuổi).     | 32 tuổi |
        | Ông Nguyễn Văn An, 45 tuổi, là giáo viên của trường.    | 45 tuổi |
        | Luật sư cho rằng thời điểm Bình phạm tội chưa đủ 16 tuổi. | 16 tuổi |

      Examples: a figure of the things counted before it, hedged with "hơn" or a total, is told of them, no bound that draws a class
        | article                                                                              | claim        |
        | Đối tượng vận chuyển trái phép 42 bánh heroin có trọng lượng hơn 15kg.               | hơn 15kg     |
        | Các cán bộ xã đã bán đất cho 9 hộ dân với diện tích hơn 1.600 m2.                    | hơn 1.600 m2 |
        | Toàn tỉnh đã xảy ra 15 điểm sạt lở, với tổng chiều dài trên 1,2km.                    | trên 1,2km   |
        | Lực lượng chức năng phát hiện 119 thanh gỗ với tổng khối lượng hơn 2,7m3.            | hơn 2,7m3    |

      Examples: the sentences of the people counted before them, a range after "với mức án từ"
        | article                                                                                     | claim                       |
        | 24 bị cáo trong vụ án đều bị tuyên có tội với mức án từ 1 năm tù treo đến 16 năm tù giam.   | từ 1 năm tù treo đến 16 năm |
        | 3 bị cáo bị tuyên với các mức án từ 12 tháng tù đến 9 năm tù.                              | từ 12 tháng tù đến 9 năm    |

      Examples: a recent span that delimits no other figure is the news: how long something lasted or has gone on
        | article                                                                       | claim       |
        | Valentine chỉ mới phổ biến ở Việt Nam trong khoảng 10 năm gần đây.            | 10 năm      |
        | Vài năm trở lại đây, hoa mai Mỹ lại trở thành mặt hàng đắt đỏ.                | Vài năm     |
        | Trong mấy năm qua, Bangladesh đã chuyển sang nhập khẩu chè.                   | mấy năm     |
        | Bạo lực tăng vọt tại Mexico trong vài tháng qua.                              | vài tháng   |
        | Hai thủy thủ đã bị bắt làm con tin trong 8 tháng qua.                         | 8 tháng     |
        | Gắn bó với cây sâm gần 40 năm qua, ông sở hữu vườn sâm với hơn 30.000 cây.   | gần 40 năm  |
        | Federer đã không vô địch Wimbledon từ 5 năm qua, dù có 18 danh hiệu lớn.      | 5 năm       |

  Rule: identifiers name things; they are never claims

    Scenario Outline: codes and class numbers
      Given the article "<article>"
      When the article is analysed
      Then no claim reads "<identifier>"
      And the claim "<claim>" is a claim

      Examples:
        | article                                                         | identifier     | claim          |
        | Năm 2023, 100% trẻ 6 tuổi vào lớp 1.                            | lớp 1          | 100%           |
        | Nghị định 100/2019/NĐ-CP quy định mức phạt 5 triệu đồng.        | 100/2019/NĐ-CP | 5 triệu đồng   |

      Examples: a licence plate closing its sentence, or printed with a space after its point, is one plate
        | article                                                                                          | identifier    | claim |
        | Xe máy đâm vào đuôi xe tải mang biển số 51C-177.66. Tai nạn khiến 2 người tử vong tại chỗ.      | 51C-177.66    | 2     |
        | Công an tạm giữ xe Honda Air Blade BKS 65K1-202.76. Đối tượng khai đã trộm 5 chiếc xe máy.      | 65K1-202.76   | 5     |
        | Xe tải mang biển kiểm soát 29H-027.02. Vụ tai nạn khiến 3 người trên xe con tử vong.             | 29H-027.02    | 3     |
        | Thanh tra bắt quả tang xe đầu kéo 62C- 060. 03 chở 2 thùng container quá tải.                    | 62C- 060. 03  | 2     |
        | Chiếc xe buýt BKS 29B 148. 08 chở theo 40 hành khách.                                            | 29B 148. 08   | 40    |
        | Xe khách BKS 81B-010.96. 12 người bị thương được đưa đi cấp cứu.                                 | 81B-010.96    | 12    |

      Examples: a plate parted by a colon or a space, or with its last digits hidden, is one plate
        | article                                                                                          | identifier    | claim |
        | Chiếc xe tải mang biển kiểm soát 98C - 097.xx va chạm với 2 xe máy.                              | 097           | 2     |
        | Xe mô tô BKS: 47E1: 190.91 do anh Lai điều khiển tông 3 người đi bộ.                             | 190.91        | 3     |
        | CSGT đã dùng xe công vụ mang BKS: 38A: 5158 bám theo 2 đối tượng.                                | 5158          | 2     |
        | Xe máy mang biển số 79C 13364 bị hỏng nặng, 2 người bị thương.                                   | 13364         | 2     |
        | Xe máy BKS: 18L1 – 196... do một phụ nữ chở 2 con nhỏ điều khiển.                                | 196           | 2     |
        | Sơn điều khiển xe ô tô mang BKS 51F-72… đi giao 3 bánh heroin.                                   | 72            | 3     |
        | Xe tải chở cám mang BKS 27C. 027.xx đã lao vào vách núi khiến 2 người bị thương.                 | 027           | 2     |

      Examples: house numbers: the far end of a run of houses, two numbers of an alley after an address word, a number with a letter glued on
        | article                                                                                               | identifier  | claim          |
        | Từ trước số nhà 954 đến 452 đường Láng có khoảng 40 cây xà cừ xuất hiện vết đục.                      | 452         | khoảng 40      |
        | Từ số nhà 51 đến 79 Hai Bà Trưng sẽ mất điện trong 10 tiếng.                                          | 79          | 10 tiếng       |
        | Dự án Twin Towers số 1152 - 1154 đường Láng chậm tiến độ 3 năm.                                       | 1154        | 3 năm          |
        | Hai tiếng nổ phát ra ở hố ga trước địa chỉ số 812 và 826 đường Trường Sa khiến 2 người bị thương.     | 826         | 2              |
        | Cháy lớn tại số 12, 14 Hàng Bạc, 3 người được giải cứu.                                               | 14 Hàng     | 3              |
        | Cảnh sát kiểm tra trụ sở Công ty TOP (trụ sở 16/26 Trần Thiện Chánh), phát hiện 5 nhân viên.          | 16/26       | 5              |
        | Ông Lê Quốc Cường (ngụ 1740/10 Lê Văn Lương) có 2 căn nhà bị nứt.                                     | 1740/10     | 2              |
        | Bà Trinh (ngụ 24/1A Xô Viết Nghệ Tĩnh, phường 19) đã nhận 500 triệu đồng.                              | 24/1A       | 500 triệu đồng |
        | Tiếng ồn phát ra từ cơ sở in số 189Q/16 Tôn Thất Thuyết khiến 30 hộ dân bức xúc.                      | 189Q/16     | 30             |
        | Công ty Nguyễn Tân (địa chỉ số 12A/5 Khu phố Đông Tân) bị phạt 20 triệu đồng.                          | 12A/5       | 20 triệu đồng  |

      Examples: a military hospital is named by its number
        | article                                                                                  | identifier | claim   |
        | Ông Vĩnh đang điều trị tại bệnh viện Quân y 175, Q. Gò Vấp với 3 vết thương.             | 175        | 3       |
        | Giám đốc BV Trung ương quân đội 108 cho rằng 5 nhà thầu đã trúng thầu.                   | 108        | 5       |
        | Nạn nhân được đưa vào viện quân y 103 điều trị 2 tuần.                                   | 103        | 2 tuần  |
        | Các bệnh viện Bạch Mai, Chợ Rẫy, Quân y 175 tiếp nhận 20 bệnh nhân.                      | 175        | 20      |
        | Vị bác sĩ quân y 81 tuổi đã khám cho 300 bệnh nhân.                                      | quân y     | 81 tuổi |

      Examples: in a list of streets or crossings, a day and month names a street
        | article                                                                                                    | identifier | claim      |
        | Cơn mưa như trút nước đã khiến nhiều tuyến đường chính như : 3/2, 30/4, Trần Văn Hoài, 91B bị ngập sâu 0,5 m. | 30/4   | 0,5 m      |
        | Thành phố nâng cấp vỉa hè các tuyến đường Lê Đại Hành, 30/4, Phan Đăng Lưu với kinh phí 20 tỷ đồng.          | 30/4       | 20 tỷ đồng |
        | Các nút giao cầu vượt Ngã Ba Huế; Hà Huy Tập-Điện Biên Phủ; 2/9 và cầu Trần Thị Lý sẽ lắp 12 camera.         | 2/9        | 12         |

  Rule: a number that only refers back, names a class of thing or a lunar date is not a claim

    Scenario Outline: a count said again after a verb, or of another fact, still states a count
      Given the article "<article>"
      When the article is analysed
      Then a claim reads "<claim>"

      Examples: the body tells again what the lead told; lists, other members, names that follow, a list heading
        | article                                                                                           | claim               |
        | Vụ tai nạn khiến 2 người chết. Ngoài ra, 2 người bị thương được đưa đi cấp cứu.                   | 2 người bị thương   |
        | Vụ cháy làm 2 người tử vong. Trong 2 người bị thương, có một cháu bé.                              | 2 người bị thương   |
        | Xe khách lấn làn đường và tông chết 2 mẹ con đi xe máy lúc 5 giờ sáng.                            | 2 mẹ con            |
        | Nghệ An: Xe tải đâm vào xe máy, 2 mẹ con thương vong.                                              | 2 mẹ con            |
        | Công an bắt quả tang 2 đối tượng. Sáng 16/5, công an bắt quả tang 2 đối tượng mua bán ma túy.     | 2 đối tượng mua     |
        | Nhóm 8 đối tượng ép hai em uống rượu. Sau đó, 4 đối tượng ở lại. Sau đó, 4 đối tượng còn lại đi.  | 4 đối tượng còn lại |
        | Tỉnh có 13 hộ dân bị ảnh hưởng. Đến nay, mới chi trả được 1 hộ trong tổng số 13 hộ.              | số 13 hộ            |
        | Trung Quốc bắt 6 công dân Nhật. Hiện 2 trong số 6 công dân Nhật bị giam ở Sơn Đông.                | số 6 công           |
        | Trong số 301 ngôn ngữ được sử dụng, tiếng Việt đứng thứ 4. ¶ Kết quả cho thấy trong số 301 ngôn ngữ được sử dụng, tiếng Việt đứng thứ 4. | cho thấy trong số 301 ngôn ngữ |
        | Sở đã thu hồi 30 phù hiệu. Trong số 20 phù hiệu bị thu hồi năm trước, có 5 phù hiệu taxi.          | số 20 phù           |
        | Năm nay có 20.000 doanh nghiệp đăng ký mới. ¶ Về đầu tư trong nước, 20.000 doanh nghiệp đăng ký mới trong 6 tháng. | 20.000 doanh nghiệp đăng ký mới trong |
        | Công an xác nhận hai nhà thầu ngừng thi công. ¶ Dự án khởi công năm 2015. Hiện tại 2 nhà thầu thi công chính đã ngừng thi công. | 2 nhà thầu thi công chính |
        | Glock nhận được đơn đặt hàng 20.000 khẩu súng loại này từ quân đội.                                | 20.000              |
        | Dịch xuất hiện ở 3 huyện. Từ tháng 6, dịch đã xuất hiện ở 3 huyện Ea Súp, Buôn Đôn và Krông Búk.  | 3 huyện Ea Súp      |
        | Danh sách Bundesliga: 16 bàn: Werner. Danh sách La Liga: 16 bàn: Messi.                           | 16 bàn: Messi       |
        | Lee Young Ae có hai con. Bà mẹ hai con này sinh năm 1971.                                         | hai con này         |
        | Tòa xét xử 4 bị cáo. ¶ Bốn bị cáo trước vành móng ngựa. Ảnh: báo Dân Sinh                         | Bốn bị cáo          |
        | Họ bắt 445 phần tử ở 18 tỉnh của nước này.                                                        | 18                  |
        | Glock nhận thêm 3 CLB khách hàng loại này.                                                         | 3                   |
        | Vụ va chạm khiến 3 người trong một gia đình bị cuốn vào gầm xe. Tai nạn khiến cả 3 người thương vong. | 3 người thương vong |
        | Kết quả có tất cả 6 đoạn cống bị sụp. Dự kiến có tất cả 6 đoạn cống phải sửa.                     | 6 đoạn cống phải    |
        | Hàn Quốc có hai tàu khu trục như vậy, Nhật Bản có sáu chiếc.                                      | hai tàu khu trục    |
        | Tai nạn xảy ra với 3 người trong gia đình chú Lành. Hàng xóm đưa cả 3 người đi cấp cứu. Vợ chồng chú Lành có 3 người con. | 3 người con |
        | Công an bắt hai đối tượng. Tại cơ quan công an, hai đối tượng khai nhận. Trước đó, công an xã cũng đã bắt được hai đối tượng trú tại Diễn Châu. | hai đối tượng trú |
        | Bác sĩ ghép tạng cho 4 bệnh nhân. Sau ghép, sức khỏe của 4 bệnh nhân ổn định. Ngày 29/5, ekip đã ghép cho 4 bệnh nhân tại 5 phòng mổ. | ghép cho 4 bệnh nhân |
        | CDU dẫn đầu thăm dò. Từ đầu năm, CDU đã vượt qua SPD ở cả 3 cuộc bầu cử địa phương.               | 3 cuộc bầu cử       |
        | Facebook dẫn đầu. Messenger thu hút người dùng của cả 2 hệ điều hành iOS và Android.              | 2 hệ điều hành      |
        | Crystal Palace thua trận. Đội bóng không thắng cả 5 trận gần nhất trên sân khách.                 | 5 trận              |
        | Xe tải tông vào 3 xe máy. Hai người điều khiển xe máy bị thương nhẹ.                              | Hai người           |
        | Cảnh sát đến hiện trường lúc 9 giờ. Hai người đàn ông lạ mặt xuất hiện.                           | Hai người đàn ông   |
        | Ông Trump đăng 3 dòng tweet. Hai người dẫn chương trình Morning Joe phản đối.                     | Hai người dẫn       |
        | Minh Vương trở lại sau 3 tháng. Anh cùng Văn Toàn là 2 cầu thủ ghi nhiều bàn nhất.                | 2 cầu thủ           |
        | Ông Mến và ông V. cùng hai người bạn khác nhậu tại nhà ông V. trong 3 giờ.                        | hai người bạn       |
        | Tim và Trương Quỳnh Anh kết hôn năm 2012, có hai người con.                                        | hai người con       |
        | Đội hình có Văn Thanh, A Hoàng, Tiến Dũng và Hoàng Khánh. 4 cầu thủ chơi trên hàng tấn công sẽ là Hồng Duy, Công Phượng, Văn Toàn và Tuấn Tài. | 4 cầu thủ |

      Examples: "một" that states a count of one next to a source or a saying stays a count
        | article                                                                | claim             |
        | Xe khách lật khiến một người tử vong, một nhân chứng cho biết.         | một người tử vong |
        | Chỉ có một người cho biết đã nhìn thấy nghi phạm.                      | một người         |
        | Huấn luyện viên nói đội chỉ còn một cơ hội cuối cùng để đi tiếp.       | một cơ hội        |
        | Để vào phân xưởng chỉ có một con đường nhỏ, vắng vẻ.                   | một con đường     |

      Examples: the digit "1" after "là" or "trở thành" stays a count where it is a figure: merged into one, a bound, one to each, listed or weighed against another count, only one, a toll, the figure a count, rate or outcome is said to be, one in N
        | article                                                                | claim             |
        | Hai doanh nghiệp đã có kế hoạch sáp nhập trở thành 1 công ty.          | 1 công ty         |
        | Trong cuộc đời mỗi người ít nhất là 1 lần như thế.                     | 1 lần             |
        | Theo quy định, mỗi lô hàng ô tô nhập khẩu là 1 tờ khai.                | 1                 |
        | Bài thuốc ăn trong ngày, 7 ngày là 1 liệu trình.                       | 1                 |
        | Đơn giản mà hiệu quả, đó là 1 lòng đỏ trứng và ½ củ khoai tây.         | 1                 |
        | Đoàn thể thao tại SEA Games 29 là 1 Trưởng đoàn, 2 phó đoàn.            | 1                 |
        | Hậu quả là 1 người chết tại chỗ.                                       | 1 người           |
        | Số người chết trong vụ tai nạn là 1 người.                             | 1 người           |
        | Thương vong là 1 chiến sĩ hy sinh.                                     | 1 chiến sĩ        |
        | Tỷ lệ mắc bệnh là 1 trên 1.000 trẻ sơ sinh.                            | 1                 |
        | Số bàn thắng của Chievo chỉ là 1 (Inglese).                            | 1                 |
        | Muốn giải quyết dứt điểm chỉ có 1 cách là thu hồi dự án.               | 1                 |

      Examples: a count or a share next to a house number stays a claim
        | article                                                                     | claim       |
        | Ông A trú tại số 5, 3 người trong nhà bị thương.                            | 3 người     |
        | Căn nhà số 5 đến 10 người cùng ở.                                           | 10 người    |
        | Đã lắp cần chắn tự động tại 102/366 đường ngang.                            | 102/366     |
        | Federer né được Big 4 trong 11/18 Grand Slam giành được.                    | 11/18       |
        | Các tuyến đường cấm xe ngày 3/2, 5/2 và 7/2 để phục vụ lễ hội.              | 5/2         |
        | Xe tải chạy trên đường Lê Lợi, 3/2 là ngày xảy ra vụ việc.                  | 3/2         |

      Examples: a rank, a count of markers and a parent's hand stay what they are beside a third party, a suspect or a love triangle
        | article                                                                     | claim       |
        | Sharapova từng là tay vợt số 1 thế giới.                                    | số 1        |
        | Hội đồng có ba chấm thi tại huyện.                                          | ba          |
        | Lúc đó tay ba nắm chặt tay mẹ suốt 3 giờ.                                   | 3 giờ       |

      Examples: a machine's top speed after a count of its parts is its specification, no threshold on them
        | article                                                                     | claim       |
        | Nhờ được trang bị hai lò phản ứng hạt nhân, tàu có thể di chuyển với vận tốc tối đa 56 km/giờ. | 56 km/giờ |
        | Xe trang bị 2 mô tơ điện, với tốc độ tối đa 250 km/h.                       | 250 km/h    |

    Scenario Outline: pronouns, class descriptions and lunar dates state no quantity
      Given the article "<article>"
      When the article is analysed
      Then no claim reads "<not a claim>"
      And the claim "<claim>" is a claim

      Examples: "một" bringing in a source, or the one thing a saying sets up, is the indefinite article
        | article                                                                                              | not a claim   | claim          |
        | Vụ tai nạn khiến 2 người tử vong, trao đổi với PV, một lãnh đạo Công an tỉnh Hòa Bình cho biết hiện chưa có báo cáo chính thức. | một lãnh đạo | 2 |
        | Nga đã bắt giữ 6 người đàn ông, một nguồn tin giấu tên nói.                                          | một nguồn     | 6              |
        | Sau cuộc gặp với đại diện 4 nước, một quan chức cấp cao của UAE nói giải pháp cần thời gian.         | một quan chức | 4              |
        | Công an đã triệu tập 5 đối tượng, một cán bộ điều tra cho hay.                                       | một cán bộ    | 5              |
        | Xe tải lật khiến 3 người bị thương, một nhân chứng kể lại.                                           | một nhân chứng | 3             |
        | Sau 20 năm làm nghề, tôi chỉ có một từ để nói, đó là tuyệt vời.                                      | một từ        | 20 năm         |
        | Gia đình đã chi 300 triệu đồng chữa trị và chỉ có một mong ước duy nhất là cháu sớm tỉnh lại.        | một mong ước  | 300 triệu đồng |
        | Đội bóng đã thua 3 trận liên tiếp và chỉ có một mục tiêu là giành chiến thắng.                       | một mục tiêu  | 3              |
        | Trên đời này chỉ có một thứ mà ta phải cúi đầu thán phục, đó là tài năng của 11 cầu thủ.             | một thứ       | 11             |

      Examples: "cả hai" before a predicate, and "giữa hai …", point back at parties already named
        | article                                                                      | not a claim | claim         |
        | Xe đạp được đi hai chiều trên mặt cầu dài 2.290 m.                           | hai         | 2.290 m       |
        | Cầu dài 9,46 km, bao gồm cầu chính và đường dẫn hai đầu cầu.                 | hai         | 9,46 km       |
        | Ai Cập lên bóng tốc độ ở 2 biên và ghi 3 bàn.                                | 2           | 3             |
        | Chiến dịch tạo hy vọng rằng hai phía có thể cùng phối hợp trong 3 tháng tới.  | hai         | 3 tháng       |
        | Anh vừa né xe tải từ hai phía ập tới, 2 người bị thương.                      | hai         | 2             |
        | Opel và Vauxhall lỗ từ năm 1999. Thị phần của hai thương hiệu xe Opel và Vauxhall là 7%. | hai | 7% |
        | Trấn Thành và Kiều Minh Tuấn trở lại. Phim còn có hai diễn viên cũ - Trấn Thành và Kiều Minh Tuấn, giá vé 90.000 đồng. | hai | 90.000 đồng |
        | Barnier và Davis gặp nhau. Vấn đề nằm dưới quyền của hai trưởng đoàn đàm phán Barnier và Davis trong 3 tháng. | hai | 3 tháng |
        | Hoa và Dung bị bắt ngày 5/2. Cả hai mới làm việc tại chợ 3 tháng.             | hai         | 3 tháng       |
        | Công an đã triệu tập cả hai lên để điều tra vụ tạt 20 lít dầu.                | hai         | 20 lít        |
        | Cô có anh trai sinh đôi là Orlando và cả hai khá thân thiết từ năm 2010.      | hai         | năm 2010      |
        | Chuyên gia khuyên bạn nên sử dụng cả hai để đạt hiệu quả 90%.                 | hai         | 90%           |
        | Axít ăn mòn chai khiến cả hai phải hoãn kế hoạch, chờ thêm 3 ngày nữa.        | hai         | 3 ngày        |
        | Xe máy tông trực diện vào người phụ nữ khiến cả hai tử vong lúc 6 giờ.        | hai         | 6 giờ         |
        | Cú tông mạnh khiến cả 2 nhập viện nguy kịch sau 10 phút.                      | 2           | 10 phút       |
        | Ra trường và có việc làm, cả hai kết thúc 8 năm yêu nhau bằng một đám cưới.   | hai         | 8 năm         |
        | Tác giả cho cả hai một cái kết viên mãn sau 20 chương.                        | hai         | 20            |
        | Sau đó giữa 2 người xảy ra mâu thuẫn, Thông đánh chị T. 3 lần.                | 2 người     | 3 lần         |
        | Cuộc gặp giữa hai nhà lãnh đạo kéo dài 30 phút.                               | hai         | 30 phút       |
        | Italy và Hà Lan nhận 95 phiếu, sau đó hai nước đã thỏa thuận.                 | hai         | 95            |
        | Thông và chị T. qua lại 3 năm. Trong lúc 2 người xô xát, chị T. ngã.          | 2           | 3 năm         |
        | Ông Trump và ông Putin gặp nhau 30 phút. Hai nhà lãnh đạo bắt tay.            | Hai         | 30 phút       |
        | Thương mại đạt 8 tỷ USD, như lãnh đạo cấp cao hai nước đã nhất trí.           | hai         | 8 tỷ USD      |
        | Quan hệ Việt - Nga phát triển; 25 năm qua hai quốc gia hợp tác chặt chẽ.      | hai         | 25 năm        |
        | Chủ tịch đề nghị hai Đảng, hai Nhà nước tổ chức 5 hoạt động giao lưu.         | hai Đảng    | 5             |

      Examples: "bốn bề", "bốn phương", "bốn phía" say all around, no four of anything
        | article                                                                       | not a claim | claim         |
        | Nhà thi đấu được đầu tư 1.000 tỷ đồng, nằm giữa bốn bề cánh đồng lúa.           | bốn         | 1.000 tỷ đồng |
        | Khánh Hòa có 2 sân bay, là điểm tham quan hấp dẫn của du khách bốn phương.      | bốn         | 2             |
        | Sau 3 năm thi công, đến nay dự án gần như bốn bề cỏ dại.                        | bốn         | 3 năm         |
        | Lãnh đạo hai bên đưa ra bốn phương án xử lý.                                    | hai         | bốn           |

      Examples: a count with a demonstrative, or repeating in a referring place a count the article already made, points back
        | article                                                                                  | not a claim      | claim         |
        | Một nhóm 3 siêu trộm đột nhập tiệm vàng. Sau khi gây án, 3 tên trộm trốn thoát.          | 3 tên trộm       | 3             |
        | Bác sĩ ghép tạng cho 4 bệnh nhân. Sau ghép, sức khỏe của 4 bệnh nhân đã ổn định.         | của 4 bệnh nhân  | 4             |
        | Công an bắt quả tang 2 đối tượng. Khi bị phát hiện, hai đối tượng đã ném tang vật.       | hai đối tượng    | 2             |
        | Vụ nổ khiến 3 cảnh sát thiệt mạng và 10 người khác bị thương. Trong số 10 người bị thương, có 5 cảnh sát. | số 10 người | 3 |
        | Hải quan phát hiện 1.360 vỉ thuốc tây không khai báo. Trong số 1.360 vỉ thuốc có 1.000 vỉ Anticold. | số 1.360 vỉ | 1.000 |
        | Sóng lớn làm 3 nữ sinh tử vong, đó là ba nạn nhân Tuyền, Phi, Như Ý. Trong ba nạn nhân, Tuyền đã tắt thở ngay sau khi nhập viện. | Trong ba nạn | 3 |
        | Hai nạn nhân tử vong đều là phụ huynh. Theo UBND huyện, trong hai nạn nhân tử vong thì có một người là giáo viên. | trong hai nạn | Hai |
        | Bệnh viện cấp cứu cho 6 nạn nhân bị ngộ độc do ăn nấm. Trong 6 nạn nhân nhập viện, có 4 nạn nhân bị sốc. | Trong 6 nạn | 4 |
        | Đoàn kiểm tra lấy 3 mẫu phân bón gửi xét nghiệm. Kết quả cả ba mẫu đều không đạt.        | ba mẫu           | 3             |
        | Cô mang thai đôi được 5 tháng, mẹ chồng muốn cô bỏ đi hai đứa con này.                   | hai đứa con      | 5 tháng       |
        | Cục nhận được 56 nguồn tin. Trong số 56 nguồn tin này, Cục đã xử lý 19 nguồn tin.        | 56 nguồn tin này | 19            |
        | Cho tôi chia sẻ hai khoản đó. Tôi đầu tư 20 triệu đồng.                                  | hai khoản        | 20 triệu đồng |
        | Bốn người đi xe tải về Hà Nội. Tài xế dừng xe nên 3 người kia xuống xe đi loanh quanh 15 phút. | 3 người kia | 15 phút |
        | Ba thanh niên vây đánh ông Toản. Hiệp ôm lấy bà Thanh để cho hai đối tượng kia đánh ông suốt 10 phút. | hai đối tượng | 10 phút |
        | Em thấy 3 bạn kia cứ trôi dần ra chỗ sâu, lúc đó em kêu cứu 2 lần.                        | 3 bạn kia        | 2 lần         |
        | Cột mốc 423, 428 vẫn tốt. Hai cột mốc này được xây năm 2001.                             | Hai cột mốc      | năm 2001      |
        | Ông N., ông K. và bà L. xảy ra mâu thuẫn. Sau một hồi lớn tiếng, cả ba người xông vào ẩu đả suốt 10 phút. | ba người | 10 phút |
        | Ông Putin điện đàm với ông Trump 50 phút. Cả 2 lãnh đạo nhấn mạnh cuộc chiến chống khủng bố.     | 2 lãnh đạo       | 50 phút       |
        | Hai cô giáo bị triệu tập. Bước đầu, cả hai khai nhận đã đánh 3 cháu.                            | hai khai         | 3             |
        | Cô mang thai được 5 tháng, mẹ chồng muốn cô bỏ hai đứa con này. Bà nói không thể nuôi nổi 2 đứa trẻ. | 2 đứa trẻ     | 5 tháng       |
        | Ba kẻ tấn công thuê một xe tải. Ba kẻ tấn công lao xe vào đám đông. Cảnh sát tiêu diệt ba kẻ tấn công sau 8 phút. | tiêu diệt ba kẻ | 8 phút |
        | Bị cáo phải cấp dưỡng nuôi hai con của anh Triển. Mức 605 nghìn đồng/tháng cho đến khi hai cháu trưởng thành. | hai cháu | 605 nghìn đồng |
        | Lady Gaga đính hôn với nam diễn viên Taylor Kinney trong 5 năm. Hai người đã chia tay.          | Hai người        | 5 năm         |
        | Ý trung nhân của Công chúa Victoria là huấn luyện viên của cô. Hai người gặp nhau vào năm 2001.  | Hai người        | năm 2001      |
        | Bệnh viện thực hiện hai ca ghép thận trong đêm. Chức năng thận của 2 bệnh nhân ghép thận đã ổn định sau 3 ngày. | 2 bệnh nhân | 3 ngày |
        | Lê Thị Hoa và Hoàng Thị Thanh Dung hắt chất bẩn vào sạp thịt. Chị Xuyến xin giảm nhẹ tội cho 2 người phụ nữ sau 3 ngày. | 2 người phụ nữ | 3 ngày |
        | Văn Tuấn và Minh Tuấn cầm gạch lao vào. Tùng ôm anh Thạnh để cho 2 người bạn đánh suốt 5 phút.   | 2 người bạn      | 5 phút        |
        | Cái duyên của Ronaldo và Ramos ở các trận chung kết đang giúp 2 ngôi sao của đội bóng có cơ hội ghi bàn ở 3 trận chung kết. | 2 ngôi sao | 3 |
        | Công an tạm giữ Lê Văn Tùng (SN 1996), Lê Văn Tuấn (SN 1996) và Lê Minh Tuấn (SN 1997). Ba đối tượng khai đã uống 10 lon bia. | Ba đối tượng | 10 |
        | C45 bắt quả tang Hiếu, Trang và Hoàng Tuấn Linh mua bán ma túy. Khám xét nơi ở của 3 đối tượng, công an thu 9 gói ni lông. | 3 đối tượng | 9 |
        | Biên phòng vừa bắt 2 nghi phạm vận chuyển 1.000 bánh cần sa. ¶ Hai nghi phạm bị bắt giữ cùng tang vật vụ án Theo thông tin ban đầu, tổ công tác phát hiện 2 ô tô. | Hai nghi phạm | 1.000 |
        | Hai cán bộ kiểm lâm đổ đèo bị mất phanh tử nạn. ¶ Ông Dũng xác nhận hai cán bộ thuộc Hạt Kiểm lâm tử nạn. Dốc Canh Liên, nơi hai cán bộ kiểm lâm tử nạn, dài 3 km. | nơi hai cán bộ | 3 km |
        | Khoảng 1.000 công nhân vẫn ngừng việc. ¶ Sáng nay, khoảng 1.000 công nhân công ty tiếp tục ngừng việc. LĐLĐ làm việc với công ty 2 giờ. Hiện 1.000 công nhân vẫn đang ngừng việc. | Hiện 1.000 | 2 giờ |
        | Sở đề xuất chặt hạ 1.300 cây xanh. Ông nói trong 1.300 cây xanh này, 300 cây sẽ được giữ lại. | 1.300 cây xanh này | 300 |
        | Theo cáo trạng, bốn bị cáo này nằm trong đường dây chiếm đoạt 5 tỷ đồng.                 | bốn              | 5 tỷ đồng     |
        | Sự cố cũng xảy ra với loa không dây vì hai thiết bị này dùng chung 1 ứng dụng.           | hai              | 1             |
        | Villarreal, Bilbao và Sociedad đua nhau. 3 CLB này đều trải qua 2 chuyến làm khách.       | 3                | 2             |
        | Như trường hợp 7 DN nói trên, tổng số tiền phạt chỉ 280 triệu đồng.                      | 7                | 280 triệu đồng |
        | Các GTD thâm nhập vào cơ thể. Hai loại GTD này gây nên sự oxy hóa trong 3 giờ.            | Hai              | 3 giờ         |
        | KLGD tương ứng với 2 chỉ số này đều tăng 15%.                                            | 2                | 15%           |

      Examples: "hai đứa", "hai bạn" with no noun after them are the pair the text is about, "như 1 …" is the article of a comparison
        | article                                                                      | not a claim | claim         |
        | Sau một năm tìm hiểu, hai đứa cũng đã đến tuổi kết hôn vào năm 2016.         | hai         | năm 2016      |
        | Chúng tôi yêu nhau 3 năm. Theo dự tính, cuối năm nay hai đứa tôi sẽ kết hôn.  | hai         | 3 năm         |
        | Chúc cuộc hôn nhân của hai bạn bền lâu sau 5 năm chung sống.                 | hai         | 5 năm         |
        | Một tiết học 45 phút không biết hai bạn quay sang hỏi nhau bao nhiêu lần.    | hai         | 45 phút       |
        | Khu vực ban công rộng 20 m2 như 1 thế giới thư giãn tại gia.                 | 1           | 20 m2         |
        | Ian đánh giá: “Công trình này là 1 bước tiến quan trọng”, sau 10 năm nghiên cứu. | 1      | 10 năm        |
        | Văn Mai Hương trong vai 1 ca sĩ hát Opera chính là 1 món quà dành cho 500 khán giả. | 1     | 500           |
        | Nam vốn là 1 kỹ sư cơ khí, bị bắt sau 3 tháng điều tra.                       | 1           | 3 tháng       |
        | Đội nhà thắng 3-0 dù đây chỉ là 1 trận giao hữu trước 20.000 khán giả.        | 1           | 20.000        |
        | Tôi bị lừa 1 cách trắng trợn, mất 40 triệu đồng.                             | 1           | 40 triệu đồng |
        | Tôi có thể tự make up 1 cách thành thạo chỉ trong 15 phút.                   | 1           | 15 phút       |
        | Phòng tắm rộng 6 m2, tiện nghi như ở 1 khách sạn tầm cỡ.                     | 1           | 6 m2          |
        | Thành cổ Sơn Tây - 1 trong 4 tòa thành nổi tiếng, được xếp hạng năm 1994.     | 1 trong     | năm 1994      |
        | Tập đoàn Hyosung là 1 trong số tập đoàn lớn nhất Hàn Quốc, doanh thu 10 tỷ USD. | 1 trong   | 10 tỷ USD     |
        | Do vết thương quá nặng, 1 trong 3 nạn nhân bị chém đã tử vong lúc 5 giờ sáng. | 1 trong     | 5 giờ sáng    |
        | Nhũ hoa của bạn rơi vào 1 trong 8 hình dạng này, theo 2 chuyên gia.           | 1 trong     | 2             |
        | Máy kết hợp công nghệ “4 trong 1”, camera trước 16 MP.                        | 4           | 16 MP         |
        | Máy kết hợp công nghệ “4 trong 1”, camera trước 16 MP.                        | 1           | 16 MP         |
        | Ổ khóa tiện dụng 3 trong 1 gồm khóa xe chính và khóa cổ, giá 500.000 đồng.    | 3           | 500.000 đồng  |
        | Sau gần ba năm hẹn hò, hai người đã quyết định tổ chức hôn lễ vào ngày 5/6.    | hai         | 5/6           |
        | Đám cưới được tổ chức vào ngày 27/5 tại nhà riêng của hai người.              | hai         | 27/5          |
        | Gắn hai khớp nối chữ T vào hai đầu ống đồng dài 35 cm.                        | hai đầu     | 35 cm         |
        | Hàng trăm ôtô di chuyển chậm ở 2 đầu trạm thu phí suốt 3 giờ.                 | 2           | 3 giờ         |
        | Sanna Khánh Hòa gặp Thái Sơn Nam. Trận đấu là cuộc nội chiến khi 2 đội bóng đều thuộc sở hữu của bầu Tú, hòa sau 40 phút. | 2 | 40 phút |
        | Tòa xét xử Phong và Tuấn. Tại phiên tòa, hai bị cáo đều thừa nhận đã chiếm đoạt 500 triệu đồng. | hai         | 500 triệu đồng |
        | Tàu khu trục va chạm với tàu cá. Vụ va chạm khá nhẹ và cả 2 tàu đều tiếp tục chạy với tốc độ 20 hải lý/giờ. | 2           | 20 hải lý/giờ |

      Examples: a number after the noun it classifies says which kind, not how many
        | article                                                                      | not a claim | claim         |
        | Xe buýt 2 tầng gồm 46 ghế.                                                    | 2 tầng      | 46            |
        | Xe giá 3,93 tỷ đồng, trở thành chiếc xế hai bánh đắt nhất Ấn Độ.              | hai         | 3,93 tỷ đồng  |
        | Xe có động cơ 1.6 lít, 4 xi lanh, công suất 163 mã lực.                       | 4 xi lanh   | 163           |
        | Mẫu xe côn tay 2 thì được chủ nhân lắp đồ chơi, tổng trị giá hơn 300 triệu đồng. | 2 | hơn 300 triệu đồng |
        | Apple loại bỏ jack cắm tai nghe 3,5 mm trên iPhone 7, giá 20 triệu đồng.     | 3,5 mm      | 20 triệu đồng |
        | Z2 Play cũng có cổng USB Type-C, và một giắc cắm tai nghe 3,5 mm, pin 3.000 mAh. | 3,5 mm | 3.000 mAh |
        | Axelo được trang bị động cơ SOHC, 4 thì, xy-lanh đơn, giá 28 triệu đồng.    | 4           | 28 triệu đồng |
        | Động cơ kết hợp với hộp số sàn 6 cấp, giá 800 triệu đồng.                     | 6 cấp       | 800 triệu đồng |
        | Chiếc ô tô 7 chỗ chở 12 người.                                                | 7 chỗ       | 12            |
        | Đoàn ở khách sạn 5 sao suốt 3 ngày.                                           | 5 sao       | 3 ngày        |
        | Tôm sú cỡ 30 con/kg tăng 20.000 đồng/kg.                                      | 30 con/kg   | 20.000 đồng/kg |
        | Thành phố cấm xây các tòa nhà 20 tầng trong phố cổ, 5 dự án bị dừng.          | 20 tầng     | 5             |
        | Xe tải 3,5 tấn chở tôn đâm vào 2 xe máy.                                      | 3,5 tấn     | 2             |
        | Nước này sản xuất 42 triệu bao arabica (loại 60kg), nhưng robusta giảm.         | 60kg        | 42 triệu      |
        | Chiếc xe tải (loại 1,5 tấn) đang đổ dốc thì bị mất phanh, 2 người bị thương.    | 1,5 tấn     | 2             |
        | Như vậy, trong 6 tháng năm 2017, khu vực đầu tư nước ngoài xuất siêu 10,22 tỷ USD. | 6 tháng | 10,22 tỷ USD |
        | Nếu trong 10 tháng của năm 2015, nhập khẩu xăng từ Hàn Quốc chỉ có 185.000 tấn. | 10 tháng | 185.000 tấn |
        | Dương Mạnh Hưng cho biết: 5 tháng năm 2017, Thanh tra giao thông Đồng Nai xử lý 850 xe quá tải. | 5 tháng | 850 |
        | Cảnh sát bắt giữ một xe tải đang chở 15 thùng phi loại 200 lít có chứa dầu thải. | 200 lít | 15 |
        | Khoảng 12h30 ngày 18/6, xe tải loại 11,9 tấn biển số 67C-076.97 chạy trên đường Võ Trần Chí. | 11,9 tấn | ngày 18/6 |
        | Cấu hình: - Màn hình: 5,5-inch, Full HD - Bộ xử lý 8 nhân, 1,5GHz - Bộ nhớ trong 16GB.       | 8              | 16GB           |
        | Cấu hình: - Bộ xử lý: 4 nhân, 1,25GHz - Bộ nhớ trong 16GB, 2GB RAM.                          | 4              | 16GB           |
        | Chip xử lý: Qualcomm Snapdragon 835 tám lõi (octa core), RAM 4GB.                             | tám            | 4GB            |
        | Thiết bị sẽ sử dụng chip 4 nhân, tốc độ xung nhịp 1.9 GHz.                                    | 4              | 1.9 GHz        |
        | Tổ công tác lập chốt chặn gần trạm điện quốc gia 500 kV, cách 3 km.                           | 500 kV         | 3 km           |
        | Đà Nẵng khởi công Trạm biến áp (TBA) 110 kV Ngũ Hành Sơn, vốn 85,6 tỷ đồng.                   | 110 kV         | 85,6 tỷ đồng   |
        | Công trình đường dây trung thế 22 kV dài 12 km đã được đóng điện.                              | 22 kV          | 12 km          |
        | Lực lượng chức năng thu giữ 45 can nhựa loại 20 lít, đựng khoảng 900 lít dầu. | 20 lít | khoảng 900 lít |
        | Xe tải (loại 1,5 tấn) chở gần 200 bao cám (tổng cộng 8 tấn) thì bị lật.         | 1,5 tấn     | 8 tấn         |

      Examples: a body type, an aircraft, a row of a price list, a drivetrain or an engine's features name the class of a vehicle, and so does a class joined to one; a first count stays a claim
        | article                                                                                    | not a claim    | claim          |
        | Mercedes-Benz X-Class sẽ có cả phiên bản dẫn động 1 cầu lẫn 2 cầu, giá 1,2 tỷ đồng.         | 2 cầu          | 1,2 tỷ đồng    |
        | Ford Ranger dẫn động hai cầu bán được 300 chiếc.                                           | hai cầu        | 300            |
        | Hyundai Elantra GT là mẫu hatchback 5 cửa, bán được 300 chiếc.                              | 5 cửa          | 300            |
        | Rolls-Royce Phantom V là mẫu saloon cỡ lớn, 4 cửa được sản xuất trong 9 năm.                | 4 cửa          | 9 năm          |
        | Chiếc ô tô đâm vào hai xe ô tô 4 chỗ, 7 chỗ khiến 3 người bị thương.                        | 7 chỗ          | 3              |
        | Xe hai bánh hay bốn bánh nhanh hơn? Chiếc H2 chạy 400 km/h.                                 | bốn bánh       | 400 km/h       |
        | 1 Camry 2.5Q ASV50L-JETEKU 5 chỗ ngồi, số tự động 6 cấp, giá 1,3 tỷ đồng.                    | 5 chỗ          | 1,3 tỷ đồng    |
        | LR-2 là máy bay cánh quạt 10 chỗ, chở 4 người.                                             | 10 chỗ         | 4              |
        | Hãng ra mắt bản 7 chỗ ngồi, giá 900 triệu đồng.                                            | 7 chỗ          | 900 triệu đồng |
        | Sirius có động cơ phun xăng điện tử 4 thì, 2 van SOHC, giá 21 triệu đồng.                   | 2 van          | 21 triệu đồng  |
        | Wave Alpha có động cơ 4 thì, xy lanh 97cc, giá 17 triệu đồng.                               | 97cc           | 17 triệu đồng  |
        | Xe dùng động cơ SOHC, 4 valve, đơn xi-lanh, giá 40 triệu đồng.                              | 4 valve        | 40 triệu đồng  |
        | Anh bán 7 chiếc xe 7 chỗ.                                                                   | 7 chỗ          | 7              |

      Examples: a number after "lần", "ca" or "đêm" before "ngày" and a date numbers the occasion, no span of days
        | article                                                                                    | not a claim    | claim          |
        | Giấy chứng nhận cấp lần đầu ngày 15 tháng 8 năm 2015, cấp sửa đổi bổ sung lần 01 ngày 16 tháng 9 năm 2016. | lần 01 ngày | 16 tháng 9 năm 2016 |
        | Bị cáo giữ nguyên lời khai tại phiên tòa sơ thẩm lần 1 ngày 21/9/2016, nhận 3 năm tù.       | 1 ngày         | 3 năm          |
        | Tàu vận chuyển 6.770 lượt khách, tăng 29,6% so với ca 1 ngày 5/2.                          | 1 ngày         | 29,6%          |
        | Thời tiết đêm 11 ngày 12/6: mưa rào, nhiệt độ 25 độ C.                                     | 11             | 25 độ C        |

      Examples: a price right after a bare home noun ("nhà", "nhà ở xã hội", "căn hộ") or after "tầm giá" names a class of homes or goods
        | article                                                                                    | not a claim    | claim          |
        | Liên quan đến nhà ở 100 triệu ở Bình Dương, ông Thăng nói giá đất tăng 5%.                  | 100 triệu      | 5%             |
        | Tỉnh đã giao 5.000 căn theo mô hình nhà ở xã hội 100 triệu đồng.                            | 100 triệu đồng | 5.000          |
        | Camera này chỉ ngang các smartphone tầm giá 5 triệu, pin 3.000 mAh.                         | 5 triệu        | 3.000 mAh      |

      Examples: an about-face ("quay ngoắt 180 độ"), an all-around view ("camera 360 độ"), a sea zone in law ("khu vực 12 hải lý"), "hai lần đò" (married twice) and the zodiac ("12 con giáp") measure or count nothing
        | article                                                                                    | not a claim    | claim          |
        | Thái độ của chàng quay ngoắt 180 độ sau 2 năm cưới.                                         | 180 độ         | 2 năm          |
        | Nissan X-Trail có thêm camera 360 độ, giá 1 tỷ đồng.                                        | 360 độ         | 1 tỷ đồng      |
        | 2 tàu chiến Mỹ đi vào khu vực 12 hải lý quanh đá Vành Khăn.                                 | 12 hải lý      | 2              |
        | Người đàn bà hai lần đò có 3 người con.                                                     | hai lần        | 3              |
        | Sau Tết, vàng Thần tài, 12 con giáp không còn hút khách, giá giảm 200.000 đồng.             | 12 con giáp    | 200.000 đồng   |
        | Tử vi 12 cung hoàng đạo: 3 cung may mắn nhất tuần này.                                      | 12 cung        | 3              |
        | Sản phẩm mười hai con giáp bằng vàng; trang trại nuôi 12 con gà.                            | mười hai       | 12             |

      Examples: a date of the lunar calendar, often restating the solar one: a lunar month or "âm lịch" after the day or the run of days, a day of Tết, the full moon
        | article                                                                      | not a claim | claim         |
        | Lễ hội diễn ra vào các ngày 11 và 12 tháng Giêng, thu hút 5.000 người.        | ngày 11     | 5.000         |
        | Tối 7/2 (tức ngày 11/1 AL), hàng trăm du khách đến dự.                        | 11/1        | 7/2           |
        | Khoảng 19h ngày 7/2 (tức 11 tháng Giêng), người dân tập trung.                | 11 tháng    | 7/2           |
        | Sáng 6/2 (nhằm ngày mùng 10 Tết), 500 công ty khai trương.                    | mùng 10     | 6/2           |
        | Sáng nay (6/2, mùng 10 Tết), ông Phương kiểm tra 3 công trường.               | mùng 10     | 6/2           |
        | Từ chiều 27 Tết, 300 người về quê.                                            | 27          | 300           |
        | Lễ hội tổ chức từ ngày 15 đến 30 tháng 3 âm lịch, thu hút 2.000 người.        | 15 đến 30 tháng 3 | 2.000   |
        | Hội vật diễn ra vào ngày 10/1 Âm lịch, có 50 đô vật.                          | 10/1        | 50            |
        | Rằm tháng 7 năm nay rơi vào ngày 5/9.                                         | tháng 7     | 5/9           |
        | Trong ngày Tết, mùng 1, ngày rằm, 70% người dân kiêng cãi nhau.               | mùng 1      | 70%           |
        | Hôm nay, ngày 2.6.2017 dương lịch tức ngày mồng 8 tháng 5 năm Đinh Dậu.       | mồng 8      | 2.6.2017      |

      Examples: a quarter named without its year is the period of the figures around it (with its year it stays a date)
        | article                                                                      | not a claim | claim         |
        | Doanh nghiệp ghi nhận doanh thu thuần trong quý I giảm đến 58% so với cùng kỳ. | quý I     | 58%           |
        | Tổng tài sản đến cuối quý I giảm gần 2.000 tỷ đồng so với đầu năm.           | quý I       | gần 2.000 tỷ đồng |
        | Giá điện điều chỉnh trước ngày 25 tháng đầu tiên quý II, quý III và quý IV, tăng 3%. | quý III | 3%          |
        | Trong quý 3, hãng bán được 5 triệu máy iPad.                                  | quý 3       | 5 triệu       |
        | Doanh thu quý I giảm 58%, còn quý II/2016 tăng 5%.                            | quý I       | quý II/2016   |

      Examples: a scope period, a list's name and idioms
        | article                                                                      | not a claim | claim         |
        | Trong khoảng 2 năm trở lại đây, bóng đá Campuchia thắng 5 trận.              | 2 năm       | 5             |
        | Dự báo trong 24 giờ tới, áp thấp nhiệt đới di chuyển 15 km mỗi giờ.          | 24 giờ      | 15 km         |
        | Trong danh sách 10 ứng dụng được tải về nhiều nhất, Facebook có 3 ứng dụng.  | 10          | 3             |
        | 7 hành tinh vĩ đại nhất vũ trụ ¶ Nhiều hành tinh trong hàng ngàn tỉ hành tinh có đường kính gấp 3 lần Trái Đất. | 7 | 3 lần |
        | 6 cách giúp thải độc, hồi phục làn da ¶ Da cần 2 tuần để hồi phục. 1. Uống đủ nước Mỗi ngày. 2. Ngủ sớm Trước 23 giờ. 6. Hạn chế trang điểm Việc trang điểm. | 6 | 2 tuần |
        | Nữ hộ sinh tiết lộ 15 sự thật trước, trong và sau khi sinh ¶ Có 40 bà mẹ được hỏi. 1. Bạn cảm thấy như thế nào khi sinh. 15. Thời gian lành vết thương dài. | 15 | 40 |
        | Ám ảnh 5 khách sạn ma ám đáng sợ nhất nước Mỹ ¶ Khách sạn đầu tiên có 120 phòng. | 5 | 120 |
        | 10 mẫu ô tô 'ế' nhất Việt Nam tháng 5/2017 ¶ Mẫu xe đầu tiên chỉ bán được 2 chiếc. | 10 | 2 |
        | Doanh nghiệp dành 1 phần quỹ đất, khoảng 20 ha, để xây nhà.                  | 1 phần      | 20 ha         |
        | Cô cao 1m75, sở hữu ba vòng chuẩn và nặng 50 kg.                             | ba          | 50 kg         |
        | Su-35, chiến đấu cơ đa nhiệm hai động cơ, có giá 85 triệu USD.               | hai         | 85 triệu USD  |
        | Máy có giá 479 USD cho phiên bản bộ nhớ trong 64 GB.                         | 64 GB       | 479 USD       |
        | Giá USD tăng 5 đồng ở cả hai chiều so với hôm qua.                           | hai         | 5 đồng        |
        | Chelsea thắng 3-0 để chạm 2 tay vào chức vô địch sau 36 trận.                | 2 tay       | 36            |
        | Tổ gác có 4 người, cùng 1 lúc trực cả hai cửa hầm.                           | 1 lúc       | 4             |
        | Kim ngạch thương mại hai chiều đạt 9 tỷ USD.                                 | hai         | 9 tỷ USD      |
        | Anh để con gái ở nhà 1 mình suốt 3 tiếng.                                    | 1 mình      | 3 tiếng       |
        | Nữ công nhân bị hai vợ chồng đánh ngất xỉu, phải nằm viện 5 ngày.            | hai         | 5 ngày        |
        | Hai cha con bán kẹo kéo hát 3 bài ở vòng đầu.                                | Hai         | 3             |
        | Hai mẹ con đi xe máy về quê lúc 5 giờ sáng.                                  | Hai         | 5 giờ         |
        | Từ đó cuộc sống của 3 cha con chỉ trông vào 2 sào ruộng.                     | 3           | 2 sào         |
        | Nhà chỉ có 4 mẹ con, thu nhập 3 triệu đồng mỗi tháng.                        | 4           | 3 triệu đồng  |
        | Thu nhập của 2 vợ chồng chỉ 5 triệu đồng mỗi tháng.                          | 2           | 5 triệu đồng  |
        | Vụ sát hại 4 bà cháu xảy ra lúc 2 giờ sáng.                                  | 4           | 2 giờ         |
        | Anh khoe cơ bụng 6 múi sau 3 tháng tập luyện.                                | 6           | 3 tháng       |
        | Sóc đen bụng "6 múi" được phát hiện ở Anh năm 2017.                          | 6           | năm 2017      |
        | Mối tình tay ba đầy kỳ dị trong phim được đề cử 7 giải Oscar.                | ba          | 7             |
        | Chuyện tình tay ba giữa cô và hai anh chàng khác kéo dài 16 tập.             | ba          | 16            |
        | Bạn hãy bấm vào nút ba chấm ở góc phải, trang sẽ tải trong 2 giây.           | ba          | 2 giây        |
        | Người chơi phải điền vào dấu ba chấm, có 30 giây để trả lời.                 | ba          | 30 giây       |
        | Cái gì cũng có hai mặt, giá tăng 5% là tốt cho nông dân.                     | hai         | 5%            |
        | Quy hoạch là công cụ có tính hai mặt, tỉnh đã duyệt 12 dự án.                | hai         | 12            |
        | Hai mặt của đồng tiền Hệ thống bảo lĩnh thu 2 tỷ USD mỗi năm.                | Hai         | 2 tỷ USD      |
        | Giá vàng giao tháng 8 trên sàn Comex New York tăng 11,3 USD.                 | tháng 8     | 11,3 USD      |
        | Giá dầu Brent giao tháng 9/2017 giảm 1,82 USD.                               | tháng 9/2017 | 1,82 USD     |
        | Giá cà phê Arabica kỳ hạn tháng 9.2017 chốt phiên giảm 2,55 cent/pound.      | tháng 9.2017 | 2,55 cent/pound |
        | Hợp đồng kỳ hạn tháng 5 đã giảm 0,7% xuống mức 2.181 USD/tấn.                | tháng 5     | 0,7%          |
        | Giá bạc giao tháng Bảy cũng tăng 1,1%.                                       | tháng Bảy   | 1,1%          |
        | Nhà mạng chuyển đổi sim 11 số sang sim 10 số cho 5 triệu thuê bao.           | 11 số       | 5 triệu       |

      Examples: a recent span of time that only delimits another figure of its sentence is its scope
        | article                                                                      | not a claim | claim         |
        | Trong 3 năm qua, công ty đã xây 20 nhà.                                      | 3 năm       | 20            |
        | Số người gốc thổ dân tăng lên 18% trong vòng 5 năm qua.                      | 5 năm       | 18%           |
        | Các cuộc đụng độ trong 2 tháng qua đã khiến 70 người thiệt mạng.             | 2 tháng     | 70            |
        | Chỉ trong vài tháng qua, Google Play đã xảy ra 2 sự cố lớn.                  | vài tháng   | 2             |
        | Nhiệt độ 42 độ C đo được hôm nay là kỷ lục 46 năm qua ở Hà Nội.              | 46 năm      | 42 độ C       |
        | Trong 7 ngày nghỉ Tết vừa qua có tất cả 368 vụ tai nạn giao thông.           | 7 ngày      | 368           |
        | Phong độ của Federer chỉ gói gọn ở 6 giải đấu trong quãng 12 tháng đã qua.   | 12 tháng    | 6             |
        | GDP của quốc gia Nam Mỹ giảm 2,3% trong suốt 12 tháng qua.                   | 12 tháng    | 2,3%          |
        | Trong 7 ngày Tết, TP HCM xảy ra 25 vụ tai nạn giao thông.                    | 7 ngày      | 25            |
        | Tuy nhiên, chỉ trong 5 ngày điều trị tích cực, bệnh nhân đã có 3 lần ngừng tim. | 5 ngày   | 3 lần         |
        | Trong vòng 6 tháng, người này đã đi khám 319 lần.                            | 6 tháng     | 319 lần       |
        | Trong 29 năm hoạt động, nhà tù liên bang đã giam giữ hơn 1.500 tù nhân.      | 29 năm      | hơn 1.500     |

      Examples: the window a superlative is measured over, a horizon of decades, a school stage, a period's first days
        | article                                                                      | not a claim | claim         |
        | Tỷ lệ thất nghiệp rơi xuống mức thấp nhất trong 16 năm qua là 4,3%.          | 16 năm      | 4,3%          |
        | Giá vàng tăng vọt lên mức cao nhất 2 tuần, lên 1.260 USD/ounce.              | 2 tuần      | 1.260 USD/ounce |
        | Giá vàng hôm nay: Giảm từ đỉnh cao 1 tháng, còn 36,5 triệu đồng/lượng.        | 1 tháng     | 36,5 triệu đồng/lượng |
        | Vàng đạt đỉnh 3 tháng lên gần 1.240 USD/oz.                                  | 3 tháng     | gần 1.240 USD/oz |
        | Giá dầu thô tiếp tục chạm đáy 6 tuần, còn 43 USD/thùng.                      | 6 tuần      | 43 USD/thùng  |
        | Giá vàng đã xuống mức đáy của 7 tuần, còn 1.210 USD/ounce.                   | 7 tuần      | 1.210 USD/ounce |
        | Giá vàng rơi xuống mức thấp nhất của 6 tuần, còn 1.240 USD/ounce.            | 6 tuần      | 1.240 USD/ounce |
        | Giá dầu chạm đáy trong vòng 13 năm; Murray chỉ còn thi đấu đỉnh cao trong vòng 2 năm tới. | 13 năm | 2 năm |
        | Giá dầu chạm đáy 6 tuần; con tàu lập kỷ lục 718 ngày hoạt động liên tục.      | 6 tuần      | 718 ngày      |
        | Ông khẳng định trong vòng 50 năm tới, tàu sẽ chở 700 thủy thủ.              | 50 năm      | 700           |
        | Điểm trung bình học tập trong bốn năm đại học chỉ chiếm 30% điểm xét.        | bốn năm     | 30%           |
        | Chỉ trong 15 ngày đầu tháng 1/2017, đã có gần 5.000 ôtô nhập khẩu.           | 15 ngày     | gần 5.000     |

      Examples: a run of recent matches only delimits the count inside it (a streak, or the run as the verb's object, stays a claim)
        | article                                                                      | not a claim | claim         |
        | Real thắng 4 trong 5 trận gần nhất.                                          | 5 trận      | 4             |
        | Giroud ghi 4 bàn cho Arsenal ở 3 lần chạm trán Everton gần nhất.             | 3 lần       | 4             |
        | Cụ thể, trong 5 lần đối đầu gần đây, lưới của Eibar luôn bị rung 2 lần mỗi trận. | 5 lần   | 2 lần         |
        | Barcelona ghi được ít nhất 3 bàn ở 6 trận gần nhất tại La Liga.              | 6 trận      | ít nhất 3     |
        | Thành tích đáng chú ý: 5 trận gần nhất, New Zealand thắng 1 nhưng thua đến 4. | 5 trận     | 1             |
        | Trong 2 mùa giải vừa qua, Casillas đã ra sân 65 lần.                         | 2 mùa       | 65 lần        |
        | Atletico giữ sạch lưới tới 16 trong 18 trận sân nhà gần nhất.                | 18 trận     | 16            |
        | Đây là bàn thắng thứ 2 liên tiếp của Pogba trong 2 trận gần nhất.            | 2 trận      | thứ 2         |
        | Sau 8 trận gần nhất, tiền đạo 32 tuổi đã ghi 13 bàn.                         | 8 trận      | 13            |
        | Trong 6 trận qua, đội ghi 12 bàn.                                            | 6 trận      | 12            |
        | Cùng 8 trận gần nhất, Cameroon thắng 4, thua 3 và hòa 1 trận.                | 8           | 4             |
        | Đức chỉ để thua 1 trên 20 trận gần nhất trên mọi đấu trường.                 | 20          | 1             |
        | Mercedes có ít nhất 1 tay đua lên podium trong 5 chặng đua gần nhất tại Monaco. | 5        | ít nhất 1     |
        | Lukaku ghi 71 bàn thắng cho Everton trong 3 mùa giải đã qua.                 | 3           | 71            |
        | Tổng cộng 2 phiên gần đây, SJC giảm gần 700.000 đồng/lượng.                  | 2           | gần 700.000 đồng/lượng |
        | Barcelona ghi được ít nhất 3 bàn ở 7 chiến thắng gần nhất trên sân nhà.      | 7           | ít nhất 3     |

      Examples: a weight class, a product's size, and 100% as a manner of speech
        | article                                                                      | not a claim | claim         |
        | Võ sỹ Hoàng Đức vừa đoạt HCV hạng cân 48kg sau 3 trận.                       | 48kg        | 3             |
        | Giá vàng SJC 1kg niêm yết ở mức 36,43 triệu đồng/lượng.                      | 1kg         | 36,43 triệu đồng/lượng |
        | Đừng tin dòng tít "cam kết giống ảnh 100%" khi bánh giá 500.000 đồng.        | 100%        | 500.000 đồng  |
        | Kẻ gian lấy 40 điện thoại Oppo mới 100%.                                     | 100%        | 40            |
        | Khi tôi cống hiến 100% sức lực suốt 90 phút, họ vẫn la ó.                    | 100%        | 90 phút       |

      Examples: a ranking list named by its size, an era as an attribute, both sides, a while
        | article                                                                      | not a claim | claim         |
        | Trong số 10 CLB có giá trị đội hình lớn nhất thế giới, có tới 6 đội Anh.     | 10          | 6             |
        | Ngoài 5 giải vô địch hàng đầu châu Âu, Thổ Nhĩ Kỳ góp mặt 3 đại diện.        | 5           | 3             |
        | Các đội đã chia nhau 6 vị trí dẫn đầu trên BXH, ghi 400 bàn.                 | 6           | 400           |
        | Tổng thị phần của 4 hãng smartphone lớn nhất tăng lên mức 57%.               | 4           | 57%           |
        | Siêu vũ khí mới của thế kỷ XXI có giá 2 tỷ USD.                              | thế kỷ XXI  | 2 tỷ USD      |
        | Ông Obama mặc chiếc quần jeans kiểu thập niên 80 giá 40 USD.                 | thập niên 80 | 40 USD       |
        | Hai ống xả nằm đối xứng 2 bên, mâm xe có 4 tùy chọn.                         | 2           | 4             |
        | Ban huấn luyện cho anh nghỉ thêm 1 thời gian sau 3 trận.                     | 1           | 3             |
        | Nếu có 1 chút váng thì ngâm thêm 7 ngày.                                     | 1           | 7 ngày        |
        | Trong bản thảo, trang 213 có 5 câu bị sửa.                                   | 213         | 5             |
        | Văn bản giả mạo có số hiệu 116 ban hành ngày 16/6/2017.                      | 116         | 16/6/2017     |
        | Thành phố có 391 dịch vụ công trực tuyến mức độ 3, 4.                        | độ 3        | 391           |
        | Cũng như giai đoạn chuẩn bị cho mùa giải 2017, đội mua 5 cầu thủ.            | mùa giải 2017 | 5           |
        | Ronaldo ghi 413 bàn sau sinh nhật lần thứ 25.                                | thứ 25      | 413           |
        | Quy hoạch cảng cá đến năm 2020, định hướng đến năm 2030 cần 5.000 tỷ đồng.  | năm 2030    | 5.000 tỷ đồng |
        | Quy hoạch cảng cá đến năm 2020, định hướng đến năm 2030 cần 5.000 tỷ đồng.  | năm 2020    | 5.000 tỷ đồng |
        | Đề án của Hà Nội giai đoạn 2017-2020, tầm nhìn 2030 cấm 200 loại xe.         | 2017-2020   | 200           |
        | Việc xây dựng Kế hoạch đầu tư công trung hạn 2016-2020 cần 300 tỷ đồng.       | 2016-2020   | 300 tỷ đồng   |
        | Kế hoạch Chiến lược chung giai đoạn 2017-2021 ưu tiên bốn lĩnh vực.          | 2017-2021   | bốn           |
        | Đội được bầu là “CLB xuất sắc nhất tháng 1” sau 3 trận thắng.                | tháng 1     | 3             |
        | Chiếc xe từng mang biển số “tứ quý 8”, giá 20 tỷ đồng.                       | 8           | 20 tỷ đồng    |

      Examples: a person named by birth order, or by the order the text met them
        | article                                                                      | not a claim | claim         |
        | Cô thứ 2 gầy hơn cô thứ nhất, chi phí gấp 20 lần.                             | thứ 2       | 20 lần        |
        | Long, con trai thứ hai của bà, làm ở nhà máy, lương 5 triệu đồng.             | thứ hai     | 5 triệu đồng  |
        | Gia đình có 5 người con, chị là con thứ 3.                                    | thứ 3       | 5             |
        | Sau 5 năm chung sống, sự chọc ngoáy của kẻ thứ ba khiến hai người bất đồng.   | thứ ba      | 5 năm         |
        | Cô bị tố là kẻ thứ 3 phá vỡ hạnh phúc của đồng nghiệp, dù mới 25 tuổi.        | thứ 3       | 25 tuổi       |
        | Sau 8 năm, cô vẫn bị mang danh người thứ 3.                                  | thứ 3       | 8 năm         |
        | Ngọc Trinh từng là người thứ ba xen vào cuộc hôn nhân kéo dài 10 năm.         | thứ ba      | 10 năm        |
        | Tòa bảo vệ quyền lợi của người thứ ba ngay tình trong vụ án 2 tỷ đồng.        | thứ ba      | 2 tỷ đồng     |
        | Cô từng vướng tin đồn là "người thứ 3" khi mới 20 tuổi.                       | thứ 3       | 20 tuổi       |
        | Cech sa sút và không còn là lựa chọn số 1 của HLV Wenger sau 12 trận.         | số 1        | 12            |
        | Rượu là kẻ thù số 1 của gan, uống 3 ly mỗi ngày đã nguy hiểm.                 | số 1        | 3             |
        | Mái ấm gia đình là ưu tiên số một với tôi sau 20 năm đi diễn.                 | số một      | 20 năm        |
        | Cô trở thành nghi can số một sau vụ cháy làm 2 người bị thương.              | số một      | 2             |
        | Công an xác định Việt là nghi can số 1 trong vụ trộm 30 triệu đồng.           | số 1        | 30 triệu đồng |
        | Ông Trump gọi Iran là quốc gia khủng bố số một, cấm 7 nước nhập cảnh.          | số một        | 7             |
        | Không ít sao nhí tưởng mình là số một. Cô mới 12 tuổi.                         | số một        | 12 tuổi       |
        | Tuân thủ điều trị là yêu cầu số một, người bệnh uống thuốc 2 lần mỗi ngày.     | số một        | 2 lần         |
        | Mỹ là cường quốc số 1 thế giới, chi 600 tỷ USD cho quốc phòng.                 | số 1          | 600 tỷ USD    |
        | Ngôi sao số một của đội bóng là Augustin, 19 tuổi.                             | số một        | 19 tuổi       |
        | Do có bên thứ 3 liên quan, Benfica công khai mức phí 40 triệu euro.          | thứ 3       | 40 triệu euro |
        | Các thiết bị cần phụ kiện bên thứ ba, giá từ 500.000 đồng.                   | thứ ba      | 500.000 đồng  |
        | Con gặp tai nạn, gia đình không có lấy một đồng, phải vay 35 triệu đồng.       | một đồng    | 35 triệu đồng |
        | Bác sĩ chữa cho 300 người nhưng không nhận một đồng tiền nào.                 | một đồng    | 300           |
        | Tôi không có một đồng nhuận bút nào suốt 1 năm liền.                           | một đồng    | 1 năm         |

      Examples: "bộ ba", "bộ 3" name a trio by its size, as "bộ đôi" names a pair
        | article                                                                      | not a claim | claim         |
        | Henrique Motta sẽ tạo thành bộ ba trung vệ của HAGL sau 2 trận.              | ba          | 2             |
        | Hãy xem những thống kê về bộ 3 Messi - Suarez - Neymar sau 90 trận.          | 3           | 90            |
        | Bộ 3 smartphone dòng J mới của Samsung có giá từ 5 triệu đồng.               | 3           | 5 triệu đồng  |
        | Juventus với bộ ba tấn công Zidane, Inzaghi và Del Piero thắng 4 trận.       | ba          | 4             |
        | Mâu thuẫn của bộ 4 này bắt đầu khi họ chuyển về căn nhà có 3 phòng.          | 4           | 3             |

      Examples: the limbs a body has
        | article                                                                      | not a claim | claim         |
        | Tuấn dùng hai tay bóp cổ chị, khiến chị bị thương 3 chỗ.                    | hai         | 3             |
        | Bà bắt đầu từ hai bàn tay trắng với 5 triệu đồng.                            | hai         | 5 triệu đồng  |

      Examples: the one unit an exchange rate is quoted against
        | article                                                                      | not a claim | claim         |
        | Đồng nhân dân tệ chốt phiên ở mức 6,882 nhân dân tệ đổi 1 USD.               | 1 USD       | 6,882 nhân dân tệ |
        | Đồng bảng Anh tăng 0,7% lên mức 1 bảng đổi 1,3017 USD.                      | 1 bảng      | 1,3017 USD    |
        | Tỷ giá hôm nay: 1 USD = 6,8625 NDT.                                          | 1 USD       | 6,8625 NDT    |

      Examples: a threshold that draws a class of things, as a rule or a tally does
        | article                                                                      | not a claim | claim         |
        | Khu đất có giá trị dưới 30 tỷ đồng đối với các thành phố thì 3 sở xác định giá. | dưới 30 tỷ đồng | 3 |
        | Giảm 30% tiền thuê đất cho dự án sử dụng từ 500 lao động trở lên.            | 500         | 30%           |
        | Có 2.776 người đi khám từ 50 lần trở lên trong 4 tháng.                      | từ 50 lần trở lên | 2.776   |
        | Thời gian nhiệt độ trên 35 độ là 10-18h, có nơi trên 40 độ C.                | trên 35 độ  | trên 40 độ C  |
        | Nhiệt độ cao nhất 37-40 độ, có nơi trên 41 độ. Thời gian có nhiệt độ trên 35 độ từ 10-18 giờ. | trên 35 độ | trên 41 độ |
        | Thời gian trong ngày có nhiệt độ trên 35 độ C từ 12-16 giờ, cao nhất 36 độ C. | trên 35 độ C | 36 độ C     |
        | Doanh thu gấp hơn 183 lần so với 6 tháng đầu năm 2016.                       | 6 tháng     | gấp hơn 183 lần |
        | Bốn tháng đầu năm 2017, đã có 4.343 chiếc Ford Ranger được bán.               | Bốn tháng   | 4.343         |
        | Hai quý đầu năm nay, GDP tăng 5,73%.                                          | Hai         | 5,73%         |
        | MU mua Ronaldo và Morata gần 200 triệu bảng: thương vụ có 1 không 2 lịch sử.  | 1           | gần 200 triệu bảng |
        | Anh hát song ca "có 1 không 2" cùng 5 nghệ sĩ.                                | 2           | 5             |
        | Doanh nghiệp còn nợ thuế, trong đó nợ trên 90 ngày là 60 triệu đồng.         | trên 90 ngày | 60 triệu đồng |
        | Hãng bán 5.900 căn nhà với kích cỡ chỉ dưới 40m2.                            | dưới 40m2   | 5.900         |
        | Dự án có 300 căn hộ với diện tích tối đa 70 m2.                              | tối đa 70 m2 | 300          |

      Examples: an age band that says whom a rule, an offer or a study covers; a bound inside a condition; both ends of a bracket closed by "đến dưới" (session-5 convention)
        | article                                                                            | not a claim       | claim          |
        | Trẻ em dưới 12 tuổi được miễn phí, người lớn mua vé 50.000 đồng.                   | dưới 12 tuổi      | 50.000 đồng    |
        | Luật giới hạn độ tuổi sinh viên được phép mang súng (21 tuổi trở lên) tại 3 trường. | 21 tuổi           | 3              |
        | Vắc-xin tiêm cho trẻ em trong độ tuổi từ 2-8 tuổi, giá 500.000 đồng.               | từ 2-8 tuổi       | 500.000 đồng   |
        | Bệnh phổ biến nhất ở phụ nữ trên 50 tuổi, chiếm 30% số ca.                         | trên 50 tuổi      | 30%            |
        | Nếu tài sản thiệt hại có giá trị trên 2 triệu đồng, người vi phạm bị phạt 3 năm tù. | trên 2 triệu đồng | 3 năm          |
        | Phí chặng ngắn là 35.000 đồng. Trường hợp thời gian xe vào trên 24 giờ sẽ thu giá chặng xa nhất. | trên 24 giờ | 35.000 đồng |
        | Luật có hiệu lực năm 2018. Trường hợp thời hạn bổ nhiệm còn dưới 6 tháng thì bảo lưu. | dưới 6 tháng | năm 2018 |
        | Chỉ số giảm 3 điểm. Trong trường hợp VN-Index đóng cửa dưới 765 điểm, thị trường sẽ giảm. | dưới 765 điểm | 3 điểm |
        | Kính thiên văn chỉ phát hiện được các đối tượng có kích thước trên 20m, cách 5 km. | trên 20m | 5 km |
        | Kushal tăng 30%, mạnh nhất trong số các cổ phiếu châu Á có giá trị trên 500 triệu USD. | trên 500 triệu USD | 30% |
        | Xe được thiết kế cho những người có chiều cao trên 1,75m, giá 300 triệu đồng. | trên 1,75m | 300 triệu đồng |
        | Bộ cấp giấy chứng nhận cho ô tô nhập khẩu từ chín chỗ trở xuống, phí 5 triệu đồng. | chín | 5 triệu đồng |
        | Có 19 loại ô tô lắp ráp trong nước 9 chỗ ngồi trở xuống.                      | 9 chỗ ngồi  | 19            |
        | Yến chỉ bán theo hộp với khối lượng 100 g trở xuống, giá 2 triệu đồng.        | 100 g       | 2 triệu đồng  |
        | MU thắng 4 trận trước những đội bóng xếp từ hạng 16 trở xuống.                | hạng 16     | 4             |
        | Giá vàng giảm. Sau 4 phiên, giá vàng từ mức cao nhất trở về 36 triệu đồng.   | 4           | 36 triệu đồng |
        | Tỷ giá tăng 20 đồng, phiên tăng đầu tiên trong 5 phiên gần đây.               | 5           | 20 đồng       |
        | ACV có 1,36 triệu cổ phiếu được chuyển nhượng trong 2 phiên vừa qua.          | 2           | 1,36 triệu    |
        | Ngủ trưa giúp tăng 34% hiệu suất. Nếu ngủ quá 40 phút, cơ thể sẽ mệt mỏi.     | 40 phút     | 34%           |
        | Đề thi có 50 câu, nếu thí sinh nào đến chậm quá 15 phút thì không được thi.   | 15 phút     | 50            |
        | EVN duyệt 4 dự án có tổng mức đầu tư từ 2.300 tỷ đồng đến dưới 5.000 tỷ đồng.      | 2.300 tỷ đồng đến dưới 5.000 tỷ đồng | 4 |
        | Hai trường nhận trẻ từ 24 tháng đến 5 tuổi, mỗi trường 30 học sinh.                | 24 tháng          | 30             |
        | Hai trường nhận trẻ từ 24 tháng đến 5 tuổi, mỗi trường 30 học sinh.                | 5 tuổi            | 30             |
        | Trẻ từ 3 tháng tuổi đến 6 tháng tuổi nên được bế ngang trong 10 phút.              | 3 tháng tuổi      | 10 phút        |
        | Trẻ từ 3 tháng tuổi đến 6 tháng tuổi nên được bế ngang trong 10 phút.              | 6 tháng tuổi      | 10 phút        |
        | Trẻ từ sơ sinh đến 3 tháng tuổi ngủ 16 giờ mỗi ngày.                               | 3 tháng tuổi      | 16 giờ         |
        | Điều 21 có 4 khoản: Người chưa thành niên là người chưa đủ mười tám tuổi.          | mười tám tuổi     | 4              |
        | Có 3 khoản. Người từ đủ sáu tuổi đến chưa đủ mười lăm tuổi phải được đồng ý.      | sáu tuổi          | 3              |
        | Có 3 khoản. Người từ đủ sáu tuổi đến chưa đủ mười lăm tuổi phải được đồng ý.      | mười lăm tuổi     | 3              |

      Examples: a specification's spokes, test speed, grade, denomination or generation, a law's name, a weekday, a storm's horizon
        | article                                                                      | not a claim | claim         |
        | Xe có vô-lăng thể thao 3 chấu và 6 túi khí.                                  | 3           | 6             |
        | Ghế lái chỉnh điện 8 hướng, xe giá 950 triệu đồng.                           | 8           | 950 triệu đồng |
        | Xe chỉ mất 3,6 giây để đạt tốc độ 97km/h và có vận tốc tối đa hơn 400km/h.   | 97km/h      | 3,6 giây      |
        | Xe có thể tăng tốc từ 0 lên 100 km/h trong 3,1 giây.                          | 100 km/h    | 3,1 giây      |
        | Anh lên ngôi ở hạng siêu trung IBO (76,2 kg) sau 10 ván đấu.                 | 76,2 kg     | 10            |
        | Hải quan xác định trị giá như DN xếp hạng 6, hạng 7 với 30 mặt hàng.         | hạng 7      | 30            |
        | Hai đối tượng mang 87 tờ tiền loại mệnh giá 200.000 đồng.                    | 200.000 đồng | 87           |
        | Thùng container loại 20 feet rơi xuống, 5 người thoát nạn.                   | 20          | 5             |
        | Nga mua 24 máy bay chiến đấu thế hệ 5.                                       | 5           | 24            |
        | Theo Bộ luật hình sự năm 1999, sửa đổi bổ sung năm 2009, y bị phạt 3 năm tù. | năm 2009    | 3 năm         |
        | Chợ mở vào thứ bảy và chủ nhật, bán 500 mặt hàng.                            | thứ bảy     | 500           |
        | Gió giật cấp 9. Trong 24 giờ tới, vùng nguy hiểm rộng 300 km.                | 24 giờ      | 300 km        |

      Examples: an engine's size and a gearbox's speeds say which kind of engine or gearbox (session-5 convention)
        | article                                                                      | not a claim   | claim          |
        | Mẫu sedan được trang bị động cơ V12 – 6,6 lít cho công suất 601 mã lực.       | 6,6 lít       | 601 mã lực     |
        | Xe dùng động cơ tăng áp 1.6 lít, công suất 163 mã lực.                        | 1.6 lít       | 163 mã lực     |
        | Xe được thay khối động cơ 650 phân khối từ chiếc GS650 với giá 90 triệu đồng. | 650 phân khối | 90 triệu đồng  |
        | Cỗ máy 2.0 lít cung cấp 245 mã lực.                                           | 2.0 lít       | 245 mã lực     |
        | Xe có hộp số tay năm cấp hoặc tự động 4 cấp, giá 500 triệu đồng.              | 4 cấp         | 500 triệu đồng |

      Examples: a component's configuration right after its noun says which kind it is (dual-zone, four-wheel drive, octa-core, dual-SIM)
        | article                                                                      | not a claim | claim          |
        | Xe có điều hòa tự động 2 vùng độc lập, giá 950 triệu đồng.                   | 2           | 950 triệu đồng |
        | Nội thất có dàn âm thanh 16 loa và 6 túi khí.                                | 16          | 6              |
        | Xe trang bị camera lùi 3 góc quay và 6 túi khí.                              | 3           | 6              |
        | Bản dẫn động 4 bánh có giá 1,936 tỷ đồng.                                    | 4           | 1,936 tỷ đồng  |
        | Máy dùng vi xử lý lõi 8, pin 3.000 mAh.                                      | 8           | 3.000 mAh      |
        | Máy hỗ trợ chạy 2 SIM, pin 3.000 mAh.                                        | 2           | 3.000 mAh      |

      Examples: a football match's 90 (or 120) minutes are how long every match lasts, a rule of the game (session-17 convention)
        | article                                                                      | not a claim | claim         |
        | Gangwon sau 90 phút cũng giành chiến thắng 2-1, cầu thủ Xuân Trường chơi 75 phút. | 90 phút | 75 phút       |
        | Sau 90 phút thi đấu quyết liệt, đội tuyển U20 Uruguay phải đá luân lưu, 3 cầu thủ sút hỏng. | 90 phút | 3 |
        | Hai đội bước vào loạt đá luân lưu sau 120 phút hòa nhau, 5.000 khán giả ở lại. | 120 phút   | 5.000         |

      Examples: a match period is named, like "hiệp 2"; the minute stays a claim (session-5 convention)
        | article                                                                      | not a claim | claim         |
        | Ở hiệp đấu thứ 2, Eddie tung 2 cú thúc gối.                                  | thứ 2       | 2             |
        | Ở hiệp thứ hai, đội khách ghi bàn ở phút 67.                                 | thứ hai     | phút 67       |
        | Nadal có break ở game thứ 5 nhờ một cú thuận tay, thắng sau 45 phút.          | thứ 5       | 45 phút       |
        | Anh có đến 3 break ở các game thứ nhất, thứ 5 và thứ 7 của set này.           | thứ 7       | 3             |
        | Khi hiệp phụ thứ nhất chuẩn bị khép lại, Bồ Đào Nha được hưởng 1 quả phạt.   | thứ nhất    | 1             |
        | Joshua hạ knock-out Klitschko ở hiệp thứ 11 trước 90.000 khán giả.           | thứ 11      | 90.000        |

      Examples: a student's year of study names a school level, like "lớp 2A4"; a year in a run stays an ordinal
        | article                                                                      | not a claim | claim         |
        | Sản phẩm của nhóm sinh viên năm thứ 3 ngành thực phẩm bán được 500 hộp.       | thứ 3       | 500           |
        | Năm 2015, đang học năm thứ 3 khoa Kinh tế, cô vay 20 triệu đồng.              | thứ 3       | 20 triệu đồng |
        | Quang quen Linh vào năm thứ 2 đại học, khi cô 19 tuổi.                        | thứ 2       | 19 tuổi       |

      Examples: a gun's calibre names the kind of gun
        | article                                                                      | not a claim | claim         |
        | Xe tăng có một pháo nòng trơn 125mm và bắn xa 5 km.                           | 125mm       | 5 km          |
        | Đơn vị đã phá hủy 2 quả pháo 175mm và 46 quả bom bi.                          | 175mm       | 46            |

      Examples: the clock hours that gloss a double-hour's name define it, they state no time
        | article                                                                      | not a claim | claim         |
        | Các giờ Hoàng Đạo: + Tý (23h-1h) + Dần (3h-5h). Lễ kéo dài 2 giờ.            | 23h-1h      | 2 giờ         |
        | Giờ Hắc Đạo: + Sửu (1h-3h) + Thìn (7h-9h) + Tỵ (9h-11h). Có 30 người.        | 7h-9h       | 30            |

      Examples: the title of another article, linked from this one
        | article                                                                      | not a claim | claim         |
        | Ứng dụng có 19 lỗi bảo mật. Xem thêm: 3 mẹo tiết kiệm dữ liệu 3G.            | 3 mẹo       | 19            |
        | Xe bán được 752.670 chiếc. >> Top 10 xe wagon đắt nhất thế giới              | 10          | 752.670       |

      Examples: the numbers of a web address, the date in its path or a post's id
        | article                                                                      | not a claim | claim         |
        | Trường bị phạt 25 triệu USD. [1] https://www.nytimes.com/2016/11/19/us/politics/trump-university.html | 19 | 25 triệu USD |
        | Bài đăng có 300 bình luận. https://www.facebook.com/song.phan.bt/posts/1381892851918941 | 1381892851918941 | 300 |
        | Có 12 người chết. Nguồn: www.japantimes.co.jp/news/2017/03/20/asia-pacific   | 2017        | 12            |

      Examples: the time and date of a byline's stamp say when the page was published
        | article                                                                      | not a claim | claim         |
        | Rooney ghi 2 bàn. Châu Tinh - Thể thao Việt Nam \| 22:00 10/07/2017           | 22:00       | 2             |
        | Rooney ghi 2 bàn. Châu Tinh - Thể thao Việt Nam \| 22:00 10/07/2017           | 10/07/2017  | 2             |
        | Đội thắng 3 trận. Nguồn: Báo Đất Việt Minh Anh \| 02:57 13/07/2017 Tin liên quan | 02:57    | 3             |
        | Đội thắng 3 trận. Nguồn: Báo Đất Việt Minh Anh \| 02:57 13/07/2017 Tin liên quan | 13/07/2017 | 3           |
        | Rooney ghi 2 bàn. Châu Tinh - Thể thao Việt Nam \|  22:00  10/07/2017         | 10/07/2017  | 2             |

      Examples: a class of service, honour or league, a stage, an item's label, an edition or a list's size names a frame
        | article                                                                                  | not a claim | claim         |
        | Bữa ăn trên khoang hạng nhất có giá 500 USD.                                             | hạng nhất   | 500 USD       |
        | Ông được trao Huân chương Lao động hạng Nhì và 20 triệu đồng.                            | hạng Nhì    | 20 triệu đồng |
        | Thái Lan thắng 8-0 trong trận tranh hạng ba trước 5.000 khán giả.                        | hạng ba     | 5.000         |
        | U20 Việt Nam gặp U20 Pháp ở lượt trận thứ 2, trước 20.000 khán giả.                      | thứ 2       | 20.000        |
        | Đội tuyển gặp Jordan tại vòng loại thứ ba Asian Cup 2019 sau 10 ngày tập.                | thứ ba      | 10 ngày       |
        | Bồ Đào Nha có 4 điểm. * Khả năng thứ nhất, Bồ Đào Nha thua New Zealand.                  | thứ nhất    | 4             |
        | Hiện có 2 luồng ý kiến. Còn loại ý kiến thứ 2 cho rằng người tố cáo bị trả thù.           | thứ 2       | 2             |
        | Có 3 khả năng. Nếu kịch bản thứ 1 xảy ra, sân bay hỗn loạn trong 2 ngày.                  | thứ 1       | 2 ngày        |
        | Đại biểu chất vấn 4 bộ trưởng về nhóm vấn đề thứ nhất liên quan đến nông nghiệp.         | thứ nhất    | 4             |
        | Ông gửi điện mừng nhân ngày độc lập lần thứ 119 của Philippines, nước có 100 triệu dân.  | thứ 119     | 100 triệu     |
        | Món này cho 4 người ăn. PHẦN 1: Chuẩn bị nguyên liệu                                     | 1           | 4             |
        | Lịch trình gợi ý cho chuyến đi 2 ngày. Ngày 1: Khám phá bờ biển Krabi. | Ngày 1 | 2 ngày |
        | Bé sốt 39 độ C. Dưới đây là 4 điều báo trước bé sắp bị ốm.                               | 4 điều      | 39 độ C       |
        | Chợ bán 300 loại rau. Với 5 loại rau luộc dưới đây bạn có thể ăn thoải mái.              | 5 loại      | 300           |
        | Nga rút quân vì ba lý do sau: chi phí 2 tỷ USD, thời tiết và dư luận.                    | ba          | 2 tỷ USD      |
        | Kỳ quay có 74.518 giải Ba trị giá 30.000 đồng/giải.                                      | Ba          | 30.000 đồng   |
        | Gia đình sống trong ngôi nhà cấp bốn rộng 40 m2.                                         | bốn         | 40 m2         |
        | Nhiều học sinh cấp hai gửi 300 lá thư.                                                   | hai         | 300           |
        | Ủy ban Thường vụ Quốc hội khai mạc Phiên họp thứ 12, kéo dài 1,5 ngày.                   | thứ 12      | 1,5 ngày      |
        | The Face mùa thứ 2 lên sóng với 12 thí sinh.                                             | thứ 2       | 12            |
        | Phần thứ năm của Transformers thu 69 triệu USD.                                          | thứ năm     | 69 triệu USD  |
        | Việt Nam luôn nằm trong Top 5 quốc gia xuất khẩu tôm hàng đầu, với 300.000 tấn/năm.      | 5           | 300.000 tấn   |
        | Các trận đấu ở lượt 2 của bảng A thu hút 3.000 khán giả.                                 | 2           | 3.000         |
        | Đối với lớp 10 chuyên, trường tuyển 500 học sinh.                                        | 10          | 500           |
        | Fognini thắng 25 điểm trong set 4.                                                       | 4           | 25            |
        | Đề có 40 câu, từ câu 20 trở đi khó hơn.                                                  | 20          | 40            |

    Scenario Outline: one building's storeys, and the rounds a league has played, are counts (session-17 conventions)
      Given the article "<article>"
      When the article is analysed
      Then a claim reads "<storeys>"
      And the claim "<claim>" is a claim

      Examples:
        | article                                                                      | storeys | claim |
        | Đám cháy bùng phát tại khách sạn 4 tầng, 35 phòng.                            | 4 tầng  | 35    |
        | Một tòa nhà chung cư 11 tầng ở Đức có 120 căn hộ.                             | 11 tầng | 120   |
        | Cảnh sát bao vây một đối tượng tình nghi tại một tòa nhà 3 tầng, 2 người bị thương. | 3 tầng | 2 |
        | Chung cư 24 tầng bốc cháy lúc 1h16, khiến 12 người chết.                      | 24 tầng | 12    |
        | Pháp có 13 điểm sau 6 lượt trận.                                              | 6 lượt trận | 13 |
        | Đội bóng mới chỉ có 4 điểm, sau 4 vòng đấu, và thua 2 trận.                   | 4 vòng đấu | 2 |

    Scenario Outline: the same numbers counting things stay claims
      Given the article "<article>"
      When the article is analysed
      Then the claim "<claim>" is a claim

      Examples:
        | article                                                          | claim |
        | Cả hai tác phẩm đều đoạt giải.                                   | hai   |
        | Los Blancos thắng 4 và thua 1 trong 5 trận đấu gần nhất.         | 1     |
        | Mẫu gần giống nhau, duy chỉ còn 1 trong số 4 mẫu có chỉ số khác. | 1     |
        | Sách giáo khoa chỉ được 1 trong tổng số 5.500 trường sử dụng.    | 1     |
        | Cứ 1 trong 5 người được hỏi chưa từng làm gì để giải tỏa.        | 1     |
        | Đề án đặt mục tiêu từ năm 2016-2017 sẽ hoàn thành 10 thiết chế.  | năm 2016-2017 |
        | Theo kế hoạch, giai đoạn 2016 - 2018 nhà máy chạy 2 tổ máy.      | giai đoạn 2016 - 2018 |
        | Đây là năm thứ 2 liên tiếp giải có 30 đội tham dự.               | thứ 2 |
        | Nadal chỉ mất khoảng 90 phút để đánh bại tay vợt Basilashvili.   | khoảng 90 phút |
        | Federer thắng sau 90 phút căng thẳng, tay vợt này vào tứ kết.    | 90 phút |
        | Môn Toán thi 90 phút, 50 câu hỏi.                                | 90 phút |
        | Tiền đạo này ghi bàn thắng ở phút 90.                            | phút 90 |
        | Nội thất được bọc da, màn hình cảm ứng 6,8 inch kết nối smartphone. | 6,8 inch |
        | Dự kiến trên xuất phát từ hai lý do. Thứ nhất, thông lệ quốc tế không buộc. | hai |
        | Đây là năm thứ 16 Việt Nam tổ chức cuộc thi.                     | thứ 16 |
        | Anh Nghị nói vợ tôi đi năm thứ năm rồi.                          | thứ năm |
        | Trong 10 chiếc xe được kiểm tra, 4 thì hỏng phanh. | 4 |
        | Cơ quan chức năng đã thay toàn bộ 10 máy chính của tàu.          | 10    |
        | Nhà xây theo kiến trúc đồng bằng Bắc bộ 5 gian 2 chái.           | 5     |
        | Chip mới này có cấu hình 6 lõi, với ba lõi chuyển mạch thấp.      | 6     |
        | Công ty sản xuất chip có 4 nhân viên.                             | 4     |
        | Sét đánh tạo ra điện thế 300 kV trong 2 giây.                     | 300 kV |
        | Hội nghị G20 diễn ra trong hai ngày 7-8/7 tại Hamburg.             | hai ngày |
        | NATO huy động gần 1 vạn quân với bộ 3 chiến tăng mạnh nhất thế giới. | 3 |
        | Xe được trang bị đồng bộ 3 bảng điện tử thông tin.               | 3     |
        | Máy dày 7,9 mm, có cổng sạc ở cạnh dưới. | 7,9 mm |
        | Tai nạn khiến cả 2 nạn nhân bị thương nặng.                      | 2     |
        | Một số nơi nhiệt độ trên 40 độ C là Lào Cai, Hòa Bình.           | trên 40 độ C |
        | Có thời gian nhiệt độ lên trên 35 độ, kéo dài 3 giờ.             | trên 35 độ |
        | Dự án kéo dài 6 tháng, đầu năm 2018 hoàn thành.                  | 6 tháng |
        | Công ty đã hoạt động 4 tháng, lỗ 2 tỷ đồng.                      | 4 tháng |
        | Vụ cháy xảy ra lúc 2 giờ. Trường hợp này có trên 20 người bị thương. | trên 20 |
        | Bệnh viện nhận 3 ca. Trường hợp của bà H có trên 20 vết thương.   | trên 20 |
        | Các máy của Lenovo hầu hết có giá trên 40 triệu đồng.            | trên 40 triệu đồng |
        | Doha thúc đẩy các dự án hạ tầng có tổng kinh phí trên 200 tỷ USD. | trên 200 tỷ USD |
        | Hiện các tỉnh Tây Nguyên có trên 71.000 ha hồ tiêu.              | trên 71.000 ha |
        | Lãi suất giảm xuống 5% trở xuống.                                | 5%    |
        | Đội đang xếp hạng 16 trở xuống.                                  | hạng 16 |
        | VN-Index giảm điểm nhẹ sau 3 phiên tăng điểm liên tiếp.          | 3     |
        | Bức tranh sắc màu nhất trong bốn phiên bản gần đây.              | bốn   |
        | Bệnh viện không cho phép bệnh nhân lưu trú quá 24 giờ.           | 24 giờ |
        | Nếu không được đền bù, gia đình chưa bao giờ có quá 5 triệu đồng. | 5 triệu đồng |
        | Đội có 1 bàn thắng, không 2 bàn như báo chí đưa tin.             | 1 |
        | Cả hai bước kiểm tra đều đạt.                                    | hai   |
        | Bình xăng vẫn thuộc loại 4,2 lít. | 4,2 lít |
        | Công trình kéo dài 6 tháng năm ngoái. | 6 tháng |
        | Nhà máy phân loại 200 tấn rác mỗi ngày. | 200 tấn |
        | Kounotori 6 mang một dây kim loại 700 mét để làm chậm rác vũ trụ. | 700 mét |
        | Tòa nhà cao 30 tầng.                                             | 30    |
        | Công ty bị phạt vì xây tòa nhà vượt 3 tầng.                      | vượt 3 |
        | Ngôi nhà có 3 tầng.                                              | 3     |
        | Bãi xe có 200 chỗ.                                               | 200   |
        | Ngày 7/2 (tức ngày 20/2/2017) đoàn về.                           | 20/2/2017 |
        | Máy được bàn giao tháng 12/2014 cho bệnh viện.                   | tháng 12/2014 |
        | Dự án sẽ được giao tháng 6/2018.                                 | tháng 6/2018 |
        | Lãi suất tiền gửi kỳ hạn 6 tháng là 5%.                          | 6 tháng |
        | Hiếu là con trai lớn trong gia đình có 3 anh em.                 | 3     |
        | Lễ hội có 4 cặp vợ chồng tham gia.                               | 4     |
        | Cột mốc quốc giới có hai mặt, mặt chủ quyền ghi tên quốc gia.    | hai   |
        | Tennis chia làm hai mặt sân: đất nện và cỏ.                      | hai   |
        | Tấm biển được sơn hai mặt, tiền sảnh rộng 50 m2.                 | hai   |
        | Con dao có hai mặt. Giá tiền là 50.000 đồng.                     | hai   |
        | Một mình chị nuôi ba con nhỏ.                                    | ba    |
        | Nước Nga trải dài 11 múi giờ.                                    | 11    |
        | Quả bưởi này có 6 múi.                                           | 6     |
        | Bệnh nhân đã bị giam trong 8 tháng qua.                          | 8 tháng |
        | Trong vòng chưa đầy một phút, nhóm trộm đã lái chiếc xe rời khỏi hiện trường. | chưa đầy một phút |
        | Trong hai ngày, 50 gian hàng sẽ giới thiệu các món ăn đặc trưng. | hai ngày |
        | Trong 4 năm quản chế, nếu tái phạm, cô sẽ chấp hành án 3 năm trong tù. | 4 năm |
        | Sau 4 tháng rèn luyện, 100% chiến sĩ được cấp chứng chỉ.         | 4 tháng |
        | Trong 5 tháng qua, nước này đã dùng bệ di động để phóng tên lửa hai giai đoạn. | 5 tháng |
        | Ở hai chặng đua gần đây, Mercedes được cho là nắm lợi thế lớn.   | hai     |
        | Ederson chỉ để thủng lưới 13 bàn sau 20 trận ra sân mùa giải vừa qua. | 20  |
        | Tôi kể chuyện đã nếm trải trong suốt 1 năm qua”, bà mẹ một con tâm sự. | 1 năm |
        | Trong suốt gần 2 tháng qua, chúng tôi luôn có khoảng 30 lính công binh làm việc. | gần 2 tháng |
        | Đội đã thi đấu ba vòng đấu.                                      | ba    |
        | Hoa Kỳ đứng thứ 2 thế giới về kim ngạch.                         | thứ 2 |
        | Người thứ 2 bị bắt ngày 5/2.                                     | thứ 2 |
        | Xe tải và xe khách va chạm, 2 người bị thương.                   | 2     |
        | Hoa và Dung bị bắt. Tòa xét xử hai bị cáo Lại Văn Tuấn và La Văn Dũng. | hai |
        | Bản Yaris E và G giảm giá. Toyota Yaris gồm 2 phiên bản E và G.  | 2     |
        | Thanh và Cảnh đến. Bội đã tìm được 2 người nên Thanh và Cảnh về. | 2     |
        | Kịch bản phim được chắp bút bởi hai biên kịch kỳ cựu.            | hai   |
        | Đoàn kiểm tra lập 2 biên bản vi phạm.                            | 2     |
        | Anh Sơn và anh Khánh bị thương nặng, sau đó tìm được 2 người khác. | 2   |
        | Nhiều khu du lịch tăng giá vé từ 50% trở lên.                    | từ 50% trở lên |
        | Hai tay vợt nằm cùng nhánh đấu.                                  | Hai   |
        | Xe được trang bị đến 6 loa.                                      | 6     |
        | Gia đình có hai đứa con, mỗi tháng chi 5 triệu đồng.             | hai   |
        | Chúng có hai đứa, tuổi chừng tám đến mười.                       | hai   |
        | Chiến và hai bạn cùng lớp rủ nhau tới trang trại.                | hai   |
        | Đệ thừa nhận có hai bạn tù gợi ý trộm vàng.                      | hai   |
        | Hai bạn Diệp và Mai đi chùa lần đầu.                             | Hai   |
        | Xe gặp nạn, hai bạn đều bị thương nặng.                          | hai   |
        | Đội đã ghi 1 bàn thắng như mong đợi.                             | 1     |
        | Những em bé này từ 3 tuổi đến 5 tuổi.                            | 5 tuổi |
        | Những em bé này từ 3 tuổi đến 5 tuổi.                            | 3 tuổi |
        | Anh Tuấn từ 20 tuổi đến 25 tuổi làm thợ mộc.                     | 25 tuổi |
        | HA Gia Lai chơi ba mùa đều nằm trong nhóm cuối bảng.             | ba    |
        | Ông sống một mình, 2 con ruột đều làm việc ở Phú Quốc.           | 2     |
        | Tuy nhiên cả 3 nạn nhân đều đã chết trước đó.                    | 3     |
        | ĐT không có trung phong (2 tiền đạo đều đá lùi là Văn Quyết và Công Phượng). | 2 |
        | Bạn chia trái cây làm 4 phần đều nhau.                           | 4     |
        | Sơn nhập hàng từ 2 đầu mối ở Lạng Sơn.                           | 2     |
        | Giá nhà tăng 2 trong 1 năm qua.                                  | 2     |
        | Sức khỏe bệnh nhân ổn định, 4 người đã xuất viện còn 2 người đang ở lại.     | 2     |
        | Tổng số cán bộ vi phạm kỷ luật: 2 người.                         | 2     |
        | Trên xe chở 2 người, do không làm chủ tốc độ đã lao xuống vực.   | 2     |
        | Tai nạn xảy ra lúc 5 giờ, hai người đã tử vong tại chỗ.          | hai   |
        | Nếu một đầu bị cắt, tại đó sẽ mọc ra 2 đầu mới.                  | 2     |
        | Hệ thống âm thanh chất lượng cao với 8 loa.                      | 8     |
        | Chip mới sẽ có 8 lõi.                                            | 8     |
        | Hai nước khác cũng ủng hộ TPP 11 là Singapore và Brunei.         | Hai   |
        | Thỏa thuận dẫn đến việc hình thành 2 quốc gia riêng biệt.        | 2     |
        | Tỉnh xử phạt hơn 550 triệu đồng đối với chi nhánh công ty.       | hơn 550 triệu đồng |
        | Giá dầu Brent tăng 1 USD, lên 56,63 USD/thùng.                   | 1 USD |
        | Xe buýt sẽ đưa vào hoạt động chính thức trong 2 tháng tới.       | 2 tháng |
        | Công an phát hiện tài xế giấu 42 bánh heroin dưới ghế.           | 42    |
        | Dự báo nắng nóng còn kéo dài trong 2-3 ngày tới.                 | 2-3 ngày |
        | Việc thu dọn sẽ mất ít nhất 3 tháng mới xong.                    | ít nhất 3 tháng |
        | Mức án phạt cao nhất 15 năm tù.                                  | 15 năm   |
        | Ủy ban họp vào ngày mùng 10 hằng tháng.                          | mùng 10  |
        | Do đã trên 65 tuổi nên ông Toledo không phải ngồi tù.            | trên 65 tuổi |
        | Họ Phạm chưa đầy 16 tuổi nên Quỳnh phải đi cùng.                 | chưa đầy 16 tuổi |
        | Bé gái chạc 3-4 tuổi bị bỏ rơi.                                  | 3-4 tuổi |
        | Theo công an, những thanh niên này có tuổi từ 16 đến dưới 26.    | dưới 26  |
        | 33 bộ tem của 11 họa sỹ về 3 Tết: Mậu Tuất, Kỷ Hợi, Canh Tý.     | 3        |
        | Trong 7 ngày Tết, xảy ra nhiều vụ tai nạn.                       | 7 ngày   |
        | Động cơ có dung tích 1.5 lít, công suất 110 mã lực.              | 1.5 lít  |
        | Xe dùng động cơ xăng, dung tích 1.998 cm3, giá 3 tỷ đồng.        | 1.998 cm3 |
        | Động cơ chỉ tiêu hao 3 lít xăng cho 100 km.                      | 3 lít    |
        | Bộ sưởi của hộp số có 2 cấp độ nhiệt.                            | 2        |
        | Quả tim có thể tồn tại trong 1.000 năm tới.                      | 1.000 năm |
        | Nữ ca sĩ sẽ kết hôn trong 2 năm tới.                             | 2 năm    |
        | Công ty cam kết chịu 100% kinh phí khắc phục.                    | 100%     |
        | Cá vàng nặng 8kg.                                                | 8kg      |
        | Tài xế tăng tốc lên 150 km/h.                                    | 150 km/h |
        | Tay vợt hạng 47 thế giới thắng dễ.                               | hạng 47  |
        | Luật mới có hiệu lực từ năm 2016.                                | năm 2016 |
        | Barcelona giữ chuỗi 11 trận toàn thắng gần nhất tại La Liga.     | 11       |
        | Djokovic thất bại liên tiếp ở 7 trận gần nhất trước Nadal.       | 7        |
        | Lịch thi đấu: \| 19:30 \| Hà Nội gặp Hải Phòng.                   | 19:30    |
        | Giờ \| 21:00 \| 10/02/2017 \| Hà Nội gặp Hải Phòng.                | 21:00    |
        | Kết quả \| 10/02/2017 \| Hà Nội thắng 2-0.                          | 10/02/2017 |
        | Trận đấu diễn ra lúc 21:50 10/02/2017 tại Mỹ Đình.                 | 21:50    |
        | Alcacer chỉ ghi 8 bàn sau 27 lần ra sân ở mùa giải vừa qua.      | 27 lần   |
        | Đội bóng đã thua 5 trận gần nhất.                                | 5        |
        | Đội đã bất bại 10 trận liên tiếp.                                | 10       |
        | Liveshow có sự kết hợp giữa bốn giọng ca nam hàng đầu gồm: Tuấn Ngọc, Đức Tuấn, Quang Dũng và Bằng Kiều. | bốn |
        | Thách đấu tay đôi rất phổ biến trong thế kỷ 18.                  | thế kỷ 18 |
        | Loại dầu này nổi tiếng trong thập niên đầu của thế kỷ 20.        | thế kỷ 20 |
        | Lưu lượng xe ở hai làn từ hướng sân bay Tân Sơn Nhất tăng.       | hai      |
        | Giải đấu có sự tham gia của 14 câu lạc bộ futsal mạnh nhất châu lục. | 14    |
        | Trang 3 của báo in 5 tấm ảnh; dịch vụ công trực tuyến mức độ 3, 110 dịch vụ mức độ 4. | 110 |
        | U23 Việt Nam giành hạng 3 châu lục.                              | hạng 3   |
        | Alonso bỏ cuộc ở vòng thứ 66.                                    | thứ 66   |
        | Đến phút thứ 83, Giroud ghi bàn.                                 | thứ 83   |
        | Bác Hồ về thăm quê lần thứ hai vào năm 1961.                     | thứ hai  |
        | Ghi nhận phiên giảm sàn thứ 3 liên tiếp, HVG chốt phiên.         | thứ 3    |
        | Đây là vụ tấn công thứ ba ở Anh trong vòng ba tháng.             | thứ ba   |
        | 17 người nhập viện sau khi ăn cơm gà: Tin mới nhất ¶ Có 17 người nhập viện. | 17 |
        | 3 người chết trong vụ cháy nhà ¶ Vụ cháy xảy ra lúc 2 giờ sáng. 1. Nạn nhân đầu tiên là chủ nhà. 3. Nạn nhân thứ ba. 4. Công an đang điều tra. | 3 |
        | Vinamilk và 3 ngân hàng Việt lọt Top 2.000 công ty lớn nhất thế giới ¶ Forbes công bố danh sách. | 3 |
        | 11 nước TPP nhất trí thúc đẩy thỏa thuận ¶ Các bộ trưởng đã họp.  | 11 |
        | Con cá sấu giết, ăn thịt 300 người, khiếp sợ nhất thế giới ¶ Con cá sấu dài 6 m. | 300 |
        | Xây nhà 2 tầng với 350 triệu mà vẫn sang đẹp nhất xóm ¶ Anh Nam chia sẻ. | 350 triệu |
        | Conor là người thứ 3 trong lịch sử vô địch ở 2 hạng cân.         | thứ 3    |
        | Cảnh sát bắt người thứ ba bị nghi tham gia vụ tấn công.          | thứ ba   |
        | Anh là người thứ 39 lên ngôi trong nhà thờ này.                  | thứ 39   |
        | Tay vợt số 1 thế giới Lee Chong Wei đã giúp CLB.                 | số 1     |
        | Thái Lan sẽ là hạt giống số 1 ở bảng A.                          | số 1     |
        | Nadal vẫn là ứng cử viên số 1 cho chức vô địch.                  | số 1     |
        | Việt Nam là số 1 thế giới về xuất khẩu hạt điều.                 | số 1     |
        | Hà Nội giữ vị trí số 1 trong bảng xếp hạng Webometrics.          | số 1     |
        | Đuối nước là nguyên nhân thứ 5 gây tử vong ở trẻ.                | thứ 5    |
        | Nếu lãi lớn hơn 0,5 đồng thì ngân hàng làm tròn lên 1 đồng.       | 1 đồng   |
        | Giá xăng không đổi, riêng dầu tăng 1 đồng mỗi lít.               | 1 đồng   |
        | Hợp đồng ký trong những ngày đầu năm mới 2017 lên hơn 5.000 tỷ đồng. | 2017 |
        | Năm 2017, định hướng phát triển của công ty là xuất khẩu.        | Năm 2017 |
        | Con giáp có thu nhập khủng nhất tháng 8/2017 là tuổi Tỵ.         | tháng 8/2017 |
        | Jaws, bộ phim 1975 của Steven Spielberg, sẽ được chiếu lại.     | 1975     |
        | Xuất khẩu tăng 20,6% so với cùng kỳ 2016 cả về lượng.            | 2016     |
        | Tranh tường đoạt giải Ba cuộc thi thiết kế.                      | giải Ba  |
        | Giá vàng tăng phiên thứ 4 liên tiếp.                             | thứ 4    |
        | Đêm chung kết có top bốn thí sinh gồm: An, Bình, Chi và Dung.    | bốn      |
        | Công an giải tán 2 tốp khoảng 57 xe gắn máy.                     | khoảng 57 |
        | Đến lượt 3 giám khảo cho điểm.                                   | 3        |
        | Paul dùng lưỡi câu 6 ngạnh.                                      | 6        |

      Examples: a measure or a seat count told of one thing stays a claim next to the class of a vehicle
        | article                                                          | claim            |
        | Bao gạo nặng 18kg được bán với giá 300.000 đồng.                 | 18kg             |
        | Sân vận động Suwon có sức chứa 44.000 chỗ ngồi.                   | 44.000           |
        | Xe buýt 2 tầng có từ 16 đến 45 chỗ ngồi.                          | từ 16 đến 45     |

      Examples: the price of one home, the price of homes per square metre and the price a plan proposes stay claims
        | article                                                          | claim            |
        | Anh mua một căn nhà 600 triệu để cho chị ở.                       | 600 triệu        |
        | Bí thư giật mình với giá nhà xã hội 15 triệu/m2.                  | 15 triệu/m2      |
        | Nhà xã hội 15 triệu mỗi m2 sao công nhân mua nổi.                 | 15 triệu         |
        | Ông Tuấn cho biết thành phố nên xây nhà giá từ 300 - 500 triệu đồng. | từ 300 - 500 triệu đồng |

      Examples: a real turn, a distance at sea and a count of times stay claims
        | article                                                          | claim            |
        | Cả 2 chiếc xe đều bị quay đầu 180 độ.                             | 180 độ           |
        | Tàu bị nạn cách Yokosuka 56 hải lý về phía tây nam.               | 56 hải lý        |
        | Hải đăng phát sáng trong phạm vi 22 hải lý.                       | 22 hải lý        |
        | Anh ấy đã ra Đà Nẵng 2 lần để gặp con.                            | 2 lần            |

    Scenario Outline: a time ago frames the other figures and is a duration of its own
      Given the article "<article>"
      When the article is analysed
      Then the claim "<claim>" is a claim

      Examples:
        | article                                                          | claim    |
        | Họ gặp nhau cách đây 3 năm tại Paris.                            | 3 năm    |
        | Hai tuần trước ông ấy đã nhập viện.                              | Hai tuần |
        | Họ quen nhau qua mạng một năm trước.                             | một năm  |

  Rule: an attribution covers its sentence, and a "Theo …" that opens a paragraph covers that paragraph

    Scenario Outline: the source of a figure
      Given the article "<article>"
      When the article is analysed
      Then the claim "<claim>" has the source "<source>"

      Examples:
        | article                                                                                                 | claim          | source                                        |
        | Theo số liệu thống kê, toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ. | hơn 74.000     | Theo số liệu thống kê                         |
        | Theo số liệu thống kê, toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ. | trên 200 nghìn | Theo số liệu thống kê                         |
        | Ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết năm 2023 tỉnh có 300 ca mắc.                               | 300            | Ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết |
        | Năm 2023 tỉnh có 300 ca mắc, theo Bộ Y tế.                                                              | 300            | theo Bộ Y tế                                  |
        | Số liệu của Tổng cục Thống kê cho thấy cả nước có 300 nghìn hộ nghèo.                                    | 300 nghìn      | Số liệu của Tổng cục Thống kê                 |
        | Theo Tổng cục Thống kê, cả nước có 300 ca. Tỉnh có 500 ca.                                               | 500            | Theo Tổng cục Thống kê                        |
        | Năm 2023 tỉnh có 300 ca mắc, theo Bộ Y tế. Năm 2024 tỉnh có 500 ca mắc.                                  | 500            | -                                             |
        | Theo số liệu thống kê, tỉnh có 200 trẻ em. ¶ Năm 2023, tỉnh có 300 trẻ em được cấp thẻ.                  | 300            | -                                             |
        | Theo quy định, mức phạt là 5 triệu đồng.                                                                | 5 triệu đồng   | -                                             |
        | “Năm 2023 tỉnh có 300 ca. Năm 2024 có 500 ca”, ông An nói.                                              | 300            | ông An nói                                    |
        | Ngày 18/6, Bộ Quốc phòng tuyên bố 2 chỉ huy đã bị tiêu diệt.                                            | 2              | Bộ Quốc phòng tuyên bố                        |

  Rule: the scope is the nearest place and period of the sentence, else of the sentence before in the paragraph

    Scenario Outline: where and when a figure holds
      Given the article "<article>"
      When the article is analysed
      Then the claim "<claim>" holds in "<place>" during "<period>"

      Examples:
        | article                                                                         | claim          | place              | period       |
        | Năm 2023, Lạng Sơn có 300 trẻ em được cấp thẻ.                                  | 300            | Lạng Sơn           | Năm 2023     |
        | Theo số liệu thống kê, toàn tỉnh Lạng Sơn hiện có trên 200 nghìn trẻ em.        | trên 200 nghìn | toàn tỉnh Lạng Sơn | -            |
        | Quý III/2024, doanh thu của TP.HCM đạt 300 triệu đồng, tăng 5% so với năm 2023. | 5%             | TP.HCM             | Quý III/2024 |
        | Tháng 5/2017, cả nước có 300 ca mắc. Trong đó Hà Nội có 100 ca.                 | 100            | Hà Nội             | Tháng 5/2017 |
        | Năm 2023, huyện Mường Tè có 300 hộ thoát nghèo.                                 | 300            | huyện Mường Tè     | Năm 2023     |
        | Năm 2023, cả nước có 300 ca. ¶ Tỉnh có 500 ca.                                  | 500            | -                  | -            |
        | Cách đây hai năm, Hà Nội có 300 ca mắc.                                        | 300            | Hà Nội             | Cách đây hai năm |
        | Trước đó, Hà Nội có 100 ca mắc.                                                 | 100            | Hà Nội             | Trước đó     |
        | Doanh thu quý I của công ty giảm 58% so với cùng kỳ.                            | 58%            | -                  | quý I        |
