import datetime as dt

from pipelines.parsing.dates import find_date_text, find_published_date, resolve_date


def test_published_date_from_labelled_chrome():
    assert find_published_date("标题\n发布时间:2022-03-09 10:00\n正文。") == dt.date(2022, 3, 9)
    assert find_published_date("更新日期   2016/10/31\n") == dt.date(2016, 10, 31)
    assert find_published_date("发布日期:2019-07-30访问次数:") == dt.date(2019, 7, 30)


def test_published_date_from_newspaper_edition_line():
    assert find_published_date("正文。\n《 工人日报 》( 2021年05月12日 03 版)") == dt.date(2021, 5, 12)


def test_no_published_date():
    assert find_published_date("3月2日,某县召开会议。") is None


def test_date_text_as_written():
    assert find_date_text("12月6日上午").group() == "12月6日上午"
    assert find_date_text("近日").group() == "近日"
    assert find_date_text("2019年4月8日下午15:30").group() == "2019年4月8日下午15:30"
    assert find_date_text("8月3日至4日").group() == "8月3日至4日"
    assert find_date_text("11月30日下午至12月1日上午，").group() == "11月30日下午至12月1日上午"
    assert find_date_text("市农业局昨（14）日下午").group() == "昨（14）日下午"
    assert find_date_text("工联会昨晚举行常务理事会").group() == "昨晚"
    assert find_date_text("县总工会今晨召开会议").group() == "今晨"
    assert find_date_text("8月3号，工会委员会召开第一次会议").group() == "8月3号"
    assert find_date_text("同日，市总工会召开座谈会").group() == "同日"
    assert find_date_text("3号楼会议室") is None


def test_this_year_or_last_before_a_month_and_day_is_written_with_it_and_sets_its_year():
    assert find_date_text("法国华侨会于今年9月16日举行常委大会").group() == "今年9月16日"
    assert resolve_date("今年9月16日", dt.date(2023, 3, 1)) == dt.date(2023, 9, 16)
    assert resolve_date("去年12月6日", dt.date(2024, 3, 1)) == dt.date(2023, 12, 6)
    # Near miss: a month and day alone later than the day of publication fall in the year before.
    assert resolve_date("9月16日", dt.date(2023, 3, 1)) == dt.date(2022, 9, 16)


def test_a_schools_period_of_the_day_is_part_of_the_date():
    assert find_date_text("12月11日下午第三节课后，青石学校全体教职工齐聚会议室。").group() == "12月11日下午第三节课后"
    # A lesson given, or a word the period's characters open, stays out of the date.
    assert find_date_text("3月2日下午第3节课《春》由王老师执教。").group() == "3月2日下午"
    assert find_date_text("3月2日第三节课题研讨会在青石小学召开。").group() == "3月2日"


def test_a_span_of_days_without_its_month_is_one_date():
    assert find_date_text("18-19日，在青石职业培训学校举办农技人员培训班。").group() == "18-19日"
    assert find_date_text("18至19日，青石县举办培训班。").group() == "18至19日"
    # A day after a month's number or another figure starts no span of its own.
    assert find_date_text("2024-18日").group() == "18日"


def test_year_from_publication_date():
    assert resolve_date("3月20日", dt.date(2013, 3, 22)) == dt.date(2013, 3, 20)


def test_month_after_publication_belongs_to_year_before():
    assert resolve_date("12月27日", dt.date(2017, 1, 5)) == dt.date(2016, 12, 27)


def test_year_written_in_text_wins():
    assert resolve_date("2015年6月1日上午", dt.date(2020, 1, 1)) == dt.date(2015, 6, 1)


def test_roc_year():
    assert resolve_date("本(105)年3月8日上午9时", None) == dt.date(2016, 3, 8)


def test_relative_dates():
    published = dt.date(2024, 5, 16)  # a Thursday
    assert resolve_date("昨（15）日下午", published) == dt.date(2024, 5, 15)
    assert resolve_date("今(十四)日上午", published) == dt.date(2024, 5, 14)
    assert resolve_date("上周五晚上", published) == dt.date(2024, 5, 10)
    assert resolve_date("近日", published) is None


def test_a_bracketed_roc_year_after_a_body_s_pronoun():
    # 本所(113)年: the 本 is the body's (本所), the year stands in brackets alone.
    assert find_date_text("本所(113)年4月19日上午召开").group() == "(113)年4月19日上午"
    assert resolve_date("(113)年4月19日上午", None) == dt.date(2024, 4, 19)
    # Near miss: a bracketed number before 年 and no month is no date.
    assert find_date_text("第(2)年度") is None


def test_unknown_year_without_publication_date():
    assert resolve_date("5月5日", None) is None


def test_date_text_keeps_the_year_as_written():
    assert find_date_text("某产业工会于112年9月3日下午2时,假").group() == "112年9月3日下午2时"
    assert find_date_text("2023年11月8日,某县召开").group() == "2023年11月8日"
    assert find_date_text("民国98年6月1日").group() == "民国98年6月1日"


def test_bare_roc_year_resolves():
    assert resolve_date("112年9月3日下午2时", None) == dt.date(2023, 9, 3)
    assert resolve_date("民国98年6月1日", None) == dt.date(2009, 6, 1)


def test_a_month_without_a_day_is_a_date_text_with_no_iso_date():
    for clause, written in [("2025年3月，市总工会", "2025年3月"), ("今年3月份，", "今年3月份"), ("3月上旬，", "3月上旬")]:
        assert find_date_text(clause).group() == written
        assert resolve_date(written, dt.date(2025, 4, 1)) is None
    assert find_date_text("3月份以来，") is None


def test_a_meeting_named_after_the_date_that_opens_its_paragraph_takes_that_date():
    from pipelines.parsing.report import parse_report

    text = "11月27日，全总副主席江海在省工人文化宫为全省职工宣讲全会精神。省总工会主席田立荣主持宣讲报告会。"
    [meeting] = parse_report(text, dt.date(2025, 12, 20))
    assert (meeting.date_text, meeting.meeting_date) == ("11月27日", dt.date(2025, 11, 27))
    two = "3月5日，县总工会召开党组会议。随后，县总工会召开机关干部大会。"
    assert [m.date_text for m in parse_report(two, dt.date(2025, 12, 20))] == ["3月5日", None], "the date is the first meeting's"


def test_the_only_meeting_of_a_report_told_after_its_dated_lede_takes_the_ledes_date():
    from pipelines.parsing.report import parse_report

    text = (
        "6月11日下午，市总工会主席李青一行到青石公司调研。公司负责人介绍了企业情况。\n"
        "在随后召开的职工代表座谈会上，李青听取了各单位汇报。"
    )
    [meeting] = parse_report(text, dt.date(2025, 6, 20))
    assert (meeting.date_text, meeting.meeting_date) == ("6月11日下午", dt.date(2025, 6, 11))
    looking_back = "2024年以来，公司累计培训职工三千人次。\n在随后召开的职工代表座谈会上，李青听取了汇报。"
    assert [m.date_text for m in parse_report(looking_back, dt.date(2025, 6, 20))] == [None], "a span of time is no day"
    two = "6月11日，李青一行到青石公司调研。\n公司召开职工座谈会。\n县总工会召开党组会议。"
    assert [m.date_text for m in parse_report(two, dt.date(2025, 6, 20))] == [None, None], "of several meetings, none is the lede's"


def test_dates_written_in_chinese_numerals():
    assert find_date_text("青石商会于四月二十三日下午三时在会所").group() == "四月二十三日下午三时"
    assert find_date_text("该会于十三日晚上八时举行").group() == "十三日晚上八时"
    assert find_date_text("联合会于二月廿二日举办").group() == "二月廿二日"
    assert resolve_date("四月二十三日下午三时", dt.date(2024, 5, 20)) == dt.date(2024, 4, 23)
    assert resolve_date("二○二三年十二月五日", None) == dt.date(2023, 12, 5)
    assert resolve_date("二月廿二日", dt.date(2024, 5, 20)) == dt.date(2024, 2, 22)


def test_a_single_chinese_day_needs_an_hour_or_a_part_of_the_day():
    assert find_date_text("报名三日内完成") is None
    assert find_date_text("组织一日游") is None
    assert find_date_text("活动第十三日") is None
    assert find_date_text("三日上午，").group() == "三日上午"


def test_clock_times_and_day_lists_belong_to_the_date():
    assert find_date_text("12月11日9:30分,伴随").group() == "12月11日9:30分"
    assert find_date_text("研习会27、28日两天在").group() == "27、28日"
    assert resolve_date("27、28日", dt.date(2024, 5, 30)) == dt.date(2024, 5, 27)


def test_vague_dates_are_date_texts_without_a_day():
    for vague in ("近期", "不久前", "前不久", "上周", "本周"):
        assert find_date_text(f"{vague}，县总工会召开").group() == vague
        assert resolve_date(vague, dt.date(2024, 5, 20)) is None
    # 本周内 sets a time limit, no date; 本周末 is no day the week names.
    assert find_date_text("会议要求本周内完成整改") is None
    assert find_date_text("会议明确本周起各乡镇每日报送") is None


    # Last week's weekday is a day of its own.
    assert find_date_text("工联会于上周五晚上举行").group() == "上周五晚上"


def test_minutes_written_with_thirty_as_one_character():
    assert find_date_text("昨晚七时卅分在乡公所礼堂举行").group() == "昨晚七时卅分"
    assert find_date_text("昨晚七时卅五分举行").group() == "昨晚七时卅五分"


def test_a_later_mention_that_writes_the_date_more_fully_completes_it():
    from pipelines.parsing.report import parse_report

    text = "县总工会昨天召开第四届会员代表大会。\n昨天(9日)，县总工会在文化宫召开第四届会员代表大会，选举产生新一届委员会。"
    [meeting] = parse_report(text, dt.date(2024, 5, 10))
    assert (meeting.date_text, meeting.meeting_date) == ("昨天(9日)", dt.date(2024, 5, 9))


def test_that_day_is_the_date_its_line_opened_with_unless_another_meeting_has_it():
    from pipelines.parsing.report import parse_report

    [meeting] = parse_report("4月1日，我市爱国卫生月活动启动，启动仪式当日上午在市民广场举行。", dt.date(2024, 4, 2))
    assert (meeting.date_text, meeting.meeting_date) == ("4月1日", dt.date(2024, 4, 1))
    text = "11月26日，青石市宣传工作协调会召开。\n当天的启动仪式由市城建局林亚平主持。"
    assert [m.date_text for m in parse_report(text, dt.date(2024, 12, 1))][0] == "11月26日"


def test_days_of_this_or_last_month_in_chinese_numerals():
    for written, expected in (("本月七日", dt.date(2019, 2, 7)), ("上月廿三日", dt.date(2019, 1, 23))):
        assert find_date_text(f"已于{written}举行").group() == written
        assert resolve_date(written, dt.date(2019, 2, 10)) == expected


def test_a_relative_day_keeps_the_month_and_day_written_after_it_in_brackets():
    assert find_date_text("昨天(11月25日)，市民营企业家座谈会召开").group() == "昨天(11月25日)"
    assert resolve_date("昨天(11月25日)", dt.date(2020, 11, 26)) == dt.date(2020, 11, 25)
    # A number in brackets that is no day is left out.
    assert find_date_text("昨天(第3次)，县总工会召开").group() == "昨天"


def test_that_day_keeps_every_part_of_the_day_after_it():
    for part in ("晚间", "凌晨", "上午"):
        assert find_date_text(f"当天{part}，县总工会举行交接典礼").group() == f"当天{part}"


def test_a_bare_yesterday_right_before_the_verb_is_the_date():
    assert find_date_text("工联会昨").group() == "昨"
    assert find_date_text("工联会昨在会所举行").group() == "昨"
    assert resolve_date("昨", dt.date(2023, 8, 8)) == dt.date(2023, 8, 7)
    # 昨 before anything but the verb, a place or the end of the clause is no date of its own.
    assert find_date_text("回顾昨是今非") is None


def test_a_month_and_day_whose_month_the_scraping_lost():
    assert find_date_text("221日上午,区人大常委会召开主任会议").group() == "221日上午"
    assert resolve_date("221日上午", dt.date(2019, 3, 1)) == dt.date(2019, 2, 21)
    assert resolve_date("1126日上午", dt.date(2019, 12, 1)) == dt.date(2019, 11, 26)
    # Digits that read as two dates give none; a plain day is still a day.
    assert resolve_date("123日上午", dt.date(2019, 12, 31)) is None
    assert find_date_text("12日上午,区人大常委会召开主任会议").group() == "12日上午"
    assert resolve_date("12日上午", dt.date(2019, 12, 31)) == dt.date(2019, 12, 12)
    # Without the part of the day, a number before 日 is no date, unless it opens a sentence that holds a meeting.
    assert find_date_text("221日，活动继续") is None
    assert find_date_text("823日，县长刘锐主持召开农业农村工作专题办公会").group() == "823日"
    assert find_date_text("累计823日，主持召开会议20次") is None


def test_a_month_and_day_whose_month_and_day_marks_the_scraping_both_lost():
    # Only opening a line, before the comma of a sentence that holds a meeting, and read as one month and day.
    assert find_date_text("320，青石市总工会全委(扩大)会议在市行政中心召开").group() == "320"
    assert find_date_text("发布时间:2016-03-31\n330，青石镇党代会在镇政府召开").group() == "330"
    assert find_date_text("2008520，青石慈善总会召开会员代表大会").group() == "2008520"
    assert find_date_text("57上午，青石学院学术委员会会议在红楼召开").group() == "57上午"
    assert find_date_text("312午，市律协会长办公会在市律协召开").group() == "312午"
    # A count, a year alone, a number no month and day can be, or two digits with nothing after them: no date.
    assert find_date_text("累计330，全县召开会议") is None
    assert find_date_text("2012，青石市总工会召开全委会") is None
    assert find_date_text("1332，青石市总工会召开全委会") is None
    assert find_date_text("57，青石市总工会召开全委会") is None
    assert find_date_text("330，活动继续进行") is None
    assert find_date_text("120，全市共有三千余名职工参加，活动在市体育馆举行") is None, "a headcount, another clause holds it"
    # Before the part of the day, only a date stands there, and the holder may follow with no comma.
    assert find_date_text("2012525下午青石中学全体教职工在阶梯室召开教职工大会").group() == "2012525下午"
    assert find_date_text("312午餐后，大家召开会议") is None, "午餐: lunch, no part of a day after a date"


def test_the_other_day_as_taiwan_writes_it():
    assert find_date_text("青石县医师公会日昨在青石饭店举办医师节庆祝餐会").group() == "日昨"


def test_a_month_lost_between_the_year_and_the_day_or_before_the_place_of_holding():
    assert find_date_text("2017年310日,在会议室由副书记组织学习").group() == "2017年310日"
    assert resolve_date("2017年310日", None) == dt.date(2017, 3, 10)
    assert find_date_text("同乡会於1123日在玫瑰大饭店举办定例会员总会").group() == "1123日"
    assert resolve_date("1123日", dt.date(2019, 12, 1)) == dt.date(2019, 11, 23)
    # Read as month and day, not as the 23rd of the month it was published in.
    assert resolve_date("1123日", dt.date(2019, 12, 30)) == dt.date(2019, 11, 23)
    # Near misses: a count of days, a numbered day and digits no month and day can be read from.
    assert find_date_text("开展120日内整改") is None
    assert find_date_text("第120日在工地") is None
    assert find_date_text("坚持365日在岗") is None


def test_jin_right_before_the_verb_is_today_as_taiwan_writes_it():
    assert find_date_text("花莲县议会今召开第20届第5次定期大会").group() == "今"
    assert resolve_date("今", dt.date(2024, 5, 3)) == dt.date(2024, 5, 3)
    # Near misses: 今 opening or closing a word is no date.
    assert find_date_text("会议要求今后召开会议要精简") is None
    assert find_date_text("市老年大学成立至今召开了十二次会议") is None
    assert find_date_text("当今召开这样的会议很有必要") is None
    assert resolve_date("今年3月", dt.date(2024, 5, 3)) is None


def test_a_relative_day_with_its_weekday_in_brackets_before_its_ri():
    assert find_date_text("青石观光协会联合会今13(一)日于白河召开会员大会").group() == "今13(一)日"
    assert resolve_date("今13(一)日", dt.date(2023, 3, 13)) == dt.date(2023, 3, 13)
    assert resolve_date("昨12(日)日", dt.date(2023, 3, 13)) == dt.date(2023, 3, 12)
    # Near misses: a day in brackets is the day, and a numbered item in brackets after a count is no weekday.
    assert resolve_date("今(10)日", dt.date(2023, 3, 13)) == dt.date(2023, 3, 10)
    assert find_date_text("今13(一)项议程") is None


def test_a_relative_day_in_brackets_may_be_written_in_chinese_numerals():
    assert find_date_text("县环保局今(十四)日上午邀集专家").group() == "今(十四)日上午"
    assert find_date_text("工会昨（二十三）日举行").group() == "昨（二十三）日"
    # Near miss: a count of days in brackets is no date.
    assert find_date_text("为期(三)天的培训") is None


def test_spans_of_days_and_a_year_typed_with_a_latin_o():
    assert find_date_text("于二O一六年三月十七日至十九日举行").group() == "二O一六年三月十七日至十九日"
    assert resolve_date("二O一六年三月十七日至十九日", None) == dt.date(2016, 3, 17)
    assert find_date_text("10月17-18日，在北京召开").group() == "10月17-18日"
    assert resolve_date("10月17-18日", dt.date(2020, 1, 1)) == dt.date(2019, 10, 17)
    assert find_date_text("11月22、23日，区红十字会召开理事工作会").group() == "11月22、23日"
    # A day with 号 and no month, as speech writes it, is a date only before a part of the day.
    assert find_date_text("青石商会6号晚在青石酒店举行会员大会").group() == "6号晚"
    assert resolve_date("6号晚", dt.date(2023, 12, 8)) == dt.date(2023, 12, 6)
    assert find_date_text("在6号楼会议室召开") is None
    # Near misses: a count of days is no span, and letters alone are no year.
    assert find_date_text("为期3-5天的培训") is None
    assert find_date_text("OOOO年") is None


def test_a_garbled_year_gives_no_date_rather_than_a_wrong_one():
    assert find_published_date("浏览次数：12\n0024-12-27 17:42:09\n发布时间:2024-12-27 17:42") == dt.date(2024, 12, 27)
    assert find_published_date("0024-12-27 17:42:09 来源：团县委") is None
    assert resolve_date("013年4月12日上午", None) is None
    assert resolve_date("113年4月12日上午", None) == dt.date(2024, 4, 12)
    assert resolve_date("5月7日", dt.date(24, 5, 9)) is None


def test_a_date_whose_digits_the_page_set_apart_with_spaces():
    found = find_date_text("1 月18 日，2011 年青石科协工作会议召开。")
    assert found.group() == "1 月18 日"
    assert resolve_date(found.group(), dt.date(2011, 2, 1)) == dt.date(2011, 1, 18)
    assert resolve_date("2011 年1 月18 日上午", None) == dt.date(2011, 1, 18)


def test_a_list_of_days_and_the_evening_belong_to_the_date():
    assert find_date_text("10月9日、10日，青石县举办培训班。").group() == "10月9日、10日"
    assert resolve_date("10月9日、10日", dt.date(2024, 11, 1)) == dt.date(2024, 10, 9)
    assert find_date_text("12月31日傍晚，青石县召开会议。").group() == "12月31日傍晚"
    assert find_date_text("10月9日、青石县召开会议。").group() == "10月9日", "a list mark alone continues no date"


def test_the_first_month_written_yuan():
    assert find_date_text("2010年元月13日，青石县科协召开座谈会。").group() == "2010年元月13日"
    assert resolve_date("2010年元月13日", None) == dt.date(2010, 1, 13)
    assert find_date_text("纪元月亮") is None


def test_a_day_whose_ri_was_lost_before_the_part_of_the_day_and_a_day_written_hao():
    assert find_date_text("5月28上午，致公党青石市委召开全委会议。").group() == "5月28上午"
    assert resolve_date("5月28上午", dt.date(2022, 6, 1)) == dt.date(2022, 5, 28)
    assert resolve_date("5月28号下午", dt.date(2022, 6, 1)) == dt.date(2022, 5, 28)
    assert find_date_text("共5月28人") is None


def test_a_weekday_unbracketed_a_lunar_date_in_brackets_and_an_hour_past_twelve_in_chinese_numerals():
    assert find_date_text("2016年11月9日周三下午，党支部开展党课。").group() == "2016年11月9日周三下午"
    assert find_date_text("二月二十三日(农历十四日)，同乡会举行理监事会议。").group() == "二月二十三日(农历十四日)"
    assert find_date_text("二月二十三日晚上十八时，同乡会举行聚餐。").group() == "二月二十三日晚上十八时"
    assert resolve_date("二月二十八日(农历元月十九日)上午", dt.date(2016, 3, 1)) == dt.date(2016, 2, 28)
    assert find_date_text("9日周末，同乡会举行聚餐。").group() == "9日", "周末 is no weekday"


def test_a_month_and_day_written_with_a_slash_before_the_part_of_the_day_or_the_place():
    assert find_date_text("青石同乡会创会30周年庆，1/16晚在青溪餐厅举行。").group() == "1/16晚"
    assert resolve_date("1/16晚", dt.date(2021, 1, 17)) == dt.date(2021, 1, 16)
    assert find_date_text("占比1/3的人参加") is None, "a fraction is no date"
    # Or closed by 日, wherever it stands.
    assert find_date_text("青石厂商协进会12/29日，举办理事长交接典礼。").group() == "12/29日"
    assert resolve_date("12/29日", dt.date(2023, 1, 5)) == dt.date(2022, 12, 29)


def test_a_date_written_in_figures_joined_by_one_mark_is_read_and_resolved():
    for clause, written, day in (
        ("2011.3.12青石宗亲会在会馆", "2011.3.12", dt.date(2011, 3, 12)),
        ("2021-03-12上午，", "2021-03-12上午", dt.date(2021, 3, 12)),
        ("青石县总工会于2021/3/12", "2021/3/12", dt.date(2021, 3, 12)),
    ):
        assert find_date_text(clause).group() == written
        assert resolve_date(written, None) == day
    for clause in ("《2021-2025年规划》", "第2021.3版", "2021.3.12.1"):
        assert find_date_text(clause) is None, clause


def test_a_weekday_with_its_day_in_brackets_is_a_date_and_no_part_of_the_holder():
    assert find_date_text("青石妇女联谊会周四（9日）").group() == "周四（9日）"
    assert resolve_date("周四（9日）", dt.date(2023, 3, 10)) == dt.date(2023, 3, 9)
    assert find_date_text("青石同乡会每周四") is None, "每周四 is every Thursday, no day"
    assert find_date_text("3月5日，县委书记周三明主持召开").group() == "3月5日", "周 opens a name"
    assert find_date_text("两周一次，在周一路会议室") is None
    assert find_date_text("青石华团联合会周六举行").group() == "周六", "right before the verb"


def test_the_days_of_a_list_may_each_name_their_month():
    assert find_date_text("3月31日、4月3日，青石学院党委").group() == "3月31日、4月3日"
    assert resolve_date("3月31日、4月3日", dt.date(2025, 4, 5)) == dt.date(2025, 3, 31)


def test_a_meeting_over_parts_of_two_days_is_dated_by_both():
    assert find_date_text("7月6日下午和7日上午，青石学院").group() == "7月6日下午和7日上午"
    assert resolve_date("7月6日下午和7日上午", dt.date(2021, 7, 8)) == dt.date(2021, 7, 6)
    assert find_date_text("今(30)日午间，青石商会").group() == "今(30)日午间"
    assert find_date_text("3月5日上午和县总工会").group() == "3月5日上午", "a body after 和 is no day"


def test_the_weekdays_of_a_span_in_brackets_belong_to_it():
    assert find_date_text("于二O一六年三月十七日至十九日(星期四至星期六)假大酒店礼堂召开").group() == "二O一六年三月十七日至十九日(星期四至星期六)"
    assert find_date_text("于3月17日至19日（周四至周六）召开").group() == "3月17日至19日（周四至周六）"


def test_a_day_of_the_lunar_calendar_written_alone_is_a_date():
    assert find_date_text("正月初八，青石商会举行新春团拜会").group() == "正月初八"
    assert find_date_text("农历正月初八上午，青石商会举行新春团拜会").group() == "农历正月初八上午"
    assert find_date_text("腊月二十三，青石同乡会举行年会").group() == "腊月二十三"
    assert find_date_text("中国农历新年大年初五，青石华联总会举行新春团拜").group() == "中国农历新年大年初五"
    assert find_date_text("大年初二上午，青石同乡会举行团拜").group() == "大年初二上午"
    assert resolve_date("正月初八", dt.date(2024, 3, 1)) is None
    # Near misses: a month alone, the first days of a month, and a date with its 日 stay as they were.
    assert find_date_text("正月里，青石商会举行团拜会") is None
    assert find_date_text("十月初，青石商会举行年会") is None
    assert find_date_text("初五那天，青石商会举行年会") is None
    assert find_date_text("三月五日，青石商会举行年会").group() == "三月五日"


def test_this_days_number_in_brackets_angle_brackets_and_a_full_hour():
    assert find_date_text("青石县消防局(十七)日假青石医院召开会议").group() == "(十七)日"
    assert find_date_text("行政长官今日(五月五日)下午举行记者会").group() == "今日(五月五日)下午"
    assert resolve_date("(十七)日", dt.date(2025, 12, 18)) == dt.date(2025, 12, 17)
    # Near misses: a list item numbered in brackets before a word that opens with 日.
    assert find_date_text("(一)日常管理工作") is None
    assert find_date_text("（三）日程安排") is None
    assert find_date_text("青石农会于本(17)日上午10时假该会礼堂举行").group() == "本(17)日上午10时"
    assert find_date_text("青石农会于本〈17〉日上午10时假该会礼堂举行").group() == "本〈17〉日上午10时"
    assert resolve_date("本〈17〉日上午10时", dt.date(2015, 3, 20)) == dt.date(2015, 3, 17)
    assert find_date_text("会员大会111年8月26日下午五时整假青石酒店召开").group() == "111年8月26日下午五时整"
    # Near misses: 本 before a word or a count in brackets that ends in no 日 is no day.
    assert find_date_text("本届理事会在青石酒店召开") is None
    assert find_date_text("本(届)理事会在青石酒店召开") is None
    assert find_date_text("《关于〈青石条例〉的通知》") is None


def test_a_relative_day_with_its_day_in_chinese_numerals_or_after_the_part_of_the_day():
    assert find_date_text("联欢晚会昨(二十六日)假青石酒楼举行").group() == "昨(二十六日)"
    assert resolve_date("昨(二十六日)", dt.date(2020, 5, 27)) == dt.date(2020, 5, 26)
    assert find_date_text("今天下午(12月26日)，青石市人大代表中的党员召开会议").group() == "今天下午(12月26日)"
    assert resolve_date("今天下午(12月26日)", dt.date(2025, 1, 2)) == dt.date(2024, 12, 26)
    # Near misses: a number or a weekday in brackets after the part of the day is no part of the date.
    assert find_date_text("5月6日下午(6)青石商会召开年会").group() == "5月6日下午"
    assert find_date_text("5月6日下午(星期二)").group() == "5月6日下午"


def test_a_lost_month_before_the_evening_and_its_hour():
    assert find_date_text("青石记者协会523日晚六时假联邦酒楼举行会员大会").group() == "523日晚六时"
    assert resolve_date("523日晚六时", dt.date(2018, 5, 25)) == dt.date(2018, 5, 23)


def test_reviewed_near_misses_of_the_nineteenth_sessions_date_rules():
    # 整 only after the hour; 新年/新春 only before 初X.
    assert find_date_text("5月6日下午整理档案").group() == "5月6日下午"
    assert find_date_text("5月6日整天都在开会").group() == "5月6日"
    assert find_date_text("新春十二生肖展") is None
    assert find_date_text("青石商会新年十二点举行跨年晚会") is None


def test_a_space_before_the_part_of_the_day_and_the_typing_slip_of_yue_for_ri():
    assert find_date_text("5月6日 上午，县总工会召开会议").group() == "5月6日 上午"
    assert find_date_text("5月6日\u3000下午3时，县总工会召开会议").group() == "5月6日\u3000下午3时"
    assert find_date_text("5月6曰，县总工会召开会议").group() == "5月6曰"
    assert resolve_date("5月6曰", dt.date(2024, 6, 1)) == dt.date(2024, 5, 6)
    # Near misses: a place after the space is no part of the day, and 曰 with no month is the classical "said".
    assert find_date_text("5月6日 上海市总工会召开会议").group() == "5月6日"
    assert find_date_text("子曰学而时习之") is None


def test_a_list_item_numbered_in_brackets_before_a_word_with_ri_is_no_date():
    assert find_date_text("（二）日中经济交流协会会长王明出席") is None
    assert find_date_text("青石县消防局(十七)日中午召开会议").group() == "(十七)日中午"


def test_a_span_of_days_written_with_dao_and_two_days_joined_by_ji():
    assert find_date_text("研讨会于2018年6月25日到26日在青石举行。").group() == "2018年6月25日到26日"
    assert resolve_date("2018年6月25日到26日", None) == dt.date(2018, 6, 25)
    assert find_date_text("年会12月7日及8日在青石大学举办。").group() == "12月7日及8日"
    # 到 and 及 after a date that no day follows join nothing to it.
    assert find_date_text("6月5日到会的代表有120人。").group() == "6月5日"
    assert find_date_text("6月5日及以后的报名一律无效。").group() == "6月5日"


def test_qianye_after_a_noun_is_the_eve_of_it_no_day():
    assert find_date_text("10月21日晚，大会开幕式前夜，市政府举办了招待晚宴。").group() == "10月21日晚"
    assert find_date_text("大会开幕式前夜，市政府举办了招待晚宴。") is None
    assert find_date_text("前夜，工联会举行联欢晚会。").group() == "前夜"
    assert find_date_text("工联会于前夜举行联欢晚会。").group() == "前夜"


def test_an_approximate_hour_keeps_its_xu_where_the_clause_goes_on_after_it():
    assert find_date_text("老人会昨日晚间六时三十分许假村公所召开会员大会").group() == "昨日晚间六时三十分许"
    assert find_date_text("5月10日上午9时许，党员们陆续来到村委会。").group() == "5月10日上午9时许"
    assert find_date_text("6月3日上午10时许在县委礼堂召开大会。").group() == "6月3日上午10时许"
    # 许 opening a name after the hour is the name's surname.
    assert find_date_text("6月3日上午9时许亚平主持召开会议。").group() == "6月3日上午9时"
    assert find_date_text("6月3日上午9时许开明主持召开会议。").group() == "6月3日上午9时"
    # With no hour before it, 许 is no part of a date.
    assert find_date_text("6月3日许多职工参加了活动。").group() == "6月3日"


def test_a_year_that_lost_its_nian_with_the_month_keeps_the_whole_date():
    assert find_date_text("中华会馆于2019421日下午1时在会馆会议厅举行会员大会。").group() == "2019421日下午1时"
    assert resolve_date("2019421日下午1时", dt.date(2019, 5, 1)) == dt.date(2019, 4, 21)
    # Near miss: a number of days is no date.
    assert find_date_text("工作队驻村1200日在全县推广。") is None


def test_the_feast_a_day_fell_on_in_brackets_is_part_of_its_date():
    assert find_date_text("2月10日(大年初一)上午，青石镇党委召开乡贤茶话会。").group() == "2月10日(大年初一)上午"
    assert find_date_text("9月29日（中秋节）晚，同乡会举行联欢晚会。").group() == "9月29日（中秋节）晚"
    # A place in brackets after the day is no note of it.
    assert find_date_text("3月5日(青石县)召开座谈会。").group() == "3月5日"


def test_any_feast_in_brackets_after_the_day_is_part_of_its_date():
    assert find_date_text("5月1日(劳动节)上午，青石镇举行表彰大会。").group() == "5月1日(劳动节)上午"


def test_last_weeks_day_written_with_qu_is_a_date_and_a_going_verb_is_not():
    assert find_date_text("去周日，同乡会举行庆典。").group() == "去周日"
    assert find_date_text("他前去周日市场采购。") is None
    assert resolve_date("去周日", dt.date(2024, 6, 5)) == dt.date(2024, 6, 2)


def test_qu_before_a_weekday_after_another_word_is_a_going_verb():
    assert find_date_text("大家相约将去周日集市采购。") is None


def test_the_day_in_brackets_after_an_evening_or_a_part_of_today_belongs_to_the_date():
    assert find_date_text("昨晚(14)八时，青石会举行周年会庆。").group() == "昨晚(14)八时"
    assert find_date_text("今天上午(3月17日上午)，青石县召开会议。").group() == "今天上午(3月17日上午)"
    assert find_date_text("昨晚在青石酒店举行晚宴。").group() == "昨晚"


def test_a_span_of_days_written_with_a_double_dash():
    assert find_date_text("7月15日——16日，青石总社在青石召开会议。").group() == "7月15日——16日"
    assert find_date_text("3月5日——会议召开。").group() == "3月5日"


def test_every_date_expression_holds_a_character_the_quick_test_looks_for(dev_corpus):
    from pipelines.parsing.dates import DATE_TEXT_RE, MAY_HOLD_A_DATE

    found = 0
    for path in sorted((dev_corpus / "raw").glob("*.txt")):
        text = path.read_bytes().decode("utf-8", "replace")
        for match in DATE_TEXT_RE.finditer(text):
            found += 1
            assert MAY_HOLD_A_DATE.search(match.group()), (path.name, match.group())
    assert found > 100


def test_the_quick_test_passes_over_only_clauses_without_a_date():
    # One expression of each kind DATE_TEXT_RE reads, from the module's own comments.
    for written in ("12月6日上午", "近日", "2011.3.12", "1/16晚", "昨(22)日", "今晨", "221日上午", "320，县总工会召开会议",
                    "正月初八", "9日", "二十三日", "2025年3月", "3月上旬", "近期", "当晚", "不久前", "上周", "今召开", "周六举行"):
        assert find_date_text(written) is not None, written
    assert find_date_text("县总工会召开全委会议，主席王明主持") is None
