"""Roles and initiative categories in invented reports (people, bodies and places made up).

Each report exercises a clause pattern real reports use to say who chaired, spoke, attended
or was only referred to (EXTRACTION.md §3), and how a quoted initiative's kind is written
(EXTRACTION.md §4). Expectations follow the specification, not the parser.
"""
import datetime as dt

import pytest

from pipelines.parsing.cleaning import clean_text
from pipelines.parsing.lexical import lexical_model
from pipelines.parsing.people import find_people
from pipelines.parsing.report import mask_ideology_terms, parse_report
from pipelines.parsing.target_script import parse_in_script


def roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in find_people(text, 0, len(text)) if p.name}


def roles_in_report(text: str) -> dict[str, str]:
    """Name -> role over every meeting of a whole report: the names another mention of a person stands for
    are read across the report, with the lexical model."""
    return {p.name: p.role for m in parse_report(text) for p in m.people if p.name}


def people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.title) for p in find_people(text, 0, len(text)) if p.name}


def people_in_report(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.title) for m in parse_report(text) for p in m.people if p.name}


def report(text: str) -> list[dict]:
    """(people as name -> role, initiatives as name -> category) per meeting of a whole report."""
    meetings = parse_in_script(clean_text(text).text, "simplified", dt.date(2024, 12, 1))
    return [
        {
            "people": {p.name: p.role for p in m.people if p.name},
            "initiatives": {i.name: i.category for i in m.initiatives},
        }
        for m in meetings
    ]


# --- speakers: lectures, talks, sharing, summaries -----------------------------------


def test_lecturers_without_a_post_word_are_speakers():
    text = (
        "4月8日，石梁镇总工会举办学习贯彻党的二十大精神宣讲会。市委宣讲团成员、市委党校副教授温若琳"
        "以《奋进新征程 建功新时代》为题，为与会职工作专题宣讲。劳模代表蒋春生结合自身经历谈体会。"
        "镇总工会主席杜明远作总结讲话。"
    )
    [meeting] = report(text)
    assert meeting["people"] == {"温若琳": "speaker", "蒋春生": "speaker", "杜明远": "speaker"}
    assert meeting["initiatives"] == {"奋进新征程 建功新时代": "document"}


def test_training_class_teachers_and_a_trainee_delegate_speak():
    text = (
        "6月3日至5日，平川市总工会举办基层工会主席培训班。市总工会副主席彭少华出席开班仪式并作动员讲话。"
        "省总工会干部学校讲师秦雅以《工会会计实务》为题授课，市总工会经审办主任龚文博对《工会经费收支管理办法》"
        "进行了解读。学员韦小川代表全体学员发言。"
    )
    [meeting] = report(text)
    assert meeting["people"] == {"彭少华": "speaker", "秦雅": "speaker", "龚文博": "speaker", "韦小川": "speaker"}
    assert meeting["initiatives"] == {"工会会计实务": "document", "工会经费收支管理办法": "document"}


def test_forum_speakers_in_a_list_and_a_chair_after_them():
    text = (
        "5月20日，河塘县妇联召开巾帼创业座谈会。县妇联主席葛清如出席并讲话。创业女性代表许婉婷、邵丽娟"
        "分别就电商直播、乡村民宿作交流。县妇联副主席文佩主持座谈会。"
    )
    [meeting] = report(text)
    assert meeting["people"] == {"葛清如": "speaker", "许婉婷": "speaker", "邵丽娟": "speaker", "文佩": "chair"}


def test_sharing_encouraging_and_wishing_make_speakers():
    assert roles("社区党委书记陶立新为大家加油打气，并寄语青年职工勇挑重担。") == {"陶立新": "speaker"}
    assert roles("退休职工代表阮清源分享了三十年扎根一线的故事。") == {"阮清源": "speaker"}
    assert roles("县总工会副主席甘若兰围绕新修订的工会法进行宣讲。") == {"甘若兰": "speaker"}
    assert roles("劳模工匠代表晏长青向与会人员畅谈参会感受。") == {"晏长青": "speaker"}


def test_answering_proposing_leading_an_oath_and_reviewing_oneself_make_speakers():
    assert roles("县总工会副主席甘若兰解答了大家的疑问。") == {"甘若兰": "speaker"}
    assert roles("社区党委书记陶立新领誓，全体党员重温入党誓词。") == {"陶立新": "speaker"}
    assert roles("党组书记阮清源带头进行对照检查。") == {"阮清源": "speaker"}
    assert roles("副局长晏长青进行述职。") == {"晏长青": "speaker"}
    # Near miss: attending is no speaking.
    assert roles("副局长晏长青参加会议。") == {"晏长青": "attendee"}


def test_a_delegate_title_does_not_make_the_person_referenced():
    text = "全国人大代表、省级非遗代表性传承人龙秀芝结合履职经历谈了体会。"
    assert roles(text) == {"龙秀芝": "speaker"}


def test_hearing_a_report_makes_the_reporter_a_speaker():
    text = "会议听取了县总工会副主席钱书远关于上半年工作情况的汇报。会议还听取了阎海鹰的工作汇报。"
    assert people(text) == {"钱书远": ("speaker", "县总工会副主席"), "阎海鹰": ("speaker", None)}


# --- attendees: lists, 与会, elections -------------------------------------------------


def test_brief_with_several_meetings_and_name_lists():
    text = (
        "9月5日，东岭街道总工会召开工会委员会议，街道总工会主席潘启明主持，委员方佳慧、鲁志强等参加会议。\n"
        "9月6日，西坪社区工会联合会举行职工议事会，社区党委书记陶立新为大家加油打气。"
    )
    first, second = report(text)
    assert first["people"] == {"潘启明": "chair", "方佳慧": "attendee", "鲁志强": "attendee"}
    assert second["people"] == {"陶立新": "speaker"}


def test_present_people_named_after_yuhui_are_attendees():
    text = "与会的县人大代表卢海平、县政协委员邹文清等参加了座谈。"
    assert roles(text) == {"卢海平": "attendee", "邹文清": "attendee"}


def test_bare_names_in_a_list_of_those_present():
    text = "3月1日，南桥村召开村民代表会议，村党支部书记范立群主持会议，易春华、施晓云、蔡德明等村民代表参加会议。"
    [meeting] = report(text)
    assert meeting["people"] == {"范立群": "chair", "易春华": "attendee", "施晓云": "attendee", "蔡德明": "attendee"}


def test_elected_people_are_attendees_without_the_elected_post():
    text = (
        "7月9日，云溪乡召开第五次妇女代表大会，选举产生了新一届乡妇联执委会。柯月华当选为乡妇联主席，"
        "江晓雯、贺春燕当选为副主席。县妇联副主席史慧玲出席会议并讲话。"
    )
    meetings = parse_report(text, dt.date(2024, 12, 1))
    found = {p.name: (p.role, p.title) for m in meetings for p in m.people if p.name}
    assert found == {
        "柯月华": ("attendee", None),
        "江晓雯": ("attendee", None),
        "贺春燕": ("attendee", None),
        "史慧玲": ("speaker", "县妇联副主席"),
    }


# --- referenced: studied speeches, leaders ---------------------------------------------


def test_relayed_and_studied_speeches_of_bare_names_are_referenced():
    text = "会议传达了邵明德在全市工会工作会议上的讲话精神，学习了柏丽萍的重要讲话。"
    assert roles(text) == {"邵明德": "referenced", "柏丽萍": "referenced"}


def test_leader_with_and_without_a_title_in_a_studied_speech():
    text = mask_ideology_terms(
        "会议学习了习近平总书记关于工人阶级和工会工作的重要论述。会议还学习了习近平在全国劳动模范表彰大会上的重要讲话。"
    )
    assert people(text) == {"习近平": ("referenced", "总书记")}
    text = mask_ideology_terms("会议深入学习习近平在庆祝大会上的重要讲话精神。")
    assert people(text) == {"习近平": ("referenced", None)}


def test_union_branch_studies_a_congress_and_relays_a_leaders_speech():
    text = (
        "3月12日上午，青禾区总工会召开党组理论学习中心组学习会，传达学习省总工会第十二次代表大会精神。"
        "区总工会党组书记、常务副主席罗景川主持会议。区总工会副主席宁晓岚传达了省总工会主席柴永康在大会上的讲话精神。"
        "区总工会机关全体干部参加会议。会议要求，要深入实施“职工暖心”工程，打造“青禾工匠”品牌。"
    )
    [meeting] = report(text)
    assert meeting["people"] == {"罗景川": "chair", "宁晓岚": "speaker", "柴永康": "referenced"}
    assert meeting["initiatives"] == {"职工暖心": "campaign", "青禾工匠": "brand"}


def test_traditional_report_with_sharing_and_a_summary():
    text = (
        "11月2日下午，鳳林鎮總工會召開學習貫徹工會十八大精神座談會。鎮黨委副書記、鎮總工會主席鍾秀蘭主持會議。"
        "鎮工會委員黎少芬、曾文傑分享了學習心得。縣總工會副主席韓立言作總結講話，並寄語基層工會幹部。"
    )
    [meeting] = report(text)
    # Names come back in the target script (Simplified).
    assert meeting["people"] == {"钟秀兰": "chair", "黎少芬": "speaker", "曾文杰": "speaker", "韩立言": "speaker"}


# --- initiative categories ---------------------------------------------------------------


def test_categories_from_month_year_and_contest_heads():
    text = (
        "3月5日，金原县总工会召开全委会议。会议部署开展“安全生产”宣传月、“技能强县”职业技能大赛和“作风提升”年活动，"
        "健全“双联双帮”工作制度，开通“金原职工”视频号，推广“职工之声”微信服务号。"
    )
    [meeting] = report(text)
    assert meeting["initiatives"] == {
        "安全生产": "campaign",
        "技能强县": "campaign",
        "作风提升": "campaign",
        "双联双帮": "framework",
        "金原职工": "platform",
        "职工之声": "platform",
    }


def test_categories_from_the_name_itself():
    text = "4月2日，东江街道工会召开工作会议。会议要求擦亮“暖心小屋”，用好“职工夜校”，深化“一企一策”，喊响“服务零距离”。"
    [meeting] = report(text)
    assert meeting["initiatives"] == {
        "暖心小屋": "brand",
        "职工夜校": "brand",
        "一企一策": "framework",
        "服务零距离": "slogan",
    }


def test_speech_given_with_others_and_studied_here_is_referenced():
    text = "会上，区妇联主席严秋萍传达学习了邵明德和区劳模代表座谈时的重要讲话。"
    assert roles(text) == {"严秋萍": "speaker", "邵明德": "referenced"}


def test_teacher_nouns_after_a_bare_name_and_invited_speakers():
    text = "会上，蒋春生老师为大家讲授劳动法知识。省总工会法律顾问龚文博应邀作专题讲座，柏丽萍主讲《职工心理健康》。"
    assert roles(text) == {"蒋春生": "speaker", "龚文博": "speaker", "柏丽萍": "speaker"}


def test_a_list_of_titled_names_shares_the_verb_written_after_it():
    text = "街道党工委副书记林晓峰，街道调研员周文，街道副调研员郭瑛分别作交流发言。"
    assert roles(text) == {"林晓峰": "speaker", "周文": "speaker", "郭瑛": "speaker"}
    text = "县社科联主席吴永明、副巡视员熊建等出席大会并作会议交流。"
    assert roles(text) == {"吴永明": "speaker", "熊建": "speaker"}
    text = "县社科联主席吴永明出席大会，会后与职工交流。"
    assert roles(text) == {"吴永明": "attendee"}
    text = "市卫健委主任王建国，市政府合作交流办公室主任张庆恩，市外事办对外交流处处长林峰出席。"
    assert roles(text) == {"王建国": "attendee", "张庆恩": "attendee", "林峰": "attendee"}, "a body named for exchanges"


def test_a_clause_that_goes_on_with_the_same_person_gives_its_role():
    text = "会上选举产生了新一届委员会，金立新当选为主席，并作了题为《凝心聚力》的表态发言。"
    assert roles(text) == {"金立新": "speaker"}


def test_the_predicate_of_a_name_is_never_read_past_the_end_of_its_sentence():
    text = "青石商会召开会员大会，聘任名誉会长林一帆、张小雨。各项报告均获会员一致通过。"
    assert report(text)[0]["people"] == {"林一帆": "attendee", "张小雨": "attendee"}


def test_the_surname_with_the_post_names_the_titled_person_again():
    text = "市长卢晓燕到场祝贺，并颁发证书。卢市长表示，感谢工会的付出。"
    assert roles(text) == {"卢晓燕": "speaker"}


def test_the_one_named_after_a_relative_clause_of_chairing_chaired():
    text = "主持议事会的居委会主任林文芬对十余条建议进行了梳理。"
    assert roles(text) == {"林文芬": "chair"}


def test_training_and_explaining_at_the_meeting_make_a_speaker():
    text = "会上，镇人大主席林海明对代表选举工作进行培训。工会主席王芳对品牌理念进行了阐释。"
    assert roles(text) == {"林海明": "speaker", "王芳": "speaker"}


def test_announcing_and_mobilising_make_a_speaker():
    text = "董事长林平宣布职工健步走活动启动。县农委主任许文对推荐工作进行动员。"
    assert roles(text) == {"林平": "speaker", "许文": "speaker"}


def test_a_fixed_ideology_term_inside_a_clause_does_not_cut_the_names_from_their_verb():
    text = ("3月2日，青石县委召开理论学习中心组学习会。林晓东、周海峰两位同志分别围绕"
            "“习近平新时代中国特色社会主义思想”进行了重点发言。")
    found = {p.name: p.role for m in parse_report(text) for p in m.people if p.name}
    assert found == {"林晓东": "speaker", "周海峰": "speaker"}


def test_a_speech_a_name_owns_in_a_list_of_what_was_studied_is_referenced():
    text = ("3月2日，青石县总工会召开学习会议。会议传达学习了大会开幕式新闻通稿，林晓东同志代表党中央"
            "在大会开幕式上的致词，周海峰作的《团结奋斗》工作报告精神。县总工会主席吴敏作了讲话。")
    found = {p.name: p.role for m in parse_report(text) for p in m.people if p.name}
    assert found == {"林晓东": "referenced", "周海峰": "referenced", "吴敏": "speaker"}
    # Without a study or relay in its sentence, a report someone gave is that person's speech here.
    text = "3月2日，青石县总工会召开全委会议。县总工会主席吴敏作的工作报告获得通过。"
    assert {p.name: p.role for m in parse_report(text) for p in m.people if p.name} == {"吴敏": "speaker"}


def test_clauses_with_no_subject_of_their_own_go_on_with_the_names_verb():
    text = ("3月2日，青石医院召开职工代表大会。林晓东、周海峰分别代表内科组和外科组，围绕上述报告发言。"
            "局长吴敏对全年工作进行了回顾，就如何抓好校园安全等七个方面，提出要求。")
    found = {p.name: p.role for m in parse_report(text) for p in m.people if p.name}
    assert found == {"林晓东": "speaker", "周海峰": "speaker", "吴敏": "speaker"}
    # A next clause with a subject of its own says nothing of the name before it.
    text = "3月2日，青石医院召开职工代表大会。院长吴敏到会，代表们围绕报告发言。"
    assert {p.name: p.role for m in parse_report(text) for p in m.people if p.name} == {"吴敏": "attendee"}


def test_a_clause_opened_by_yi_goes_on_with_the_subject_and_a_title_stops_at_jiu():
    text = ("4月26日，青石集团召开党委会。党委副书记林晓东同志结合检查重点，以“三会一课”为主要内容进行了党课培训，"
            "就落实主体责任提出要求。青石区纪委就该区原镇长周海峰违纪案件作了通报。")
    found = {p.name: (p.role, p.title) for m in parse_report(text) for p in m.people if p.name}
    assert found["林晓东"] == ("speaker", "党委副书记")
    assert found["周海峰"][1] == "该区原镇长"


def test_a_clause_opening_with_a_role_verb_goes_on_with_the_names_before():
    text = "6月20日，青石县政府召开常务会议。副县长林晓东、周海峰参加会议，提出工作要求。"
    found = {p.name: p.role for m in parse_report(text) for p in m.people if p.name}
    assert found == {"林晓东": "speaker", "周海峰": "speaker"}


def test_those_honoured_at_the_meeting_are_not_referenced():
    text = "3月2日，青石县召开劳模表彰大会。受到表彰的林晓东、周海峰等劳模登上领奖台。"
    found = {p.name: p.role for m in parse_report(text) for p in m.people if p.name}
    assert found == {"林晓东": "attendee", "周海峰": "attendee"}


def test_a_name_only_a_follower_word_anchors_is_not_carried_into_other_meetings():
    text = ("3月2日，青石县总工会召开全委会议，县总工会主席林晓东主持。团市委直属机关负责同志参加。\n"
            "3月5日，青石县妇联召开执委会议。林晓东到会，机关负责同志对工作进行了安排。")
    names = {p.name for m in parse_report(text) for p in m.people if p.name}
    assert names == {"林晓东"}


def test_a_long_list_of_titled_names_reaches_its_shared_verb():
    text = ("5月4日，青石团市委召开青年座谈会。青石石油公司第三工程处电焊技师林晓东，青石县委组织部绩效办主任周海峰，"
            "青石市社会科学院副院长吴敏，青石师范大学第二附属中学校长郑华，团青石市房山区委书记刘军等青年代表先后发言。")
    found = {p.name: p.role for m in parse_report(text) for p in m.people if p.name}
    assert found == {"林晓东": "speaker", "周海峰": "speaker", "吴敏": "speaker", "郑华": "speaker", "刘军": "speaker"}


def test_they_who_spoke_in_the_next_sentence_are_the_names_listed_before():
    text = ("3月2日，青石眼镜公会召开会员大会。众多贵宾莅临，包括市社会局督导林晓东、市商业会副理事长周海峰等。"
            "他们在致词中高度肯定公会的努力。")
    found = {p.name: p.role for m in parse_report(text) for p in m.people if p.name}
    assert found == {"林晓东": "speaker", "周海峰": "speaker"}
    text = "3月2日，青石眼镜公会召开会员大会。市社会局督导林晓东、市商业会副理事长周海峰到会。会员们参观了展厅。"
    assert {p.name: p.role for m in parse_report(text) for p in m.people if p.name} == {"林晓东": "attendee", "周海峰": "attendee"}


def test_he_who_spoke_in_the_next_sentence_is_the_last_name_before():
    text = "3月2日，青石县总工会召开全委会议，副县长周海峰、县总工会主席林晓东出席。他指出，要做好职工服务。"
    found = {p.name: p.role for m in parse_report(text) for p in m.people if p.name}
    assert found == {"周海峰": "attendee", "林晓东": "speaker"}


def test_a_person_who_gives_a_view_or_talks_is_a_speaker():
    assert roles("会上，区委常委林晓东认为，工会工作取得了新成效。") == {"林晓东": "speaker"}
    assert roles("最后，镇党委副书记、镇长米晓章讲意见。") == {"米晓章": "speaker"}
    assert roles("与会人员一致认为，报告实事求是。") == {}


def test_a_leader_whose_speech_is_led_in_study_is_referenced():
    text = "3月2日，青石县总工会召开全委会议，县总工会主席林晓东领学了王国明代表全总所作的报告。"
    assert [{p.name: p.role for p in m.people if p.name} for m in parse_report(text)] == [
        {"林晓东": "speaker", "王国明": "referenced"}
    ]


def test_a_name_read_only_as_the_end_of_a_longer_one_is_that_person():
    # Alone at the start of a line, 解 reads as a verb and the model tags only 江凌.
    text = (
        "3月21号，区总工会召开全委会议，区委副书记解江凌出席会议并讲话。\n"
        "解江凌指出，全区各级工会组织要深入学习贯彻党的二十大精神。\n"
        "解江凌强调，各级工会组织要坚守职责使命，深化维权服务。"
    )
    assert [{p.name: p.role for p in m.people if p.name} for m in parse_report(text)] == [{"解江凌": "speaker"}]


def test_he_spoke_after_a_comma_makes_the_name_before_a_speaker():
    text = "青年代表林晓东是办公室的一名转业军人，他发言道：要发扬五四精神。青年代表王立新参加了会议。"
    assert roles(text) == {"林晓东": "speaker", "王立新": "attendee"}


def test_a_person_who_sums_up_the_meeting_is_a_speaker_and_a_preposition_ends_a_name():
    assert roles("会议最后，校党委书记曹晓菁对大会进行总结。") == {"曹晓菁": "speaker"}
    text = "3月2日，学院党委召开中心组学习会。副院长彭浩从充分发挥学院党政共同负责制的作用做重点发言。"
    assert [{p.name: p.role for p in m.people if p.name} for m in parse_report(text)] == [{"彭浩": "speaker"}]


def test_a_study_word_heading_a_noun_before_the_name_makes_no_reference():
    assert roles("市委党史学习教育第十二巡回指导组成员张善明到会指导。") == {"张善明": "attendee"}
    assert roles("会议传达学习了省委书记王立新的讲话。") == {"王立新": "referenced"}
    assert roles("集中学习由局长张善明同志主持。") == {"张善明": "chair"}, "the study chaired is no study of him"


def test_who_puts_forward_opinions_or_demands_however_counted_speaks():
    assert roles("县委书记刘明提出四点意见。") == {"刘明": "speaker"}
    assert roles("县人大常委会副主任张贵、县政协副主席徐冰列席会议，提出工作意见。") == {"张贵": "speaker", "徐冰": "speaker"}
    assert roles("县委书记刘明出席会议，听取意见。") == {"刘明": "attendee"}, "hearing opinions is no speech"
    assert roles("县委书记刘明出席会议，听取了职工提出的意见。") == {"刘明": "attendee"}, "the opinions others put forward"


def test_the_host_named_as_such_chairs():
    assert roles("大会主持人张善明宣布会议开始。") == {"张善明": "chair"}
    assert roles_in_report("3月5日，青石县总工会召开全委会议。主持人： 张善明。张善明宣布会议开始。") == {"张善明": "chair"}
    assert roles("最后，会议主持人张善明作总结讲话。") == {"张善明": "chair"}
    # Only the host named is the host; one whose deeds the host tells of is named, not present.
    assert roles("会上，主持人介绍了市劳模张善明的事迹。") == {"张善明": "referenced"}
    assert roles_in_report("3月5日，青石县总工会召开全委会议。主持：张善明。") == {"张善明": "chair"}
    assert people("主持：县总工会副主席张善明。") == {"张善明": ("chair", "县总工会副主席")}


def test_the_host_named_with_a_post_chairs():
    assert people("主持人：县总工会副主席张善明。") == {"张善明": ("chair", "县总工会副主席")}
    assert people("主持人 县总工会副主席张善明") == {"张善明": ("chair", "县总工会副主席")}
    assert roles_in_report("3月5日，青石县总工会召开全委会议。主持人：林晓东。县总工会副主席张善明出席会议。") == {
        "林晓东": "chair", "张善明": "attendee",
    }, "the host's line ends at its full stop"


def test_a_person_who_gives_an_address_named_for_its_occasion_is_a_speaker():
    assert roles("会上，学院党总支副书记胡春明致大会开幕词。") == {"胡春明": "speaker"}
    assert roles("县总工会主席林晓东致新春贺辞。") == {"林晓东": "speaker"}
    assert roles("县总工会主席林晓东出席会议，大会致以热烈祝贺。") == {"林晓东": "attendee"}


def test_a_person_who_thanks_congratulates_greets_or_rallies_is_a_speaker():
    assert roles("会上，区委常委林晓东向广大职工致以节日问候和诚挚祝福。") == {"林晓东": "speaker"}
    assert roles("省总工会副主席王立新开班动员。") == {"王立新": "speaker"}
    assert roles("市长卢晓燕恭喜工会不畏辛劳，成立第六家总工会。") == {"卢晓燕": "speaker"}
    assert roles("局长吴文芳对全年教育工作进行了简要回顾。") == {"吴文芳": "speaker"}
    assert roles("合作社联合会会长林晓东鼓励大家学习新技术。") == {"林晓东": "speaker"}
    assert roles("县委书记林晓东出席会议并为获得鼓励奖的职工颁奖。") == {"林晓东": "attendee"}, "a prize, no speech"
    # Congratulating together (共同祝贺) is being there, not speaking.
    assert roles("总工会理事长林莲明也率领理、监事团队共同祝贺。") == {"林莲明": "attendee"}


def test_he_says_or_he_thinks_after_a_comma_makes_the_name_before_a_speaker():
    assert roles("村民徐光明提出的问题受到关注，他讲：“我来提个意见。”") == {"徐光明": "speaker"}


def test_a_person_who_puts_forward_sums_up_or_speaks_on_a_matter_is_a_speaker():
    assert roles("市总工会主席林晓东出席会议并提出：要高举旗帜。") == {"林晓东": "speaker"}
    assert roles("镇长陈立新在会议上提出“四要”。") == {"陈立新": "speaker"}
    assert roles("副总经理王建华总结了全年安全生产工作。") == {"王建华": "speaker"}
    assert roles("纪检组组长林晓东就深入学习全会精神、切实加强作风建设提出要求。") == {"林晓东": "speaker"}
    # 就 as "just" or "take up a post" says nothing of a speech.
    assert roles("副局长陈立新就是本次会议的联络人，出席会议。") == {"陈立新": "attendee"}
    assert roles("副局长陈立新就在现场，出席会议。") == {"陈立新": "attendee"}
    assert roles("科长王建华就任后出席会议。") == {"王建华": "attendee"}


def test_a_surname_with_a_kind_of_person_is_how_the_person_is_addressed():
    text = "5月13日，政治学院召开团学成立大会。学工处林晓东老师出席。首先林老师宣读了名单，随后陈老师讲话。"
    assert roles_in_report(text) == {"林晓东": "speaker"}
    # Two teachers of one surname: which one read is unknown.
    text = "5月13日，政治学院召开团学成立大会。林晓东老师、林立新老师出席。首先林老师宣读了名单。"
    assert roles_in_report(text) == {"林晓东": "attendee", "林立新": "attendee"}


def test_a_deputy_is_addressed_by_each_post_with_or_without_its_deputy_mark():
    text = "5月15日，政治学院召开团学成立大会。院党总支副书记、副院长林晓东出席。最后，林书记进行总结讲话。"
    assert roles_in_report(text) == {"林晓东": "speaker"}
    text = "5月15日，青石民盟召开换届会议。市委统战部常务副部长陈立新参加会议。随后，陈部长对换届工作提出了要求。"
    assert roles_in_report(text) == {"陈立新": "speaker"}


def test_a_speech_word_naming_the_meeting_or_inside_a_noun_is_no_speech():
    assert roles("县长林晓东出席报告会。") == {"林晓东": "attendee"}
    assert roles("县长林晓东出席开班动员大会。") == {"林晓东": "attendee"}
    assert roles("县长林晓东为运动员颁奖。") == {"林晓东": "attendee"}
    # A speech given at such a meeting still is one.
    assert roles("县长林晓东出席动员大会并讲话。") == {"林晓东": "speaker"}
    assert roles("县长林晓东在报告会上作报告。") == {"林晓东": "speaker"}


def test_members_listed_as_a_study_group_attend_it_and_a_study_meeting_studies_no_one():
    # 学习 heading a noun (学习成员, 学习会) is no study verb; 学习会议精神 still studies the meeting's spirit.
    text = "局理论中心组学习成员周立新、郑雅琴参加学习，周立新作领学发言。"
    assert roles(text) == {"周立新": "speaker", "郑雅琴": "attendee"}
    text = "在学习会上，科长韩明远介绍了情况。"
    assert roles(text) == {"韩明远": "speaker"}
    studied = "会议传达学习了市委书记蓝海川的讲话精神。"
    assert roles(studied) == {"蓝海川": "referenced"}


def test_a_talk_given_here_outweighs_a_study_word_in_the_speakers_title():
    text = "会议邀请市委学习贯彻全会精神宣讲团成员、市委党校讲师白秋雁进行宣讲。"
    assert roles(text) == {"白秋雁": "speaker"}
    # Near miss: a talk given elsewhere and studied here leaves its speaker referenced.
    text = "会议传达学习了市委书记蓝海川在全市大会上的讲话。"
    assert roles(text) == {"蓝海川": "referenced"}


def model_roles(text: str) -> dict[str, str]:
    tokens = tuple(lexical_model().tag([text])[0])
    return {p.name: p.role for p in find_people(text, 0, len(text), tokens=tokens) if p.name}


def test_an_item_of_a_list_of_names_is_a_name_whatever_the_model_calls_it():
    # The model reads 万家龙 and 万通达 here as bodies; between two names they are names.
    text = "选举卢春晖、陈晓平、汪卫中、万家龙、万通达、廖逸凡为副会长。"
    assert set(model_roles(text)) == {"卢春晖", "陈晓平", "汪卫中", "万家龙", "万通达", "廖逸凡"}
    # Near misses: a body at the end of a list of names, and bodies listed among bodies, stay bodies.
    assert set(model_roles("选举卢春晖、陈晓平、万通达集团为理事单位。")) == {"卢春晖", "陈晓平"}
    assert model_roles("市总工会、万家龙、市妇联参加会议。") == {}


def test_a_sectors_short_name_is_no_person():
    # The model reads 卫健 of 卫健工作 as a person.
    assert model_roles("会议强调，今年全县卫健工作要突出重点。") == {}


def test_a_congress_chaired_by_a_person_is_no_one_acting_on_behalf_of_another():
    # 代表 of 代表大会 is the congress's noun, not the verb "on behalf of".
    text = "第八次职工代表大会由工会副主席葛小微主持。"
    assert roles(text) == {"葛小微": "chair"}
    assert roles("副主席葛小微代表市总工会党组讲话。") == {"葛小微": "speaker"}


def test_a_mark_inside_a_title_in_book_marks_does_not_end_the_speakers_clause():
    text = "会上，院长罗辛在《以党的精神为指引,助推学院发展》的发言交流中谈到,要抓好落实。"
    assert roles(text) == {"罗辛": "speaker"}
    # Near miss: a comma outside the title ends the clause as before.
    assert roles("会上，院长罗辛在座,大家发言交流。") == {"罗辛": "attendee"}


def test_those_who_relay_a_speech_given_elsewhere_are_speakers_and_its_speaker_is_referenced():
    text = "会上，副董事长张高峰和党委副书记李鹏宇分别传达了市委书记王明在全市大会上的重要讲话精神。"
    assert roles(text) == {"张高峰": "speaker", "李鹏宇": "speaker", "王明": "referenced"}
    # Near miss: a speech given together with others elsewhere leaves both referenced.
    assert roles("会议学习了省长张高峰和市长李鹏宇在调研时的讲话。") == {"张高峰": "referenced", "李鹏宇": "referenced"}
    # A study word inside the name of the occasion elsewhere does not make its speaker present.
    text = "区委书记说，市委书记秦立文在全市学习贯彻全会精神读书班上的讲话，把道理讲透了。"
    assert roles(text)["秦立文"] == "referenced"


def test_a_long_list_of_titled_names_reaches_the_verb_it_shares_however_long_its_clauses():
    text = (
        "座谈会上，民革区委主委余小燕、民盟区委主委董立平、民建区委主委吴文青、民进区委主委袁嘉勤、农工党区委主委余梅香、"
        "致公党区委主委何曙明、九三学社区委主委龚明虹，区工商联主席方家明、区知联会会长胡洁敏、区新联会会长卢慧芳、"
        "无党派人士(某大学电子信息学院副院长)刘胜强、某基地挂职干部周中平先后发言。"
    )
    found = model_roles(text)
    assert found["余小燕"] == found["龚明虹"] == found["方家明"] == found["卢慧芳"] == "speaker"


def test_titled_names_in_clauses_of_their_own_share_the_verb_of_the_last():
    text = "县委常委、副县长徐辉明，县委常委、副县长赵庆和，副县长刘姝文、副县长左哲伟参加会议，提出工作要求。"
    assert set(roles(text).values()) == {"speaker"}
    # Near miss: a name whose own clause says what it did keeps that role.
    assert roles("县长王华明主持会议，副县长刘姝文、副县长左哲伟参加会议。") == {
        "王华明": "chair", "刘姝文": "attendee", "左哲伟": "attendee",
    }


def test_giving_views_or_proposals_makes_a_speaker():
    text = "讨论会上，理事长张昭明、名誉理事长陈永才等发表各自建言。"
    assert roles(text) == {"张昭明": "speaker", "陈永才": "speaker"}
    assert roles("副理事长施东明亦发表了宝贵见解。") == {"施东明": "speaker"}


def test_judging_or_calling_on_those_present_makes_a_speaker_and_coming_to_congratulate_does_not():
    text = "副市长戴建明出席会议。会上，戴建明充分肯定了各校的办学成效。"
    assert roles(text) == {"戴建明": "speaker"}
    assert roles("主委王景明号召广大盟员以实际行动献礼。") == {"王景明": "speaker"}
    assert roles("局长彭国明首先对各位退役军人表达了感激之情。") == {"彭国明": "speaker"}
    # Near miss: coming to congratulate is attending.
    assert roles("县商会理事长廖俊明到场见证与祝贺。") == {"廖俊明": "attendee"}


def test_a_preposition_before_a_noun_is_no_name_where_no_post_anchors_one():
    text = "王治明代表镇政府班子成员向全体代表郑重承诺。"
    assert set(model_roles(text)) == {"王治明"}


def test_no_name_ends_in_a_preposition_after_a_post():
    assert model_roles("他主动提出将会长任期由每届五年改为四年。") == {}
    # Near miss: a name after the same post stands.
    assert model_roles("会长王任期主持会议。") == {"王任期": "chair"}


def test_the_speeches_of_a_counted_list_of_comrades_studied_are_referenced():
    text = "3月2日，县总工会召开学习会。会上，全员学习了大会的主要任务，韩立新、王清明、魏春生和程丽华4名同志的重要讲话以及何树林同志的报告。"
    assert roles_in_report(text) == dict.fromkeys(["韩立新", "王清明", "魏春生", "程丽华", "何树林"], "referenced")
    # Near miss: a counted list of comrades who speak here are speakers.
    text = "3月2日，县总工会召开学习会。会上，韩立新、王清明和程丽华3名同志分别作了发言。"
    assert roles_in_report(text) == dict.fromkeys(["韩立新", "王清明", "程丽华"], "speaker")


def test_a_report_the_meeting_asks_to_understand_is_referenced_and_an_exchange_of_study_is_spoken():
    text = "3月2日，县总工会召开学习会。会议要求学懂总书记的论述，以及林立总理所作的政府工作报告。"
    assert roles_in_report(text) == {"林立": "referenced"}
    text = "3月2日，县总工会召开学习会。随后，徐大珍等6位同志围绕会议主题，结合工作实际，交流学习体会。"
    assert roles_in_report(text) == {"徐大珍": "speaker"}


def test_an_exchange_of_experience_each_gives_is_spoken_and_a_meeting_named_for_it_is_attended():
    text = "3月2日，区总工会召开经验交流会。会上，街道工会主席陈晓燕，公司工会副主席姜东日分别就职工之家建设作经验交流。"
    assert roles_in_report(text) == {"陈晓燕": "speaker", "姜东日": "speaker"}
    assert roles_in_report("3月2日，区总工会召开经验交流会，街道工会主席陈晓燕出席经验交流会。") == {"陈晓燕": "attendee"}


def test_lecturers_listed_with_their_professional_ranks_each_give_the_talk():
    text = (
        "3月5日，青石县农业农村局举办农技人员培训班。青石县农业农村局高级农艺师林晓东、省农科院研究员陈明、"
        "市职业技术学院教授吴立新、市畜牧站高级畜牧师赵春华分别就蔬菜栽培技术、大豆种植、小麦节水栽培、"
        "生猪防疫等进行讲座授课。"
    )
    assert {p.name: (p.role, p.title) for m in parse_report(text) for p in m.people} == {
        "林晓东": ("speaker", "青石县农业农村局高级农艺师"),
        "陈明": ("speaker", "省农科院研究员"),
        "吴立新": ("speaker", "市职业技术学院教授"),
        "赵春华": ("speaker", "市畜牧站高级畜牧师"),
    }
    # A worker's skill grade is no post.
    assert people("3月5日，区总工会召开座谈会，高级技师王永明出席会议。") == {"王永明": ("attendee", None)}


def test_the_captions_of_a_photo_report_tell_who_spoke():
    text = (
        "庆祝青石省总工会成立70周年座谈会图片集锦\n\n合影留念\n\n省人大常委会副主任、省总工会主席吴明明发表讲话\n\n"
        "省总工会原党组书记、主席王新中发言\n\n5月25日上午，庆祝青石省总工会成立70周年座谈会在省总工会机关召开。\n"
    )
    assert roles_in_report(text) == {"吴明明": "speaker", "王新中": "speaker"}
    text = "5月27日，青石研究所职代会在报告厅召开。会议由所长林晓东主持。\n讨论现场\n王大伟致闭幕辞\n"
    assert roles_in_report(text) == {"林晓东": "chair", "王大伟": "speaker"}, "an address named for its occasion"
    # Near miss: a menu's short item is no caption of a deed.
    assert roles_in_report("青石市总工会召开全委会议\n领导讲话\n3月2日，青石市总工会召开全委会议。") == {}


def test_who_puts_forward_opinions_described_at_length_speaks():
    assert roles("县委督导组组长林晓东为青石镇开展好主题教育提出了具体的指导意见。") == {"林晓东": "speaker"}
    assert roles("县委书记刘明出席会议，认真听取了职工代表提出的具体意见。") == {"刘明": "attendee"}


def test_a_surname_of_the_census_lists_anchored_by_a_post_is_read():
    assert roles("镇党委书记丘立新作动员部署讲话。") == {"丘立新": "speaker"}
    assert roles("县委常委旷明华出席会议。") == {"旷明华": "attendee"}


def test_who_lays_out_the_tasks_speaks():
    assert roles("副总经理曹立文总结了全年安全工作并布置了明年的工作任务。") == {"曹立文": "speaker"}
    assert roles("副总经理曹立文布置了明年安全工作任务。") == {"曹立文": "speaker"}
    assert roles("副总经理曹立文出席会议，会场布置简朴。") == {"曹立文": "attendee"}


def test_who_said_something_in_the_report_they_gave_here_speaks():
    text = "县科协主席林晓东出席大会并作工作报告。林晓东在题为《围绕中心 服务大局》的工作报告中指出，一年来成绩显著。"
    assert roles(text) == {"林晓东": "speaker"}
    assert roles("会议传达学习了市委书记林晓东在全市大会上的讲话。") == {"林晓东": "referenced"}


def test_words_before_a_post_that_hold_a_surname_are_no_name():
    assert people("随后，秘书长杜文远向全体理事作了工作报告。") == {"杜文远": ("speaker", "秘书长")}
    assert "纪检" not in people("校纪委委员、各党总支纪检委员参加会议。")


def test_a_deputy_general_manager_written_short_after_the_name():
    assert people("杨立副总主持会议并做安全工作部署。") == {"杨立": ("chair", "副总")}


def test_every_item_of_a_long_list_shares_the_speaking_verb_that_ends_it():
    text = (
        "3月5日，青石商会召开会员大会。青石联合会副主席李明、区委常委、统战部部长赵晓光（视频）、兄弟商会会长陈立、"
        "同乡会副会长周海、村书记刘大山、青溪校友会庆贺团团长林晓东先后致词。"
    )
    assert roles_in_report(text) == dict.fromkeys(["李明", "赵晓光", "陈立", "周海", "刘大山", "林晓东"], "speaker")
    text = "3月5日，青石商会召开会员大会。青石联合会副主席李明、区委常委赵晓光出席，兄弟商会会长陈立、同乡会副会长周海先后致词。"
    assert roles_in_report(text) == {"李明": "attendee", "赵晓光": "attendee", "陈立": "speaker", "周海": "speaker"}


def test_offering_views_and_pledges_and_thanking_the_meeting_are_speaking():
    text = "9月28日，学校党委召开座谈会。民主党派代表刘晓东、张善明教授等围绕学科建设建言献策，学生代表林小红等表态将积极践行青春誓言。"
    assert roles_in_report(text) == {"刘晓东": "speaker", "张善明": "speaker", "林小红": "speaker"}
    assert roles("理事长陈立致谢，并介绍了商会工作。") == {"陈立": "speaker"}
    assert roles("理事长陈立出席会议并合影留念。") == {"陈立": "attendee"}


def test_affirming_and_expressing_wishes_to_the_meeting_are_speaking():
    text = "3月5日，青石商会举行成立25周年联欢晚会，驻外代表张良明出席。张良明肯定商会多年来的努力，并感谢对政府的支持。"
    assert roles_in_report(text) == {"张良明": "speaker"}
    assert roles("大使韩志明也特别代表外交部表达对会议的祝福。") == {"韩志明": "speaker"}


def test_who_sent_greetings_was_not_at_the_meeting():
    text = "3月5日，市侨联召开代表大会。曾宪明、余国华等侨领，海外主要社团和兄弟市侨联发来贺信或贺电。"
    assert roles_in_report(text) == {"曾宪明": "referenced", "余国华": "referenced"}
    text = "3月5日，市侨联召开代表大会。市长李明发来贺信。副市长王强出席并讲话。"
    assert roles_in_report(text) == {"李明": "referenced", "王强": "speaker"}
    text = "3月5日，市侨联召开代表大会。市长李明出席并宣读了省侨联发来的贺信。"
    assert roles_in_report(text) == {"李明": "speaker"}, "who read the greetings out was there"
    text = "3月5日，青石华联总会举行新春团拜晚宴。青石总理杜明，驻青石大使馆临时代办衡孝君等发贺电祝贺，恭贺新春。"
    assert roles_in_report(text) == {"杜明": "referenced", "衡孝君": "referenced"}, "the greeting the message brings"
    text = "3月5日，青石总商会举行成立10周年庆祝大会。总理马尔科姆·特恩布尔在庆祝商会成立10周年的贺信中表示，商会贡献良多。"
    assert roles_in_report(text) == {"马尔科姆·特恩布尔": "referenced"}, "what a letter says"
    text = "3月5日，青石总商会举行成立10周年庆祝大会。会长林晓东宣读了总理的贺信。"
    assert roles_in_report(text) == {"林晓东": "speaker"}, "宣读了 and the post that opens its object"


_INSTRUCTIONS = [
    # Written away from the meeting, with or without what it says.
    ("3月5日，全国个体劳动者代表大会在北京举行。林晓东总理作出批示。国务委员王大伟出席会议并讲话。",
     {"林晓东": "referenced", "王大伟": "speaker"}),
    ("3月5日，县委召开政法工作会议。会议传达学习了市委书记陈向东,市委副书记、市长林晓东对全市政法工作的批示要求。",
     {"陈向东": "referenced", "林晓东": "referenced"}),
    ("3月5日，全国劳模表彰大会在北京召开。国务院总理林晓东作出重要批示，向大会表示祝贺，勉励广大职工再创佳绩。",
     {"林晓东": "referenced"}),
    ("3月5日，全国劳模表彰大会在北京召开。国务院总理林晓东作出重要指示。国务委员王大伟出席会议并讲话。",
     {"林晓东": "referenced", "王大伟": "speaker"}),
    # Near misses: an instruction given at the meeting, and one relayed or held up by the speaker.
    ("3月5日，公司举行安全生产月启动仪式。市国投公司林晓东部长等领导参加了活动仪式,并对安全工作作出重要指示。",
     {"林晓东": "speaker"}),
    ("3月5日，县委召开信访工作调度会。县委书记林晓东现场作出批示，责成县信访局限期办结。", {"林晓东": "attendee"}),
    ("3月5日，县委召开政法工作会议。县委副书记林晓东对市委书记陈向东的批示进行了传达。", {"林晓东": "speaker", "陈向东": "referenced"}),
    ("3月5日，县委召开政法工作会议。县长林晓东对照省委的指示要求，逐项部署了全年工作。", {"林晓东": "speaker"}),
    # A report given here is spoken at the meeting; a demand made on the work is a speech.
    ("3月5日，县委召开政法工作会议。县委书记王大伟作工作报告。县长林晓东对全县政法工作提出要求。", {"王大伟": "speaker", "林晓东": "speaker"}),
]


@pytest.mark.parametrize(("text", "expected"), _INSTRUCTIONS)
def test_who_gave_a_written_instruction_on_the_matter_was_not_at_the_meeting(text, expected):
    assert roles_in_report(text) == expected


def test_a_person_named_again_by_the_surname_alone_before_a_speaking_verb_speaks():
    text = "青石妇女联谊会周四（9日）举行就职典礼，由青石市政协常委陆海晴出任新一届会长。陆表示，联谊会将支持特区政府。"
    [meeting] = parse_report(text)
    assert [(p.name, p.role) for p in meeting.people] == [("陆海晴", "speaker")]
    # Where two people share the surname, the surname alone names neither.
    text = "青石妇女联谊会周四（9日）举行就职典礼，副会长陆海晴、陆小燕出席。陆表示，联谊会将支持特区政府。"
    [meeting] = parse_report(text)
    assert {p.role for p in meeting.people} == {"attendee"}


def test_a_clause_opened_by_xiang_or_an_adverb_of_manner_goes_on_with_the_subject_before():
    opening = "4月11日上午，青石区工会第四次代表大会开幕，区委书记林明锋出席开幕式。"
    [meeting] = parse_report(opening + "林明锋代表区委、区人大、区政府，向大会的召开表示热烈祝贺。")
    assert [(p.name, p.role) for p in meeting.people] == [("林明锋", "speaker")]
    [meeting] = parse_report(opening + "工作会议上，县总工会财务部部长覃秋群组织各基层工会负责人学习文件精神，认真逐条解读通知的内容。")
    assert ("覃秋群", "speaker") in [(p.name, p.role) for p in meeting.people]


def test_weirao_after_a_name_opens_the_matter_the_person_speaks_on():
    text = (
        "12月24日，青石集团工会组织召开工会主席培训班。工会副主席林鹏及各基层工会主席参加培训。"
        "接着，工会副主席林鹏围绕工会是什么?工会干什么?三个问题进行学习交流。"
    )
    [meeting] = parse_report(text)
    assert [(p.name, p.role) for p in meeting.people if p.name] == [("林鹏", "speaker")]


def test_thoughts_told_a_study_led_and_a_lecture_given_make_speakers():
    found = roles(
        "副主席林晓东谈了学习体会。主任张善明就全会精神谈了看法。书记何立新带领大家学习了党章。"
        "委员周海燕领读了入党誓词。支部书记陈志刚为大家上了一堂生动的党课。"
    )
    assert found == {"林晓东": "speaker", "张善明": "speaker", "何立新": "speaker", "周海燕": "speaker", "陈志刚": "speaker"}
    # A tour is no study led, nor a talk with someone a thought told; what others say, heard or asked for, is theirs.
    assert roles("主席林晓东带领大家参观学习了青石红色教育基地。副主席张善明出席会议，与职工谈话。") == {
        "林晓东": "attendee",
        "张善明": "attendee",
    }
    assert roles("主席林晓东带领班子成员到先进单位学习取经。") == {"林晓东": "attendee"}
    assert roles("主席林晓东带领大家学习考察了青石产业园。") == {"林晓东": "attendee"}
    assert roles("支部书记陈志刚讲党课。") == {"陈志刚": "speaker"}
    assert roles("主席林晓东认真听取了大家谈的学习体会。") == {"林晓东": "attendee"}
    assert roles("书记何立新邀请党校教授上党课。") == {"何立新": "attendee"}


def test_names_each_speaking_for_a_body_share_the_verb_shared_out_after_them():
    text = "3月5日，青石县总工会召开座谈会。林晓东代表县委，张善明代表县政府分别致辞。"
    assert roles_in_report(text) == {"林晓东": "speaker", "张善明": "speaker"}
    # A clause with a deed of its own keeps it.
    text = "3月5日，青石县总工会召开座谈会。林晓东代表县委出席，张善明代表县政府致辞。"
    assert roles_in_report(text) == {"林晓东": "attendee", "张善明": "speaker"}
    # Without a word that shares the verb out, the verb after is the next name's alone.
    text = "3月5日，青石县总工会召开会员大会。林晓东代表全体会员，张善明作了工作报告。"
    assert roles_in_report(text) == {"林晓东": "attendee", "张善明": "speaker"}


def test_a_note_in_brackets_after_a_listed_name_keeps_the_list_and_its_post():
    assert people("市领导张明华、李红梅（女）、王立新出席会议。") == {
        "张明华": ("attendee", "市领导"),
        "李红梅": ("attendee", "市领导"),
        "王立新": ("attendee", "市领导"),
    }
    assert people("副主席张明华（兼经审会主任）、李红梅出席会议。")["李红梅"] == ("attendee", "副主席")


def test_a_deputy_in_charge_of_the_work_does_not_chair_the_meeting():
    assert roles("副主席张明华（主持工作）、李红梅出席会议。") == {"张明华": "attendee", "李红梅": "attendee"}
    assert roles("主持日常工作的副主席张明华出席会议。") == {"张明华": "attendee"}
    # A work meeting chaired, and the one who chaired this meeting named by it, are chairs.
    assert roles("副主席张明华主持工作会议。") == {"张明华": "chair"}
    assert roles("副主席张明华主持工作推进会并讲话。") == {"张明华": "chair"}
    assert roles("主持会议的副主席张明华指出，要抓落实。") == {"张明华": "chair"}


def test_a_person_whose_deeds_are_shown_is_named_not_present():
    assert roles("会上，大家观看了张明华同志先进事迹宣传片。") == {"张明华": "referenced"}
    # Who leads the watching, gives the lesson watched or performs before those present is there.
    assert roles("主席林晓东带领大家观看了李红梅同志的先进事迹展。") == {"林晓东": "attendee", "李红梅": "referenced"}
    assert roles("会上，大家观看了由主席张明华主讲的微党课。") == {"张明华": "speaker"}
    assert roles_in_report("3月1日，青石县总工会召开会议。会上，大家观看了劳模张明华现场表演的绝活。") == {"张明华": "attendee"}
    # Deeds told and poems read are the person's, who is not there.
    opening = "3月1日，青石县总工会召开会议。"
    assert roles_in_report(opening + "与会人员分享了“时代楷模”获得者李红梅的事迹。") == {"李红梅": "referenced"}
    assert roles_in_report(opening + "会上，大家学习了作家李红梅的诗词《春望》。") == {"李红梅": "referenced"}


def test_assigning_the_work_and_what_a_person_said_in_the_speech_given_here_are_speaking():
    text = "3月5日，青石社区召开居民会议。社区党支部书记林晓东进行工作安排。"
    assert [(p.name, p.role) for m in parse_report(text) for p in m.people] == [("林晓东", "speaker")]
    text = "3月5日，青石学院召开中心组学习会。青石大学副校长吴志平出席了本次活动。\n吴志平副校长在随后的讲话中对学院工作给予肯定。"
    assert [(p.name, p.role) for m in parse_report(text) for p in m.people] == [("吴志平", "speaker")]
    # A speech given elsewhere, and a point made in it, are relayed: its speaker was not there.
    text = "3月5日，青石学院召开中心组学习会，传达了省委书记王明在全省大会上的讲话中的重要论述。"
    assert [(p.name, p.role) for m in parse_report(text) for p in m.people] == [("王明", "referenced")]


def test_answering_questions_leading_an_oath_and_summing_up_the_meeting_are_speaking():
    roles = lambda text: [(p.name, p.role) for m in parse_report(text) for p in m.people if p.name]  # noqa: E731
    assert roles("3月5日，青石公司召开职工大会。王强董事长与员工就普遍关心的问题展开现场问答。") == [("王强", "speaker")]
    assert roles("3月5日，青石社区召开党员大会。社区党支部书记高晨良带领大家重温入党誓词。") == [("高晨良", "speaker")]
    assert roles("3月5日，青石镇召开换届工作会议，镇党委书记陈守权讲话，镇长林龙海进行大会总结。") == [("陈守权", "speaker"), ("林龙海", "speaker")]
    # A tour led is no study led.
    assert roles("3月5日，青石社区召开党员大会。书记高晨良带领大家参观学习。") == [("高晨良", "attendee")]


def test_he_who_told_after_a_sentence_is_its_subject_when_it_opens_with_a_name():
    opening = "3月5日，青石会馆举行座谈会，副会长张强主持。"
    text = opening + "会长王明代表协会欢迎市侨办主任李华一行的来访。他介绍说，会馆历史悠久。"
    assert roles_in_report(text) == {"张强": "chair", "王明": "speaker", "李华": "referenced"}
    # Where no name opens it, the last one named is who spoke.
    text = opening + "会上，张强向会长王明颁发聘书。他表示，会馆历史悠久。"
    assert roles_in_report(text)["王明"] == "speaker"


def test_leaders_a_speaker_speaks_for_with_their_post_after_the_name_are_referenced():
    text = "标题\n5月6日，青石大学科协召开代表大会。副主席余大军代表省科协及郭生练主席、叶贤林书记致辞。"
    assert roles_in_report(text) == {"余大军": "speaker", "郭生练": "referenced", "叶贤林": "referenced"}
    text = "标题\n5月6日，青石大学科协召开代表大会。大会听取了副校长姚江林同志代表邓秀新院长和第三届科协所作的工作报告。"
    assert roles_in_report(text) == {"姚江林": "speaker", "邓秀新": "referenced"}
    # Near misses: a delegate's noun before the name, and a speaker who speaks for a body alone.
    assert roles_in_report("标题\n5月6日，青石大学科协召开代表大会。劳模代表王大明主任作典型发言。") == {"王大明": "speaker"}
    text = "标题\n5月6日，青石大学科协召开代表大会。副主席余大军代表省科协致辞，校长王大明讲话。"
    assert roles_in_report(text) == {"余大军": "speaker", "王大明": "speaker"}


def test_a_leader_whose_words_a_speaker_quotes_is_referenced():
    text = "标题\n9月28日，青石工联会举行分享会。理事长何大卿亦引述国务院副总理丁大祥讲话，要深入学习贯彻讲话精神。"
    assert people_in_report(text) == {"何大卿": ("speaker", "理事长"), "丁大祥": ("referenced", "国务院副总理")}
    # Near miss: a speaker quoted at the meeting by the report is no one's quote of another.
    text = "标题\n9月28日，青石工联会举行分享会。副总理丁大祥讲话，要深入学习贯彻讲话精神。"
    assert people_in_report(text) == {"丁大祥": ("speaker", "副总理")}


def test_speakers_whose_talk_follows_clauses_relating_it_to_their_work():
    text = "标题\n9月28日，市长杜大林主持召开市政府党组会议。副市长叶大磊、高大勤结合分管工作，联系工作实际，聚焦重要讲话精神作了交流发言。"
    assert roles_in_report(text) == {"杜大林": "chair", "叶大磊": "speaker", "高大勤": "speaker"}
    # Near miss: a clause with a subject of its own after the relating one says nothing of the names before.
    text = "标题\n9月28日，市长杜大林主持召开市政府党组会议。副市长叶大磊、高大勤出席，联系单位负责人作了交流发言。"
    assert roles_in_report(text) == {"杜大林": "chair", "叶大磊": "attendee", "高大勤": "attendee"}


def test_people_listed_after_a_deed_of_speaking_are_speakers():
    opening = "标题\n9月28日，青石工联会举行分享会，会长王大明主持。"
    assert roles_in_report(opening + "在会上发言的还有副会长马大如、程大丽。") == {"王大明": "chair", "马大如": "speaker", "程大丽": "speaker"}
    assert roles_in_report(opening + "作交流发言的有：副会长马大如、程大丽等。") == {"王大明": "chair", "马大如": "speaker", "程大丽": "speaker"}
    # Near misses: attending, attending a meeting named for sharing, and hearing are no speech of their own.
    assert roles_in_report(opening + "出席会议的还有副会长马大如、程大丽。") == {"王大明": "chair", "马大如": "attendee", "程大丽": "attendee"}
    assert roles_in_report(opening + "参加分享会的还有副会长马大如。") == {"王大明": "chair", "马大如": "attendee"}
    assert roles_in_report(opening + "聆听发言的还有副会长马大如。") == {"王大明": "chair", "马大如": "attendee"}


def test_a_post_served_as_and_a_hall_named_after_a_person_are_no_talk_and_no_one_present():
    text = "标题\n5月6日，青石市人大代表中的党员召开会议，主任蔡大生主持，党组成员李阿明出席。会议成立临时党总支，林大青任书记，李阿明作成员。"
    assert roles_in_report(text) == {"蔡大生": "chair", "李阿明": "attendee", "林大青": "attendee"}
    text = "标题\n5月6日，青石县总工会举办培训班。学员参观了王大明事迹展馆，主任李小华作专题讲座。"
    assert roles_in_report(text) == {"李小华": "speaker"}
    # Near miss: a talk given with 作 is still one.
    assert roles_in_report("标题\n5月6日，青石县总工会召开会议，主席王大明作工作报告。") == {"王大明": "speaker"}


def test_hopes_voiced_make_speakers_and_a_deed_told_of_the_past_no_one_present():
    text = "标题\n5月1日，青石宗亲会举行启用仪式，理事长蔡大民主持。前主席林大文曾2次到家庙祭祖，议员陈沧海到场祝贺。"
    assert roles_in_report(text) == {"蔡大民": "chair", "陈沧海": "attendee"}
    text = "标题\n5月1日，青石同乡会举行会员大会，理事长李大宗主持。县长陈大海跨海与会，并期望乡亲常回家看看。"
    assert roles_in_report(text) == {"李大宗": "chair", "陈大海": "speaker"}
    # Near misses: one who once held a post or won a medal and takes part now is present, and praise received is no speech.
    opening = "标题\n5月1日，青石同乡会举行会员大会，理事长李大宗主持。"
    assert roles_in_report(opening + "王大明曾任县长，出席会议。") == {"李大宗": "chair", "王大明": "attendee"}
    assert "王大明" in roles_in_report(opening + "劳模王大明曾获全国五一劳动奖章，在会上分享了经验。")
    assert roles_in_report(opening + "出席大会的老劳模王大明曾是纺织厂挡车工。") == {"李大宗": "chair", "王大明": "attendee"}
    assert roles_in_report(opening + "劳模王大明受到县长赵大刚的称赞。")["王大明"] == "attendee"


def test_a_name_ending_in_he_before_the_bracket_of_its_unit_and_a_works_name_are_read_right():
    text = "标题\n5月1日，县工会举行模范劳工庆祝大会，县长刘大应致词。模范劳工分别是陈淑英(青石中学)、陈美容(青石酒厂实业公司)、张永和(中山营业处)。"
    assert roles_in_report(text) == {"刘大应": "speaker", "陈淑英": "attendee", "陈美容": "attendee", "张永和": "attendee"}


def test_reviewed_near_misses_of_the_nineteenth_sessions_role_rules():
    opening = "标题\n9月28日，青石工联会举行理事会，会长王大明主持。"
    # Attending, watching or hearing a talk listed with 的还有 is no speech of one's own.
    for deed in ("参加讲座", "一同收看重要讲话直播", "参加宣讲报告会", "观看讲话视频", "在台下听讲话"):
        assert roles_in_report(opening + f"{deed}的还有副会长马大如。")["马大如"] == "attendee", deed
    # Each speaking for a body of their own.
    text = "标题\n5月6日，青石县召开表彰大会。王大明主席代表县总工会、李小华主任代表县妇联分别致辞。"
    assert roles_in_report(text) == {"王大明": "speaker", "李小华": "speaker"}
    # 引用 names what is quoted, not whoever follows in the clause.
    assert roles_in_report(opening + "会上引用的数据由副会长马大如提供。")["马大如"] == "attendee"
    # 和 before a photo's position joins the next name.
    assert "王大明" in roles_in_report("标题\n9月28日，青石工联会举行颁证仪式。会长王大明和（右）副会长李小华为新会员颁证。")


def test_malaysian_honorifics_before_a_name_mark_it_as_a_post_does():
    text = "标题\n5月6日，雪隆青石会馆举行会员大会，会长王大明主持。新任名誉会长包括拿督王大荣、潘斯里王小芳及拿汀黄玉春。"
    assert "潘斯里" not in roles_in_report(text)


def test_reviewed_near_misses_of_the_twentieth_sessions_role_rules():
    # 致贺词 is an address given at the meeting; a letter read out is read by someone present.
    text = "3月5日，青石侨联召开代表大会。会长王明代表理事会致贺词祝贺大会召开，全国侨联等单位发来贺信。"
    assert roles_in_report(text) == {"王明": "speaker"}
    text = "3月5日，青石侨联召开代表大会。会长王明在大会上宣读的贺信中说，要团结。"
    assert roles_in_report(text) == {"王明": "speaker"}
    text = "3月5日，青石侨联召开代表大会。会长王明出席。王明在增强文化自信中发挥作用。"
    assert roles_in_report(text) == {"王明": "attendee"}, "信中 of 自信中 is no letter"


def test_who_sent_a_video_greeting_or_a_letter_congratulating_the_meeting_was_not_there():
    text = (
        "9月6日，青石工商峰会在青石开幕。青石国总理乔治·克维利卡什维利发来视频贺词；副秘书长王明、副总理李华，"
        "以及青石商会等机构为大会发来贺信，对峰会的召开表示祝贺。商会主席张强主持开幕式。"
    )
    assert roles_in_report(text) == {"乔治·克维利卡什维利": "referenced", "王明": "referenced", "李华": "referenced", "张强": "chair"}
    # One who congratulates in a speech of their own at the meeting was there.
    text = "9月6日，青石工商峰会在青石开幕。副市长王明出席并讲话，对峰会的召开表示祝贺。"
    assert roles_in_report(text) == {"王明": "speaker"}


def test_who_reads_aloud_leads_a_study_exchanges_with_all_urges_or_judges_the_meeting_speaks():
    text = (
        "2月27日下午，青石中学党支部在党员活动室举行主题党日活动。本次活动由支部书记王明主持。活动中，支部青年委员胡桥诵读了"
        "《党章》第五条；支部纪检委员李军组织大家学习了《党支部工作条例》；教务处主任邹合安从政治观和大家进行了交流；"
        "政教处曾文主任倡导党员教师发挥先锋模范作用；副校长张伟对本次活动给予高度评价。"
    )
    assert roles_in_report(text) == {
        "王明": "chair", "胡桥": "speaker", "李军": "speaker", "邹合安": "speaker", "曾文": "speaker", "张伟": "speaker",
    }
    # An idea of someone's, or a judgement someone else gives of them, is no speech of theirs.
    text = "3月5日，县总工会召开会议。主席王明主持，会长李华倡导的志愿服务理念得到大家认同。"
    assert roles_in_report(text) == {"王明": "chair", "李华": "attendee"}


def test_a_post_after_a_name_titles_no_name_after_it():
    text = "5月8日，市总工会召开党组会议。参会同志学习了习近平总书记向全国广大劳动群众致以节日祝贺慰问的重要指示精神。主席王明主持。"
    assert roles_in_report(text) == {"习近平": "referenced", "王明": "chair"}


def test_what_the_next_person_named_does_is_no_deed_of_who_sent_greetings():
    text = "3月5日，市侨联召开代表大会。市长王明发来贺词，县委书记李华出席。"
    assert roles_in_report(text) == {"王明": "referenced", "李华": "attendee"}
    # A deed of the sender's own, after the greeting, keeps the sender present.
    text = "3月5日，市侨联召开代表大会。市长王明发来贺词，并出席会议。"
    assert roles_in_report(text) == {"王明": "attendee"}


def test_a_noun_ending_in_zuo_before_de_is_no_talk_given():
    text = "6月8日，全市推进会在区局召开。会上，副局长王明作重要讲话，局长李华，各区局分管党建工作的局领导共60余人参会。"
    assert roles_in_report(text) == {"王明": "speaker", "李华": "attendee"}
    # Near misses: 所作的 after a name is the talk the person gave; so is 作了 after 职工 whom the person spoke for.
    text = "6月8日，青石公司召开职代会。工会主席王明代表全体职工作了承诺。"
    assert roles_in_report(text) == {"王明": "speaker"}
    text = "6月8日，全市推进会在区局召开。会议听取了局长李华所作的工作报告。"
    assert roles_in_report(text) == {"李华": "speaker"}


def test_bao_gao_right_after_a_person_is_what_they_reported():
    text = "4月21日，青石会馆举行会员大会。大会由理事长王明主持。副理事长李华报告会馆参与市府工作组情况；财政组长张强报告年度财政状况。"
    assert roles_in_report(text) == {"王明": "chair", "李华": "speaker", "张强": "speaker"}
    # Near miss: a 报告会 after a name is a meeting named for the talk, which the person attended.
    text = "4月21日，青石会馆举行报告会。副理事长李华报告会后合影留念。"
    assert roles_in_report(text)["李华"] == "attendee"


def test_who_serves_as_the_meetings_chair_or_speaker_of_the_house_chairs_it():
    text = "17日，青石中华大会堂召开2016年度会员大会。今天有102名会员出席大会，并由拿督何育举担任大会议长。"
    assert roles_in_report(text) == {"何育举": "chair"}
    text = "近日，青石华文民校联谊会举行第四届理事会就职典礼，大会特邀请中国驻孔敬总领事李明刚担任典礼主席。"
    assert roles_in_report(text) == {"李明刚": "chair"}


def test_the_evening_told_goes_on_about_the_meetings_held_that_day():
    text = (
        "三月二十三日，澳门青石协会假富豪酒店，举办2024年会员大会、第十届选举暨春茗联欢。\n"
        "当晚，首先由青石协会刘主尧主席致辞，然后财务部部长李志尧宣读财务报告，区兆添理事简介与银行的合作方向。"
    )
    people = {(p.name, p.role) for m in parse_report(text) for p in m.people}
    assert people == {("刘主尧", "speaker"), ("李志尧", "speaker")}
    # A paragraph opening with a day of its own is another event where the report tells of several.
    text = "3月1日，青石协会举办会员大会、理事会议。\n3月5日，会长刘主尧走访会员企业，财务部部长李志尧陪同。"
    assert all(not m.people for m in parse_report(text))


def test_a_photos_caption_at_the_end_stays_a_caption():
    [meeting] = parse_report("3月1日，市总工会召开大会。主席王明作工作报告。\n图为市总工会领导王明、李华等出席会议")
    assert {(p.name, p.role, p.title) for p in meeting.people} == {("王明", "speaker", "主席")}


def test_the_last_sentence_cut_off_its_mark_still_tells_who_attended():
    text = (
        "3月1日，市人大常委会召开主任会议。\n在主任会议上，市人大常委会秘书长贾山就议程作了汇报。\n"
        "市人大常委会副主任于世平、杨福刚、李虹出席会议"
    )
    [meeting] = parse_report(text)
    assert {(p.name, p.role) for p in meeting.people} == {
        ("贾山", "speaker"), ("于世平", "attendee"), ("杨福刚", "attendee"), ("李虹", "attendee")
    }


def test_people_first_named_in_what_the_meeting_relays_were_not_there():
    text = (
        "4月16日，市统计局召开党组会议，传达学习市长吴晓晖与省统计局局长杨新洪交流座谈会议精神。局长黄俊伟主持会议。"
        "吴晓晖指出，要做好统计工作。"
    )
    [meeting] = parse_report(text)
    assert {(p.name, p.role) for p in meeting.people} == {("吴晓晖", "referenced"), ("杨新洪", "referenced"), ("黄俊伟", "chair")}
    # One who gives a speech after what is relayed gave it here.
    text = "3月1日，青石局召开会议。会议传达学习了全国两会精神并由局长王明作动员讲话。王明指出，要提高站位。"
    [meeting] = parse_report(text)
    assert {(p.name, p.role) for p in meeting.people} == {("王明", "speaker")}
    # First named as present, a person who speaks later speaks.
    text = "4月16日，市统计局召开党组会议，学习有关文件。局长黄俊伟主持会议，副局长王明出席。王明指出，要做好统计工作。"
    [meeting] = parse_report(text)
    assert ("王明", "speaker") in {(p.name, p.role) for p in meeting.people}


def test_a_briefing_or_a_detailed_summary_given_makes_a_speaker():
    text = "3月1日，青石农会召开大会。理事长林干铭、常务监事江建溪分别简报农会近来业务。会长徐艺伟也对全年工作进行了详细总结。"
    [meeting] = parse_report(text)
    assert {(p.name, p.role) for p in meeting.people} == {("林干铭", "speaker"), ("江建溪", "speaker"), ("徐艺伟", "speaker")}
    # A bulletin or a brochure is no briefing given.
    [meeting] = parse_report("3月1日，青石工会召开大会。副主席李华出席会议，并审阅了工会工作简报。")
    assert {(p.name, p.role) for p in meeting.people} == {("李华", "attendee")}
    [meeting] = parse_report("3月1日，青石商会召开会议。会长王明向来宾发放了商会简介。")
    assert {(p.name, p.role) for p in meeting.people} == {("王明", "attendee")}


def test_who_came_and_then_told_the_meeting_what_to_do_spoke():
    text = "3月5日，青石区召开会议。副区长钟碧武到会，对专项行动提出了具体要求。"
    assert roles_in_report(text) == {"钟碧武": "speaker"}
    # A clause with a subject of its own, or greetings sent, is no talk of theirs.
    assert roles_in_report("3月5日，青石区召开会议。副区长王明到会，会议对专项行动提出了具体要求。") == {"王明": "attendee"}
    assert roles_in_report("3月5日，青石区召开会议。副区长王明到会，对大会召开发来贺信。") == {"王明": "attendee"}


def test_clergy_named_by_their_office_and_who_told_the_meeting_something():
    text = "3月5日，青石市基督教两会召开会议。赵克玉主任主持会议，李赋真牧师作会前祷告。"
    assert roles_in_report(text) == {"赵克玉": "chair", "李赋真": "speaker"}
    assert roles_in_report("3月5日，青石促进会召开座谈会。会长李云杰谈到，铸牢共同体意识十分重要。") == {"李云杰": "speaker"}
    # 代表 after a name is the verb of speaking for others, no kind of person.
    assert roles_in_report("3月5日，青石市委召开会议。王明代表学生发言。") == {"王明": "speaker"}


def test_the_matter_spoken_on_after_an_adverb_of_order_or_the_meeting_it_is_spoken_at():
    # The talk is told far after the matter, past the window a role verb is read in.
    text = "3月5日，青石医院召开座谈会。医务科科长马殿威首先就引进直线加速器的原因、引进方式以及对医院今后发展的意义等情况，与大家进行了沟通。"
    assert roles_in_report(text) == {"马殿威": "speaker"}
    text = "3月5日，青石省森林防火指挥部召开全体成员会议。李容根副省长在会上就如何学习贯彻全国森林防火工作现场会议精神，进一步做好全省森林防火工作，强调了几点。"
    assert roles_in_report(text) == {"李容根": "speaker"}
    text = "3月5日，青石协会党支部召开学习会。协会会长刘谦以普通党员的身份参加了主题教育集体学习并围绕发挥基层卫生部门作用、坚持卫生健康公益性等方面，与大家交流。"
    assert roles_in_report(text) == {"刘谦": "speaker"}
    # 就 of a word that is no matter (就餐, 就座) tells of no talk.
    assert roles_in_report("3月5日，青石县委召开会议。副县长王明出席会议并就餐。") == {"王明": "attendee"}


def test_the_theme_or_the_aspects_of_a_talk_opened_right_after_a_name():
    text = "3月5日，青石支部召开党课。支部书记叶喆以“对照党章、学习党史，做合格共产党员”为题，从“党章的历史”等方面，带领大家学习。"
    assert roles_in_report(text) == {"叶喆": "speaker"}
    text = "3月5日，青石卫健局召开会议。副县长黄伟从总结成绩、直面问题，在破解矛盾中凝聚正能量；把握方向、聚焦重点等方面，部署全年工作。"
    assert roles_in_report(text) == {"黄伟": "speaker"}
    # However many clauses the aspects run over before they are summed up.
    text = (
        "3月5日，青石卫健局召开会议。林晓东、陈明出席会议。副县长陈明从总结成绩、直面问题，在破解矛盾中凝聚正能量；把握方向、"
        "聚焦重点，在攻坚克难中开创新局面；乘势而动、锐意进取，在加快发展中展现新担当等三个方面对今年的工作进行了部署。"
    )
    assert roles_in_report(text) == {"林晓东": "attendee", "陈明": "speaker"}
    # Near miss: a life told through its aspects, however long, is no talk.
    text = (
        "3月5日，青石县委召开会议。局长赵明出席会议。局长赵明从青石县最偏远的山村一路走来，先后在多个乡镇、街道、部门任职，"
        "历经基层锻炼和多岗位磨砺，在产业发展、乡村治理、招商引资、项目建设等方面积累了丰富经验。"
    )
    assert roles_in_report(text) == {"赵明": "attendee"}
    # Near misses: where a person comes from, and the capacity they attend in.
    assert roles_in_report("3月5日，青石县委召开会议。副县长王明从北京赶回参加会议。") == {"王明": "attendee"}
    assert roles_in_report("3月5日，青石县委召开会议。副县长王明以“优秀党员”身份参加会议。") == {"王明": "attendee"}


def test_reviewed_near_misses_of_the_talks_opened_after_a_name():
    assert roles_in_report("3月5日，青石县委召开会议。副县长王明从北京赶回主持会议，会议研究了脱贫攻坚方面的工作。") == {"王明": "chair"}
    assert roles_in_report("3月5日，青石县委召开会议。劳模王明从事一线工作三十年，在技术革新方面成绩突出。") == {"王明": "attendee"}
    assert roles_in_report("3月5日，青石县委召开会议。副县长王明随后就赶到事故现场指挥救援。") == {"王明": "attendee"}
    text = "3月5日，青石县委召开会议。市总工会主席王明出席会议，与会代表并围绕职工权益保障展开讨论。"
    assert roles_in_report(text) == {"王明": "attendee"}
    assert roles_in_report("3月5日，青石县委召开会议。副主席李华列席会议并围绕年度工作听取意见。") == {"李华": "attendee"}


def test_a_person_suggesting_to_those_present_speaks():
    meeting = "3月2日，青石局党组召开会议。"
    assert roles_in_report(meeting + "县总工会主席王明建议，各基层工会要加强学习。") == {"王明": "speaker"}
    assert roles_in_report(meeting + "专家组组长李华教授建议适当修改规划方案的思路。") == {"李华": "speaker"}
    # Near misses: a proposal the meeting reviewed or adopted is a paper, no one's speech at it.
    assert roles_in_report(meeting + "县总工会主席王明出席会议，会议审议了建议书。") == {"王明": "attendee"}
    for text, name in (("会议采纳了县政协委员严芳的建议。", "严芳"), ("研究了关于柏杨同志的任免建议。", "柏杨")):
        assert roles_in_report(meeting + text)[name] != "speaker", text


def test_a_list_of_leaders_whose_speeches_are_relayed_together_are_all_referenced():
    text = "3月3日，县医院召开全院职工大会，院长周文华主持。会上，周文华对副县长王小蕊、县卫健局局长沙立良、书记管明超的讲话作了传达。副院长林一勇作了总结。"
    assert roles_in_report(text) == {"周文华": "chair", "王小蕊": "referenced", "沙立良": "referenced", "管明超": "referenced", "林一勇": "speaker"}
    # Near miss: a list that shares a deed at this meeting speaks.
    text = "3月3日，县医院召开全院职工大会，院长周文华主持。副县长王小蕊、县卫健局局长沙立良出席会议并讲话。"
    assert roles_in_report(text) == {"周文华": "chair", "王小蕊": "speaker", "沙立良": "speaker"}
    # Nor do those who relay, listed before 对.
    text = "3月3日，县委召开常委会议，书记王明主持。会上，副局长李芳、赵刚对市委书记张华、市长刘勇的讲话作了传达。"
    assert roles_in_report(text)["李芳"] == "speaker"


def test_the_spirit_of_a_talk_given_elsewhere_and_a_signed_article_are_referenced():
    # The title runs over a comma from the verb of study, so only what follows the name tells.
    text = "5月6日，县委召开常委会，书记王明主持。会议传达了市宣讲团成员，市卫健委主任李强所作宣讲报告会精神，学习了《决定》全文，部长赵海署名文章《谈改革》。副书记钱军作了讲话。"
    assert roles_in_report(text) == {"王明": "chair", "李强": "referenced", "赵海": "referenced", "钱军": "speaker"}
    # Near misses: a report given here is spoken, and so is a talk given here on the spirit of a speech.
    text = "5月6日，县总工会召开全委会，主席王明主持。副主席赵军作了工作报告。"
    assert roles_in_report(text) == {"王明": "chair", "赵军": "speaker"}
    text = "5月6日，县委召开中心组学习会，书记王明主持。副书记赵军作深入学习贯彻重要讲话精神的辅导报告。"
    assert roles_in_report(text) == {"王明": "chair", "赵军": "speaker"}
    # Nor does a member's own article told of at the meeting make her absent.
    text = "5月6日，县作协召开年会，主席王明主持。会上，与会作家对会员李芳的文章进行了点评，李芳作了创作谈。"
    assert roles_in_report(text)["李芳"] == "speaker"


def test_an_idiom_opening_with_a_surname_is_no_four_character_name():
    text = "5月6日，县教育局召开大会，局长王明主持。会议要求，要锚定目标、不折不扣抓落实，雷厉风行、攻坚克难抓落实。"
    assert roles_in_report(text) == {"王明": "chair"}
    # Near misses: a compound surname and a married woman's two surnames after her post are names of four.
    text = "5月6日，县教育局召开大会，局长王明主持，副局长欧阳晓明、理事长陈黄淑媛出席。"
    assert roles_in_report(text) == {"王明": "chair", "欧阳晓明": "attendee", "陈黄淑媛": "attendee"}
    text = "5月6日，青石妇女会召开会员大会，会长王明主持，理事长李王美玲、陈黄淑媛出席。"
    assert roles_in_report(text) == {"王明": "chair", "李王美玲": "attendee", "陈黄淑媛": "attendee"}


def test_a_subheadline_names_who_attended_spoke_and_chaired():
    text = (
        "青石县第十三次党代会隆重召开\n"
        "孙明 杨兰出席 卢展明作工作报告 张宏伟主持\n"
        "8月23日上午，中国共产党青石县第十三次代表大会在青石宾馆隆重开幕。大会执行主席卢展明、张宏伟在主席台就座。"
    )
    meeting = parse_report(text)[0]
    assert [(p.name, p.role) for p in meeting.people if p.name] == [("卢展明", "speaker"), ("张宏伟", "chair"), ("杨兰", "attendee")]
    assert meeting.chair == "张宏伟"
    # Near misses: a chair the body names outranks the subheadline's, and a leader the headline names as studied is
    # no one at the meeting.
    text = "青石县总工会召开全委会议\n王明出席并讲话 李华主持\n5月4日，青石县总工会召开全委会议。会议由副主席张强主持。"
    assert [(p.name, p.role) for p in parse_report(text)[0].people if p.name] == [("张强", "chair"), ("王明", "speaker")]
    text = "青石县总工会传达学习习近平总书记重要讲话精神\n5月4日，青石县总工会召开全委会议。"
    assert [p.name for p in parse_report(text)[0].people if p.name] == []


def test_a_headline_lends_no_one_to_a_report_of_several_meetings_nor_a_deed_at_another_event():
    # A headline of a report of several meetings may tell of any of them: no one is lent to the first.
    text = (
        "王明主持召开县委常委会会议\n"
        "5月4日上午，县委理论学习中心组举行集中学习，县委副书记李华领学。随后，县委召开常委会会议，传达学习全会精神。"
    )
    assert [(p.name, p.role) for p in parse_report(text)[0].people if p.name] == [("李华", "speaker")]
    # A report given at another event is no part of the meeting.
    text = "县委书记王明在全市领导干部大会上作报告\n5月4日，青石县委理论学习中心组召开学习会，县委副书记李华主持。"
    assert [p.name for p in parse_report(text)[0].people if p.name] == ["李华"]


def test_arrangements_made_at_the_meeting_are_a_talk_given():
    text = "3月5日，青石县政府召开常务会议。副县长王立新出席会议并对近期工作作出安排。县长李明主持。"
    assert roles_in_report(text) == {"王立新": "speaker", "李明": "chair"}
    # Near miss: an instruction written away from the meeting is no talk given there.
    text = "3月5日，青石县政府召开常务会议，传达了省长赵大海作出的重要批示。县长李明主持。"
    assert roles_in_report(text) == {"赵大海": "referenced", "李明": "chair"}


def test_a_teacher_a_doctor_or_a_nurse_named_after_the_noun_for_them_is_a_person():
    text = "3月5日，青石县教育局举办校长培训班。特级教师骆文涛，县实验中学校长晏淑贞分别作专题讲座。"
    assert people_in_report(text) == {"骆文涛": ("speaker", None), "晏淑贞": ("speaker", "县实验中学校长")}


def test_a_word_listed_after_things_and_running_on_is_no_one():
    text = "3月5日，青石县政府召开常务会议。会议要求围绕茶叶、林下经济、文旅康养三大产业延链补链。县长李明主持。"
    assert roles_in_report(text) == {"李明": "chair"}
    # Near misses: a name listed after a group and closed by a mark, or by the family named after it, is a person.
    text = "3月5日，鹿鸣县文化馆召开非遗传承工作会议。出席会议的有非遗传承人、刘桂兰一家和文化志愿者，馆长彭涛主持会议。"
    assert roles_in_report(text)["刘桂兰"] == "attendee"
    text = "3月5日，青石县政府召开常务会议。县长李明主持，各乡镇负责人、王立新、赵大海出席。"
    assert roles_in_report(text)["赵大海"] == "attendee"


def test_leaders_a_speaker_credits_with_the_bodys_growth_are_referenced():
    text = "2019年3月5日，青禾侨界社团联会举行特别会员大会。会长黄立基表示，联会成立15年来，在创会会长陈有为和前任会长余国栋的带领下，团结全体会员。"
    assert roles_in_report(text) == {"黄立基": "speaker", "陈有为": "referenced", "余国栋": "referenced"}
    # Or believes of them (他相信在A、B的带领下…).
    text = "2019年3月5日，青禾同乡会举行就职典礼。会长许文直致辞，他相信在施金立会长、洪文监事长的带领下，同乡会将更上一层楼。"
    assert roles_in_report(text) == {"许文直": "speaker", "施金立": "referenced", "洪文": "referenced"}
    # Near miss: a lead given at the meeting itself, told by the report, is no reference.
    text = "2019年3月5日，青禾县总工会召开全委会议。在县委书记王立新的带领下，全体与会人员重温入党誓词。"
    assert roles_in_report(text)["王立新"] != "referenced"


def test_a_visit_before_the_meeting_names_no_people_of_it():
    text = ("3月21日，青禾省法院召开编写研讨会，庭长熊立顺主持会议。会前，中院院长文立红，县委书记何永明看望了编写组全体成员，"
            "县法院院长吴立刚陪同。")
    assert roles_in_report(text) == {"熊立顺": "chair"}
    # Near miss: what a person did at the meeting after a visit the sentence tells of first is a deed of the meeting.
    text = "3月21日，青禾省法院召开编写研讨会，庭长熊立顺主持会议。会上，院长文立红看望了编写组全体成员并讲话。"
    assert roles_in_report(text)["文立红"] == "speaker"


def test_those_a_speaker_addresses_with_xiang_are_present_not_speaking():
    text = "11月8日，青禾县政府召开县务会议。县长张立善特别向即将退休的黄立男处长、林文宏简任秘书及詹立灿副局长表达诚挚感谢。"
    assert people_in_report(text) == {
        "张立善": ("speaker", "县长"), "黄立男": ("attendee", "处长"), "林文宏": ("attendee", "简任秘书"), "詹立灿": ("attendee", "副局长"),
    }
    # …and so are those spoken of after 对.
    text = "11月13日，青禾同乡会举行就职典礼。刘立冬代表市委致辞，对该会创会会长梁活立及会长梁如文所作出的努力表示认同。会长梁如文致词。"
    assert roles_in_report(text) == {"刘立冬": "speaker", "梁活立": "attendee", "梁如文": "speaker"}
    # Near miss: 向 in a word of direction (方向, 面向) addresses no one; nor 对 in 针对.
    text = "11月8日，青禾县政府召开县务会议。副县长李立华针对存在问题作了发言。"
    assert roles_in_report(text) == {"李立华": "speaker"}
    text = "11月8日，青禾县政府召开县务会议。面向全县干部，县长张立善作了动员讲话。"
    assert roles_in_report(text) == {"张立善": "speaker"}
    text = "11月8日，青禾县政府召开县务会议。会上，副县长陈立君就改革方向作了说明。"
    assert roles_in_report(text) == {"陈立君": "speaker"}


def test_a_study_word_naming_the_team_that_sits_in_on_studies_is_no_study():
    text = ("3月24日下午，青禾市中院召开党组理论学习中心组集中学习会。院长杨立根主持，市理论学习中心组学习列席旁听工作小组第三组组长、"
            "市委宣传部副部长陈文丹到会指导。")
    assert roles_in_report(text) == {"杨立根": "chair", "陈文丹": "attendee"}
    # Near miss: the study of a leader's words, whatever the post after it.
    text = "3月24日下午，青禾市中院召开党组会议。会议传达学习了市委书记陈文丹的讲话精神。"
    assert roles_in_report(text) == {"陈文丹": "referenced"}


def test_words_of_instruction_to_new_officers_make_a_speaker():
    text = "9月11日，青禾商会举行第六届理监事就职典礼。大使赵立华担任监誓员并训诲，市长周文明监誓并致训词，秘书长高立森担任司仪。"
    assert roles_in_report(text) == {"赵立华": "speaker", "周文明": "speaker", "高立森": "attendee"}


def test_delegates_named_after_daibiao_you_are_present_not_spoken_for():
    text = "3月5日，青禾商业会召开会员大会。主管机关代表有经济发展局局长张立源、劳工局督导陈雨立出席。"
    assert roles_in_report(text) == {"张立源": "attendee", "陈雨立": "attendee"}
    # Near miss: on behalf of the bodies concerned (代表有关部门), or of a leader, the verb.
    text = "3月5日，青禾商业会召开会员大会。局长张立源代表有关部门致辞，副局长陈雨立代表局长王大明讲话。"
    assert roles_in_report(text) == {"张立源": "speaker", "陈雨立": "speaker", "王大明": "referenced"}


def test_the_officers_of_a_body_of_former_holders_are_present():
    text = "青禾县历任乡镇长协会召开会员大会。历任乡镇长协会理事长蔡立湖、民政处副处长许一立等贵宾共聚一堂。"
    assert roles_in_report(text) == {"蔡立湖": "attendee", "许一立": "attendee"}
    # Near miss: the successive holders of a post, listed, are told of.
    text = "青禾县同乡会召开会员大会。会长王明表示，在历任会长陈立和余文的带领下，同乡会不断发展。"
    assert roles_in_report(text)["余文"] == "referenced"
    text = "青禾县商会召开会员大会。会长张伟感谢历任协会会长王明、李华的付出。"
    assert roles_in_report(text) == {"张伟": "speaker", "王明": "referenced", "李华": "referenced"}


def test_a_founding_holder_thanked_is_told_of():
    text = "青禾县乡镇长协会召开会员大会。促进会会长洪立表示，感谢青禾创会会长郑庆立，让协会成为稳定地方的力量。"
    assert roles_in_report(text) == {"洪立": "speaker", "郑庆立": "referenced"}
    # Near miss: a founding holder who spoke at the meeting speaks.
    text = "青禾县乡镇长协会召开会员大会。创会会长郑庆立致辞。"
    assert roles_in_report(text) == {"郑庆立": "speaker"}
    # Nor one thanked for coming, nor an innovator (创新) thanked.
    text = "青禾县商会召开会员大会。会长张伟感谢创会会长王明莅临指导，感谢劳模创新工作室带头人李华到会分享经验。"
    roles = roles_in_report(text)
    assert roles["王明"] != "referenced" and roles["李华"] == "speaker"


def test_a_list_that_speaks_in_turn_drawing_on_its_work_speaks():
    text = ("3月5日，青禾市卫健委召开座谈会。市二医院党委书记余立跃、市中医院党委书记方文林相继结合工作实际，就怎样加强公立医院"
            "党建工作，全面落实党委领导下的院长负责制，对《青禾市公立医院章程》提出意见和建议。")
    assert roles_in_report(text) == {"余立跃": "speaker", "方文林": "speaker"}
    # Near miss: drawing on their work to do something else is no talk.
    text = "3月5日，青禾市卫健委召开座谈会。市二医院党委书记余立跃结合工作实际参加讨论。"
    assert roles_in_report(text) == {"余立跃": "attendee"}


def test_a_report_given_elsewhere_and_told_of_or_carried_out_is_referenced():
    text = ("4月8日下午，青禾市人民法院举办学习贯彻全国“两会”精神专题报告，邀请全国人大代表、青禾邮政局江平路支局局长何立忠传达精神。"
            "报告会上，何立忠介绍了最高人民法院周立所作的工作报告。法院负责人表示，要认真落实周立院长讲话精神。")
    [meeting] = parse_report(text)
    assert (meeting.organizer, meeting.meeting_name) == ("青禾市人民法院", "学习贯彻全国“两会”精神专题报告")
    assert {p.name: p.role for p in meeting.people} == {"何立忠": "speaker", "周立": "referenced"}
    # Near misses: a report heard here is given here; whom the host introduces attends, the host chairs no one.
    text = "4月8日，青禾县总工会召开全委会。会议听取了主席王立所作的工作报告。主持人介绍了出席会议的副县长李文华。"
    assert roles_in_report(text) == {"王立": "speaker", "李文华": "attendee"}
    # Nor is one who sees to carrying it out, nor the one serving as host.
    text = "4月8日，青禾县总工会召开全委会。负责落实的副县长王立出席会议。担任主持人的副主席李文华宣布会议开始。"
    assert roles_in_report(text) == {"王立": "attendee", "李文华": "chair"}


def test_those_who_sent_someone_in_their_stead_are_told_of_and_whom_they_sent_is_no_group():
    text = "10日，青禾市同乡会举办40周年庆典暨会员大会，副市长赖立德亲自莅临，市长黄文哲等人也派人与会。"
    [meeting] = parse_report(text)
    assert [(p.name, p.role, p.group_name) for p in meeting.people] == [("赖立德", "attendee", None), ("黄文哲", "referenced", None)]
    # Near miss: one who came speaks, whoever else sent someone.
    text = "10日，青禾市同乡会举办会员大会，市长黄文哲出席并讲话，各乡镇派员参加。"
    assert roles_in_report(text) == {"黄文哲": "speaker"}
