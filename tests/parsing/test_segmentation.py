import pytest

from pipelines.parsing.report import parse_report
from pipelines.parsing.segmentation import MASK, classify_lines, segment, split_sentences


def test_chrome_headline_and_body_lines_are_told_apart():
    text = "当前位置:首页 > 工作动态\n青石县总工会召开全委会议\n发布时间:2023-05-06 浏览次数:12\n5月4日,青石县总工会召开全委会议。\n扫一扫在手机打开当前页"
    kinds = [line.kind for line in classify_lines(text)]
    assert kinds == ["chrome", "headline", "chrome", "body", "chrome"]


def test_the_headline_is_the_short_line_that_tells_of_a_meeting_under_the_pages_chrome():
    text = "扫码关注青石在线\n搜索历史 清空历史\n青石街道召开社区建设工作推进会\n6月27日下午,商书记一行召开了社区建设工作推进会。"
    kinds = [line.kind for line in classify_lines(text)]
    assert kinds[2] == "headline" and "headline" not in kinds[:2]
    # The site's name above a headline that tells of studying; with no line that tells of a meeting, the first line
    # long enough stays the headline.
    text = "青石县人民政府\n县委常委会传达学习省委全会精神\n县政协召开十届三次会议\n5月4日,县委常委会召开会议。"
    assert [line.kind for line in classify_lines(text)].index("headline") == 1
    text = "奋进新征程 建功新时代\n砥砺前行谱新篇\n6月27日,青石镇召开干部大会。"
    assert [line.kind for line in classify_lines(text)][0] == "headline"
    # With no line that tells of a meeting, the line the lead retells outranks other news above it (a ticker).
    text = "青石党主席选举结果出炉 王明胜出\n青石市劳工总工会正式成立 首位理事长李华就任\n青石市劳工总工会今日举行成立大会。"
    assert [line.kind for line in classify_lines(text)].index("headline") == 1
    # A line that names a meeting by its kind outranks a body's name above it; a site's greeting is chrome, not the
    # body's start; a photo's caption is no headline.
    text = "工商及社会事务委员会\n第50届会董就职典礼晚宴\n青石总商会于12月2日举行就职典礼晚宴。"
    assert [line.kind for line in classify_lines(text)].index("headline") == 1
    text = "欢迎访问青石县人民政府!\n当前位置: 首页>新闻中心\n全县生态保护大会召开\n5月21日,全县生态保护大会召开。"
    assert [line.kind for line in classify_lines(text)][0::2] == ["chrome", "headline"]
    text = "图:青石商会早前举行百年庆典\n青石商会早前举行百年庆典,会长王明致辞。"
    assert "headline" not in [line.kind for line in classify_lines(text)]
    # A paper's masthead and a browser widget are chrome.
    text = "青石报 国内统一刊号 CN-35(Q)第0003号\n设为首页 加入收藏\n当地时间8月25日晚,青石同乡总会举行就职典礼。"
    assert [line.kind for line in classify_lines(text)][:2] == ["chrome", "chrome"]


def test_a_date_line_above_the_headline_is_no_headline():
    text = "设为首页\n当前报章2023年05月10日\n今日导读\n青石侨团齐聚京城谋划新篇\n【青石社5月9日电】第十届侨团联谊大会在京开幕。"
    kinds = [line.kind for line in classify_lines(text)]
    assert kinds.index("headline") == 3 and kinds[1] != "headline"


def test_a_headline_that_ends_with_an_exclamation_mark_is_the_headline():
    text = "青石同乡会第二届理事会就职典礼取得圆满成功!\n作者:王明 2018年5月29日,青石同乡会在柏林举行就职典礼。"
    assert [line.kind for line in classify_lines(text)] == ["headline", "body"]
    # An advert's exclamation above the headline is a short line too; the headline the lead retells outranks it.
    text = "您有1条询盘信息!\n青石中华总商会庆祝成立百年 将续推经贸关系发展\n青石社7月2日电 青石中华总商会2日举办成立百年庆典。"
    assert [line.kind for line in classify_lines(text)].index("headline") == 1
    # In the body, a paragraph of one exclamation stays body.
    text = "5月4日,青石县总工会召开全委会议。\n让我们携手奋进新征程!\n会议由主席王明主持。"
    assert [line.kind for line in classify_lines(text)] == ["body", "body", "body"]


def test_a_headline_with_commas_is_the_headline_where_the_pages_metadata_stands_under_it_or_the_lead_retells_it():
    text = "来了就聊、越聊越“嗨”!委员局长面对面,这次聊了啥?\n发表于 2025-2-26 12:30:07 | 显示全部楼层\n2月24日下午,委员局长面对面交流活动在青石宾馆举行。"
    assert [line.kind for line in classify_lines(text)] == ["headline", "chrome", "body"]
    text = "|\n第15届十件大事评选活动圆满举行,揭晓典礼首次改为线上举行 |\n青石社2月17日电/第15届十件大事评选活动圆满举行,揭晓典礼首次改为线上举行。"
    assert [line.kind for line in classify_lines(text)][1] == "headline"
    # Near misses: a lead's first line, broken by the page before its end, is body; so is a lead opening with its
    # date, and a line with a full stop inside.
    text = "5月4日下午,青石县总工会召开全委会议,传达学习\n发布时间:2023-05-06\n省总工会全委会议精神。"
    assert "headline" not in [line.kind for line in classify_lines(text)]
    text = "青石县总工会召开全委会议,传达学习省总工会全委会议\n精神,部署下一阶段工作。"
    assert [line.kind for line in classify_lines(text)] == ["body", "body"]
    text = "会议强调。要抓好落实,确保实效\n发布时间:2023-05-06\n5月4日,青石县总工会召开全委会议。"
    assert [line.kind for line in classify_lines(text)][0] == "body"


def test_a_slogan_set_before_the_news_with_a_dash_is_a_headline_with_commas():
    text = "以学促干,以训强能——青石镇召开网格员培训会\n近日,青石镇开展网格员专题培训,全镇网格员参加。"
    assert [line.kind for line in classify_lines(text)] == ["headline", "body"]
    # Near misses: a dash that opens or ends the line sets no title apart, and a line with a full stop is prose.
    text = "青石镇召开网格员培训会,全镇网格员参加——\n近日,青石镇开展网格员专题培训。"
    assert [line.kind for line in classify_lines(text)][0] == "body"
    text = "以学促干,以训强能——青石镇召开培训会。\n近日,青石镇开展网格员专题培训。"
    assert [line.kind for line in classify_lines(text)][0] == "body"


def test_a_forums_thread_widgets_are_chrome():
    text = "返回列表 发新帖\n青石县网约车行业工会联合会成立\n5月4日,青石县网约车行业工会联合会召开成立大会。"
    assert [line.kind for line in classify_lines(text)][:2] == ["chrome", "headline"]


def test_a_trail_of_steps_set_apart_by_hyphens_a_category_label_and_a_reading_time_note_are_chrome():
    text = "新闻中心- 医院新闻- 市卫健委领导调研指导我院宣传工作\n市卫健委领导调研指导我院宣传工作\n5月4日,市卫健委领导来我院调研。"
    assert [line.kind for line in classify_lines(text)][:2] == ["chrome", "headline"]
    text = "所属分类:地方资讯\n5月4日,青石商会召开理事会议。"
    assert [line.kind for line in classify_lines(text)] == ["chrome", "body"]
    text = "本篇文章919字,读完约2分钟\n5月4日,青石商会召开理事会议。"
    assert [line.kind for line in classify_lines(text)] == ["chrome", "body"]
    # One hyphen joins two places in a headline; a garbage-sorting headline holds 分类 but no label.
    text = "江南-青石两地工会召开合作座谈会\n5月4日,两地工会召开合作座谈会。"
    assert [line.kind for line in classify_lines(text)][0] == "headline"
    text = "青石街道召开垃圾分类工作推进会\n5月4日,青石街道召开垃圾分类工作推进会。"
    assert [line.kind for line in classify_lines(text)][0] == "headline"


def test_section_heading_is_a_short_place_line_between_body_lines():
    text = "各地工会迅速传达学习。\n白沙县\n白沙县总工会召开专题会议,传达学习大会精神。"
    doc = segment(text)
    assert [line.kind for line in doc.lines] == ["body", "section", "body"]
    assert doc.sections[-1].heading == "白沙县"


def test_the_first_section_heading_right_under_the_headline_is_a_heading_where_more_follow():
    text = "各区科协掀起学习热潮\n发布时间：2026-07-03\n\n清源区\n6月28日，区科协召开学习会。\n\n鹿鸣县\n6月27日，县科协召开推进会。"
    doc = segment(text)
    assert [s.heading for s in doc.sections if s.heading] == ["清源区", "鹿鸣县"]
    # Near miss: a short line over a report told in no sections stays the page's furniture.
    text = "各区科协掀起学习热潮\n发布时间：2026-07-03\n\n科协动态\n6月28日，区科协召开学习会。"
    assert [s.heading for s in segment(text).sections if s.heading] == []


def test_bylines_and_datelines_are_masked_with_offsets_kept():
    text = "本报讯 近日,东岭镇召开会议。(记者 范小舟 通讯员 柯一鸣)"
    doc = segment(text)
    assert len(doc.body) == len(text)
    assert "范小舟" not in doc.body and "柯一鸣" not in doc.body
    assert "本报讯" not in doc.body
    assert "东岭镇召开会议" in doc.body
    assert doc.body.index("东岭镇") == text.index("东岭镇")
    # A dateline in brackets, its day with it, is no date of the meeting.
    doc = segment("(东岭19日讯)青石总会在东岭举行全国会员大会。")
    assert "19日" not in doc.body and "青石总会在东岭举行" in doc.body
    # A dateline run into the first sentence, its day before 电.
    doc = segment("青石网北京12月12日电全国青联座谈会12日在京闭幕。")
    assert "12月12日电" not in doc.body and doc.body.index("全国青联座谈会12日") == 12
    doc = segment("青石日报北京12日电青石总会12日在京闭幕。")
    assert doc.body.lstrip("\u3000").startswith("青石总会12日")
    # Near misses: 电 of 电视 after a day opens a word of the sentence, and so does 电信 with no outlet before the day.
    doc = segment("12月12日电视台记者参加了青石总会的会员大会。")
    assert "12月12日电视台" in doc.body
    doc = segment("3月5日电信青石分公司召开职代会。")
    assert "3月5日电信青石分公司" in doc.body


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("| 本报讯全省统战部长会议昨天在青石开幕。", "全省统战部长会议昨天"),
        ("本刊讯:历时五天的全省工会会议闭幕。", "历时五天的全省工会会议"),
        ("<汇港通讯> 政务司副司长王明下午举行记者会。", "政务司副司长王明"),
        ("青石网海外华商报道:当地时间2月22日晚,青石商会举办联欢晚会。", "当地时间2月22日晚"),
        ("〔记者王明／台中报导〕台中市议会今天召开程序委员会。", "台中市议会今天"),
        ("〔记者王明/花莲报导〕花莲县议会昨召开定期大会。", "花莲县议会昨"),
        ("林灵/综合报导。\n烈屿乡民代表会7月11日召开临时会。", "\n烈屿乡民代表会"),
        ("■ 本报记者 皮磊 7月18日下午,民政部在青石举办开放日活动。", "7月18日下午"),
    ],
)
def test_a_dateline_or_byline_written_without_a_space_in_other_brackets_or_as_taiwan_writes_it_is_masked(text, kept):
    body = segment(text).body
    assert body.lstrip("\u3000 ■").startswith(kept) and len(body) == len(text)


def test_a_report_retold_with_a_comma_and_a_title_in_angle_brackets_are_no_datelines():
    assert "据青石日报报道" in segment("据青石日报报道,青石商会召开会员大会。").body
    assert "〈青石县工会章程〉" in segment("〈青石县工会章程〉修改草案提交大会审议。").body


def test_a_macau_papers_source_inside_a_line_and_a_reprint_notice_naming_the_site_are_masked():
    body = segment("车友会昨访本报 【澳门日报消息】青石车友会新届领导层昨日拜访本报。").body
    assert "澳门日报消息" not in body and "青石车友会新届领导层" in body
    text = "3月5日，县议会召开会议。\n会议由议长王明主持。\n本文版权所有青石网。 未经许可,不得转载。\n8月5日，县政府召开全体会议。"
    assert [line.kind for line in classify_lines(text)] == ["body", "body", "chrome", "chrome"]
    # Near misses: a bracket of another kind in prose, and a place and a report with no slash.
    assert "〔2023〕5号文件" in segment("会议学习了〔2023〕5号文件。").body
    assert "台中报导" in segment("会议听取了台中报导组的工作汇报。").body


def test_a_reporters_label_is_masked_only_before_a_name():
    body = segment("本报讯(记者 林可)11月8号是第十二个记者节,我市召开第十二个记者节座谈会。").body
    assert "林可" not in body and "记者节座谈会" in body
    for prose in ("青石商会昨天举行记者招待会,说明大会活动。", "会议期间将举行两场记者会。", "会长回答记者提问。", "不少记者举着摄像设备。"):
        assert segment(prose).body == prose
    body = segment("5月3日,青石村召开村民大会。通讯员陈东、张欢报道").body
    assert "陈东" not in body and "张欢" not in body
    body = segment("5月3日,青石社区召开党建联席会。\n通讯员供图").body
    assert "供图" not in body


def test_photo_credit_is_masked():
    doc = segment("3月2日,市妇联在会议中心召开推进会。吕晴 摄")
    assert "吕晴" not in doc.body
    assert MASK in doc.body


def test_a_line_that_ends_with_whose_photo_it_is_is_a_caption():
    text = ("青石工会举行代表大会市长林晓东出席致词。(图／记者周海摄)\n"
            "▲青石县长出席。（新闻处提供）\n"
            "3月2日，青石工会举行代表大会，市长林晓东出席致词。(记者 周海)")
    assert [line.kind for line in classify_lines(text)] == ["caption", "caption", "body"]


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        pytest.param(
            ["“青石三百”系列活动，3/8在县府中庭办理启动记者会，县长林晓东主持。(图/青石县政府)",
             "3月8日，青石县政府在县府中庭办理启动记者会。(图片来源：青石县政府)",
             "今(8)日，青石县政府在县府中庭办理启动记者会，县长林晓东主持(图表)。",
             "今(8)日，青石县政府办理启动记者会，与会者共同发布《路线图》(草案)"],
            ["caption", "caption", "body", "body"],
            id="credited to a body",
        ),
        pytest.param(
            ["1月17日，青石市政协会议开幕，林晓东向大会报告工作。 青石日报记者 周海 摄",
             "青石网讯 青石市政协第五次会议1月17日上午在青石会堂开幕。",
             "会议由林晓东主持。 记者 周海 摄"],
            ["caption", "body", "body"],
            id="closed by the photographer's credit; the last body line is the report's",
        ),
        pytest.param(
            ["青石县总工会召开全委会议",
             "3月2日，青石县总工会召开全委会议。县委副书记王明出席会议并讲话。会议由李华主持。 记者 周海 摄",
             "3月2日，青石县总工会召开全委会议，县委副书记王明出席会议并讲话。（图/文 张丽）",
             "会议审议通过了工作报告。会议强调，要做好职工服务工作。（图片来源：青石县融媒体中心）"],
            ["headline", "body", "body", "body"],
            id="paragraphs of several sentences, and one signed 图/文, are the report's",
        ),
    ],
)
def test_a_one_sentence_line_credited_for_its_photo_is_a_caption_where_body_lines_follow(lines, kinds):
    assert [line.kind for line in classify_lines("\n".join(lines))] == kinds


def test_sentences_split_at_full_stops_with_offsets():
    text = "会议指出,要抓落实。会议强调,要见实效!"
    sentences = split_sentences(text, 0, len(text))
    assert [text[s.start:s.end] for s in sentences] == ["会议指出,要抓落实。", "会议强调,要见实效!"]


def test_a_heading_of_other_articles_ends_the_report():
    text = "3月5日，县人大常委会召开会议。\n新闻推荐\n8月5日，县政府召开全体会议。\n"
    assert [line.kind for line in classify_lines(text)][:3] == ["body", "chrome", "chrome"]
    text = "3月5日，县人大常委会召开会议，审议相关新闻报道。\n8月5日，县政府召开全体会议。\n"
    assert [line.kind for line in classify_lines(text)][:2] == ["body", "body"], "the words inside prose end nothing"


def test_the_pages_furniture_under_a_begun_report_and_a_reprint_notice_end_the_report():
    report = "3月5日，县人大常委会召开会议。\n会议由主任王明主持。"
    for closing in ("责任编辑:王明", "上一篇:青石镇召开党员大会", "当前新闻共有0条评论 | 分享到:", "粤公网安备 44530202000017号"):
        text = f"{report}\n{closing}\n8月5日，县政府召开全体会议。"
        assert [line.kind for line in classify_lines(text)] == ["body", "body", "chrome", "chrome"], closing
    text = f"{report}\n《县人大常委会召开会议》由青石网提供,转载请注明出处。\n8月5日，县政府召开全体会议。"
    assert [line.kind for line in classify_lines(text)] == ["body", "body", "chrome", "chrome"]
    # Near misses: the editor's line under a headline written as prose or a summary ends nothing, nor a photo's credit
    # between paragraphs, a box of links inside the report, a report's own sentence on reprinting, or an agency's (完)
    # closing one item of a page of short news.
    text = "青石古田:36场次!精神进村庄、进校园……\n来源:青石网 责任编辑:王明\n近日,青石镇组建宣讲团,开展宣讲36场次。"
    assert [line.kind for line in classify_lines(text)] == ["body", "chrome", "body"]
    text = "摘要：5月10日，县总工会召开全委会议。\n发布时间：2023-05-10 责任编辑：王五\n5月10日，县总工会召开全委会议。"
    assert [line.kind for line in classify_lines(text)] == ["body", "chrome", "body"]
    for inside in ("图片：张三 编辑：李四", "2023青石民营企业百强排行榜 | 更多>>"):
        text = f"{report}\n{inside}\n副县长刘芳宣读了排行榜，县工商联主席赵军主持会议。"
        assert [line.kind for line in classify_lines(text)][-1] == "body", inside
    text = f"{report}\n会议强调，要严厉打击未经许可擅自转载、传播他人作品的侵权行为。"
    assert [line.kind for line in classify_lines(text)][-1] == "body"
    text = "3月5日，县工会召开常委会议。（完）\n3月6日，县女职工委员会召开全体会议。（完）"
    assert [line.kind for line in classify_lines(text)] == ["body", "body"]


def test_a_reporters_byline_listing_several_names_is_masked_whole():
    doc = segment("本网讯 通讯员陈卫东、张欢报道:近日，青石市建设工会召开代表大会。")
    assert "陈卫东" not in doc.body and "张欢" not in doc.body
    assert "青石市建设工会召开代表大会" in doc.body
    doc = segment("3月2日，青石同乡会举行年会。青石台记者孙芳、林海纽约报导。")
    assert "孙芳" not in doc.body and "林海" not in doc.body


def test_a_line_heading_the_points_a_speaker_made_is_body():
    text = "5月23日，我市召开推进会。\n\n市卫计局党委书记、局长林峰云强调\n\n1\n\n医疗卫生是立身之本，务必要常抓不懈\n"
    doc = segment(text)
    assert "林峰云强调" in doc.body
    assert [line.kind for line in doc.lines if "林峰云" in text[line.start:line.end]] == ["body"]


def test_a_reporters_name_ends_at_baodao_and_leaves_the_holder_after_the_byline_whole():
    text = "本报北京4月2日讯 记者林小惠报道 青石金融工会第四届全国委员会第三次全体会议日前在北京召开。"
    doc = segment(text)
    assert "林小惠" not in doc.body and "报道" not in doc.body
    from pipelines.parsing.report import parse_report

    assert [m.organizer for m in parse_report(text)] == ["青石金融工会"]


def test_the_reporters_in_brackets_after_a_dateline_are_masked():
    doc = segment("青石网北京5月26日电 (赵鹏、申佳平)今日上午，青石科协年会在杭州开幕。")
    assert "赵鹏" not in doc.body and "申佳平" not in doc.body and "青石科协年会" in doc.body
    # A bracket in the sentence itself stays.
    doc = segment("今日上午，青石科协(赵鹏、申佳平工作室)年会开幕。")
    assert "赵鹏" in doc.body


def test_a_list_of_titled_guests_cut_off_with_the_page_is_body():
    text = (
        "青石县农会举行表扬大会\n\n3月5日，青石县农会举行表扬大会。\n\n"
        "立委陈明文、中埔乡长李碧菁、义竹乡长黄阿家、溪口乡长孙维聪、县议员林缃亭、刘雅文"
    )
    assert [line.kind for line in segment(text).lines if line.kind != "blank"] == ["headline", "body", "body"]
    # A caption under a photo, or a list of no posts, stays a caption.
    text = "青石县农会举行表扬大会\n\n3月5日，青石县农会举行表扬大会。\n\n图为陈明文、李碧菁、黄阿家、孙维聪与农民合影"
    assert [line.kind for line in segment(text).lines if line.kind != "blank"] == ["headline", "body", "caption"]


def test_captions_that_list_titled_people_stay_captions():
    for last in (
        "上图：市委书记刘志、市长陈刚、县委书记张强、县长赵刚在调研中",
        "（左起）市委书记刘志、市长陈刚、县委书记张强、县长赵刚",
        "▲图为县总工会主席王明、副主席李华、副主席张强、秘书长赵刚与劳模代表合影",
    ):
        text = "青石县农会举行表扬大会\n\n3月5日，青石县农会举行表扬大会。\n\n" + last
        assert [line.kind for line in segment(text).lines if line.kind != "blank"][-1] == "caption", last


def test_captions_telling_who_read_the_decision_or_handed_out_the_awards_are_body():
    text = ("青石县表彰大会\n\n5月3日，青石县总工会召开表彰大会。会议由主席王明主持。\n\n县卫健委主任褚建华宣读表彰决定\n\n"
            "县卫健委副主任柳青为优秀个人颁奖\n\n会议现场")
    assert [line.kind for line in segment(text).lines if line.kind != "blank"] == ["headline", "body", "body", "body", "caption"]
    [meeting] = parse_report(text)
    assert [(p.name, p.role) for p in meeting.people] == [("王明", "chair"), ("褚建华", "speaker"), ("柳青", "attendee")]
    # Near misses: a photo's opening, a headline of other news quoting its speaker, and a deed no post goes with.
    for last in ("图为县委书记李华为企业授牌", "县长陈立：为优秀企业颁奖", "优秀企业代表上台领取颁发的奖牌"):
        text = "青石县表彰大会\n\n5月3日，青石县总工会召开表彰大会。\n\n" + last
        assert [line.kind for line in segment(text).lines if line.kind != "blank"][-1] == "caption", last
    # Under a report that tells of no awards, such lines are other news.
    text = "青石县局党组会议\n\n5月3日，青石县局党组召开党组会议。\n\n县委书记孟远为“青石工匠”颁奖\n\n市长邹平向优秀企业家颁发荣誉证书"
    assert [line.kind for line in segment(text).lines if line.kind != "blank"][-2:] == ["caption", "caption"]


def test_a_line_telling_who_gave_which_report_is_body():
    text = ("青石中学教代会\n\n3月2日，青石中学召开第四届教职工代表大会。\n\n王立同志作学校工会财务开支及福利发放报告\n\n"
            "分组讨论报告及提案")
    assert [line.kind for line in segment(text).lines if line.kind != "blank"] == ["headline", "body", "body", "caption"]
    # Near miss: a report named without who gave it (审议…报告) tells no deed.
    text = "青石中学教代会\n\n3月2日，青石中学召开第四届教职工代表大会。\n\n代表们分组审议工会财务开支报告"
    assert [line.kind for line in segment(text).lines if line.kind != "blank"][-1] == "caption"


def test_a_roster_of_posts_and_their_holders_a_line_each_is_body():
    text = "青石商会换届\n\n3月5日，青石商会召开会员大会，选出新一届理事。\n\n会长：王明\n\n副会长：李华、张强\n秘书长：赵刚"
    assert [line.kind for line in segment(text).lines if line.kind != "blank"] == ["headline", "body", "body", "body", "body"]
    # Near misses: one such line alone, a masthead's editors and a line of more than names stay captions.
    for tail in ("会长：王明", "主编：王明\n副主编：李华", "社长：赵刚\n副社长：李强\n总编辑：王明", "会长：王明\n副会长：李华在会上致辞后合影"):
        text = "青石商会换届\n\n3月5日，青石商会召开会员大会，选出新一届理事。\n\n" + tail
        kinds = [line.kind for line in segment(text).lines if line.kind != "blank"]
        assert "body" not in kinds[2:], tail


def test_an_office_a_roster_names_in_its_own_words_stands_in_the_run_between_two_posts():
    text = "青石公会换届\n\n3月5日，青石公会召开会员大会，选出新一届理事。\n主席：王明\n秘书：李华\n财政：张强\n委员：赵刚、陈立、林东"
    assert [line.kind for line in segment(text).lines if line.kind != "blank"] == ["headline", "body", "body", "body", "body", "body"]
    assert {p.name for m in parse_report(text) for p in m.people} >= {"王明", "赵刚", "陈立", "林东"}
    # Near misses: labels after the last post, and a run with one post only, stay captions.
    for tail in ("主席：王明\n副主席：李华\n来源：青石网", "主席：王明\n秘书：李华\n财政：张强"):
        text = "青石公会换届\n\n3月5日，青石公会召开会员大会，选出新一届理事。\n" + tail
        kinds = [line.kind for line in segment(text).lines if line.kind != "blank"]
        assert kinds[-1] != "body", tail


def test_links_to_the_articles_before_and_after_are_chrome_whatever_their_titles_hold():
    text = (
        "5月4日,青石镇召开全镇干部大会。\n"
        "上一篇:青石镇开展“法律进万家”主题宣传活动[ 02-05 ] 下一篇:心系群众冷暖,情牵民生——市委常委王明走基层[ 02-05 ]"
    )
    assert [line.kind for line in classify_lines(text)] == ["body", "chrome"]
    assert [p.name for m in parse_report(text) for p in m.people] == []
    # Near miss: a sentence that opens with 上一 and no colon is prose.
    text = "5月4日,青石镇召开全镇干部大会。\n上一年度,全镇共召开干部大会6次,王明书记作了讲话。"
    assert [line.kind for line in classify_lines(text)] == ["body", "body"]


def test_an_e_papers_page_links_are_chrome():
    text = "下一版»本期共4版, 当前第1版 PDF\n青石县总工会召开全委会议\n5月4日,青石县总工会召开全委会议。"
    assert [line.kind for line in classify_lines(text)] == ["chrome", "headline", "body"]


def test_a_report_run_on_after_a_page_link_and_a_word_opening_like_one_are_prose():
    # A report the scrape ran on after the link is kept, and so is a word that opens with 上一版.
    text = "下一篇：无 5月4日，青石镇召开全镇干部大会，镇党委书记王明主持。"
    assert [line.kind for line in classify_lines(text)] == ["body"]
    text = "5月4日,青石县总工会召开全委会议。\n上一版本的工会章程中,副主席李华作了说明。"
    assert [line.kind for line in classify_lines(text)] == ["body", "body"]
