from pipelines.parsing.conversion import Converter
from pipelines.parsing.groups import find_groups
from pipelines.parsing.people import find_people, read_name_after, read_name_before, read_title_before
from pipelines.parsing.report import mask_ideology_terms, parse_report


def people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.title) for p in find_people(text, 0, len(text)) if p.name}


A_MEETING = "3月2日，青石局党组召开会议。"


def roles_at_a_meeting(sentence: str) -> list[tuple[str, str]]:
    """(name, role) of the people a sentence after a meeting names, in the order the report gives them."""
    return [(p.name, p.role) for m in parse_report(A_MEETING + sentence) for p in m.people]


def names_at_a_meeting(sentence: str) -> list[str]:
    return [name for name, _ in roles_at_a_meeting(sentence)]


def test_name_after_title_two_or_three_characters():
    assert read_name_after("曹文杰出席", 0) == "曹文杰"
    assert read_name_after("邹岩主持", 0) == "邹岩"
    assert read_name_after("欧阳晓明讲话", 0) == "欧阳晓明"
    assert read_name_after("会议指出", 0) is None


def test_name_before_post_word():
    text = "传达了赵峰书记的讲话"
    assert read_name_before(text, text.index("书记")) == "赵峰"
    text = "还有范志远院长"
    assert read_name_before(text, text.index("院长")) == "范志远"


def test_an_officer_named_between_the_body_and_the_post_after_the_name_is_read_however_the_model_cuts_it():
    # The model reads the name as a verb, runs its end into the post, or runs the body on to its end.
    assert roles_at_a_meeting("会上，市农业农村局任波副局长就安全生产工作发表讲话。") == [("任波", "speaker")]
    assert roles_at_a_meeting("会上，市住建局施养林科长就老旧小区改造作了解读。") == [("施养林", "speaker")]
    assert roles_at_a_meeting("出席活动的领导有区供销社章建国副主任。") == [("章建国", "attendee")]
    # A verb or a preposition before a post's holder is no name: 包含|卢市长, 向|毛主席.
    assert names_at_a_meeting("今日就职典礼，包含卢市长、社会局长廖静文均出席。") == ["廖静文"]
    assert names_at_a_meeting("大会通过了向毛主席致敬电。") == []


def test_title_before_name_and_roles():
    text = "市人大常委会副主任、市总工会主席鲁明远出席会议并讲话。会议由市总工会党组书记伍晓岚主持。"
    assert people(text) == {
        "鲁明远": ("speaker", "市人大常委会副主任、市总工会主席"),
        "伍晓岚": ("chair", "市总工会党组书记"),
    }


def test_title_before_a_list_belongs_to_each_name():
    text = "县委常委蓝天宇、葛俊、欧晓芸出席会议。"
    assert people(text) == {
        "蓝天宇": ("attendee", "县委常委"),
        "葛俊": ("attendee", "县委常委"),
        "欧晓芸": ("attendee", "县委常委"),
    }


def test_a_list_member_whose_surname_is_more_often_a_word_is_read_between_list_marks():
    text = "副县长蓝天宇、时明、代晓峰、葛俊，县政府办公室主任欧晓芸参加会议。"
    assert people(text) == {
        "蓝天宇": ("attendee", "副县长"),
        "时明": ("attendee", "副县长"),
        "代晓峰": ("attendee", "副县长"),
        "葛俊": ("attendee", "副县长"),
        "欧晓芸": ("attendee", "县政府办公室主任"),
    }
    # A word before a post is the body of that post; outside a list no such word is a surname.
    assert people("集团党委副书记蓝天宇、党建办主任葛俊参加会议。") == {
        "蓝天宇": ("attendee", "集团党委副书记"),
        "葛俊": ("attendee", "党建办主任"),
    }
    assert read_name_after("时明参加", 0) is None


def test_a_full_name_between_a_post_and_a_deed_is_a_name_whatever_characters_it_holds():
    # 传 is rare in given names (传达 follows names), and the model reads a name it does not know as a body.
    [meeting] = parse_report("12月15日，青石市档案馆召开馆务会议。馆长祖传祥主持会议。")
    assert [(p.name, p.role, p.title) for p in meeting.people] == [("祖传祥", "chair", "馆长")]
    [meeting] = parse_report("1月21日，青石市关工委召开迎春座谈会，市关工委主任步士金主持并讲话。")
    assert [(p.name, p.role, p.title) for p in meeting.people] == [("步士金", "chair", "市关工委主任")]
    [meeting] = parse_report("8月7日，青石供销社召开民主生活会。督导组副组长李天会同志出席会议并讲话。")
    assert [(p.name, p.role) for p in meeting.people] == [("李天会", "speaker")]
    # 和 before a deed joins no second name: it ends the given name.
    [meeting] = parse_report("1月21日，青石集团召开工会会员代表大会，会议由集团纪委书记赵学和主持。")
    assert [(p.name, p.role) for p in meeting.people] == [("赵学和", "chair")]
    [meeting] = parse_report("1月21日，青石集团召开工会会员代表大会。副区长林晓和出席会议并讲话。")
    assert [(p.name, p.role) for p in meeting.people] == [("林晓和", "speaker")]
    [meeting] = parse_report("1月21日，青石集团召开工会会员代表大会。副区长林晓和出席会议并就下一步的工作提出要求。")
    assert [p.name for p in meeting.people] == ["林晓和"], "的 before no word for people opens no phrase naming them"
    [meeting] = parse_report("1月21日，青石集团召开工会会员代表大会，会议由集团纪委书记赵学和主持人李红共同主持。")
    assert [(p.name, p.role) for p in meeting.people] == [("赵学", "chair"), ("李红", "chair")]
    # What a verb or a function word puts between a name and a deed is no part of it.
    for text, name in (
        ("1月21日，青石集团召开职工大会。集团党委副书记李明作讲话。", "李明"),
        ("1月21日，青石集团召开职工大会。集团党委书记张三为同志们讲党课。", "张三"),
        ("1月21日，青石集团召开职工大会。会后，县长王强和出席会议的同志合影。", "王强"),
        ("1月21日，青石集团召开职工大会。集团总经理王明也出席会议。", "王明"),
    ):
        [meeting] = parse_report(text)
        assert [p.name for p in meeting.people if p.name] == [name], text
    # Invited (应邀) is what the titled person did, not a name.
    [meeting] = parse_report("1月21日，青石市关工委召开迎春座谈会，市民政局局长李青应邀出席。")
    assert [(p.name, p.title) for p in meeting.people] == [("李青", "市民政局局长")]


def test_studied_speech_makes_a_person_referenced():
    text = "会议传达学习了省委副书记、省长柏志宏在全省大会上的重要讲话精神。"
    assert people(text) == {"柏志宏": ("referenced", "省委副书记、省长")}


def test_delegated_leader_is_referenced_and_delegate_chairs():
    text = "受县委书记房立新委托,县委副书记、县长谷雨晨主持召开会议。"
    assert people(text) == {
        "房立新": ("referenced", "县委书记"),
        "谷雨晨": ("chair", "县委副书记、县长"),
    }


def test_post_after_name_is_the_title_when_nothing_stands_before():
    text = "会议学习了雷振华书记的讲话,办事处蒋玉林主任出席。"
    assert people(text) == {"雷振华": ("referenced", "书记"), "蒋玉林": ("attendee", "主任")}


def test_elected_post_is_not_a_title_and_tongzhi_anchors_a_name():
    text = "新当选的镇妇联主席卜晓雯同志作表态发言。"
    assert people(text) == {"卜晓雯": ("speaker", None)}


def test_a_name_elected_as_a_post_runs_to_the_as_the_model_reads_into_a_body():
    # The model reads 华为市总工会 as one organisation; 选举X为 says the 为 is "as".
    names = {p.name for m in parse_report("12月6日，市总工会召开全委会议。会议选举张明华为市总工会主席。") for p in m.people}
    assert names == {"张明华"}
    # Near miss: without a verb that names someone to a post, 为 after a two-character name stays outside it.
    names = {p.name for m in parse_report("12月6日，市总工会召开全委会议。主席王立为大家讲党课。") for p in m.people}
    assert names == {"王立"}


def test_tongzhi_the_model_reads_into_a_person_is_no_part_of_the_name():
    # The model reads 练习|林同志 as a noun and a person: 同志 is never part of a name, and 林 alone is none.
    text = "3月6日，青石中学党支部召开支部大会。会议由练习林同志主持，全体党员参加会议。"
    assert [p.name for m in parse_report(text) for p in m.people if p.name] == []
    # Near miss: a full name before 同志 stands.
    text = "3月6日，青石中学党支部召开支部大会。会议由张明华同志主持，全体党员参加会议。"
    assert [p.name for m in parse_report(text) for p in m.people if p.name] == ["张明华"]


def test_a_name_the_model_cut_before_a_character_alone_before_the_post_after_it_runs_to_that_character():
    for text, name in (("葛玉成理事长首先致辞。", "葛玉成"), ("第七届理事会周金算副理事长致欢迎词。", "周金算")):
        names = {p.name for m in parse_report(f"3月6日，青石同乡会召开会员大会。{text}") for p in m.people}
        assert names == {name}
    # Near miss: a verb of holding a post between the name and the post (王萍|任|主任) is no part of the name.
    names = {p.name for m in parse_report("3月6日，青石同乡会召开会员大会。会上，王萍任主任。") for p in m.people}
    assert names == {"王萍"}


def test_a_spirit_named_for_a_group_and_a_clan_are_no_names():
    text = "3月6日，青石商会召开会员大会。会议希望商会传承和弘扬青石文化、徽商精神，做出特色。"
    assert [p.name for m in parse_report(text) for p in m.people] == []
    text = "2月8日，周边的陈氏宗亲们自发组织，来到青石陈氏宗亲总会监事长陈明勋宗长的别墅里，举办迎新春联欢会。"
    assert {p.name for m in parse_report(text) for p in m.people if p.name} == {"陈明勋"}
    # Near miss: 精神 later in the clause (精神饱满) leaves the name.
    text = "3月6日，青石商会召开会员大会。会长林明华精神饱满地致辞。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["林明华"]


def test_a_two_character_name_after_a_post_and_before_deng_stands_where_the_model_reads_a_place():
    text = "2月16日，青石工会举行新春联欢会。会长吴秋明、理事长黄河等出席典礼。黄河介绍，今年会员人数突破四万。"
    found = {p.name: (p.role, p.title) for m in parse_report(text) for p in m.people}
    assert found["黄河"] == ("speaker", "理事长")
    # Near miss: a verb the model reads after a post (会长|应邀|出席) is no name.
    text = "2月16日，青石工会举行新春联欢会。会长应邀出席典礼。"
    assert [p.name for m in parse_report(text) for p in m.people] == []


def test_a_wordlike_surname_with_the_post_after_it_and_a_person_invited_after_a_study_verb():
    # 代 is more often a word than a surname: the post written after the name, and the deed after it, confirm it.
    text = "12月6日，县委教育工委召开中心组学习扩大会议，学习会议邀请县委党校代文涛副校长作了专题辅导。"
    assert [(p.name, p.role, p.title) for m in parse_report(text) for p in m.people] == [("代文涛", "speaker", "副校长")]
    # Near miss: a speech studied before the name leaves its speaker referenced.
    text = "12月6日，市总工会召开党组会议，传达学习了省总工会主席王立新在全委会上的讲话精神。"
    assert [(p.name, p.role) for m in parse_report(text) for p in m.people] == [("王立新", "referenced")]


def test_a_wordlike_surname_between_list_marks_after_a_post():
    # 初 is 初心 and 年初 far more often, but among the names of a titled list it is a surname.
    text = "6月8日，学院召开教代会。大会执行主席王贵、刘英杰、初志壮、张海峰在主席台就座。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["王贵", "刘英杰", "初志壮", "张海峰"]
    # Near miss: 初 opening a word after a post is no name.
    text = "6月8日，学院召开教代会。院长初步总结了一年来的工作。"
    assert [p.name for m in parse_report(text) for p in m.people] == []


def test_a_council_of_representatives_heads_a_post_and_the_verb_on_behalf_of_does_not():
    text = "3月8日，青石老人会召开会员大会。到场嘉宾有县长李华、金沙代表会主席蔡春生等人。"
    found = {p.name: (p.role, p.title) for m in parse_report(text) for p in m.people}
    assert found["蔡春生"] == ("attendee", "金沙代表会主席")
    # 代表会长: on behalf of the president, who is not there.
    text = "3月8日，青石商会召开会员大会。副会长李华代表会长王明致辞。"
    found = {p.name: p.role for m in parse_report(text) for p in m.people}
    assert found == {"李华": "speaker", "王明": "referenced"}


def test_a_governments_counsellor_is_a_post_and_a_leaders_secretary_titles_no_name_after_it():
    text = "3月8日，青石老人会召开会员大会。到场嘉宾有县府参议蔡群生、省政府参事王立新等人。"
    found = {p.name: p.title for m in parse_report(text) for p in m.people}
    assert found == {"蔡群生": "县府参议", "王立新": "省政府参事"}
    text = "3月8日，青石老人会召开会员大会。立委林华团队秘书、县议员王立新等人到场。"
    found = {p.name: p.title for m in parse_report(text) for p in m.people}
    assert found["王立新"] == "县议员"


def test_leader_in_ideology_term_is_not_a_mention():
    text = mask_ideology_terms("坚持以习近平新时代中国特色社会主义思想为指导。")
    assert people(text) == {}


def test_general_secretary_is_referenced():
    text = "深入学习贯彻习近平总书记关于工会工作的重要论述。"
    assert people(text) == {"习近平": ("referenced", "总书记")}


def test_groups_present():
    text = "镇党委全体委员,各村(社区)党支部书记及驻镇单位负责人参加会议。"
    groups = [g for g, _, _ in find_groups(text, 0, len(text), set())]
    assert groups == ["镇党委全体委员", "各村(社区)党支部书记", "驻镇单位负责人"]


def test_group_after_named_people():
    text = "县委副书记韩征等县委常委会组成人员出席会议。"
    groups = [g for g, _, _ in find_groups(text, 0, len(text), {"韩征"})]
    assert groups == ["县委常委会组成人员"]


def test_taiwan_style_posts_and_lists():
    text = "由理事长洪嘉宏主持,县议员曾淑娟、范国栋也到场参与,总干事赖士贤报告会务。"
    assert people(text) == {
        "洪嘉宏": ("chair", "理事长"),
        "曾淑娟": ("attendee", "县议员"),
        "范国栋": ("attendee", "县议员"),
        "赖士贤": ("speaker", "总干事"),
    }


def test_congratulatory_message_is_referenced():
    text = "会中宣读市议员邱雅婷的贺电。"
    assert people(text) == {"邱雅婷": ("referenced", "市议员")}


def test_given_names_with_shu_and_nian():
    text = "镇总工会主席彭书阳主持座谈会,副主席覃松年领学了文件。"
    assert people(text) == {"彭书阳": ("chair", "镇总工会主席"), "覃松年": ("speaker", "副主席")}


def test_order_and_greeting_words_end_a_name_and_make_a_speaker():
    from pipelines.parsing.report import parse_report

    text = "3月2日，青山县妇联召开执委会议。镇妇联主席陈红、村妇联主席李丽先后发言。县妇联主席赵敏致欢迎辞。"
    people = {p.name: (p.role, p.title) for m in parse_report(text) for p in m.people if p.name}
    assert people == {
        "陈红": ("speaker", "镇妇联主席"),
        "李丽": ("speaker", "村妇联主席"),
        "赵敏": ("speaker", "县妇联主席"),
    }


def test_a_study_group_leader_chairs_the_study_he_leads():
    # 学习 inside the chair's own title (理论学习中心组组长) does not make him a person studied.
    text = "区委理论学习中心组举行集体学习。区委书记、区委理论学习中心组组长钟启明主持并讲话。钟启明指出，要抓好落实。"
    assert people(text) == {"钟启明": ("chair", "区委书记、区委理论学习中心组组长")}
    relayed = "会议传达学习了市委书记蓝海川的讲话精神。"
    assert people(relayed) == {"蓝海川": ("referenced", "市委书记")}


def test_leaders_summed_up_after_their_names_are_no_group():
    text = "区委副书记、区长郝明轩，区政协主席尚婉清等区领导出席。区直各部门主要负责同志列席会议。"
    groups = [group for group, _, _ in find_groups(text, 0, len(text), {"郝明轩", "尚婉清"})]
    assert groups == ["区直各部门主要负责同志"]


def test_a_word_ending_in_a_surname_before_the_predicate_is_no_name():
    # 欢乐当选: 乐 is a surname, but 当选 is what follows a name, not a given name.
    assert read_name_after("乐当选为理事长", 0) is None
    assert read_name_after("乐思远当选为理事长", 0) == "乐思远"


def test_rare_surnames_of_the_hundred_family_list_are_read():
    text = "区总工会副主席宓晓川、荀一凡出席会议。"
    assert people(text) == {"宓晓川": ("attendee", "区总工会副主席"), "荀一凡": ("attendee", "区总工会副主席")}


def test_a_work_report_given_elsewhere_is_relayed_and_one_given_here_is_spoken():
    relayed = "会议传达了省总工会主席柯立峰在省总工会十四届三次全委会议上所作的工作报告。柯立峰指出，要做好工作。"
    assert people(relayed) == {"柯立峰": ("referenced", "省总工会主席")}
    studied = "会议学习了全国总工会党组书记柯立峰在全总执委会议上的工作报告，柯立峰在报告中指出，要做好工作。"
    assert people(studied) == {"柯立峰": ("referenced", "全国总工会党组书记")}
    given_here = "市总工会主席柯立峰在会上作了题为《凝聚力量》的工作报告。"
    assert people(given_here) == {"柯立峰": ("speaker", "市总工会主席")}
    asked_elsewhere = "会议强调，要落实柯立峰同志在全总十七届十二次主席会议上的要求，认真学习全会精神。"
    assert people(asked_elsewhere) == {"柯立峰": ("referenced", None)}
    asked_here = "会上，市总工会主席柯立峰对下一步工作提出要求。"
    assert people(asked_here) == {"柯立峰": ("speaker", "市总工会主席")}
    # What was asked at this meeting, named again as X在讲话中提出的要求 or X在会上作出的部署, was spoken here.
    asked_in_the_speech = "县委副书记柯立峰出席会议并讲话。会议强调，要认真贯彻落实柯立峰同志在讲话中提出的要求。"
    assert people(asked_in_the_speech) == {"柯立峰": ("speaker", "县委副书记")}
    assert people("市总工会主席柯立峰在会上对下一阶段工作作出的部署，得到一致赞同。") == {"柯立峰": ("speaker", "市总工会主席")}


def test_taiwan_posts_and_roles_after_conversion():
    text = Converter("t2s").convert(
        "大會由常務理事蔡宗翰擔任主席。勞動部次長游國強蒞臨致詞，勞工局局長鄭怡君專題演講，立委林佳蓉到場祝賀。"
    )
    assert people(text) == {
        "蔡宗翰": ("chair", "常务理事"),
        "游国强": ("speaker", "劳动部次长"),
        "郑怡君": ("speaker", "劳工局局长"),
        "林佳蓉": ("attendee", "立委"),
    }


def test_a_report_on_the_work_done_is_spoken():
    assert people("会上，区总工会副主席邵文彬通报了一季度工作情况。") == {"邵文彬": ("speaker", "区总工会副主席")}


def test_names_after_a_spaced_or_annotated_post_and_after_nouns_for_members_and_skilled_workers():
    assert people("市总工会副主席 韦立新 出席会议并讲话。") == {"韦立新": ("speaker", "市总工会副主席")}
    assert people("市总工会副主席（兼）岳海川出席会议。") == {"岳海川": ("attendee", "市总工会副主席")}
    assert people("会上，市总工会四级调研员唐志勇宣读了表彰决定。") == {"唐志勇": ("speaker", "市总工会四级调研员")}
    members = "市总工会领导班子成员杨建华、孙丽、周海峰出席会议。全国劳动模范、高级技师邓建国作典型发言。"
    assert people(members) == {
        "杨建华": ("attendee", None),
        "孙丽": ("attendee", None),
        "周海峰": ("attendee", None),
        "邓建国": ("speaker", None),
    }
    assert people("开设劳模工匠沙龙，市总工会主席陈立言出席。") == {"陈立言": ("attendee", "市总工会主席")}


def test_a_body_before_a_post_and_its_name_is_no_person():
    assert people("劳联会长周联侨、理事长潘志成等出席。") == {"周联侨": ("attendee", "劳联会长"), "潘志成": ("attendee", "理事长")}


def test_shan_is_a_surname_where_a_post_anchors_it_and_no_name_in_words_it_opens():
    assert people("县总工会党组书记、主席单晓光作工作报告。") == {"单晓光": ("speaker", "县总工会党组书记、主席")}
    assert people("会议要求，各单位负责人要抓好落实。") == {}


def test_bare_names_that_give_a_talk_or_talk_with_those_present():
    assert people("吴刚作表态发言。会上，周立波作典型发言。") == {"吴刚": ("speaker", None), "周立波": ("speaker", None)}
    assert people("座谈会上，罗振宇同企业职工代表面对面交流。") == {"罗振宇": ("attendee", None)}
    assert people("随后，王明同大家座谈交流。") == {"王明": ("attendee", None)}
    assert people("座谈中，各单位同职工交流。") == {}


def test_a_title_runs_on_over_and_inside_an_organisation_name():
    assert people("市人力资源和社会保障局局长贺明川出席会议。") == {"贺明川": ("attendee", "市人力资源和社会保障局局长")}
    assert people("会上，环境及生态局副局长梁慧仪致辞。") == {"梁慧仪": ("speaker", "环境及生态局副局长")}
    assert people("区住房和城乡建设局党组书记饶立军参加会议。") == {"饶立军": ("attendee", "区住房和城乡建设局党组书记")}
    # A body whose name opens with a one-character body word (科技局), and the head of a body named for it (劳动处长).
    assert people("创新及科技局局长林晓东出席会议。") == {"林晓东": ("attendee", "创新及科技局局长")}
    assert people("社会及劳动处长林晓东出席会议。") == {"林晓东": ("attendee", "社会及劳动处长")}
    # Near miss: people joined to the one a short post names.
    assert people("专家学者和财政局长林晓东出席会议。")["林晓东"] == ("attendee", "财政局长")
    assert people("全体党员和组织部长林晓东参加会议。")["林晓东"] == ("attendee", "组织部长")
    # The last item of a list of titled names, and a unit of a body named inside its name.
    text = "出席的有办公厅副主任石永年、民政及青年事务局副局长梁慧仪。"
    assert people(text)["梁慧仪"][1] == "民政及青年事务局副局长"
    text = "出席的有驻港联络办公室教育与青年事务部副部长杜海川。"
    assert people(text)["杜海川"][1] == "驻港联络办公室教育与青年事务部副部长"
    # A unit of the body after the conjunction (汽车处), and the first of several posts.
    text = "省经济和信息化委员会汽车处副处长刘立峰出席。"
    assert people(text)["刘立峰"][1] == "省经济和信息化委员会汽车处副处长"
    text = "青石大学交通与汽车工程学院副教授、青石汽车研究院副院长蔡立云出席。"
    assert people(text)["蔡立云"][1] == "青石大学交通与汽车工程学院副教授、青石汽车研究院副院长"
    # Near miss: a body of its own level after the conjunction starts the title.
    text = "会议传达了讲话精神和省总党组书记、常务副主席王立全的讲话。"
    assert people(text)["王立全"][1] == "省总党组书记、常务副主席"


def test_a_title_stops_at_and_between_two_bodies_two_posts_or_a_name():
    assert people("市教育局和市卫健委副主任钟启航参加会议。")["钟启航"][1] == "市卫健委副主任"
    assert people("县委常委及宣传部部长苗立新出席。")["苗立新"][1] == "县委常委及宣传部部长"
    assert people("侯振东和财政局局长翁佳怡参加会议。")["翁佳怡"][1] == "财政局局长"
    assert people("出席的有办公厅副主任石永年、市财政局和市审计局局长翁佳怡。")["翁佳怡"][1] == "市审计局局长"
    assert people("传达学习讲话精神和总局工会主席童嘉禾的讲话。")["童嘉禾"][1] == "总局工会主席"


def test_titles_of_hong_kong_macao_taiwan_and_academic_posts():
    text = "经济部司长胡文忠、立法委员赖美华出席。省委党校教授林东升作辅导报告。"
    assert people(text) == {
        "胡文忠": ("attendee", "经济部司长"),
        "赖美华": ("attendee", "立法委员"),
        "林东升": ("speaker", "省委党校教授"),
    }


def test_a_title_stops_at_a_mark_and_where_the_meeting_is_named():
    text = "△副局长林卓通出席。大会上济南市委书记王明远讲话。"
    assert people(text) == {"林卓通": ("attendee", "副局长"), "王明远": ("speaker", "济南市委书记")}


def test_a_title_runs_on_over_a_comma_doubled_before_a_list_mark_and_stops_at_lian_tong():
    assert people("3月2日，市政协党组书记,、主席林晓东主持会议。") == {"林晓东": ("chair", "市政协党组书记,、主席")}
    text = "青石工会负责人联同市联络办副主任周海峰向与会者拜年。"
    assert people(text)["周海峰"][1] == "市联络办副主任"


def test_posts_a_comma_sets_off_at_the_opening_of_a_clause_are_one_title():
    text = "会上，市总工会党组书记、主席，市人大常委会副主任林晓东讲话。"
    assert people(text)["林晓东"][1] == "市总工会党组书记、主席，市人大常委会副主任"
    # Near misses: a name before the comma closes the first person's title; posts after a word that is no
    # mark (由) are no opening of a clause.
    text = "会上，市委副书记林晓东，市委常委、秘书长周海峰讲话。"
    assert people(text) == {"林晓东": ("speaker", "市委副书记"), "周海峰": ("speaker", "市委常委、秘书长")}
    text = "会议由主席，副主席周海峰共同主持。"
    assert people(text)["周海峰"][1] == "副主席"


def test_a_stop_word_naming_the_committee_after_it_is_part_of_the_title():
    text = "市总工会党组成员、经费审查委员会主任林晓东出席会议。"
    assert people(text)["林晓东"][1] == "市总工会党组成员、经费审查委员会主任"
    # Near miss: examining what a post holder reported stops the title there.
    text = "会议听取和审查支部书记林晓东所作的报告。"
    assert people(text)["林晓东"][1] == "支部书记"


def test_a_title_runs_over_the_limited_company_and_stops_at_sequence_adverbs():
    def titles(text: str) -> dict[str, str | None]:
        return {p.name: p.title for p in find_people(text, 0, len(text)) if p.name}

    assert titles("青石新材料科技有限公司总经理林晓东出席会议。") == {"林晓东": "青石新材料科技有限公司总经理"}
    assert titles("会上，最后镇党委书记王立新作总结讲话。") == {"王立新": "镇党委书记"}
    # 有 that opens no 有限公司 still stops the title.
    assert titles("出席会议的有县总工会主席王立新。") == {"王立新": "县总工会主席"}


def test_rare_surnames_from_the_full_lists_are_read_where_a_title_anchors_them():
    text = "会议由公司副总经理凡立才主持，北京市领导茍仲明出席。"
    assert {p.name: p.role for p in find_people(text, 0, len(text)) if p.name} == {"凡立才": "chair", "茍仲明": "attendee"}
    text = "会议要求，凡是参会人员均须签到，平凡岗位也要作贡献。"
    assert {p.name for p in find_people(text, 0, len(text)) if p.name} == set()


def test_a_title_stops_at_a_study_verb_and_at_a_conjunction_but_keeps_a_noun_headed_by_study():
    def titles(text: str) -> dict[str, str | None]:
        return {p.name: p.title for p in find_people(text, 0, len(text)) if p.name}

    assert titles("会议要求，要原原本本学习市委书记陈立云的讲话。")["陈立云"] == "市委书记"
    assert titles("中联办领导连同工联会会长郑耀明出席。")["郑耀明"] == "工联会会长"
    assert titles("区委党史学习教育领导小组办公室主任林晓东出席会议。")["林晓东"] == "区委党史学习教育领导小组办公室主任"


def test_a_gloss_in_brackets_between_the_post_and_the_name_is_skipped():
    text = "会议由支队党委书记、副支队长(主持工作)林晓东主持。"
    assert people(text) == {"林晓东": ("chair", "支队党委书记、副支队长")}


def test_the_meeting_is_no_part_of_the_title_that_follows_it():
    text = "中心组全体成员参加了会议，会议党委书记林晓东主持。"
    assert people(text) == {"林晓东": ("chair", "党委书记")}
    # A body named for its meetings keeps the word.
    text = "联席会议办公室主任林晓东出席。"
    assert people(text) == {"林晓东": ("attendee", "联席会议办公室主任")}


def test_assistants_to_a_post_and_assistant_posts_are_titles():
    assert people("会议由集团总经理助理林晓东主持。") == {"林晓东": ("chair", "集团总经理助理")}
    assert people("工联总会助理秘书长林晓东出席会议。") == {"林晓东": ("attendee", "工联总会助理秘书长")}



def test_a_post_written_after_a_name_closes_that_persons_title_in_a_list():
    text = "干部学校党组书记吴新锋校长、县总工会党组书记、主席周立勇出席。"
    assert people(text)["周立勇"] == ("attendee", "县总工会党组书记、主席")


def test_yi_before_a_post_is_no_part_of_the_title():
    text = "以理事长郭繁男为团长的代表团出席交流会。"
    assert people(text)["郭繁男"][1] == "理事长"


def test_a_congratulatory_address_makes_a_speaker():
    text = "省总工会主席王悦华、市妇联主席杨立杰分别代表省总工会和群团组织向大会致祝词和贺词。"
    assert {name: role for name, (role, _) in people(text).items()} == {"王悦华": "speaker", "杨立杰": "speaker"}


def test_a_verb_fragment_before_a_post_is_no_name_carried_to_another_meeting():
    text = (
        "3月2日，青石调查总队召开团员大会，选举林华、陈丽为委员。\n"
        "3月3日，第一届团委召开第一次全体会议。陈丽同志担任文体委员，林华同志担任组织委员。"
    )
    names = {p.name for m in parse_report(text) for p in m.people}
    assert {"林华", "陈丽"} <= names
    assert not names & {"任文体", "任组织"}


def test_a_body_the_model_reads_where_the_rules_read_a_name_is_no_name():
    # 东方 is a compound surname, and a post follows: the model reads the company.
    [meeting] = parse_report("3月2日，青石公司召开职代会。东方路桥总经理助理、工会主席林晓东同志作表态讲话。")
    assert [(p.name, p.title) for p in meeting.people] == [("林晓东", "工会主席")]
    # A place the model reads over a surname and its given name is still the person (立委|黄河书).
    assert "许昌发" in {p.name for p in parse_report("3月2日，青石县召开会议。县农委主任许昌发讲话。")[0].people}


def test_a_title_runs_back_over_a_body_whose_name_ends_like_a_name():
    # 工商联|原副主席 and 海关总署|党组成员: the end of a body's name before a post is no person.
    text = "邀请全国工商联原副主席、青石市研究会原会长"
    assert read_title_before(text, len(text)) == "全国工商联原副主席、青石市研究会原会长"
    text = "会上，海关总署党组成员、驻署纪检组组长"
    assert read_title_before(text, len(text)) == "海关总署党组成员、驻署纪检组组长"
    # A post after a name marked by the post before it still closes that person's title.
    text = "干部学校党组书记吴新锋校长、县总工会主席"
    assert read_title_before(text, len(text)) == "县总工会主席"


def test_the_heads_of_leagues_and_banners_are_posts():
    text = "旗人民政府副旗长、公安局长"
    assert read_title_before(text, len(text)) == "旗人民政府副旗长、公安局长"


def test_a_name_inside_quote_marks_is_no_one_present():
    text = "3月2日，青石区局召开推进会。江汉区局和市局“张学东”工作室进行了书面交流。副局长陈立新出席会议。"
    [meeting] = parse_report(text)
    assert [p.name for p in meeting.people if p.name] == ["陈立新"]


def test_a_word_qualifying_a_post_is_no_name():
    [meeting] = parse_report("6月15日，青石工业协进会召开会员代表大会。林晓东曾任青石区金属工业同业公会荣誉理事长。")
    assert "荣誉" not in {p.name for p in meeting.people}
    # A surname of the same character before a post is still a name.
    [meeting] = parse_report("6月15日，青石工业协进会召开会员代表大会。荣华理事长出席会议。")
    assert "荣华" in {p.name for p in meeting.people}


def test_a_bare_name_elected_with_a_manner_of_the_vote_is_a_person():
    [meeting] = parse_report("3月2日，青石省供销合作社召开理事会。会议履行调整程序，张建军全票当选为理事会主任。")
    assert [(p.name, p.role) for p in meeting.people] == [("张建军", "attendee")]


def test_a_verb_of_receiving_ends_the_title_read_before_a_name():
    text = "典礼得到行政长官贺明川主礼。"
    assert read_title_before(text, text.index("贺明川")) == "行政长官"


def test_academic_ranks_are_titles_before_or_after_the_name():
    found = people("会上，徐建中院士、金红光院士为获奖者颁奖。")
    assert {name: title for name, (_, title) in found.items()} == {"徐建中": "院士", "金红光": "院士"}
    assert people("青石大学历史研究所副研究员林立新参加会议。")["林立新"][1] == "青石大学历史研究所副研究员"


def test_a_post_in_brackets_after_a_name_is_its_title():
    assert people("林晓东（县总工会主席）出席会议并讲话。") == {"林晓东": ("speaker", "县总工会主席")}
    assert people("林晓东（县总工会主席）、张善明（县总工会副主席）出席会议。") == {
        "林晓东": ("attendee", "县总工会主席"), "张善明": ("attendee", "县总工会副主席"),
    }
    assert people("会议由张善明（县总工会副主席）主持。") == {"张善明": ("chair", "县总工会副主席")}
    assert "女" not in str(people("会议由张善明（女）主持。")), "a note in brackets that is no post is no title"
    assert people("林晓东（县总工会）出席会议。").get("林晓东", (None, None))[1] is None, "a body alone is no post"


def test_a_listed_name_with_a_given_character_that_is_often_a_word_is_a_name():
    found = people("校领导童世明、何在峰、范晓军出席大会。")
    assert found == {"童世明": ("attendee", "校领导"), "何在峰": ("attendee", "校领导"), "范晓军": ("attendee", "校领导")}
    assert "林在" not in people("校长林在会上讲话。"), "outside a list, 在 is the verb"


def test_a_word_the_report_writes_as_a_village_is_no_one():
    text = "5月6日，青石镇召开部署会，青溪村、杨岗村驻村干部参加会议。副镇长林晓东就杨岗、青溪两村大会事宜进行部署。"
    [meeting] = parse_report(text)
    assert [p.name for p in meeting.people if p.name] == ["林晓东"]


def test_a_verb_with_its_complement_ends_the_title_read_before_a_name():
    text = "各有关部门要进一步贯彻落实好市委书记林晓东关于加强工作的重要指示。"
    assert read_title_before(text, text.index("林晓东")) == "市委书记"


def test_a_transliterated_name_after_a_post_is_read_whole():
    assert people("党支部书记阿力木·吐尔逊结合本村实际作了讲话。") == {"阿力木·吐尔逊": ("speaker", "党支部书记")}
    assert people("县委书记努尔兰别克·加肯出席会议。") == {"努尔兰别克·加肯": ("attendee", "县委书记")}
    assert "党支部书记" not in people("会议由党支部书记主持，学习了《习近平谈治国理政》。"), "no dot, no name"


def test_names_a_header_of_those_present_lists_are_attendees_with_the_posts_written_after_them():
    found = people("会议召开。出席会议的有：林晓东（县委书记）、张善明（县长）、何立新。")
    assert found == {"林晓东": ("attendee", "县委书记"), "张善明": ("attendee", "县长"), "何立新": ("attendee", None)}
    [meeting] = parse_report("3月5日，青石县教育局召开全县教育工作会议。\n出席领导：\n林晓东 县委书记\n张善明 县长\n会议由局长何立新主持。\n")
    assert [(p.name, p.title) for p in meeting.people] == [("林晓东", "县委书记"), ("张善明", "县长"), ("何立新", "局长")]
    [meeting] = parse_report("3月5日，青石县教育局召开全县教育工作会议。参加会议的有：\n林晓东（县委书记）\n\n会议由局长何立新主持。\n")
    assert ("林晓东", "县委书记") in [(p.name, p.title) for p in meeting.people], "a post in brackets ending a line is no byline"
    assert "有关" not in str(people("出席会议的有关部门负责人参加。"))


def test_a_post_in_brackets_after_a_name_the_model_finds_is_its_title():
    [meeting] = parse_report("3月5日，青石县总工会召开全委会议。会上，林晓东（县总工会副主席）通报了全年工作。")
    assert [(p.name, p.title) for p in meeting.people] == [("林晓东", "县总工会副主席")]


def test_heads_of_units_professional_ranks_and_congress_deputies_are_titles():
    found = people("县法律援助中心负责人林晓东、青石律师事务所律师张善明、第十四届全国人大代表何立新出席会议。")
    assert {name: title for name, (_, title) in found.items()} == {
        "林晓东": "县法律援助中心负责人", "张善明": "青石律师事务所律师", "何立新": "第十四届全国人大代表",
    }
    assert people("公司领导、车间负责人参加会议。") == {}, "车间 is the unit a post heads, no one's name"
    assert people("参加会议的有林业局分管领导，农经站负责人及业务干部。") == {}, "a station (站) is a unit"
    # 关 and 林 are surnames too: a post that opens with one (关长, 林长) is no name.
    assert people("青石海关关长林晓东、县林长办公室林长张善明出席会议。") == {
        "林晓东": ("attendee", "青石海关关长"), "张善明": ("attendee", "县林长办公室林长"),
    }
    found = people("县人社局四级主任科员林晓东、青石村村支书张善明出席会议。")
    assert {name: title for name, (_, title) in found.items()} == {"林晓东": "县人社局四级主任科员", "张善明": "青石村村支书"}
    found = people("县教育局人事股股长林晓东、青石航空公司机长张善明出席会议。")
    assert {name: title for name, (_, title) in found.items()} == {"林晓东": "县教育局人事股股长", "张善明": "青石航空公司机长"}


def test_quote_and_title_marks_around_part_of_a_body_stay_in_the_title():
    text = "“红旗”车间主任林晓东、《青石日报》社社长张善明出席。"
    assert read_title_before(text, text.index("林晓东")) == "“红旗”车间主任"
    assert read_title_before(text, text.index("张善明")) == "《青石日报》社社长"
    text = "开展“不忘初心、牢记使命”主题教育指导组组长林晓东出席。"
    assert read_title_before(text, text.index("林晓东")) == "主题教育指导组组长", "a quote opened before the title stays out"


def test_a_name_after_a_word_for_a_kind_of_person_the_model_runs_into_it_is_read():
    [meeting] = parse_report("5月8日，青石村党支部召开主题党日活动。全国劳动模范王大力参加。")
    assert [p.name for p in meeting.people] == ["王大力"]


def test_a_leader_whose_hopes_or_instructions_are_taken_as_the_measure_is_referenced():
    found = people("会议要求，要以市委书记林晓东的指示为遵循，以主席张善明的希望为指导。")
    assert found == {"林晓东": ("referenced", "市委书记"), "张善明": ("referenced", "主席")}
    assert people("会议指出，要按照省委书记林晓东的要求抓好落实。") == {"林晓东": ("referenced", "省委书记")}
    assert people("按照会议议程，县委书记林晓东作报告。") == {"林晓东": ("speaker", "县委书记")}, "an agenda followed is no one's words"
    assert people("以色列驻华大使林晓东出席。") == {"林晓东": ("attendee", "以色列驻华大使")}


def test_a_post_with_its_qualifying_words_after_a_name_is_the_title():
    [meeting] = parse_report("3月5日，青石基金会召开理事会。会议听取了林晓东常务副理事长所作的工作报告和张善明财务主管所作的审计报告。")
    assert [(p.name, p.role, p.title) for p in meeting.people] == [("林晓东", "speaker", "常务副理事长"), ("张善明", "speaker", "财务主管")]
    [meeting] = parse_report("3月5日，青石基金会召开理事会。林晓东连任理事长，张善明当选监事长。")
    assert [(p.name, p.title) for p in meeting.people] == [("林晓东", None), ("张善明", None)], "posts taken at the meeting"


def test_posts_heading_a_list_of_names_are_each_names_title():
    found = people("出席会议的副主委、常委有林晓东、张善明，出席会议的市州主委有何立新。")
    assert found == {"林晓东": ("attendee", "副主委、常委"), "张善明": ("attendee", "副主委、常委"), "何立新": ("attendee", "市州主委")}
    [meeting] = parse_report("3月5日，青石商会举行会员大会。8位副会长包括林晓东、张善明和何立新。")
    assert [(p.name, p.title) for p in meeting.people] == [("林晓东", "副会长"), ("张善明", "副会长"), ("何立新", "副会长")]


def test_a_verb_of_leading_or_a_ceremony_ends_a_title_and_two_posts_joined_by_ji_are_one():
    text = "陈县长带领县府财政处处长林晓东出席。交接仪式青石县长张善明致辞。"
    assert read_title_before(text, text.index("林晓东")) == "县府财政处处长"
    assert read_title_before(text, text.index("张善明")) == "青石县长"
    text = "省委常委及统战部部长林晓东、会长张善明及副会长何立新出席。"
    assert read_title_before(text, text.index("林晓东")) == "省委常委及统战部部长"
    assert read_title_before(text, text.index("何立新")) == "副会长", "a name before 及 ends the previous person's title"


def test_a_surname_more_often_a_word_is_read_between_a_post_and_a_deed():
    assert people("副院长云立中同志主持学习。") == {"云立中": ("chair", "副院长")}
    assert people("党委书记明确要求，全体党员参加。") == {}, "明确 is a word, no name, where no deed follows the full name"
    # 由 stands where a post would: a surname more often a word before a full name and 主持.
    assert people("会议由相自成主持。") == {"相自成": ("chair", None)}
    assert people("会议由平安办主持。") == {}, "办 ends a body's short name, no given name"


def test_a_word_the_model_calls_a_person_before_a_name_is_no_part_of_it():
    [meeting] = parse_report("3月5日，九三学社青石市委召开全体会议。林晓东代表统战部，祝贺程立、李晓梅当选，并向程立、李晓梅表示祝贺。")
    assert {p.name for p in meeting.people} == {"林晓东", "程立", "李晓梅"}


def test_a_preposition_the_model_calls_a_person_opens_no_name_the_rules_read():
    from pipelines.parsing.lexical import Token

    text = "，向程立、李晓梅表示祝贺。"
    tokens = (Token(0, 1, "w"), Token(1, 2, "PER"), Token(2, 4, "PER"), Token(4, 5, "w"), Token(5, 8, "PER"), Token(8, 10, "v"))
    assert {p.name for p in find_people(text, 0, len(text), tokens=tokens)} == {"程立", "李晓梅"}
    tokens = (Token(0, 1, "w"), Token(1, 2, "PER"), Token(2, 4, "PER"), Token(4, 5, "w"))
    text = "，谈雅丽、"
    assert {p.name for p in find_people(text, 0, len(text), tokens=tokens)} == {"谈雅丽"}, "a surname the model cut off"


def test_a_verb_after_a_post_is_no_name():
    assert "祝贺外" not in people("林晓东会长、张善明监事长等理监事祝贺外，还表示感谢。")


def test_a_full_name_ending_like_a_unit_between_a_post_and_a_deed_and_names_a_post_goes_to():
    [meeting] = parse_report("3月5日，青石团委召开工作会议。书记处第一书记林晓东和书记处书记何建科在会上作了重要讲话。")
    assert [(p.name, p.title) for p in meeting.people] == [("林晓东", "书记处第一书记"), ("何建科", "书记处书记")]
    # Two characters, only before what a person alone does.
    [meeting] = parse_report("3月5日，青石县侨联召开代表大会。青石县县委书记钟科出席会议。")
    assert [(p.name, p.title) for p in meeting.people] == [("钟科", "青石县县委书记")]
    [meeting] = parse_report("3月5日，青石县侨联召开代表大会。县委书记钟科室主任王明出席会议。")
    assert "钟科" not in [p.name for p in meeting.people]
    found = people("副会长由林晓东、张善明和何立新出任。")
    assert found == {"林晓东": ("attendee", None), "张善明": ("attendee", None), "何立新": ("attendee", None)}


def test_a_call_put_to_those_present_a_study_led_and_a_greeting_make_speakers_and_a_memorial_is_no_one():
    found = people("会长林晓东向全市发出了“爱心助学”的倡议。副主席张善明同志组织学习了《规范》。主任何立新到场致贺。")
    assert {name: role for name, (role, _) in found.items()} == {"林晓东": "speaker", "张善明": "speaker", "何立新": "speaker"}
    [meeting] = parse_report("3月5日，青石县科协召开座谈会。会员建议宣传好鲁迅纪念馆。主席张善明出席，群众在广场集合。")
    assert [p.name for p in meeting.people] == ["张善明"]


def test_a_time_after_an_election_keeps_a_title_and_a_chair_put_forward_at_the_meeting_has_none():
    found = people("选举结束后，区妇联主席林晓东为全体执委宣讲。推选出大会主席张善明主持会议。")
    assert found == {"林晓东": ("speaker", "区妇联主席"), "张善明": ("chair", None)}


def test_the_models_name_cut_before_its_last_character_is_mended_where_that_character_reads_as_prose():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    # A compound surname outside the Hundred Family Surnames (完颜) opens a four-character name.
    assert names("3月5日，街道召开工会联席会议。协调小组组长完颜晓红出席并主持会议。") == ["完颜晓红"]
    # 为 is a given name's before the deed (进行了点评), the preposition before whom it was for.
    assert names("3月5日，镇党委召开组织生活会。督导组督导员刘大为进行了现场点评。") == ["刘大为"]
    assert names("1月21日，青石集团召开职工大会。集团党委书记张三为同志们讲党课。") == ["张三"]
    # 年会长 is no post, so 年 is the name's; 总会长 is one, so 总 is the post's.
    assert names("2月8日，青石会展协会召开理事会。我会赵海年会长、王晶秘书长出席。") == ["赵海年", "王晶"]
    assert names("2月8日，青石会展协会召开理事会。李明总会长致辞。") == ["李明"]
    # 给 is no given-name character: the preposition after the name.
    assert names("3月5日，机关党委召开党员大会。党委书记黎小娅给全体党员上党课。") == ["黎小娅"]


def test_a_married_womans_two_surnames_open_a_four_character_name_that_a_list_mark_closes():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    text = "11月5日，青石海南商会举行就职典礼，行政长官何郑秀娥、中联办副主任何明出席。"
    assert names(text) == ["何郑秀娥", "何明"]
    # A verb before the post after a name is no given name's (林祖华膺|监事长).
    assert names("11月5日，青石街坊会举行就职典礼。苏仲文连任理事长，林祖华膺监事长。") == ["苏仲文", "林祖华"]


def test_a_doctrine_named_after_its_founder_names_no_one_at_the_meeting():
    text = "3月5日，机关党支部召开主题党日活动。党委书记黎小娅主持。党委副书记陶小洲谈了看法。他说，马克思主义是科学的理论。"
    assert [p.name for m in parse_report(text) for p in m.people if p.name] == ["黎小娅", "陶小洲"]


def test_a_surname_more_often_a_word_opens_the_models_name_where_a_post_or_a_role_verb_confirms_it():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    text = "10月20日，省文联召开座谈会。省文联党组书记、常务副主席平晓英，副主席兼秘书长李冰出席。平晓英主持了座谈会。"
    assert names(text) == ["平晓英", "李冰"]
    # Two characters are too short a name to trust such a surname.
    assert names("3月2日，青石县总工会举行会员代表大会，并举行理事长暨理、监事改选，林晓东当选理事长。") == ["林晓东"]


def test_a_full_name_between_a_post_and_the_next_titled_name_of_a_list_is_a_name_whatever_characters_it_holds():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    text = "10月22日，县政协召开主席会议。县政协主席戴传新，副主席程慧珍、鲁新华，秘书长万强出席。"
    assert names(text) == ["戴传新", "程慧珍", "鲁新华", "万强"]
    assert names("10月22日，县政协召开主席会议。县政协主席戴传新出席并讲话，同志们认真学习。") == ["戴传新"]


def test_a_deputy_post_after_a_name_keeps_its_fu():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    assert names("3月5日，市检察院召开座谈会。张原副检察长对各位代表表示感谢。") == ["张原"]


def test_a_list_member_surnamed_zhan_and_a_date_before_a_title():
    found = lambda text: [(p.name, p.title) for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    text = "3月5日，县政协召开预备会议。县领导赵福安、占立夫、石金华出席会议。"
    assert found(text) == [("赵福安", "县领导"), ("占立夫", "县领导"), ("石金华", "县领导")]
    text = "3月5日，市法院召开党组会。会议传达学习了12月18日市委副书记、政法委书记吴华明在座谈会上的讲话精神。"
    assert found(text) == [("吴华明", "市委副书记、政法委书记")]


def test_an_honorific_closes_a_married_womans_four_character_name():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    assert names("3月5日，青石妇协举行就职晚宴。妇协创会主席林贝秀嘉博士感谢社会各界的支持。") == ["林贝秀嘉"]


def test_the_head_of_a_word_that_follows_names_is_no_name():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    text = "3月5日，青石产业总工会举行代表大会。林大明以95%的得票率，高票当选本会理事长。曾德明致词勉励新一届会董继续带领公会。"
    assert names(text) == ["林大明", "曾德明"]


def test_taking_up_a_post_with_honour_ends_a_name():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    assert names("3月5日，青石妇女联会举行就职典礼，金莉荣任主席。") == ["金莉"]


def test_an_inspector_sent_by_a_higher_body_is_titled_by_that_post():
    assert people("县委第三督导组督导员林小华进行点评。") == {"林小华": ("speaker", "县委第三督导组督导员")}


def test_a_name_among_the_names_of_a_titled_list_is_a_name_where_the_model_reads_a_body():
    [meeting] = parse_report("3月5日，青石县人大常委会召开第36次会议。副主任王旺来、施爱枝、潘泽忠、吴朝良及县人大常委会其他组成人员出席。")
    assert [(p.name, p.title, p.group_name) for p in meeting.people] == [
        ("王旺来", "副主任", None),
        ("施爱枝", "副主任", None),
        ("潘泽忠", "副主任", None),
        ("吴朝良", "副主任", None),
        (None, None, "县人大常委会其他组成人员"),
    ]


def test_the_models_cuts_that_run_a_post_into_a_surname_or_read_a_name_before_its_post_as_a_body_are_mended():
    [meeting] = parse_report("3月5日，青石市召开座谈会。致公党浙江省委会专职副主委金爱武，温州肯恩大学党委书记潘建中出席。")
    assert [p.name for p in meeting.people] == ["金爱武", "潘建中"]
    [meeting] = parse_report("3月5日，青石县政协召开会议。卓祥军秘书长通报了大会各项筹备工作情况。")
    assert [(p.name, p.title) for p in meeting.people] == [("卓祥军", "秘书长")]


def test_a_full_name_stands_where_the_model_runs_its_last_character_into_what_ends_a_name():
    for sentence, name in (
        ("青石办事处处长郑天授偕同副处长出席。", "郑天授"),
        ("物业经理张孝知作述职发言。", "张孝知"),
        ("专职副主委饶才明作专题研讨发言。", "饶才明"),
        ("行财部副部长周云平等嘉宾出席。", "周云平"),
    ):
        [meeting] = parse_report("3月5日，青石县工会召开会议。" + sentence)
        assert [p.name for p in meeting.people if p.name] == [name], sentence


def test_a_title_stops_at_hearing_a_report_and_at_the_year_it_is_held_in():
    assert people("会上，听取和审查支部书记林荣华代表支委会所作的工作报告。")["林荣华"][1] == "支部书记"
    assert people("今年省妇联主席林文娟随团到港参加活动。")["林文娟"][1] == "省妇联主席"
    assert people("届时党委书记林晓东出席会议并讲话。")["林晓东"][1] == "党委书记"
    # 届 and 时 of a numbered session and the word after it are no 届时.
    assert people("第五届时装文化节组委会主任林晓东致辞。")["林晓东"][1] == "第五届时装文化节组委会主任"


def test_a_surname_alone_where_the_models_words_stop_opens_no_name():
    # The model reads only a window around the holder: 乔 of 乔迁典礼 is its last character, read as a surname.
    [meeting] = parse_report("青石同乡会7月26日举行乔迁典礼。")
    assert meeting.people == []


def test_a_word_that_follows_names_is_no_given_name_before_a_post():
    assert people("旅台乡亲约5万人，曾当选议员。") == {}, "曾 is the adverb, 当选 the verb"
    assert read_name_before("办公室副主任曾宪明主任", 9) == "曾宪明", "a given name that is no such word stays"


def test_a_title_before_a_list_ending_in_ji_belongs_to_its_last_name_too():
    [meeting] = parse_report("3月5日，青石商会举行春茗。妇委会主任卓少惠、副主任余新文及林秋等出席。")
    assert [(p.name, p.title) for p in meeting.people] == [("卓少惠", "妇委会主任"), ("余新文", "副主任"), ("林秋", "副主任")]
    [meeting] = parse_report("3月5日，青石县召开大会。县长王明和李华出席。")
    assert [(p.name, p.title) for p in meeting.people] == [("王明", "县长"), ("李华", "县长")]


def test_a_title_stops_at_the_name_a_post_was_written_after_and_at_taking_anothers_post():
    text = "主席团成员包括李伟明院长，向杏群、肖淑君院长助理及秘书长郭智明。"
    assert {p.name: p.title for p in find_people(text, 0, len(text)) if p.name}["郭智明"] == "秘书长"
    assert read_title_before("冯贵顺取代原任团长李麒昌出任团长。", 9) == "原任团长"
    assert read_title_before("市委常委及统战部部长林晓东出席。", 10) == "市委常委及统战部部长", "two posts of one person"


def test_a_given_name_ends_in_he_before_a_deed_spoken_and_dai_before_a_post_is_the_posts():
    [meeting] = parse_report("5月23日，青石市召开推进会。副局长林成和部署加强营商环境建设工作。")
    assert [(p.name, p.role) for p in meeting.people] == [("林成和", "speaker")]
    [meeting] = parse_report("3月5日，青石局召开会议。副局长魏小平传达了王强代区长在会议上的讲话内容。")
    assert "王强" in {p.name for p in meeting.people}, "代区长: the acting form of the post"


def test_a_word_the_model_opens_inside_the_post_before_a_name_unmakes_no_name_and_a_conjunction_is_no_given_name():
    text = "3月5日，青石商会举行会员大会。当选为第七十届会长、副会长、会董和理事。第六十九届理事会理事长高开贤作了会务报告。"
    [meeting] = parse_report(text)
    assert [(p.name, p.role) for p in meeting.people if p.name] == [("高开贤", "speaker")]
    # A place the model reads over the post (国务院|长江流域) is no name after it.
    [meeting] = parse_report("3月5日，青石县政府召开常务会议。会议传达学习国务院长江流域重点水域禁捕工作推进会精神。")
    assert [p.name for p in meeting.people if p.name] == []


def test_what_the_model_or_a_list_reads_as_a_name_that_is_a_body_a_place_or_an_election_is_none():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    # 文联 is a mass organisation's short name, 会董|选举 a post and an election.
    assert names("1月21日，市文联召开民主生活会。宣传部机关党委书记张世权对文联党建工作提出了要求。") == ["张世权"]
    assert names("6月16日，青石商会举行会员大会，通过成立第56届会董选举委员会。会长邹明昌主持会议。") == ["邹明昌"]
    assert names("6月16日，青石商会举行会员大会，通过了负责第56届会董改选的方案。会长邹明昌主持会议。") == ["邹明昌"]
    # 理事长X、林口|市长Y: the item after a titled name opens with a post of its own.
    text = "4月17日，林口县总工会举办表扬大会，县长许文英、林口县总工会理事长许明远、林口市长张嘉明出席。"
    assert [(p.name, p.title) for m in parse_report(text) for p in m.people] == [
        ("许文英", "县长"), ("许明远", "林口县总工会理事长"), ("张嘉明", "林口市长"),
    ]
    # A post after a name followed by a word that follows names (应邀) titles that name: no place stands before it.
    assert names("3月1日，青石驿站召开会员代表大会。青石总会林伟峰副会长、李海明助理秘书长应邀出席会议。") == ["林伟峰", "李海明"]
    # 而 and 则 after a name open what follows it; inside a given name they stay (林则徐).
    assert names("3月1日，青石繁荣促进会举行会员大会。副理事长胡光明则表示，该会将继续提升服务。") == ["胡光明"]
    assert names("3月1日，青石繁荣促进会举行会员大会。副主席林则徐出席会议。") == ["林则徐"]



def test_a_surname_and_a_posts_short_form_names_no_one_whichever_rule_reads_it():
    names = lambda text: [p.name for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    assert names("3月1日，青石公司召开职代会。会议由李总主持。") == []
    assert names("3月1日，青石公司召开职代会。董事长张明、李总出席会议并讲话。") == ["张明"]
    assert names("3月1日，青石公司召开职代会。公司领导李总作了讲话。") == []
    text = "3月1日，青石社区党委召开党史学习会，社区邀请了老党员余金芳上了一堂党史课。余老在1959年时任空军调度主任一职。"
    assert names(text) == ["余金芳"], "an elder addressed"


def test_reviewed_near_misses_of_titles_names_and_roles():
    found = {p.name: (p.role, p.title) for p in find_people("会议由委员会主任王芳主持。", 0, 14)}
    assert found == {"王芳": ("chair", "委员会主任")}
    text = "3月5日，青石县总工会召开座谈会。刘洋率副主席王芳参加会议。"
    assert {p.name: p.title for m in parse_report(text) for p in m.people} == {"刘洋": None, "王芳": "副主席"}
    text = "3月5日，青石县总工会召开会员代表大会。会议选举王芳作为出席市工会代表大会的代表。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["王芳"]
    text = "3月5日，青石县总工会召开座谈会。县直各单位工会主席，县总工会副主席王芳参加会议。"
    assert [(p.name, p.title) for m in parse_report(text) for p in m.people if p.name] == [("王芳", "县总工会副主席")]
    text = "3月5日，青石县总工会召开党组会议，传达学习了特邀代表王芳在省工会代表大会上的发言。"
    assert [(p.name, p.role) for m in parse_report(text) for p in m.people] == [("王芳", "referenced")]
    text = "3月5日，青石县总工会召开党组会议。根据县委书记李明提议，会议研究了人事事项。"
    assert [p.role for m in parse_report(text) for p in m.people] != ["speaker"]


def _names_roles_titles(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.role, p.title) for m in parse_report(text) for p in m.people if p.name]


def test_a_representative_before_a_name_is_a_title_and_after_it_a_verb():
    text = "3月5日，青石县商会召开理事会，会长王萍致辞，学生代表张明、职工代表李小红发言。"
    assert _names_roles_titles(text) == [
        ("王萍", "speaker", "会长"), ("张明", "speaker", "学生代表"), ("李小红", "speaker", "职工代表"),
    ]
    # 王大勇代表企业职工发言: he speaks for others and holds no post 代表.
    assert _names_roles_titles("3月5日，青石县总工会召开座谈会，王大勇代表企业职工发言。") == [("王大勇", "speaker", None)]
    # 和, 向 after 代表 link it to what follows: no names 和居民, 向全体.
    text = "3月5日，青石社区召开议事会，驻街单位代表、党员代表和居民代表参加。徐俊校长向全体代表作了说明。"
    assert {name for name, _, _ in _names_roles_titles(text)} <= {"徐俊"}


def test_posts_of_project_commands_and_audit_offices_are_titles():
    text = "3月5日，青石县政府召开专题会议，项目总指挥周全汇报进展，县审计局审计长孙立出席。"
    assert _names_roles_titles(text) == [("周全", "speaker", "项目总指挥"), ("孙立", "attendee", "县审计局审计长")]


def test_a_post_all_or_some_of_a_body_hold_heads_no_name():
    for text in ("3月5日，青石大学召开教代会，全体委员于学校礼堂听取报告。", "3月5日，青石商会召开理事会，部分理事于学校参观。"):
        assert _names_roles_titles(text) == [], text
    # 各界 opens a body's name: its chair is a person.
    text = "3月5日，青石商会召开座谈会，各界妇女联合会主席王明出席。"
    assert _names_roles_titles(text) == [("王明", "attendee", "各界妇女联合会主席")]


def test_names_set_apart_by_commas_after_a_titled_name_are_a_list():
    text = "9月7日晚上，青石大学校友会举行换届会议。理事长林秋婕女士，执行理事陈谐，王思同，郑婉云，区域理事孟繁霖等出席会议。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["林秋婕", "陈谐", "王思同", "郑婉云", "孟繁霖"]
    # A clause of a surname and a word where no listed name comes before it is no one.
    text = "3月5日，青石县委召开常委会议。会议要求，要提高站位，周密安排，严加管理，认真抓好落实。"
    assert _names_roles_titles(text) == []


def test_a_given_name_ends_in_he_before_a_comma_and_in_a_places_character_before_attending():
    text = "3月5日，青石商会召开座谈会，全国人大代表、青石集团董事长邱光和，青石商会执行副会长杨剑发言。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["邱光和", "杨剑"]
    text = "10月16日，青石市商会召开会议，市温州商会监事长吴立村参加会议。"
    assert _names_roles_titles(text) == [("吴立村", "attendee", "市温州商会监事长")]
    # A conjunction between two names is still one: 董事长邱光和李红出席.
    assert [name for name, _, _ in _names_roles_titles("3月5日，青石商会召开座谈会，董事长邱光和李红出席。")] == ["邱光", "李红"]


def test_a_surname_more_often_a_word_opens_a_name_a_post_heads_in_a_list():
    text = "7日，全县农业工作领导小组会议召开。县委副书记杨武主持；县领导明道成、曾辉、马礼运等出席。"
    assert _names_roles_titles(text) == [
        ("杨武", "chair", "县委副书记"), ("明道成", "attendee", "县领导"), ("曾辉", "attendee", "县领导"), ("马礼运", "attendee", "县领导"),
    ]


def test_a_post_glossed_after_tongzhi_is_the_title_and_one_spoken_for_is_the_post_after_daibiao():
    assert _names_roles_titles("3月5日，青石县总工会召开座谈会。王明同志（县委副书记）出席会议。") == [("王明", "attendee", "县委副书记")]
    text = "3月5日，青石市召开座谈会，副秘书长张大春代表市长卢秀兰致辞。"
    assert _names_roles_titles(text) == [("张大春", "speaker", "副秘书长"), ("卢秀兰", "referenced", "市长")]
    # 代表 as a delegate stays in the title.
    text = "3月5日，青石市召开座谈会，人大代表、市长卢秀兰出席。"
    assert _names_roles_titles(text) == [("卢秀兰", "attendee", "人大代表、市长")]


def test_a_post_after_a_name_and_a_preposition_after_it_leave_the_name_and_no_name_after_the_post():
    text = "3月5日，青石大学校友会召开年会。杨军副校长向大家介绍了学校近年来的发展变化。"
    assert _names_roles_titles(text) == [("杨军", "speaker", "副校长")]
    # 作为代表: acting as a representative is no post.
    assert _names_roles_titles("3月5日，青石县总工会召开座谈会，张和平作为代表发言。") == [("张和平", "speaker", None)]


def test_surnames_outside_the_hundred_family_surnames_and_a_deputy_named_without_fu():
    text = "3月5日，青石中学召开家委会成立大会。校长陈卫元、副校长恽雪锋参加了会议。\n恽校长首先讲话。"
    assert _names_roles_titles(text) == [("陈卫元", "attendee", "校长"), ("恽雪锋", "speaker", "副校长")]
    assert read_name_after("禤国华出席", 0) == "禤国华"


def test_he_before_a_list_mark_ends_a_name_and_a_name_the_model_misreads_between_two_it_knows_stands():
    text = "3月5日，全国政协召开常委会议。全国政协副主席林文漪、罗富和、马飚、齐续春、陈晓光出席会议。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["林文漪", "罗富和", "马飚", "齐续春", "陈晓光"]
    # 和 between two names still joins them.
    assert [name for name, _, _ in _names_roles_titles("3月5日，青石县召开会议，县长王明和副县长李红出席。")] == ["王明", "李红"]


def test_a_committee_for_study_is_a_body_not_a_study_of_the_speech_after_it():
    text = "3月5日，青石县政协召开常委会议。文史和学习委员会主任王太华汇报了本委员会年度工作情况。"
    assert [(name, role) for name, role, _ in _names_roles_titles(text)] == [("王太华", "speaker")]


def test_reviewed_near_misses_of_the_sixteenth_sessions_people_rules():
    # 与会 and 受邀 cut from 代表 leave no post; a verb before a post after a name makes no title.
    assert _names_roles_titles("3月5日，青石县召开座谈会，与会代表李强、张华发言。") == [("李强", "speaker", None), ("张华", "speaker", None)]
    assert _names_roles_titles("3月5日，青石县召开座谈会。会上，王明感谢总经理对工会工作的支持。") == [("王明", "speaker", None)]
    # A post some of a body hold still titles a name read after it.
    assert _names_roles_titles("3月5日，青石县召开会议，其他县领导云立中同志出席。") == [("云立中", "attendee", "其他县领导")]
    # Renewing the oath with the county's leaders is no oath led; 同学生 is 同 and the students.
    assert _names_roles_titles("3月5日，青石县召开会议，县委书记王明和县领导一同重温入党誓词。") == [("王明", "attendee", "县委书记")]
    assert [name for name, _, _ in _names_roles_titles("3月5日，青石县召开座谈会。会上，韦刚同学生代表座谈交流。")] == ["韦刚"]


def test_ren_before_a_post_after_a_name_takes_the_post_and_no_title_runs_over_that_clause():
    text = "3月5日，青石县商会召开会员大会，会长王萍任大会主席，副会长李强主持会议。"
    assert _names_roles_titles(text) == [("王萍", "attendee", "会长"), ("李强", "chair", "副会长")]
    # 任 inside a given name stays there.
    assert [name for name, _, _ in _names_roles_titles("3月5日，青石县商会召开会员大会，秘书长张任远主持。")] == ["张任远"]
    # 荣任 (is honoured to take up) is the verb, whatever the model reads into the name before it.
    text = "3月5日，青石联会举行第九届理监事就职典礼，张莉荣任理事长，王惠珍荣任会长。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["张莉", "王惠珍"]
    assert [name for name, _, _ in _names_roles_titles("3月5日，青石联会举行就职典礼，理事长李荣任主持。")] == ["李荣任"]


def test_people_a_delegation_calls_on_and_a_relative_of_someone_are_no_names_of_the_meeting():
    opening = "6月3日，市侨联在香港召开座谈会，市侨联主席王明主持。"
    assert _names_roles_titles(opening + "访问团还拜访了中联办部长徐莽，侨总会长刘艺良、联谊会会长叶谋足等。") == [("王明", "chair", "市侨联主席")]
    assert _names_roles_titles(opening + "会前，王明看望了老会长李华。") == [("王明", "chair", "市侨联主席")]
    # One called on who attends the meeting too stays, with that role.
    text = "6月3日，市侨联召开座谈会，会长刘艺良出席。会后，主席王明拜访了刘艺良。"
    assert ("刘艺良", "attendee", "会长") in _names_roles_titles(text)
    # A visit word before a role verb is no visit of the name (慰问团团长X主持).
    assert [(name, role) for name, role, _ in _names_roles_titles("6月3日，市总工会召开座谈会，慰问团团长李华主持。")] == [("李华", "chair")]
    text = "6月3日，市侨联召开座谈会，孙中山先生孙女、基金会主席孙穗芳出席。"
    assert "孙女" not in [name for name, _, _ in _names_roles_titles(text)]


def test_listed_people_who_held_the_meeting_attend_it_and_a_matter_opened_by_dui_is_spoken_on():
    text = "12月14日，县科协组织常委邹朝晖、刘文胜等九位同志在会议室召开常委会会议，认真传达省科协会议精神。"
    assert [(name, role) for name, role, _ in _names_roles_titles(text)] == [("邹朝晖", "attendee"), ("刘文胜", "attendee")]
    text = "3月5日，镇政府召开会议。随后，镇党委副书记沈俊亮同志对我镇换届选举工作作具体布置。"
    assert _names_roles_titles(text) == [("沈俊亮", "speaker", "镇党委副书记")]
    # 对 opening whom the person called on is no talk given.
    text = "3月5日，镇政府召开会议，副镇长王明出席。王明对困难职工进行了走访慰问。"
    assert _names_roles_titles(text) == [("王明", "attendee", "副镇长")]


def test_names_a_vote_gives_posts_to_are_people_without_that_title():
    text = "3月5日，县妇联召开执委会议。会议表决通过了周慧、郑瑶任县妇联副主席。"
    assert _names_roles_titles(text) == [("周慧", "attendee", None), ("郑瑶", "attendee", None)]
    assert _names_roles_titles("3月5日，县妇联召开执委会议。会议通过了郑瑶任县妇联副主席。") == [("郑瑶", "attendee", None)]
    # 通过 as "by way of" names no one.
    assert _names_roles_titles("3月5日，县妇联召开执委会议。会议通过任免事项。") == []


def test_the_post_before_a_name_elected_after_it_is_the_post_held_already():
    text = "7月10日，校友会召开会员代表大会。会议选举产生了新一届理事会，党委书记郭健当选为会长，党委副书记、副校长王培光当选为常务副会长。"
    assert _names_roles_titles(text) == [("郭健", "attendee", "党委书记"), ("王培光", "attendee", "党委副书记、副校长")]
    # The posts a list after the election gives are the ones elected to: no title.
    text = "7月10日，县妇联召开代表大会。大会选举产生了新一届执委会，主席王芳，副主席李红。"
    assert _names_roles_titles(text) == [("王芳", "attendee", None), ("李红", "attendee", None)]


def test_a_surname_the_model_reads_as_an_adverb_opens_a_titled_name_a_list_mark_closes():
    text = "8月21日，侨联召开座谈会。市侨联主席齐全胜、副主席王明出席并讲话。"
    assert _names_roles_titles(text) == [("齐全胜", "speaker", "市侨联主席"), ("王明", "speaker", "副主席")]


def test_a_title_runs_back_over_each_conjunction_joining_posts_and_over_words_holding_a_stop_character():
    text = "8月21日，同乡会举行就职典礼。佛山市委常委及南海区委书记及人大主任邓伟根出席。"
    assert _names_roles_titles(text) == [("邓伟根", "attendee", "佛山市委常委及南海区委书记及人大主任")]
    text = "8月21日，同乡会举行就职典礼。美国和平教育基金会主席孙穗芳、旧金山高等法院退休法官邓孟诗出席。"
    assert _names_roles_titles(text) == [("孙穗芳", "attendee", "美国和平教育基金会主席"), ("邓孟诗", "attendee", "旧金山高等法院退休法官")]
    # 和 and 等 between two people still end the title.
    text = "8月21日，同乡会举行就职典礼。会长王明和副会长李华等出席。"
    assert _names_roles_titles(text) == [("王明", "attendee", "会长"), ("李华", "attendee", "副会长")]



def test_a_title_runs_over_a_stop_character_inside_a_word_of_a_body_and_over_a_place_before_a_joined_name():
    assert people("青石省文化广电和旅游厅党组书记、厅长林晓东出席会议。")["林晓东"] == ("attendee", "青石省文化广电和旅游厅党组书记、厅长")
    assert people("东岭区城市管理和综合执法局局长林晓东出席会议。")["林晓东"] == ("attendee", "东岭区城市管理和综合执法局局长")
    for title in ("青石市国有资产监督管理委员会党委书记", "省有色集团工会主席", "市政府对外经济工作顾问", "青石医科大学附属协和医院副院长"):
        assert people(f"{title}林晓东出席会议。")["林晓东"] == ("attendee", title)
    assert people("党的二十大代表、市公安局派出所所长林晓东出席会议。")["林晓东"] == ("attendee", "党的二十大代表、市公安局派出所所长")
    # A body's ending before the first post is no name that would close an earlier title (公司总支委员: not 司总支).
    assert people("大会由青石煤电公司总支委员、总工程师林晓东主持。")["林晓东"] == ("chair", "青石煤电公司总支委员、总工程师")
    # Near misses: the same characters as words of their own still end a title.
    assert people("会议向全体党员和支部书记林晓东提出要求。")["林晓东"][1] == "支部书记"
    assert people("县科协和县妇联主席王丽出席会议。")["王丽"][1] == "县妇联主席"
    assert people("县政协和县委统战部负责人刘平出席会议。")["刘平"][1] == "县委统战部负责人"
    assert people("会上，县委书记对外事办主任李强的汇报作了点评。")["李强"][1] == "外事办主任"
    assert people("县委党校校长张中心教授、县妇联主席周红出席会议。")["周红"][1] == "县妇联主席"
    assert people("出席会议的有副局长林晓东、陈明。")["林晓东"][1] == "副局长"
    assert people("来自东岭的副局长林晓东出席会议。")["林晓东"][1] == "副局长"


def test_a_post_of_the_congress_itself_is_a_title_and_a_preposition_ends_one():
    text = "8月21日，区政协召开全体会议。大会执行主席王志宏、张焕伦在主席台就座。"
    assert _names_roles_titles(text) == [("王志宏", "attendee", "大会执行主席"), ("张焕伦", "attendee", "大会执行主席")]
    # The meeting written before a post of the body (由 left out) is still no part of the title.
    assert _names_roles_titles("8月21日，区政协召开全体会议。会议党委书记王志宏主持。") == [("王志宏", "chair", "党委书记")]
    text = "8月21日，总会馆举行交接典礼。新任总董梁国源从满任总董黄中华手中接过印信。"
    assert _names_roles_titles(text) == [("梁国源", "attendee", "新任总董"), ("黄中华", "attendee", "满任总董")]


def test_guests_invited_to_attend_attend_and_one_who_delegated_is_referenced():
    text = "3月8日，全国妇联召开纪念大会。受表彰代表王克荣、于蕾作了发言。"
    assert [(name, role) for name, role, _ in _names_roles_titles(text)] == [("王克荣", "speaker"), ("于蕾", "speaker")]
    text = "3月12日，宗亲会举行会员大会。受邀出席的嘉宾有总会长庄崇意、理事长庄保祯。"
    assert _names_roles_titles(text) == [("庄崇意", "attendee", "总会长"), ("庄保祯", "attendee", "理事长")]
    text = "3月12日，宗亲会举行会员大会。受总会长庄崇意委托，理事长庄保祯致辞。"
    assert _names_roles_titles(text) == [("庄崇意", "referenced", "总会长"), ("庄保祯", "speaker", "理事长")]


def test_reviewed_near_misses_of_the_seventeenth_sessions_people_rules():
    # A visit the sentence goes on from to a meeting, a room named for visits and a visiting party call on no one.
    text = "6月3日，省总工会副主席王明一行到我市走访调研并召开座谈会，市总工会主席李四、副主席张五陪同。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["王明", "李四", "张五"]
    text = "6月3日，市侨联在市政府会见厅召开海外侨胞座谈会，市侨联主席李四、副主席张五出席。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["李四", "张五"]
    # A kinship word opening a longer given name is part of it.
    text = "6月3日，市总工会召开座谈会，市总工会副主席孙子涵主持会议，副主席孙子豪、李四出席。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["孙子涵", "孙子豪", "李四"]
    # A post the same election gave is no title; a conjunction after a name ends the next title.
    text = "6月3日，商会召开会员大会，选举产生了新一届理事会，新当选理事王明全票当选为会长。"
    assert _names_roles_titles(text) == [("王明", "attendee", None)]
    text = "6月3日，市委召开座谈会，朝阳区委书记张三和平谷区委书记李四出席。"
    assert _names_roles_titles(text) == [("张三", "attendee", "朝阳区委书记"), ("李四", "attendee", "平谷区委书记")]
    # 从 opening a place or a trade stays in the title.
    text = "6月3日，市委召开座谈会，从化区总工会主席王明、从江县委副书记李华出席，快递从业人员代表张三发言。"
    assert [title for _, _, title in _names_roles_titles(text)] == ["从化区总工会主席", "从江县委副书记", "快递从业人员代表"]
    # A preposition after a name opens no name before a post.
    text = "3月5日，商会举行交接仪式，监事长刘忠华出席。刘忠华向轮值会长表示祝贺。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["刘忠华"]


def test_officiating_and_witnessing_an_oath_end_a_name():
    assert _names_roles_titles("3月5日，同乡会举行就职典礼，由王明、李华主礼。") == [("王明", "attendee", None), ("李华", "attendee", None)]
    assert _names_roles_titles("3月5日，同乡会举行就职典礼，并由会长王明监誓。") == [("王明", "attendee", "会长")]


def test_a_name_the_model_runs_into_a_body_with_the_posts_last_character_stands():
    text = "3月5日，区委召开常委会，代区长安文哲及区委各常委出席。"
    assert _names_roles_titles(text) == [("安文哲", "attendee", "代区长")]


def test_xiang_after_an_adverb_is_the_preposition_and_a_meeting_planned_is_none():
    text = "商会交接\n3月5日，商会举行交接仪式。监事长刘忠华分享了发展历程，并向轮值会长提出工作建议。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["刘忠华"]
    assert [name for name, _, _ in _names_roles_titles("商会交接\n3月5日，商会举行交接仪式，向华会长主持。")] == ["向华"]
    text = "商会交接\n3月5日，商会举行交接仪式。刘会长作了汇报，计划通过举办品酒会等活动推进商会发展。"
    assert [m.meeting_name for m in parse_report(text)] == ["交接仪式"]


def test_another_name_in_brackets_a_post_someone_once_held_and_topics_listed_name_no_one_more():
    text = "6月3日，同乡会举行交接典礼，创会会长、知名艺人张宪修(张启天)莅临会场。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["张宪修"]
    text = "6月3日，同乡会举行交接典礼。前院长王明表示：这座新馆是他任行政院长时的政策。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["王明"]
    text = "6月3日，县政协召开议政会议。委员代表围绕优化营商环境、“一区三地”建设和文旅融合等方面纷纷发言。"
    assert _names_roles_titles(text) == []
    # A titled speaker on the topics is one.
    text = "6月3日，县政协召开议政会议。副主席王明围绕营商环境、文旅融合等方面发言。"
    assert _names_roles_titles(text) == [("王明", "speaker", "副主席")]
    # A surname the model reads as a verb after a body, not after a pronoun, opens a name before its post.
    text = "6月3日，县政府举办劳动法令研习会，与会贵宾包括劳保局青石办事处施栋材主任、总工会温国铭理事长。"
    assert [name for name, _, _ in _names_roles_titles(text)] == ["施栋材", "温国铭"]


def test_a_name_read_short_before_a_conjunction_is_the_full_name_the_report_knows_and_a_caption_position_is_no_title():
    from pipelines.parsing.report import parse_report

    text = (
        "商会会议\n为加强联系，由理事长林昭和亲自提议，商会于3月17日召开联席会议。\n"
        "晚宴前，商会举行讨论会，恭请理事长林昭和发表建言。\n小图左起理事长林昭和、秘书长颜长江。"
    )
    people = {(p.name, p.title) for m in parse_report(text) for p in m.people if p.name}
    assert "林昭" not in {name for name, _ in people}
    assert ("林昭和", "理事长") in people and ("林昭和", "小图左起理事长") not in people
    # A name the report writes only short is that name.
    text = "商会会议\n3月17日，商会召开联席会议，理事长林昭和秘书长颜长江出席。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["林昭", "颜长江"]


def test_a_name_and_the_first_character_of_an_adverb_are_no_married_name_and_a_list_item_opening_with_daibiao_is_a_body():
    from pipelines.parsing.report import parse_report

    text = "座谈会\n6月1日，青石会馆举行座谈会。会长吴明华表示，会内副会长陈文雄现为市议员。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["吴明华", "陈文雄"]
    text = "座谈会\n3月5日，市法院召开座谈会。区人大常委会主任李文起、代表联络室主任李成出席会议。"
    assert {p.name: p.role for m in parse_report(text) for p in m.people} == {"李文起": "attendee", "李成": "attendee"}
    # A preposition after a post, before a name the model reads, opens no name of its own.
    text = "座谈会\n3月5日，市法院召开座谈会，区人大常委会主任李文起出席。会前，孙玲玲主任向李文起主任汇报了重点工作情况。"
    assert "向李文" not in {p.name for m in parse_report(text) for p in m.people}


def test_gongcan_the_short_form_of_a_counsellor_with_ministerial_rank_is_a_post_after_a_name():
    from pipelines.parsing.report import parse_report

    text = "座谈会\n6月1日，青石会馆举行座谈会。中国驻法使馆领事部主任李平公参出席了座谈。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["李平"]


def test_adverbs_of_time_verbs_and_friends_before_a_post_are_no_part_of_the_title():
    for before, title in (("之后", "董事长"), ("另一位", "副会长"), ("进行", "第八届理事长"), ("荣升", "副主席"),
                          ("大会邀请到", "永远名誉理事长"), ("好朋友", "青石建设公司董事长")):
        text = f"大会{before}{title}王明"
        assert read_title_before(text, text.index("王明")) == title, before


def test_a_post_heads_the_names_after_its_colon_and_diplomatic_ranks_are_posts():
    from pipelines.parsing.report import parse_report

    found = lambda text: [(p.name, p.title) for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    text = "交接典礼\n3月5日，青石会馆举行交接典礼。移交经费的还有名誉主席张盛财，副主席：姚佩华、徐明达。"
    assert found(text) == [("张盛财", "名誉主席"), ("姚佩华", "副主席"), ("徐明达", "副主席")]
    text = "交接典礼\n3月5日，青石会馆举行交接典礼。中国驻法使馆临时代办邓励公使出席。"
    assert found(text) == [("邓励", "中国驻法使馆临时代办")]
    # A colon after a post that opens what was said names no one.
    assert found("交接典礼\n3月5日，青石会馆举行交接典礼。副主席王明表示：我们要团结。") == [("王明", "副主席")]


def test_a_doubled_word_after_a_post_is_no_name_and_the_leader_whose_charge_is_kept_is_referenced():
    from pipelines.parsing.report import parse_report

    text = "民主生活会\n1月5日，市政府党组召开专题民主生活会。市长徐相锋主持会议。会议要求，牢记习近平总书记殷殷嘱托，把心系群众体现到履职尽责全过程。"
    assert {p.name: p.role for m in parse_report(text) for p in m.people} == {"徐相锋": "chair", "习近平": "referenced"}
    assert read_name_after("主任殷殷嘱托", 2) is None and read_name_after("主任谆谆教导", 2) is None


def test_reviewed_near_misses_of_the_eighteenth_sessions_people_rules():
    from pipelines.parsing.report import parse_report

    found = lambda text: {p.name: (p.role, p.title) for m in parse_report("标题\n" + text) for p in m.people if p.name}  # noqa: E731
    # A name whose last character opens a word that follows names is still a name.
    assert "王升" in found("5月8日，青石商会举行年会，会长王升为大会致辞。")
    assert "李强" in found("5月8日，青石商会举行年会，副县长李强调研了职工之家建设并讲话。")
    # A married woman's four-character name closes as a list item does.
    assert "陈李美华" in found("3月5日，青石妇女会举行就职典礼，会长陈李美华表示感谢。")
    # A colon after a post that opens what is said to its holders names no one.
    assert found("3月5日，青石商会召开理事会。会议要求各位副会长：严格落实分工责任。") == {}
    # Topics across a comma are no span of topics.
    text = "6月3日，县政协召开议政会议。针对群众反映的问题，王明、李华、张强等委员提出了加强监管、完善服务等方面的建议。"
    assert set(found(text)) == {"王明", "李华", "张强"}
    # One escorted or reported to, last in the sentence, is who spoke after it.
    text = "3月5日，青石会馆举行座谈会。会长王明陪同县委书记李华参观了会馆展厅。他强调，要做好侨务工作。"
    assert found(text)["李华"][0] == "speaker" and found(text)["王明"][0] == "attendee"
    # Who gives a charge in person is there; a poems' reading named after a person is that person's.
    assert found("3月5日，县总工会召开劳模座谈会。会上，主席王明嘱托大家要发挥示范带头作用。")["王明"][0] != "referenced"
    # 到 joining two places is part of a body's name.
    assert found("3月5日，县总工会召开劳动竞赛推进会，青石到东岭高速公路建设指挥部指挥长王明出席。")["王明"][1] == "青石到东岭高速公路建设指挥部指挥长"


def test_tongbao_ends_a_transliterated_name_and_makes_a_speaker():
    from pipelines.parsing.report import parse_report

    text = "推进会\n9月5日，全国工会对口援疆工作推进会在乌鲁木齐召开。自治区总工会副主席阿力木·吐尔逊通报工作情况。"
    assert [(p.name, p.role) for m in parse_report(text) for p in m.people] == [("阿力木·吐尔逊", "speaker")]


def test_a_rare_surname_the_model_reads_in_a_titled_list_item_is_a_name():
    from pipelines.parsing.report import parse_report

    text = "座谈会\n3月5日，青石侨联召开座谈会。省侨联副主席余志勇，中联办协调部处长布志光，市侨联副主席杨彪出席了座谈会。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["余志勇", "布志光", "杨彪"]


def test_a_rare_surname_the_model_reads_apart_from_the_given_name_after_a_post_opens_the_name():
    assert names_at_a_meeting("省总工会党组成员、副主席卯金涛出席会议并讲话。") == ["卯金涛"], "卯 read as a verb"
    assert names_at_a_meeting("局党组成员库热西、汪民、王世元出席会议。") == ["库热西", "汪民", "王世元"], "库热|西 cut by the model"
    # A verb of leading or a conjunction between the post and the name is no surname.
    assert names_at_a_meeting("局党组书记率王世元出席会议。") == ["王世元"]
    assert names_at_a_meeting("局长与王世元出席会议。") == ["王世元"]
    assert names_at_a_meeting("县委书记请王明发言。") == ["王明"], "请 asks, it opens no name"
    assert names_at_a_meeting("局长邀王明出席。") == ["王明"]
    assert names_at_a_meeting("会长吴家荣、监事长胡池、监事高永文出席会议。") == ["吴家荣", "胡池", "高永文"], "长 closes the post 监事长"


def test_a_given_name_holding_a_preposition_or_a_surname_opening_a_post_word_is_read_between_a_post_and_a_deed():
    assert roles_at_a_meeting("副主席姜在明主持会议。") == [("姜在明", "chair")]
    assert roles_at_a_meeting("县档案局局长秘强对下一步工作进行具体部署。") == [("秘强", "speaker")], "秘 opens no 秘书 here"
    # Near misses: the surname, then a word or a place the preposition opens; a post word the character opens; no
    # name at all where a post stands alone before the deed.
    assert names_at_a_meeting("县文联主席王在场主持会议。") == []
    assert names_at_a_meeting("局长王在会上讲话。") == []
    assert names_at_a_meeting("会长秘书长王明出席会议。") == ["王明"]
    assert names_at_a_meeting("县档案局局长在会上对下一步工作进行具体部署。县政协副主席只说了几句。") == []


def test_a_level_and_a_bodys_ending_the_model_reads_as_a_person_is_the_body():
    # 区 is a surname as well as a district; 区|文联 is the district's federation, whose 主席 is the post of the name after.
    assert roles_at_a_meeting("区文联主席、作协主席章建琴出席会议。") == [("章建琴", "attendee")]
    # Near miss: a given name that is a body's ending after a surname that is no level (黄|海关) is a name.
    assert roles_at_a_meeting("委员黄海关出席会议。") == [("黄海关", "attendee")]


def test_a_surname_the_model_reads_as_the_preposition_to_between_a_post_and_a_deed():
    assert roles_at_a_meeting("局党组书记、局长向世聪主持会议并讲话。") == [("向世聪", "chair")], "向 read as 'to'"
    assert roles_at_a_meeting("副局长向世聪出席会议。") == [("向世聪", "attendee")]
    # "To" with an object the post holder gives or tells something: no name opens with it.
    assert roles_at_a_meeting("主席向世聪介绍了情况。") == []
    assert "向王明" not in names_at_a_meeting("局长向王明、李华颁发证书。")
    assert "向李华" not in names_at_a_meeting("县委书记向李华出席大会表示祝贺。"), "greeting the one who came"


def test_a_two_character_name_that_is_a_word_of_its_own_between_a_post_and_a_deed():
    assert roles_at_a_meeting("省红十字会党组书记、常务副会长盛放出席会议并讲话。") == [("盛放", "speaker")], "盛放 read as a verb"
    assert roles_at_a_meeting("副主席盛放同志参加会议。") == [("盛放", "attendee")]
    # The words that follow names, and adverbs, stand there too: no name.
    assert roles_at_a_meeting("副局长应邀出席会议。") == []
    assert roles_at_a_meeting("局长连续出席会议。") == []
    assert roles_at_a_meeting("主任曾经主持会议。") == []


def test_policy_wording_whose_characters_read_as_names_names_no_one():
    from pipelines.parsing.report import parse_report

    text = "5月3日，县河长办召开会议。会议强调，要统筹山水林田湖草沙冰等生态要素，全面推行林长制提升林业治理水平。"
    assert [p.name for m in parse_report(text) for p in m.people] == []


def test_the_clause_that_opens_with_the_audience_goes_on_with_the_speaker():
    assert roles_at_a_meeting("会上，区委宣传部副部长王明从当前形势出发，为大家解读了有关精神。") == [("王明", "speaker")]
    assert roles_at_a_meeting("副部长王明出席会议，为全体党员讲授了专题党课。") == [("王明", "speaker")]
    # What is done for the audience without a talk, or a clause of purpose, leaves the one who came an attendee.
    assert roles_at_a_meeting("办公室副主任王玲针对新学期各项工作做了具体安排。") == [("王玲", "speaker")], "针对 opens the matter"
    assert roles_at_a_meeting("副部长王明出席会议，为大家准备了学习资料。") == [("王明", "attendee")]
    assert roles_at_a_meeting("副部长王明出席会议，为大力推进工作，局长李华作了讲话。") == [("王明", "attendee"), ("李华", "speaker")]


def test_the_item_between_two_list_marks_is_the_whole_name_the_model_cut():
    from pipelines.parsing.report import parse_report

    text = "开幕式\n11月3日，市侨联召开代表大会。李惠文、黄振中、刘刚、郑大有、关耀东等市领导在主席台上就座。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["李惠文", "黄振中", "刘刚", "郑大有", "关耀东"]
    # A two-character name before the last mark stays two.
    text = "开幕式\n11月3日，市侨联召开代表大会。李惠文、黄振中、刘刚、关耀东等市领导在主席台上就座。"
    assert "刘刚" in [p.name for m in parse_report(text) for p in m.people]


def test_a_name_read_inside_the_holders_name_is_part_of_the_body():
    from pipelines.parsing.report import parse_report

    for place in ("李家朝阳村", "白音图嘎镇"):
        text = f"10月16日，在青石旗草原深处，{place}青山嘎查党支部正在召开主题党日活动，支部书记王明主持。"
        [meeting] = parse_report(text)
        assert meeting.organizer == f"{place}青山嘎查党支部"
        assert [p.name for p in meeting.people] == ["王明"]


def test_a_married_womans_name_as_hong_kong_writes_it_keeps_both_surnames():
    from pipelines.parsing.report import parse_report

    def names(sentence):
        return [p.name for m in parse_report("3月2日，青石区议会举行会议。" + sentence) for p in m.people]

    assert names("行政长官林郑月娥出席并致辞。") == ["林郑月娥"]
    assert names("行政长官林郑月娥今日下午举行记者会。局长陈肇始亦有出席。") == ["林郑月娥", "陈肇始"]
    # Near miss: a preposition that is also a surname opens no name.
    assert names("局长向王明华汇报工作。") == ["王明华"]


def test_a_name_followed_by_ji_ends_before_it():
    assert people("9月27日晚，中国驻青石总领事张卫国暨夫人在青石举办招待会。") == {"张卫国": ("attendee", "中国驻青石总领事")}


def test_tibetan_names_the_model_reads_are_people_though_no_surname_opens_them():
    text = "3月5日，区总工会召开座谈会。县委书记扎西顿珠出席会议并讲话。副县长格桑卓玛主持会议。"
    assert {p.name: p.role for m in parse_report(text) for p in m.people} == {"扎西顿珠": "speaker", "格桑卓玛": "chair"}


def test_a_spirit_and_a_leader_inside_a_fixed_formulation_are_no_one():
    text = "3月5日，镇总工会召开座谈会。王明要求大家以高度负责的主人翁精神，团结在以习近平为核心的党中央周围。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["王明"]


def test_daidui_ends_a_name():
    text = "3月5日，县总工会召开党组会议。会议决定由秘书长阿斯哈尔·吐尔逊带队，赴驻村工作组督导。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["阿斯哈尔·吐尔逊"]


def test_a_clause_opening_with_a_verb_whose_first_character_is_a_surname_names_no_one():
    text = "3月5日，区总工会召开全委会。主席王明强调，要履行好维权服务基本职责，关注新就业形态劳动者群体，维护好职工合法权益。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["王明"]
    # A name the model reads whole opens its clause.
    text = "3月5日，区总工会召开全委会。主席王明主持会议，高兴华作工作报告。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["王明", "高兴华"]


def test_a_transliterated_name_runs_past_six_characters_only_through_transliteration_characters():
    assert list(people("青石国总理乔治·克维利卡什维利致辞。")) == ["乔治·克维利卡什维利"]
    assert list(people("副主席阿力木·吐尔逊主持会议。")) == ["阿力木·吐尔逊"]


def test_a_header_naming_the_body_whose_members_attended_lists_them():
    text = "4月21日，青石会馆举行会员大会。大会由理事长王明主持。\n出席会员大会的会馆理事会成员有王明,李华,张强,刘伟。"
    found = {p.name: p.role for m in parse_report(text) for p in m.people}
    assert found == {"王明": "chair", "李华": "attendee", "张强": "attendee", "刘伟": "attendee"}
    # Leaders heading the list are the names' title.
    text = "6月5日，县总工会召开全委会议。出席会议的市领导有林晓东、王明。"
    assert {p.name: p.title for m in parse_report(text) for p in m.people} == {"林晓东": "市领导", "王明": "市领导"}


def test_what_a_person_puts_forward_or_calls_for_is_a_speech():
    text = "3月1日，青石村召开乡贤座谈会。村主任王明倡议要发展产业，校长李强提倡以教育为本，董事长张华提出要打造“内循环经济”。"
    [meeting] = parse_report(text)
    assert {p.name: p.role for p in meeting.people} == {"王明": "speaker", "李强": "speaker", "张华": "speaker"}
    # What others put forward, heard by the person, is no speech of theirs.
    text = "3月1日，青石村召开乡贤座谈会。镇长王明出席会议，认真听取了乡贤们提出的意见。"
    [meeting] = parse_report(text)
    assert {p.name: p.role for p in meeting.people} == {"王明": "attendee"}


def test_a_two_character_name_the_model_reads_between_a_post_and_a_deed_is_a_name_whatever_its_surname():
    # A surname no list holds (青, 铁, 渠), between a post and what only a person does.
    for text, name, role in (
        ("3月1日，青石大学召开工作会议。校党委常委、副校长青平主持大会。", "青平", "chair"),
        ("3月1日，青石市召开工作会议。中国文联主席、中国作协主席铁凝主持会议。", "铁凝", "chair"),
        ("3月1日，青石县召开工作会议。县人寿保险公司经理渠冰参加会议。", "渠冰", "attendee"),
    ):
        [meeting] = parse_report(text)
        assert [(p.name, p.role) for p in meeting.people] == [(name, role)], text
    # A given name ending like a unit (科), closed by the mark that ends its titled item.
    [meeting] = parse_report("3月1日，青石市召开工作会议。东莞市委副书记张科，东莞市委常委王明出席。")
    assert [p.name for p in meeting.people] == ["张科", "王明"]
    # A unit's name goes on after its last character: no name.
    [meeting] = parse_report("3月1日，青石市召开工作会议。市委书记王明，办公室主任、法规科科长李强出席。")
    assert [p.name for p in meeting.people] == ["王明", "李强"]


def test_giving_to_those_who_put_something_forward_or_tendering_a_resignation_is_no_speech():
    [meeting] = parse_report("3月1日，县政协召开全体会议。县政协主席王明为提出优秀提案的委员颁奖。")
    assert {p.name: p.role for p in meeting.people} == {"王明": "attendee"}
    [meeting] = parse_report("3月1日，县人大常委会召开会议。副主任王明提出辞去县人大常委会副主任职务的请求。")
    assert {p.name: p.role for p in meeting.people} == {"王明": "attendee"}


def test_the_earlier_formula_for_the_party_centre_names_no_one():
    [meeting] = parse_report("3月1日，全市少代会召开。大会号召少先队员紧密团结在以习近平同志为总书记的党中央周围。")
    assert meeting.people == []


def test_a_transliterated_name_ends_before_the_conjunction_the_model_runs_it_on_over():
    [meeting] = parse_report("3月1日，新西兰华商俱乐部举行年会。国会议员梅丽莎·李和王明出席。")
    assert [p.name for p in meeting.people] == ["梅丽莎·李", "王明"]


def test_words_of_phrases_built_alike_are_no_names():
    text = "3月1日，青石支部召开党员大会。书记王明要求党员做到学史明理、学史增信、学史崇德、学史力行。"
    [meeting] = parse_report(text)
    assert {p.name for p in meeting.people if p.name} == {"王明"}
    # A post repeated before each listed name still titles names.
    text = "3月1日，青石市召开全委会。副市长张三、副市长李四、副市长王五出席。"
    [meeting] = parse_report(text)
    assert {p.name for p in meeting.people if p.name} == {"张三", "李四", "王五"}


def test_a_name_with_a_surname_no_list_holds_between_a_post_and_a_persons_deed():
    [meeting] = parse_report("3月1日，青石大学召开干部大会。会议由校党委书记千海兰主持。")
    assert (meeting.chair, [(p.name, p.role) for p in meeting.people if p.name]) == ("千海兰", [("千海兰", "chair")])
    # Words between a post and the deed are no name.
    [meeting] = parse_report("3月1日，青石大学召开干部大会。会议由校党委书记亲自主持。")
    assert [p.name for p in meeting.people if p.name] == []


def test_a_mongolian_name_of_two_elements_is_read_whole():
    [meeting] = parse_report("3月1日，青石旗召开会议。自治区总工会副主席乌兰图雅、巴特尔那顺分别讲话。")
    assert {p.name for p in meeting.people if p.name} == {"乌兰图雅", "巴特尔那顺"}
    # A Han name ending in an element is read by the surname rules as ever.
    [meeting] = parse_report("3月1日，青石旗召开会议。旗委书记王巴特主持会议。")
    assert meeting.chair == "王巴特"


def reported(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.title) for m in parse_report(text) for p in m.people if p.name}


def test_a_character_the_model_reads_as_a_verb_before_a_post_ends_the_name():
    # The model reads 梁松 and 召 (a verb); no verb stands between a name and the post written after it.
    assert reported("3月1日，青石县林业局召开春防会议。会议由梁松召副局长主持。") == {"梁松召": ("chair", "副局长")}
    # A verb of leading or taking up a post, or a preposition, does stand there.
    assert reported("3月5日，青石县总工会召开座谈会。刘洋率副主席王芳参加会议。") == {"刘洋": ("attendee", None), "王芳": ("attendee", "副主席")}
    assert reported("3月5日，青石县总工会召开座谈会。张华向副局长李明汇报工作。")["张华"][1] is None
    # A post with a name after it titles that name, whatever stands before it.
    assert "王明" in reported("3月1日，青石局召开会议。会上，王明召副局长李华等人研究工作。")


def test_the_deputy_of_a_corps_commanders_post_after_a_name():
    text = "3月4日，省消防总队召开会议。冷俐总队长出席会议并讲话，会议由崔春起副总队长主持。会上，黄明副总队长传达了会议精神。"
    assert reported(text) == {"冷俐": ("speaker", "总队长"), "崔春起": ("chair", "副总队长"), "黄明": ("speaker", "副总队长")}
    # A verb or a conjunction before the next post ends the post written after the name.
    assert reported("3月4日，青石协会召开理事会。王明会长和副会长作了发言。")["王明"] == ("speaker", "会长")
    # 副总 alone is a deputy general manager's post.
    assert reported("3月4日，青石公司召开会议。王明副总主持会议。") == {"王明": ("chair", "副总")}


def test_a_four_character_name_between_a_post_and_comrade():
    text = "12月5日，县安委会召开全体会议。会上，安办主任阿木布哈同志通报全县安全生产情况。"
    assert reported(text) == {"阿木布哈": ("speaker", "安办主任")}
    # A post inside the four characters opens another title; two or three characters stay the name.
    assert reported("12月5日，县委召开会议。局长助理王明同志出席。") == {"王明": ("attendee", "局长助理")}
    assert reported("12月5日，县委召开会议。县长张晓明同志出席。") == {"张晓明": ("attendee", "县长")}


def test_a_name_the_model_misses_inside_a_list_of_names_it_reads():
    text = "3月4日，民盟支部召开学习会。盟市委机关杨浩雨、帅银花、汪香凝应邀参加会议。"
    assert set(reported(text)) == {"杨浩雨", "帅银花", "汪香凝"}
    text = "3月4日上午，台盟界别召开小组预备会议。孔令智、符之冠传达了相关会议精神。"
    assert reported(text) == {"孔令智": ("speaker", None), "符之冠": ("speaker", None)}
    # An item that is no name, or one no name or deed follows, stays out.
    assert set(reported("3月4日，镇党委召开会议。王明、高质量发展主持。")) == {"王明"}


def test_a_title_runs_over_places_listed_in_brackets_and_bodies_listed_before_a_shared_post():
    text = "7月12日，长江流域联席会议召开。联席会议成员、长江流域十五省(区、市)领导刘涛、王琳出席会议。"
    assert {name: title for name, (_, title) in reported(text).items()} == {
        "刘涛": "联席会议成员、长江流域十五省(区、市)领导", "王琳": "联席会议成员、长江流域十五省(区、市)领导"}
    text = "7月12日，全省安全生产会议召开。省安全监管局、四川煤监局党组成员陈德跃出席会议。"
    assert reported(text) == {"陈德跃": ("attendee", "省安全监管局、四川煤监局党组成员")}
    # A name before the 、 closes the title of the next person as before.
    text = "3月1日，县委召开会议。县政协主席张三、县人大常委会副主任李四出席。"
    assert reported(text) == {"张三": ("attendee", "县政协主席"), "李四": ("attendee", "县人大常委会副主任")}


def test_a_study_word_opening_the_name_of_a_body_set_up_for_the_study_is_part_of_the_title():
    text = "3月1日，市委召开宣讲会。市委学习贯彻全国两会精神宣讲团成员、市委党校科长宋凤雀作宣讲。"
    assert reported(text) == {"宋凤雀": ("speaker", "市委学习贯彻全国两会精神宣讲团成员、市委党校科长")}
    text = "3月1日，民进中央召开会议。学习实践活动领导小组办公室主任刘新成出席。"
    assert reported(text) == {"刘新成": ("attendee", "学习实践活动领导小组办公室主任")}
    # A leader whose words are studied keeps the post alone.
    assert reported("3月1日，县委召开会议，传达学习贯彻市委书记王明的讲话精神。") == {"王明": ("referenced", "市委书记")}


def test_a_dharma_name_before_its_honorific():
    text = "9月5日，青石市佛教协会第七次代表大会隆重举行。省佛教协会会长圣辉大和尚出席会议。会议由演觉法师主持。"
    assert reported(text) == {"圣辉": ("attendee", "省佛教协会会长"), "演觉": ("chair", None)}
    assert set(reported("4月23日，青石市佛教协会举行代表会议。礼请明学长老担任名誉会长。")) == {"明学"}
    # Nothing shows where a name would start: a word of the prose before the honorific.
    assert reported("3月1日，青石寺召开会议。该寺法师参加会议。") == {}
    # A post, 由 or a list mark before the two characters anchors a Dharma name the model reads apart.
    text = "3月1日，青石佛教会召开会员大会。中国佛教会理事长净耀大和尚出席会议并讲话。由见引法师接任理事长。"
    assert reported(text) == {"净耀": ("speaker", "中国佛教会理事长"), "见引": ("attendee", None)}
    # Words the model reads before the honorific, or running on into it, are no Dharma names.
    for text in ("局长王强主持，邀请法师代表发言。", "青年法师代表、居士代表参加。", "教会长老、传道人参加。", "副校长老师代表参加。", "与寺院法师交流。"):
        assert reported(f"3月1日，青石佛教会召开会员大会。{text}").keys() <= {"王强"}, text
    # The monks of every monastery, and an abbot named by his post, are no Dharma names.
    assert reported("3月1日，青石佛教会召开会员大会。诸山长老、各位法师出席会议。") == {}
    assert reported("3月1日，青石寺召开会议。方丈法师主持会议。") == {}


def test_reviewed_near_misses_of_the_sessions_later_people_rules():
    assert "李建华" in reported("3月1日，县委召开会议。县委常委、组织部部长李建华女同志出席并讲话。")
    assert set(reported("3月1日，县委召开会议。县领导王明、李华、钟书记出席。")) == {"王明", "李华"}
    assert reported("3月1日，青石协会召开会议。王明秘书长兼副会长主持会议。") == {"王明": ("chair", "秘书长兼副会长")}
    # A monastic post or a word of the prose before the honorific is no Dharma name.
    assert reported("3月1日，青石寺召开会议。住持法师主持会议，全体法师参加会议。") == {}


def test_a_transliterated_name_with_a_big5_dot_and_after_a_second_post():
    text = "5月3日，青石商会召开大会。老挝政府副总理兼外交部长通伦‧西苏利、永珍市委书记兼市长树甘·马哈拉出席。"
    assert reported(text) == {
        "通伦‧西苏利": ("attendee", "老挝政府副总理兼外交部长"),
        "树甘·马哈拉": ("attendee", "永珍市委书记兼市长"),
    }
    text = "5月3日，青石商会召开大会。永珍市委书记兼市长树甘‧马哈拉出席。"
    assert reported(text) == {"树甘‧马哈拉": ("attendee", "永珍市委书记兼市长")}, "the Big5 dot after a second post too"


def test_a_dot_between_two_titled_names_as_taiwan_types_a_list_joins_no_name():
    assert reported("5月3日，青石议会召开会议。议长陈明‧副议长李华出席。") == {"陈明": ("attendee", "议长"), "李华": ("attendee", "副议长")}


def test_ren_taking_a_post_that_ends_its_clause_is_no_character_of_the_name():
    text = "5月3日，青石商会召开理事会。选举张泽任总会三届理事会会长，谢传仁、栾毅昌任副会长。"
    assert set(reported(text)) == {"张泽", "谢传仁", "栾毅昌"}
    # Near misses: 任 ending a name before a deed, in a list of names, or before a verb of taking a post stays the name's.
    assert set(reported("5月3日，青石商会召开理事会，选举王立任为会长。")) == {"王立任"}
    assert set(reported("5月3日，青石商会召开理事会，王立任当选为会长。")) == {"王立任"}
    assert set(reported("5月3日，青石商会召开理事会，副会长李德任主持会议。")) == {"李德任"}
    assert set(reported("5月3日，青石商会召开理事会，王立任、李德任等出席。")) == {"王立任", "李德任"}


def test_shou_a_surname_more_often_a_word_is_one_in_a_list_after_a_post():
    assert set(reported("5月3日，青石政协召开会议。副主席胡文容、寿子琪、钱锋出席。")) == {"胡文容", "寿子琪", "钱锋"}
    assert reported("5月3日，青石村召开大会，为老人祝寿子女出席。") == {}


def test_names_of_rare_surnames_or_rare_characters_between_a_post_and_a_deed():
    assert reported("3月5日，青石市伊斯兰教协会召开代表大会，副市长铁云霞出席会议并讲话。") == {"铁云霞": ("speaker", "副市长")}
    assert reported("3月5日，青石区教育局召开会议。局长黄与红出席会议。") == {"黄与红": ("attendee", "局长")}
    # 只 (only) is no surname: 局长只派人参加 says who was sent.
    assert reported("3月5日，青石局召开会议，局长只出席了开幕式。") == {}
    assert "只派人" not in reported("3月5日，县委召开督查通报会。通报指出，个别单位局长只派人参加会议。")


def test_a_name_the_rules_would_not_read_alone_is_one_between_names_of_a_list():
    [meeting] = parse_report("5月3日，青石县律师协会召开会长办公会。副会长王向南、李金府、成冬梅、赵一平参加了会议。")
    assert [(p.name, p.title) for p in meeting.people] == [
        ("王向南", "副会长"), ("李金府", "副会长"), ("成冬梅", "副会长"), ("赵一平", "副会长")
    ]
    # Near miss: groups listed after a name are no names.
    [meeting] = parse_report("5月3日，青石县律师协会召开会长办公会。副会长王向南、成员单位代表、和平社区负责人参加了会议。")
    assert [p.name for p in meeting.people if p.name] == ["王向南"]


def test_directors_and_supervisors_together_are_one_post():
    assert names_at_a_meeting("大会凝聚了商界理监事同仁守望相助的精神。") == []
    assert roles_at_a_meeting("会长王明、理监事李强出席。") == [("王明", "attendee"), ("李强", "attendee")]
    assert people("理监事李强出席会议。")["李强"] == ("attendee", "理监事")


def test_a_household_character_ends_no_name_the_rules_read_alone():
    assert names_at_a_meeting("有序组织户代表查验户代表证、领票、写票、投票。") == []
    # Near miss: a household's delegate named after the post is a person.
    assert roles_at_a_meeting("户代表张建国发言。") == [("张建国", "speaker")]


def test_a_body_s_short_name_the_model_reads_as_a_person_is_no_person():
    text = "2月2日，陈锻集团召开表彰大会。赵明远指出，过去的一年，推动陈锻各项工作再攀新的高峰。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["赵明远"]
    # Near misses: a person the report names where no body's ending ever follows the name, and one who speaks or
    # acts where named, whatever body the report names after the person.
    text = "2月2日，青石集团召开表彰大会。赵明远指出，过去的一年，陈锻各项工作成绩突出。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["赵明远", "陈锻"]
    assert names_at_a_meeting("陈锻指出，过去一年陈锻集团各项工作成绩突出。") == ["陈锻"]
    assert names_at_a_meeting("李强在发言中介绍了李强班组的经验。") == ["李强"]


def test_a_name_the_model_reads_as_the_end_of_a_body_is_a_person_before_a_deed():
    text = "5月28日，全镇动员大会在镇大会议室召开。会议由镇党委尚金城主持。"
    assert [(m.chair, [(p.name, p.title) for p in m.people]) for m in parse_report(text)] == [("尚金城", [("尚金城", None)])]
    # Near miss: a body that chairs is no person.
    assert [p.name for m in parse_report("5月28日，青石集团召开大会。会议由集团工会主持。") for p in m.people] == []


def test_a_two_character_name_with_a_surname_more_often_a_word_stands_after_a_post_before_prose():
    text = "3月5日，区委巡察组召开动员会。巡察组组长原浩就开展巡察工作作了动员讲话。"
    assert [(p.name, p.role) for m in parse_report(text) for p in m.people] == [("原浩", "speaker")]
    # Near miss: two such characters ending at a list mark are an item of posts.
    assert [name for name in names_at_a_meeting("理事长暨理、监事出席会议。") if name] == []


def test_a_surname_the_model_reads_as_a_word_opens_a_titled_name_before_a_role_verb():
    # A rare surname no list holds (净), and one the model reads as an adverb (仝), before what a speaker does.
    assert roles_at_a_meeting("首先，由副处长净涛宣读了成立的批复文件。") == [("净涛", "speaker")]
    assert roles_at_a_meeting("会上，副县长仝建坤领学了重要内容。") == [("仝建坤", "speaker")]
    # Near misses: a rare surname that opens a post word, and an adverb before a verb, are no names.
    assert [name for name in names_at_a_meeting("会上，局长秘强对工作进行部署。") if name] == []
    assert [name for name in names_at_a_meeting("会上，书记都要讲话。") if name] == []


def test_a_rite_performed_within_a_meeting_is_no_chairing_of_it():
    assert roles_at_a_meeting("县长王明主持剪彩仪式。") == [("王明", "attendee")]
    assert roles_at_a_meeting("名誉主席林日新为典礼主持监誓仪式。") == [("林日新", "attendee")]
    # Near misses: chairing the meeting, or its opening.
    assert roles_at_a_meeting("会议由王明主持。") == [("王明", "chair")]
    assert roles_at_a_meeting("王明主持开幕式。") == [("王明", "chair")]


def test_a_president_general_is_one_post():
    # 华总|总会长: the federation's short name, then the post; no name of 华总总.
    assert [name for name in names_at_a_meeting("华总总会长丹斯里方明远披露，会馆发展平稳。") if name] == []
    assert roles_at_a_meeting("总会长王明致辞。") == [("王明", "speaker")]


def test_who_arranged_the_work_at_the_meeting_speaks():
    assert roles_at_a_meeting("政教科科长王振堂安排了学校安全工作的具体细节。") == [("王振堂", "speaker")]
    # Near miss: who was only there attends.
    assert roles_at_a_meeting("政教科科长王振堂参加了会议。") == [("王振堂", "attendee")]


def test_a_list_of_names_each_with_its_post_after_shares_what_the_list_does():
    text = "王晓东副局长、张永生副局长、罗平副局长就分管领域进行了工作布置。"
    assert roles_at_a_meeting(text) == [("王晓东", "speaker"), ("张永生", "speaker"), ("罗平", "speaker")]
    # Near miss: a list that only attends.
    assert roles_at_a_meeting("王晓东副局长、张永生副局长出席会议。") == [("王晓东", "attendee"), ("张永生", "attendee")]


def test_former_holders_a_clause_tells_of_are_referenced():
    text = "在历任赵家成、黎晓文、赵安兴会长和全体委员的带领下，分会不断发展。"
    assert roles_at_a_meeting(text) == [("赵家成", "referenced"), ("黎晓文", "referenced"), ("赵安兴", "referenced")]
    assert roles_at_a_meeting("她感谢卸任理事长陈槐生带领会员稳健经营。") == [("陈槐生", "referenced")]
    # Near misses: a former holder who came, and one person whose past posts are told, attend.
    assert roles_at_a_meeting("前理事长张玉山出席会议。") == [("张玉山", "attendee")]
    assert roles_at_a_meeting("历任会长王明出席会议。") == [("王明", "attendee")]


def test_the_work_a_deputy_is_in_charge_of_is_part_of_the_title():
    text = "会议由市总工会党组副书记、分管日常工作的副主席王明主持。"
    assert read_title_before(text, text.find("王明")) == "市总工会党组副书记、分管日常工作的副主席"
    text = "会议由县委常委、负责农业的副县长王明主持。"
    assert read_title_before(text, text.find("王明")) == "县委常委、负责农业的副县长"
    # Near misses: a 的 that closes no charge, and a charge of the report's own body, stop the title as before.
    text = "会议学习了负责同志的讲话，他分管的工作很多的副县长王明主持。"
    assert read_title_before(text, text.find("王明")) == "副县长"
    text = "分管我园的校长助理王明出席。"
    assert read_title_before(text, text.find("王明")) == "校长助理"


def test_a_title_ending_in_a_post_outranks_a_longer_one_ending_in_a_kind_of_person():
    text = "队工会主席李光文主持会议。会上，省工会十三大代表李光文主席介绍了大会盛况。"
    assert roles_at_a_meeting(text) == [("李光文", "chair")]
    assert [p.title for m in parse_report(A_MEETING + text) for p in m.people] == ["队工会主席"]
    # Near miss: of two posts the longer title stands.
    text = "副主席李光文主持会议。会上，省总工会副主席李光文介绍了大会盛况。"
    assert [p.title for m in parse_report(A_MEETING + text) for p in m.people] == ["省总工会副主席"]


def test_an_honour_held_before_the_posts_runs_the_title_on_across_the_list_mark():
    text = "全国劳模、青石纺织集团车间主任王明出席。"
    assert read_title_before(text, text.find("王明")) == "全国劳模、青石纺织集团车间主任"
    text = "市政协副主席候选人、旗委书记王明出席。"
    assert read_title_before(text, text.find("王明")) == "市政协副主席候选人、旗委书记"
    # Near misses: an honour alone holds no post, whatever list follows it, and a name before 、 closes the title.
    assert people("全国劳模张华、李强出席。") == {"张华": ("attendee", None), "李强": ("attendee", None)}
    text = "车间主任张华、班组长李强出席。"
    assert read_title_before(text, text.find("李强")) == "班组长"


def test_a_long_title_the_window_cuts_inside_a_word_runs_back_to_the_stop_before():
    text = "座谈会上，联合国秘书长高级别咨询委员会委员、原中国驻东盟特命全权大使、中国国际问题研究院院长王明作主旨发言。"
    assert read_title_before(text, text.find("王明")) == "联合国秘书长高级别咨询委员会委员、原中国驻东盟特命全权大使、中国国际问题研究院院长"
    # Near miss: a title the window holds whole stops where it did.
    text = "座谈会上，中国国际问题研究院院长王明作主旨发言。"
    assert read_title_before(text, text.find("王明")) == "中国国际问题研究院院长"


def test_nouns_of_charge_bare_honours_and_titles_holding_a_post_read_as_before():
    # 负责人 and 主管责任 are nouns, no charge a post is qualified by.
    text = "会议强调要落实好主管责任的市场监管局局长王明讲话。"
    assert read_title_before(text, text.find("王明")) == "市场监管局局长"
    # A title holding a post outranks a bare post, whatever it ends with.
    text = "主席王明主持会议。会上，县总工会主席、省人大代表王明作工作报告。"
    assert [p.title for m in parse_report(A_MEETING + text) for p in m.people] == ["县总工会主席、省人大代表"]
    # Bare honours listed beside a person are groups, no part of the person's title.
    text = "劳动模范、先进工作者、县总工会副主席王明等50余人参加座谈。"
    assert read_title_before(text, text.find("王明")) == "县总工会副主席"


def test_a_name_the_model_reads_as_an_adjective_between_a_post_and_a_list_mark_is_a_name():
    text = "3月2日，区红十字会召开会员代表大会。区委书记朱芝松、区人大主任庞峻、区政协主席祝学军出席。"
    assert [(p.name, p.title) for m in parse_report(text) for p in m.people if p.name] == [
        ("朱芝松", "区委书记"), ("庞峻", "区人大主任"), ("祝学军", "区政协主席"),
    ]
    # Near miss: an adjective before a list of manners is no name.
    assert [n for n in names_at_a_meeting("办公室主任李华说，党委书记高兴、自豪地表示欢迎。") if n] == ["李华"]


def test_a_name_the_model_reads_between_two_listed_names_keeps_a_character_names_rarely_hold():
    text = "理论学习中心组成员王大平、黄小彪、李名扬、陈磊、吴钟凯出席会议。"
    assert names_at_a_meeting(text) == ["王大平", "黄小彪", "李名扬", "陈磊", "吴钟凯"]
    # Near miss: a count of people after the list is no name.
    assert [n for n in names_at_a_meeting("出席会议的有王大平、黄小彪等30名代表。") if n] == ["王大平", "黄小彪"]


def test_a_surname_the_model_reads_as_an_adverb_opens_a_titled_name_a_comma_and_another_titled_name_close():
    text = "3月2日，青石会馆召开会员大会。会馆顾问郭明忠，前会长曾建权，市政协副主席王瑞杰出席。"
    assert "曾建权" in [p.name for m in parse_report(text) for p in m.people]
    # Near miss: an adverb after a post before a comma that no titled name follows opens no name.
    assert [n for n in names_at_a_meeting("前会长曾经表示，会馆将继续发展。") if n] == []


def test_a_surname_like_character_and_a_word_of_position_is_no_name():
    text = "11月8日，青禾县政府召开县务会议。黄立男处长自投入公职以来，历任多项管理职务，任内致力于制度建构。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["黄立男"]
    # Near miss: a given character of no position, a post before it.
    assert names_at_a_meeting("副局长任中主持会议。") == ["任中"]



def test_a_word_ending_in_a_surname_like_character_before_a_kind_of_people_is_no_name():
    text = "9月11日，青禾商会举行就职典礼。副会长陈荣立、秘书长高铭林介绍主宾席嘉宾，副会长柯智立介绍主讲人。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["陈荣立", "高铭林", "柯智立"]
    # Near miss: a given name of other characters after that surname is a name.
    assert "席文宾" in names_at_a_meeting("秘书长席文宾介绍主讲人。")
    # Nor names listed, whatever kind of people their given characters spell.
    assert names_at_a_meeting("会议邀请王嘉宾、李来宾两位劳模作交流发言。") == ["王嘉宾", "李来宾"]


def test_a_surname_before_a_post_held_before_or_founded_is_how_a_person_is_addressed():
    text = "12月29日，青禾厂商协进会举行理事长交接典礼。市长表示，感谢柯创会长与洪前理事长号召捐赠，感谢原理事长王大明。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["王大明"]
    # Near miss: a given name of that character with a post before it is a name.
    assert names_at_a_meeting("副主席王前主持会议，主席李原作报告。") == ["王前", "李原"]
    # …nor one written before its post where a deed at the meeting follows.
    assert names_at_a_meeting("王前主任出席会议并讲话，李原书记主持会议。") == ["王前", "李原"]


def test_tibetan_names_with_no_surname_are_read_after_a_post_or_in_a_list():
    text = "12月28日下午，青石市政协召开预备会。市政协党组副书记格桑次旦，市政协副主席岳国立、达娃、刘文亮出席。"
    assert [p.name for m in parse_report(text) for p in m.people] == ["格桑次旦", "岳国立", "达娃", "刘文亮"]
    # Near miss: a place listed after another place is no name, whatever element of names it spells.
    assert names_at_a_meeting("会议听取了拉萨、那曲、尼玛等地的汇报，副主席王立出席。") == ["王立"]


def test_a_name_of_four_characters_the_model_reads_whole_between_a_post_and_a_deed_stands():
    text = "近日，青石旗召开侨联成立大会。会议由旗委统战部常务副部长苏雅拉图主持。"
    [meeting] = parse_report(text)
    assert meeting.chair == "苏雅拉图"
    # Near miss: an idiom after a surname-like character with no post before it is no name.
    assert names_at_a_meeting("会上，全体干部雷厉风行主持各项工作，局长王立讲话。") == ["王立"]
