from pipelines.parsing.initiatives import find_initiatives, find_quotes
from pipelines.parsing.report import parse_report


def initiatives(text: str, meeting_names: list[str] | None = None) -> dict[str, str]:
    return {i.name: i.category for i in find_initiatives(text, 0, len(text), meeting_names or [])}


def test_quotes_found_linearly_and_unclosed_marks_skipped():
    text = "打造“书香工会”品牌,推进「暖心驿站」建设,“未闭合"
    assert [q.text for q in find_quotes(text)] == ["书香工会", "暖心驿站"]


def test_categories_from_head_nouns():
    text = "依托“匠心讲坛”“职工书屋”等特色活动,深化“2+5+N”服务体系,开展“春风送岗”专项行动,利用“云上工家”等网络平台。"
    assert initiatives(text) == {
        "匠心讲坛": "brand",
        "职工书屋": "brand",
        "2+5+N": "framework",
        "春风送岗": "campaign",
        "云上工家": "platform",
    }


def test_a_law_quoted_by_its_name_is_a_document_and_a_way_of_working_is_no_law():
    assert initiatives("会议要求，推动“劳动关系法”立法进程，学习“工会法”，配合「地方制度法」修正。") == {
        "劳动关系法": "document", "工会法": "document", "地方制度法": "document",
    }
    assert initiatives("会议推广“五心工作法”和“三步法”。") == {"五心工作法": "framework", "三步法": "framework"}


def test_documents_and_quotes_inside_titles():
    text = "审议通过了《关于推进“强基工程”的实施意见》。"
    assert initiatives(text) == {"关于推进“强基工程”的实施意见": "document", "强基工程": "campaign"}


def test_enumerated_work_principle_is_a_slogan():
    assert initiatives("紧扣“围绕中心、服务大局、关爱职工”,抓好落实。") == {"围绕中心、服务大局、关爱职工": "slogan"}


def test_a_quoted_phrase_that_describes_with_de_is_a_slogan_and_a_name_with_zhi_a_brand():
    text = "全系统要坚持“一流的目标定位”，建好“职工之家”。"
    assert initiatives(text) == {"一流的目标定位": "slogan", "职工之家": "brand"}


def test_a_short_name_noted_after_a_name_is_no_initiative_of_its_own():
    text = "开展《青石市职工读书活动论述摘编》(以下简称《论述摘编》)专题学习。大家认为，《论述摘编》内容丰富。"
    assert initiatives(text) == {"青石市职工读书活动论述摘编": "document"}


def test_strengths_counted_under_ten_are_a_formula_and_a_ranking_is_an_honour():
    assert initiatives("着力打造“五强”县级工会。") == {"五强": "framework"}
    assert initiatives("公司荣获“百强”企业。") == {}


def test_an_honour_named_for_a_holiday_is_no_formula():
    assert initiatives("会上宣读了《关于公布2021年度青石市“五四典型”的决定》。") == {"关于公布2021年度青石市“五四典型”的决定": "document"}
    assert initiatives("会议表彰了一批“三八标兵”。") == {}
    # Models after the quote head a programme as often: only a name ending in them is an honour.
    assert "四个一" in initiatives("会议部署“四个一”典型选树工程。")
    # Near miss: a count that is no day still opens a formula (test_strengths_counted_under_ten_are_a_formula…).
    assert initiatives("着力打造“五强”县级工会。") == {"五强": "framework"}


def test_two_or_three_characters_opening_with_a_count_above_one_are_a_formula():
    text = "会议要求，落实“六稳”任务，组织“三下乡”社会实践，坚持“两手抓”。"
    assert initiatives(text) == {"六稳": "framework", "三下乡": "framework", "两手抓": "framework"}
    # Near misses: before a noun no initiative is (money, people, a problem), a count is a word of the sentence.
    assert initiatives("会议要求，压减“三公”经费，救助“三无”人员，纠治“四风”问题。") == {}
    # …but a plan's years are said with 期间 (“十二五”期间), and the plan stays.
    assert initiatives("会议回顾了“十二五”期间的工作。") == {"十二五": "framework"}
    # Holidays, events and bodies by count; an ill guarded against; a place in quotes.
    text = "“五一”前夕，“两会”召开，“两委”班子调整。会议要求防止“四风”反弹，做好“青峰”景区服务。"
    assert initiatives(text) == {}
    assert initiatives("会议要求持之以恒纠治“四风”，营造风清气正的环境。") == {}
    # Holidays counted together: for the “两节” (New Year and Spring Festival) and the “双节” (Mid-Autumn and National Day).
    assert initiatives("会议要求为“两节”营造安定祥和的环境，做好“双节”期间值班工作。") == {}
    # People by the offices they hold, invited to a meeting.
    assert initiatives("党委委员、“两代表一委员”以及党员代表参加会议。") == {}


def test_four_characters_opening_with_a_count_above_one_are_a_formula_and_an_everyday_word_is_emphasis():
    text = "学院坚持“三全育人”，啃下“硬骨头”。"
    assert initiatives(text) == {"三全育人": "framework"}


def test_exclusions():
    text = (
        "获评“模范职工之家”称号,荣获“优秀组织奖”,提升职工的“获得感指数”,"
        "在“学”上下功夫,当好“贴心人”,筹备“两会”,他说:“我们一定干好工作。”"
    )
    assert initiatives(text) == {}


def test_wordplay_single_characters_make_one_brand():
    text = "做优“暖”心相伴·乐享“家”等服务品牌。"
    assert initiatives(text) == {"暖心相伴·乐享家": "brand"}


def test_single_character_owned_by_brand_noun_is_kept():
    assert initiatives("以工会“暖”品牌建设为抓手。") == {"暖": "brand"}


def test_meeting_own_quoted_name_is_not_an_initiative():
    text = "举办「2022年劳资对话座谈」活动。"
    assert initiatives(text, ["「2022年劳资对话座谈」活动"]) == {}


def test_five_year_plan_is_a_framework():
    assert initiatives("在“十五五”开局之年。") == {"十五五": "framework"}


def test_many_quote_marks_are_fast():
    text = "“" * 200_000 + "”好”" * 1000
    assert isinstance(find_initiatives(text, 0, len(text), []), list)


def test_a_quote_naming_the_meeting_itself_is_no_initiative_but_one_inside_its_name_is():
    from pipelines.parsing.report import parse_report

    named = parse_report("5月1日，青山市总工会举办「劳动者之夜」活动，千余名职工参加。")
    assert [i.name for m in named for i in m.initiatives] == []
    inside = parse_report("5月1日，青山市总工会召开“技能强市”行动推进会。")
    assert [i.name for m in inside for i in m.initiatives] == ["技能强市"]


def test_a_head_phrase_after_the_quote_gives_the_full_name():
    text = "深化“匠心云岭”职工技能提升行动，擦亮“云岭工匠”品牌，推进“暖心行动”，为发展贡献力量。"
    found = {i.name: (i.category, i.full_name) for i in find_initiatives(text, 0, len(text), [])}
    assert found == {
        "匠心云岭": ("campaign", "“匠心云岭”职工技能提升行动"),
        "云岭工匠": ("brand", "“云岭工匠”品牌"),
        "暖心行动": ("campaign", None),
    }


def test_an_education_drive_named_after_its_theme_is_a_campaign_whatever_its_theme_reads_like():
    text = "扎实开展“三实两干”学习教育，深入推进“守正笃行、实干为民”主题教育，深化“走进车间”教育实践活动。"
    found = {i.name: (i.category, i.full_name) for i in find_initiatives(text, 0, len(text), [])}
    assert found == {
        "三实两干": ("campaign", "“三实两干”学习教育"),
        "守正笃行、实干为民": ("campaign", "“守正笃行、实干为民”主题教育"),
        "走进车间": ("campaign", "“走进车间”教育实践活动"),
    }
    text = "开展“讲忠诚、守纪律”专题教育，推进“不忘初心”集中教育。"
    found = {i.name: (i.category, i.full_name) for i in find_initiatives(text, 0, len(text), [])}
    assert found == {
        "讲忠诚、守纪律": ("campaign", "“讲忠诚、守纪律”专题教育"),
        "不忘初心": ("campaign", "“不忘初心”集中教育"),
    }
    # Without the drive's kind after it the same theme reads as it is written: a formula, a slogan.
    assert initiatives("坚持“三实两干”，牢记“守正笃行、实干为民”。") == {"三实两干": "framework", "守正笃行、实干为民": "slogan"}


def test_a_head_after_de_names_the_kind_and_stays_in_the_full_name():
    text = "形成“组织引领、部门协同、职工参与”的工作格局，坚持“以民为先”的工作理念，发挥“主心骨”的作用。"
    found = {i.name: (i.category, i.full_name) for i in find_initiatives(text, 0, len(text), [])}
    assert found == {
        "组织引领、部门协同、职工参与": ("framework", "“组织引领、部门协同、职工参与”的工作格局"),
        "以民为先": ("slogan", "“以民为先”的工作理念"),
    }
    # 的 and a general word (工作) say nothing of the kind: the enumeration stays a slogan.
    assert initiatives("抓好“组织引领、部门协同、职工参与”的工作。") == {"组织引领、部门协同、职工参与": "slogan"}
    # Nor does what the phrase is used for (的目标, 的具体行动): a count stays a formula, a principle a slogan.
    assert initiatives("实现“三个走在前列”的目标，以“当日事、当日毕”的具体行动落实。") == {
        "三个走在前列": "framework",
        "当日事、当日毕": "slogan",
    }


def test_a_hotline_is_a_platform():
    text = "持续推动“劳工好帮手”服务专线。"
    [hotline] = find_initiatives(text, 0, len(text), [])
    assert (hotline.category, hotline.full_name) == ("platform", "“劳工好帮手”服务专线")


def test_a_clause_after_the_quote_is_no_head_phrase():
    assert initiatives("邀请“大国工匠”王振华分享经验。") == {}
    found = {i.name: i.full_name for i in find_initiatives("健全“小三级”工会组织体系。", 0, 12, [])}
    assert found == {"小三级": "“小三级”工会组织体系"}


def _initiatives(text: str) -> dict[str, str]:
    from pipelines.parsing.report import parse_report

    return {i.name: i.category for m in parse_report(text) for i in m.initiatives}


def test_honours_awarded_songs_sung_and_bodies_quoted_are_no_initiatives():
    opening = "3月2日，青石县总工会召开全委会议，"
    assert _initiatives(opening + "荣获“全国模范职工之家”、“五一劳动奖状”。") == {}
    assert _initiatives(opening + "会上合唱了《团结就是力量》。") == {}
    assert _initiatives(opening + "会议在《歌唱祖国》的歌声中结束。") == {}
    assert _initiatives(opening + "要求以“等不起”的紧迫感、“慢不得”的危机感抓好落实。") == {}
    assert _initiatives(opening + "部署“技能强县”行动。") == {"技能强县": "campaign"}
    assert _initiatives(opening + "大家坦诚相见，既“扯扯袖、咬咬耳”，又不搞一团和气。") == {}
    assert _initiatives(opening + "全力做好“三甲”复审，冲刺“三级甲等”，创建“4A”级景区。") == {}
    # Near misses: programmes and contests named alike, and a quote whose experience is improved, are initiatives.
    assert _initiatives(opening + "会议部署推进“村村响、户户通”工程。") == {"村村响、户户通": "campaign"}
    assert "青禾好声音" in _initiatives(opening + "会议部署了“青禾好声音”歌曲大赛。")
    assert "职工书屋" in _initiatives(opening + "会议要求提升“职工书屋”的体验感。")
    assert "四风" in _initiatives(opening + "会议部署开展纠治“四风”专项整治行动。")
    # Near miss: a brand whose name says a word twice over is one name, no deeds.
    assert _initiatives(opening + "打造“妈妈驿站”服务品牌。") == {"妈妈驿站": "brand"}
    # Near miss: a document studied whose name the next clause follows with no song.
    assert _initiatives(opening + "学习了《工会法》的修改要点。") == {"工会法": "document"}
    assert _initiatives(opening + "“青石县职工服务中心管理委员会”负责人参加。") == {}
    assert _initiatives(opening + "部署“职工技能提升行动”。") == {"职工技能提升行动": "campaign"}


def test_a_quoted_title_of_a_text_adopted_is_a_document():
    opening = "3月2日，青石公司召开职工代表大会，审议通过"
    assert _initiatives(opening + "“财务工作报告”“绩效考核管理办法(试行)”。") == {
        "财务工作报告": "document",
        "绩效考核管理办法(试行)": "document",
    }
    assert _initiatives(opening + "“青石工匠”培养计划。") != {"青石工匠": "document"}


def test_a_counted_formula_ending_like_a_body_is_an_initiative():
    assert _initiatives("3月2日，青石县总工会召开全委会议，构建“一极两中心”格局。") == {"一极两中心": "framework"}


def test_a_quoted_name_the_model_reads_as_a_clause_is_a_slogan_where_nothing_else_tells():
    text = "3月2日，青石县总工会召开全委会议，提出“以高质量发展推进职工队伍现代化”，打造“青石匠心”。"
    found = {i.name: i.category for m in parse_report(text) for i in m.initiatives}
    assert found == {"以高质量发展推进职工队伍现代化": "slogan", "青石匠心": "brand"}
    # Without the model's words the rules alone cannot tell, and a name is a brand.
    assert initiatives("提出“以高质量发展推进职工队伍现代化”。") == {"以高质量发展推进职工队伍现代化": "brand"}


def test_counted_and_paired_formulas_are_frameworks_not_emphasis():
    assert initiatives("推进基层支部“三会一课”制度规范化。") == {"三会一课": "framework"}
    assert initiatives("聚焦聚力“两件大事”，用实干落实。") == {"两件大事": "framework"}
    assert initiatives("做好“双联”帮扶工作。") == {"双联": "framework"}
    # An everyday word as a figure of speech stays out.
    assert initiatives("啃下“硬骨头”。") == {}


def test_words_that_trail_off_or_speak_as_we_are_direct_speech():
    assert initiatives("全场高唱“没有共产党就没有新中国……”。") == {}
    assert initiatives("他说“我们要建立一个不一样的工会，让工会回归初衷”。") == {}
    assert initiatives("深入开展“我为群众办实事”实践活动。") == {"我为群众办实事": "campaign"}


def test_a_bare_document_kind_the_day_of_an_instruction_and_the_two_committees_are_no_initiatives():
    text = "学习了《中国共产党纪律处分条例》。《条例》共十一章。贯彻“2·26”重要指示，做好村“两委”换届。"
    assert initiatives(text) == {"中国共产党纪律处分条例": "document"}


def test_a_noun_after_a_preposition_or_particle_is_the_object_of_a_clause_not_the_quotes_head():
    assert initiatives("要把“四个意识”“两个维护”落实到行动上。") == {"四个意识": "framework", "两个维护": "framework"}
    assert initiatives("开展“春风送岗”专项行动。") == {"春风送岗": "campaign"}


def test_quoted_questions_and_events_are_no_initiatives():
    text = "围绕“培养什么样的孩子”“怎样把好的孩子留下来”展开讨论，学习“二十大”精神，庆祝“5·12国际护士节”，推进“三个一”工程。"
    assert initiatives(text) == {"三个一": "campaign"}
    # A named festival of a body's own (文化艺术节) is a brand, not a holiday.
    assert set(initiatives("举办“职工文化艺术节”活动。")) == {"职工文化艺术节"}


def test_commemorative_days_and_dotted_holidays_are_events():
    text = "庆祝“全国科技工作者日”和“五.一”国际劳动节，启动“青石工匠”培育行动。"
    assert set(initiatives(text)) == {"青石工匠"}
    # A day a body names for its own programme is kept.
    assert set(initiatives("开展“青石读书日”活动。")) == {"青石读书日"}
    # A congress by its short name is a meeting, not a programme.
    assert initiatives("就召开“双代会”作了说明，筹备“职代会”。") == {}


def test_an_honour_commended_or_won_is_no_initiative():
    assert initiatives("会上宣读了《关于表彰“全国模范检察院”的决定》。") == {"关于表彰“全国模范检察院”的决定": "document"}
    assert initiatives("第十次“双先”表彰大会在北京召开。") == {}
    assert initiatives("会议为“全国先进集体、先进工作者”获得者颁奖。") == {}
    # A programme launched at a commendation meeting is still one.
    assert initiatives("会议表彰了先进，启动了“书香机关”建设。") == {"书香机关": "campaign"}


def test_a_quoted_figure_for_a_quality_is_no_initiative_where_a_document_studied_for_its_spirit_is():
    text = "要以“钉钉子”精神抓落实，发扬‘五四’精神，学习《林晓东同志在全委会议上的讲话》精神，推进“钉钉子”行动。"
    assert initiatives(text) == {"林晓东同志在全委会议上的讲话": "document", "钉钉子": "campaign"}


def test_a_quoted_question_is_no_initiative():
    assert initiatives("围绕“医院还会发生啥变化”这一主题，推进“健康小屋”建设。") == {"健康小屋": "brand"}
    assert initiatives("大家讨论了“我们准备好了吗？”这个问题。") == {}


def test_the_bare_kind_of_a_document_named_in_full_before_is_no_other_document():
    text = "学习了《青石县“十四五”卫生健康规划》，大家认真研读《规划》内容。"
    assert "规划" not in initiatives(text)
    assert initiatives("会议学习了《准则》。") == {"准则": "document"}, "a document named only by its kind is named so"


def test_straight_quote_marks_that_do_not_pair_quote_nothing_across_a_clause():
    text = '一是紧绷疫情防控 " 思想弦 ,二是扩大防疫宣传 " 覆盖面 ",三是推进"暖心驿站"建设。'
    assert "思想弦 ,二是扩大防疫宣传" not in {q.text for q in find_quotes(text)}
    assert initiatives(text).get("暖心驿站") == "brand"


def test_a_quoted_figure_for_a_way_of_thinking_is_no_initiative():
    assert initiatives("要树立“一盘棋”思想，强化“底线”思维，推进“一盘棋”工程。") == {"一盘棋": "campaign"}


def test_a_quote_ending_like_a_body_is_an_initiative_when_a_head_noun_names_its_kind_or_it_reads_as_a_clause():
    opening = "3月2日，青石县总工会召开全委会议，"
    assert _initiatives(opening + "用好“云上工会”平台，践行“有困难找工会”的服务理念。") == {"云上工会": "platform", "有困难找工会": "slogan"}
    assert _initiatives(opening + "“青石职工中心”揭牌。") == {}, "a body's name with nothing after it names the body"
    assert _initiatives(opening + "审议了《组建“联合党委”实施方案》。") == {"组建“联合党委”实施方案": "document"}, "the head is the document's"


def test_a_programme_verb_with_its_complement_keeps_a_short_name_and_a_responsibility_system_is_a_framework():
    opening = "3月2日，青石县委召开常委会议，"
    assert _initiatives(opening + "要建好“连心桥”，推行“路长制”和“三定责任制”。") == {
        "连心桥": "brand", "路长制": "framework", "三定责任制": "framework",
    }
    assert _initiatives(opening + "要啃下“硬骨头”，守住“生命线”。") == {}, "figures of speech after ordinary verbs stay out"


def test_words_said_a_figure_something_is_likened_to_and_a_day_recalled_are_no_initiatives():
    opening = "3月2日，青石会馆举行交接典礼。"
    text = opening + "她说，「二十年后还能为乡亲做事，心里十分欣慰」，要让会馆被视为「乡亲的第二个家」，回顾「6月8日这一天」。"
    assert _initiatives(text) == {}
    assert _initiatives(opening + "要开展「会馆之家」活动。") == {"会馆之家": "campaign"}


def test_a_principle_an_alliance_and_measures_are_initiatives_and_the_points_of_a_talk_or_a_meetings_name_are_not():
    opening = "3月2日，青石妇联召开会议。"
    assert _initiatives(opening + "会议要求夯实“依法治会”原则，组建“青石巾帼”党建联盟，推出“巾帼助共富”发展举措。") == {
        "依法治会": "slogan", "青石巾帼": "framework", "巾帼助共富": "campaign",
    }
    assert _initiatives(opening + "宣讲中，从“全会的基本情况”、“深刻认识新发展格局”等方面进行解读。") == {}
    assert _initiatives(opening + "协会将举行“青石女性协会成立暨第一届理监事就职典礼”酒会。") == {}
    assert _initiatives(opening + "会上，传达了副主席在北京召开“全国保险宣传日动员会暨保险好新闻发布会”上的讲话精神。") == {}
    assert _initiatives(opening + "会议组织开展“青石职工技能大赛”活动。") == {"青石职工技能大赛": "campaign"}, "a contest is no meeting"
    assert _initiatives(opening + "会议采取“现场+视频”方式，在省行设立主会场。") == {}, "how the meeting sat"
    assert set(_initiatives(opening + "会议要求推广“1+N”工作方式。")) == {"1+N"}, "a way of working is promoted, not sat in"
    assert set(_initiatives(opening + "局领导采取“一述一评”的方式逐一进行现场点评。")) == {"一述一评"}, "a method of work"
    assert _initiatives(opening + "牵头“青石家园联盟”参加选举。") == {}, "an alliance's own name names a body"


def test_a_pages_address_is_no_initiative_and_a_quoted_count_alone_is_a_framework():
    opening = "3月2日，青石团市委召开全委会议，"
    assert _initiatives(opening + "详见“http://www.example.com/”。深入实施“三三二”决策部署。") == {"三三二": "framework"}


def test_a_name_for_people_before_the_unit_they_form_names_the_unit():
    text = "组建“红色娘家人”志愿服务队。"
    found = {i.name: (i.category, i.full_name) for i in find_initiatives(text, 0, len(text), [])}
    assert found == {"红色娘家人": ("brand", "“红色娘家人”志愿服务队")}
    # Alone, or before the choosing of them, it names whom an honour goes to.
    assert initiatives("评选“最美劳动人”，开展“最美劳动人”评选。") == {}


def test_a_quoted_hall_is_a_brand_not_a_body():
    # 会馆 ends the names of hometown associations, but quoted it is a union's service brand, as 之家 and 驿站 are.
    assert initiatives("会议要求，建好用好“劳模会馆”。") == {"劳模会馆": "brand"}
    # Near miss: a quoted body's name (…总工会) is no initiative.
    assert initiatives("会议要求，发挥“青石县总工会”作用。") == {}


def test_quoted_service_stations_and_brigades_are_brands():
    text = "会议要求，建好用好“劳模创新工作站”“户外劳动者爱心服务站”，组建“红色宣讲大队”。"
    assert initiatives(text) == {"劳模创新工作站": "brand", "户外劳动者爱心服务站": "brand", "红色宣讲大队": "brand"}


def test_a_counted_name_for_a_kind_of_people_is_no_initiative_at_any_mention():
    names = lambda text: {i.name: i.category for i in find_initiatives(text, 0, len(text), [])}  # noqa: E731
    assert names("组织广大“五老”忠诚敬业，开展“五老”助青少年健康活动。") == {}
    assert names("各村关工委主任、“五老”代表等80余人参加会议。") == {}
    assert names("吸纳有热情的“五老”人员，壮大队伍。") == {}
    # The people of a programme are no kind of people the name stands for.
    assert names("部署“三下乡”活动，“三下乡”志愿者代表发言。") == {"三下乡": "campaign"}
    assert names("落实“三会一课”制度，发挥“三会一课”作用。") == {"三会一课": "framework"}
    # Alone, or with a head noun of a programme, the same name is one: a studio named for the veterans is a brand.
    assert names("推进“五老”工作室建设，开展“三下乡”活动。") == {"五老": "brand", "三下乡": "campaign"}


def test_a_journal_where_a_person_holds_a_post_is_no_initiative_and_one_studied_is():
    opening = "6月3日，市总工会召开党组会议，《青石市政》杂志执行主编王明主持，《江南日报》社社长李华出席。"
    assert _initiatives(opening + "会议学习了《求是》杂志发表的文章和《工会法》。") == {"求是": "document", "工会法": "document"}


def test_words_someone_said_introduced_as_their_talk_are_no_initiative():
    text = "3月5日，县妇女会召开理监事会议。理事长致词时说，许乃权的一席话，“目前金门有两大社团正在没落，其一就是救国团”，让她感慨。会议推出“巾帼建功，服务乡亲”活动。"
    assert _initiatives(text) == {"巾帼建功，服务乡亲": "campaign"}


def test_a_quoted_communique_is_a_document_and_a_quoted_saying_is_no_initiative():
    text = "3月5日，中华总会馆举行交接仪式。邹永红表示，50年前，中美共同发表“上海公报”，结束了两国长期隔绝状态。"
    assert _initiatives(text) == {"上海公报": "document"}
    text = "3月5日，南海同乡会举行就职典礼。会长冯志强表示，俗话说“远亲不如近邻”，同乡会要开展“邻里守望”行动。"
    assert _initiatives(text) == {"邻里守望": "campaign"}


def test_reviewed_near_misses_of_the_seventeenth_sessions_initiative_rules():
    opening = "6月3日，市总工会召开党组会议，"
    # 报 after a document is as often the verb; an editor's post right after a journal is a post there.
    assert _initiatives(opening + "审议通过了《县总工会2024年工作要点》报县委书记审定。") == {"县总工会2024年工作要点": "document"}
    assert _initiatives(opening + "《工人日报》记者站站长王明、《青年文学》主编李华出席。") == {}
    # 常 before 说 is no saying's introduction; a head noun after a quote names a programme however it is introduced.
    assert _initiatives(opening + "要经常讲“三个一”工作法。") == {"三个一": "framework"}
    assert "永远跟党走奋进新征程建功新时代" in _initiatives(opening + "号召全体职工听党的话“永远跟党走奋进新征程建功新时代”主题活动。")
    # A question, a dance and a draft named again are none.
    text = opening + "围绕“强国建设，教育何为”展开讨论。文艺队表演了舞蹈《高山流水》。会议审议了《政府工作报告(讨论稿)》，要求修改完善《政府工作报告》。"
    assert _initiatives(text) == {"政府工作报告(讨论稿)": "document"}


def test_an_earlier_items_own_head_noun_outranks_the_head_its_list_shares():
    text = "3月5日，县总工会召开全委会议，推进“劳模讲堂”、“四个一”机制。"
    assert _initiatives(text) == {"劳模讲堂": "brand", "四个一": "framework"}
    # Without a head of its own, an item takes the list's.
    assert _initiatives("3月5日，县总工会召开全委会议，推进“三单”、“四个一”机制。") == {"三单": "framework", "四个一": "framework"}


def test_a_film_watched_in_title_marks_is_a_document_and_joined_quotes_qualifying_nouns_are_one_run():
    opening = "3月2日，青石镇人大召开第一次会议，"
    assert _initiatives(opening + "全体参会人员共同观看了《警钟常鸣》警示教育片。") == {"警钟常鸣": "document"}
    assert _initiatives(opening + "全体党员观看纪录片《永远的老书记》。") == {"永远的老书记": "document"}
    # A show watched in quote marks is none.
    assert _initiatives(opening + "大家观看了“青春之歌”。") == {}
    text = opening + "要求全体干部以“敢闯敢试”的姿态和“勇挑重担”的担当推动发展。"
    assert _initiatives(text) == {"敢闯敢试": "slogan", "勇挑重担": "slogan"}


def test_honours_a_year_before_them_or_a_list_ending_in_awards_are_no_initiatives():
    opening = "3月2日，青石县总工会召开表彰大会，"
    assert _initiatives(opening + "党支部被评为2020年度“力争上游好集体”。") == {}
    assert _initiatives(opening + "表扬包括「杰出理事长」、「十大标竿企业」及「资深会务工作人员」等奖项。") == {}
    assert _initiatives(opening + "会议对2017年度“工会优秀集体”、“工会优秀工作者”进行了表彰。") == {}
    assert _initiatives(opening + "对“最美职工”予以通报表扬。") == {}
    # Near miss: a programme whose prize-winners are commended.
    assert _initiatives(opening + "对“书香机关”建设先进单位进行了表彰。") == {"书香机关": "campaign"}
    # A programme whose name holds a prize is one.
    assert _initiatives(opening + "部署“职工技能提升行动”，获得一等奖的职工受到表扬。") == {"职工技能提升行动": "campaign"}


def test_reviewed_near_misses_of_the_eighteenth_sessions_initiative_rules():
    opening = "3月2日，青石县总工会召开全委会议，"
    # A programme launched after an honour is given in the same sentence is one.
    assert _initiatives(opening + "会议表彰了先进并启动“职工技能提升”行动。") == {"职工技能提升": "campaign"}


def test_a_fixed_formulation_of_national_policy_keeps_its_kind_and_is_no_figure_of_speech():
    text = "要心怀“国之大者”，在奔赴“中国梦”的征程中，积极参与“一带一路”建设，推进“青石三园”建设。"
    assert initiatives(text) == {"国之大者": "slogan", "中国梦": "slogan", "一带一路": "framework", "青石三园": "campaign"}
    text = "拥护“一国两制”、“澳人治澳”、高度自治，香港实现“由乱到治”走向“由治及兴”。"
    assert initiatives(text) == {"一国两制": "framework", "澳人治澳": "framework", "由乱到治": "slogan", "由治及兴": "slogan"}
    # Near misses: everyday words after the same verbs stay figures of speech.
    assert initiatives("要心怀“大局”，告别“单打独斗”，做一个“美梦”。") == {}


def test_honours_counted_out_to_those_honoured_are_no_initiatives():
    text = "大会表彰了227名“青石区优秀教师”、41名“青石区优秀教育工作者”、10名“青石区杰出教师”。"
    assert initiatives(text) == {}
    # Near miss: the row of honours ends at a comma (县总工会被评为“先进单位”，50名“工会驿站”志愿者受到表扬).
    assert initiatives("县总工会被评为“先进单位”，50名“青石驿站”志愿者受到表扬。") == {"青石驿站": "brand"}
    # Near miss: a programme launched after the honours in another clause is one.
    assert initiatives("大会表彰了227名“青石区优秀教师”,开展“青蓝结对”工程。") == {"青蓝结对": "campaign"}
    # Honours at each level that awards them, in a row between commas.
    text = "大会表彰了“全国最美家庭”，省、市级“最美家庭”，市级“三八红旗集体”和“三八红旗手”，县级“先进妇女组织”等先进典型。"
    assert initiatives(text) == {}
    assert initiatives("大会表彰了“最美家庭”，市级机关开展“青蓝结对”工程。") == {"青蓝结对": "campaign"}
    text = "该公司荣获“全国五一劳动奖状”，国家级“技能大师工作室”也在该公司挂牌成立。"
    assert initiatives(text) == {"技能大师工作室": "brand"}, "a level after a comma, then a clause of its own"


def test_a_holiday_written_with_the_dot_of_big5_pages_is_no_initiative():
    assert initiatives("举行庆祝“五‧一”国际劳动节联欢晚宴，推进“青蓝结对”工程。") == {"青蓝结对": "campaign"}


def test_the_lessons_of_a_campaign_keep_the_campaigns_kind():
    assert initiatives("学习运用“千万工程”经验，推广“枫桥”经验。") == {"千万工程": "campaign", "枫桥": "framework"}


def test_the_paper_a_report_is_cited_from_is_no_document():
    assert initiatives("据葡萄牙《青石华报》报道，大使馆举行新春招待会。") == {}
    assert initiatives("学习了《青石日报》刊发的评论员文章《奋进新征程》。") == {"奋进新征程": "document"}
    # A document whose report is sent on is still one.
    assert initiatives("学习《关于加强职工之家建设的意见》报送情况。") == {"关于加强职工之家建设的意见": "document"}


def test_a_song_sung_is_no_initiative_however_the_singing_is_told():
    assert initiatives("由认亲户代表集体演唱的《没有共产党就没有新中国》掀起了高潮。") == {}
    assert initiatives("会议学习了《青石市职工之家建设办法》。") == {"青石市职工之家建设办法": "document"}


def test_honours_counted_by_households_couples_or_teams_are_no_initiatives():
    text = "会上，共表彰了先进个人10名，“十佳好媳妇”10名，“百户文明示范家庭”100户，“模范夫妻”20对，“巾帼志愿服务队”5支。"
    assert initiatives(text) == {}
    # 个 after a quote counts the points a quoted list names as often.
    text = "查找自身在“政治合格、执行纪律合格、品德合格、发挥作用合格”四个主要方面存在的差距。"
    assert initiatives(text) == {"政治合格、执行纪律合格、品德合格、发挥作用合格": "slogan"}


def test_reviewed_near_misses_of_the_twenty_second_sessions_initiative_rules():
    # A count after a brand built or a campaign run counts what it reached.
    assert initiatives("今年，县总工会打造“职工书屋”12家，开展“送温暖”1200户。") == {"职工书屋": "brand", "送温暖": "brand"}
    # A document published or a plan of reports is no paper cited.
    assert initiatives("《关于开展送温暖活动的通知》刊发后，各基层工会迅速行动。") == {"关于开展送温暖活动的通知": "document"}
    assert initiatives("据《求是》杂志报道，各地工会积极行动。") == {}
    # 的 after a noun of dancing is no song sung.
    assert initiatives("学习了关于规范广场歌舞的《青石县公共文化场所管理办法》。") == {"青石县公共文化场所管理办法": "document"}


def test_a_spirit_named_by_a_numeric_formula_is_a_framework_and_a_congresss_spirit_is_none():
    text = "全镇要弘扬“三牛”精神，传承“两弹一星”精神，落实“九大”精神和“两会”精神，发扬“钉钉子”精神，树立“一盘棋”思想。"
    assert initiatives(text) == {"三牛": "framework", "两弹一星": "framework"}


def test_the_opening_up_pair_is_a_slogan_whatever_verb_stands_before_it():
    assert initiatives("要加快“走出去”步伐，协助企业“引进来”。") == {"走出去": "slogan", "引进来": "slogan"}
    # An everyday phrase in quotes after an ordinary verb is still a figure of speech.
    assert initiatives("要加快“换挡”步伐。") == {}


def test_three_or_more_quoted_names_ending_alike_are_named_things_of_one_kind():
    text = "全镇打造六个特色林区，分别为“先锋林”“乡贤林”“巾帼林”“光荣林”。"
    assert initiatives(text) == {name: "brand" for name in ("先锋林", "乡贤林", "巾帼林", "光荣林")}
    # Figures of speech listed together end as they please, and two alike are no list of names.
    assert initiatives("要告别“单打独斗”“各自为战”“散兵游勇”。") == {}
    assert initiatives("要分为“先锋林”“乡贤林”。") == {}


def test_the_opening_up_pair_alone_in_another_sense_is_a_figure_of_speech():
    assert initiatives("组织村干部“走出去”开阔眼界。") == {}
    assert initiatives("协助工商界“走出去”开拓海外市场。") == {"走出去": "slogan"}


def test_quoted_agents_complements_and_isms_ending_alike_are_no_named_things():
    assert initiatives("反对“形式主义”“官僚主义”“享乐主义”。") == {}
    assert initiatives("争当“宣传员”“监督员”“服务员”。") == {}
    # A counted way of thinking and a plenum's spirit are no frameworks.
    assert initiatives("增强“四个”意识，学习“六中”精神，践行“三个”精神。") == {}


def test_the_opening_up_pair_in_one_sentence_however_far_apart():
    text = "会长表示，商会不仅要“引进来”，吸引成功企业家赴加拿大投资兴业，也要做“走出去”的工作。"
    assert initiatives(text) == {"引进来": "slogan", "走出去": "slogan"}


def test_a_curly_quote_closed_by_a_straight_mark_or_holding_a_quote_of_its_own():
    text = "要求社区“联合党委\"以党建为基础，实现“条块结合、共驻共建”。"
    assert [q.text for q in find_quotes(text)] == ["联合党委", "条块结合、共驻共建"]
    # Speech quoted with the same marks as the name inside it: the inner pair is the name.
    text = "李明说：“我镇全力打造“用心服务，一网通办”的治理体系。注重实效。”"
    assert [q.text for q in find_quotes(text)] == ["用心服务，一网通办"]
    # A straight pair inside a curly quote is nested, no closer.
    assert [q.text for q in find_quotes("开展“学习\"两会\"精神”活动")] == ['学习"两会"精神']


def test_words_said_to_someone_called_by_a_post_are_speech():
    text = "9月15日，青石村召开座谈会。“王书记，您回来了”、“书记，好久没见您了”，村民们说。会议提出打造“支部强，产业兴”品牌和“书记带头、党员示范”机制。"
    [meeting] = parse_report(text)
    assert {i.name for i in meeting.initiatives} == {"支部强，产业兴", "书记带头、党员示范"}
    # A campaign named by calling on someone is still a campaign.
    [meeting] = parse_report("3月1日，青石社区召开会议，开展“人大代表，您在哪里”主题活动。")
    assert {i.name for i in meeting.initiatives} == {"人大代表，您在哪里"}


def test_a_sum_of_money_quoted_is_a_fact_not_a_programme():
    text = "3月1日，青石社区召开议事会。会上通报了“净结余120余万元”的情况，推出“暖心驿站”品牌和“1+11+N”体系。"
    [meeting] = parse_report(text)
    assert {i.name for i in meeting.initiatives} == {"暖心驿站", "1+11+N"}
    [meeting] = parse_report("3月1日，青石社区召开会议，启动“1元爱心早餐”项目。")
    assert {i.name for i in meeting.initiatives} == {"1元爱心早餐"}


def test_a_thought_a_saying_and_honours_conferred_are_no_initiatives():
    names = lambda text: [i.name for i in find_initiatives(text, 0, len(text), [])]  # noqa: E731
    assert names("会议要求以“三个代表”重要思想为指导，深入开展“青石先锋”行动。") == ["青石先锋"]
    assert names("一句“虽千万人吾往矣”，激励着干部担当作为。") == []
    text = "会议授予了市住房公积金中心等15个单位“青石市巾帼文明岗”、市救助站等5个单位“青石市巾帼建功标兵”称号。"
    assert names(text) == []
    # The principle a spirit holds to is a slogan, and a quote after a comma is no honour conferred.
    assert names("本着“与青石同步,与基层同心”的精神，维护社会稳定。") == ["与青石同步,与基层同心"]
    assert names("会议授予其“最美家庭”称号，并启动“家风传承”活动。") == ["家风传承"]
    assert names("授予10个集体“工人先锋号”称号并启动“劳动竞赛”活动。") == ["劳动竞赛"]
    # 重要思想 that goes on into another noun is no thought named.
    assert names("要发挥“职工书屋”的重要思想文化阵地作用。") == ["职工书屋"]



def test_a_paper_named_among_media_is_no_document():
    names = lambda text: [i.name for i in find_initiatives(text, 0, len(text), [])]  # noqa: E731
    assert names("新华社、《人民日报》、《青石日报》等20多家媒体参加。") == []
    assert names("《青石时报》：青石银行举办“协同发展”学习会。") == ["协同发展"]
    # A communique or a briefing ends in 报 and is a document; so is what the meeting read in a paper.
    assert names("会议学习《青石宣言》、《青石公报》。") == ["青石宣言", "青石公报"]
    assert names("会议学习了《人民日报》评论员文章。") == ["人民日报"]


def test_reviewed_near_misses_of_the_sessions_later_initiative_rules():
    names = lambda text: [i.name for i in find_initiatives(text, 0, len(text), [])]  # noqa: E731
    assert names("会议学习了《人民日报》、《光明日报》评论员文章。") == ["人民日报", "光明日报"]
    assert names("会议审议通过了《青石喜报》、《工作要报》。") == ["青石喜报", "工作要报"]
    assert names("要用“三个代表”重要思想武装头脑。") == []
