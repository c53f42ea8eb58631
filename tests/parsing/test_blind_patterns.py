"""General rules for patterns that unseen reports showed, in invented sentences."""
import datetime as dt

from pipelines.parsing.dates import find_date_text, resolve_date
from pipelines.parsing.initiatives import find_initiatives, is_date_numeral
from pipelines.parsing.meetings import drop_abbreviation, is_cooperation
from pipelines.parsing.people import find_people
from pipelines.parsing.report import parse_report


def initiatives(text: str) -> dict[str, str]:
    return {i.name: i.category for i in find_initiatives(text, 0, len(text), [])}


def people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.title) for p in find_people(text, 0, len(text)) if p.name}


# --- initiatives: figures of speech, honours, holidays -------------------------------


def test_figures_of_speech_after_ordinary_verbs_are_not_initiatives():
    text = (
        "要敢于咬定“硬骨头”,甘当“铺路石”,争做“排头兵”,把方案过“秤杆”,亮出“真功夫”,"
        "告别“各自为战”,迈向“携手共进”,架起“连心桥”,打通“最后一公里”。"
    )
    assert initiatives(text) == {}


def test_programme_verb_owner_or_head_noun_keeps_a_short_name():
    text = "深入开展“春苗护航”,以区工“暖巢”为依托,健全“双轨”服务体系,实施“守薪”工程。"
    assert initiatives(text) == {
        "春苗护航": "brand",
        "暖巢": "brand",
        "双轨": "framework",
        "守薪": "campaign",
    }


def test_ordinary_words_for_people_and_workers_are_no_owner():
    assert initiatives("要为职工“解忧愁”。") == {}


def test_honours_written_as_prizes_are_not_initiatives():
    text = "为获得“巾帼建功集体奖状”“技术革新奖章”“安全生产流动奖杯”的单位颁奖,评出“河湾2022年度技能奖”。"
    assert initiatives(text) == {}


def test_holidays_written_as_numerals_are_not_initiatives():
    assert is_date_numeral("三八") and is_date_numeral("五一") and is_date_numeral("十一")
    for not_a_day in ("十一五", "十二五", "十四五", "四进", "两个"):
        assert not is_date_numeral(not_a_day), not_a_day
    assert initiatives("在“五四”“七一”前夕,深化“三进”活动。") == {"三进": "campaign"}


# --- initiatives: categories -----------------------------------------------------------


def test_category_from_the_compound_after_the_quote():
    text = "锚定“2358”工作思路,完善“红帆”三级体系,推进“云端”品牌建设,用好“渔工之声”网上服务平台。"
    assert initiatives(text) == {
        "2358": "framework",
        "红帆": "framework",
        "云端": "brand",
        "渔工之声": "platform",
    }


def test_general_head_counts_only_right_after_the_quote():
    assert initiatives("用“三种底色”把发展要求讲清了。") == {"三种底色": "framework"}
    assert initiatives("推进“两区一带”建设。") == {"两区一带": "campaign"}


def test_list_head_noun_is_shared_by_the_whole_run_and_unquoted_items():
    text = "紧紧围绕“强链补链”“稳岗扩容”等重点工作,利用“工友通”、社区广播等宣传阵地。"
    assert initiatives(text) == {"强链补链": "campaign", "稳岗扩容": "campaign", "工友通": "platform"}


def test_content_rules_for_categories():
    text = (
        "深化“青年大练兵”“岗位大比武”,坚持“一站两翼”,践行“三治论”,"
        "推广“工会e站”,持续“拼服务”,紧扣“强基础、优服务、促和谐”。"
    )
    assert initiatives(text) == {
        "青年大练兵": "campaign",
        "岗位大比武": "campaign",
        "一站两翼": "framework",
        "三治论": "framework",
        "工会e站": "platform",
        "拼服务": "slogan",
        "强基础、优服务、促和谐": "slogan",
    }
    # A day named for a drive and an exhibition named as an activity, their numbers no formula.
    text = "召开“6·16安全生产宣传日”动员会，举办“2024年青石工匠风采展”。"
    assert initiatives(text) == {"6·16安全生产宣传日": "campaign", "2024年青石工匠风采展": "brand"}


def test_a_later_mention_with_a_head_noun_decides_the_category():
    text = "围绕“一廊两心”的发展蓝图。加快“一廊两心”建设。"
    assert initiatives(text) == {"一廊两心": "campaign"}


# --- people: relayed speeches, speaking verbs, titled lists ---------------------------


def test_leader_whose_speech_is_relayed_stays_referenced():
    text = (
        "会议传达了省委书记魏国梁同志在全省工作会议上的讲话精神,魏国梁在讲话中强调要抓好落实。"
        "会议学习了市委书记冯远对职工工作作出的重要批示。"
    )
    assert people(text) == {
        "魏国梁": ("referenced", "省委书记"),
        "冯远": ("referenced", "市委书记"),
    }


def test_more_speaking_verbs():
    text = (
        "区委副书记邵文涛作动员讲话,区总工会副主席贺兰致词,市委党校副校长尤启明作辅导报告,"
        "区委常委严蓉点评,区工商联主席顾晨作交流发言。"
    )
    roles = {name: role for name, (role, _) in people(text).items()}
    assert roles == {"邵文涛": "speaker", "贺兰": "speaker", "尤启明": "speaker", "严蓉": "speaker", "顾晨": "speaker"}


def test_titles_in_a_list_of_titled_names_stop_at_the_previous_name():
    text = "区政协主席钟立言、区人大常委会副主任柯小川、区总工会党组成员、副主席乔慧出席会议。"
    assert people(text) == {
        "钟立言": ("attendee", "区政协主席"),
        "柯小川": ("attendee", "区人大常委会副主任"),
        "乔慧": ("attendee", "区总工会党组成员、副主席"),
    }


def test_relay_verbs_are_not_part_of_the_title():
    text = "会议传达学习省委书记卢定远同志在全省会议上的讲话精神。"
    assert people(text) == {"卢定远": ("referenced", "省委书记")}


def test_a_name_anchored_in_one_section_is_found_bare_in_another():
    text = (
        "4月2日,江口区总工会召开全委会议。省总工会主席蒋华年作工作报告。\n"
        "4月9日,江口镇总工会召开职工大会,学习蒋华年的工作报告。"
    )
    meetings = parse_report(text)
    assert [[(p.name, p.title) for p in m.people if p.name] for m in meetings] == [
        [("蒋华年", "省总工会主席")],
        [("蒋华年", None)],
    ]


# --- organizer, dates, meetings --------------------------------------------------------


def test_parenthesised_abbreviation_is_not_part_of_the_organizer():
    assert drop_abbreviation("海湾工会联合会(海联会)") == "海湾工会联合会"
    assert drop_abbreviation("市劳动者服务中心(东区)") == "市劳动者服务中心(东区)"
    meeting = parse_report("海湾工会联合会(海联会)昨日举行会员大会。")[0]
    assert meeting.organizer == "海湾工会联合会"


def test_relative_and_parenthesised_dates_are_kept_as_written():
    published = dt.date(2024, 9, 28)
    cases = {
        "前日(16日)举行": ("前日(16日)", dt.date(2024, 9, 16)),
        "昨（22）日下午举办": ("昨（22）日下午", dt.date(2024, 9, 22)),
        "9月27日(星期五)下午2时,": ("9月27日(星期五)下午2时", dt.date(2024, 9, 27)),
        "9月20日（周五）上午": ("9月20日（周五）上午", dt.date(2024, 9, 20)),
        "今日上午": ("今日上午", published),
        "前日晚上": ("前日晚上", dt.date(2024, 9, 26)),
        "上周五(20日)晚上": ("上周五(20日)晚上", dt.date(2024, 9, 20)),
        "本月8日": ("本月8日", dt.date(2024, 9, 8)),
    }
    for clause, (written, iso) in cases.items():
        match = find_date_text(clause)
        assert match is not None and match.group() == written, clause
        assert resolve_date(written, published) == iso, clause


def test_cooperation_clause_is_not_a_new_organizer_and_fairs_are_not_meetings():
    assert is_cooperation("并与县府合作") and is_cooperation("同时与区妇联联合") and not is_cooperation("县劳工处")
    meetings = parse_report("河口县劳工处昨（3）日举办劳资恳谈会,并与县府合作举办青年就业博览会,办理「职涯导航计划」。")
    assert [(m.organizer, m.meeting_name) for m in meetings] == [("河口县劳工处", "劳资恳谈会")]
    meetings = parse_report("河口县劳工处昨（3）日举办劳资恳谈会,并与县府合作举办就业座谈会。")
    assert [m.organizer for m in meetings] == ["河口县劳工处", "河口县劳工处"]
