"""Unnamed groups present (EXTRACTION.md §3, last paragraph), on invented sentences."""
import time

from pipelines.parsing.groups import find_groups, group_in_meeting_name
from pipelines.parsing.people import find_people
from pipelines.parsing.report import parse_report


def groups(text: str) -> list[str]:
    names = {p.name for p in find_people(text, 0, len(text)) if p.name}
    found = find_groups(text, 0, len(text), names)
    for group, start, end in found:
        assert text[start:end] == group  # the span holds exactly the group
    return [g for g, _, _ in found]


def test_groups_after_named_people_in_earlier_clauses():
    text = "会议由县委书记范立新主持,副县长邹晓庆出席会议并讲话,各乡镇党委书记和县直各部门主要负责人参加会议。"
    assert groups(text) == ["各乡镇党委书记", "县直各部门主要负责人"]


def test_group_joined_to_named_people_by_a_conjunction():
    text = "县长蒋文昌、副县长柯振宇及有关部门负责人列席会议。"
    assert groups(text) == ["有关部门负责人"]
    text = "党支部书记、院长傅晓丹、班子成员及职工代表共计60人参加。"
    assert groups(text) == ["班子成员", "职工代表"]


def test_list_over_commas_and_semicolons():
    text = "各镇(街)工会主席,区总工会机关全体人员;部分企业工会负责人(联络员)参加培训。"
    assert groups(text) == ["各镇(街)工会主席", "区总工会机关全体人员", "部分企业工会负责人(联络员)"]


def test_deputies_named_by_their_post_alone_serve_the_units_of_the_post_before():
    assert groups("市关工委副主任、副秘书长参加会议。") == ["市关工委副主任、副秘书长"]
    assert groups("县总工会主席、副主席参加会议。") == ["县总工会主席、副主席"]
    # Near miss: a later post with units of its own is another group.
    assert groups("县总工会副主席、党群工作部主任参加会议。") == ["县总工会副主席", "党群工作部主任"]


def test_parts_without_a_head_share_the_next_head():
    text = "保安、保洁、食堂员工代表30余人参加座谈。"
    assert groups(text) == ["保安、保洁、食堂员工代表"]
    text = "保安员、保洁员、食堂员工代表30余人参加座谈。"
    assert groups(text) == ["保安员", "保洁员", "食堂员工代表"], "staff named by their work are groups of their own"
    text = "各村(社区)、驻镇单位工会干部参加会议。"
    assert groups(text) == ["各村(社区)、驻镇单位工会干部"]


def test_total_after_the_list_is_dropped_count_before_the_head_kept():
    text = "来自全区各学校的26名青年教师代表参加活动。"
    assert groups(text) == ["来自全区各学校的26名青年教师代表"]
    text = "全体机关干部、社区工作者共50余人参加了学习。"
    assert groups(text) == ["全体机关干部", "社区工作者"]
    text = "特邀嘉宾、理监事及会员代表等近 300 人齐聚一堂。"
    assert groups(text) == ["特邀嘉宾", "理监事", "会员代表"]


def test_summary_noun_after_deng_is_dropped_with_the_total():
    text = "各企业工会主席、女职工委员等基层干部约80人参加。"
    assert groups(text) == ["各企业工会主席", "女职工委员"]


def test_bare_total_only_when_nothing_else_is_written():
    assert groups("晚会气氛热烈,现场约600人参加。") == ["约600人"]
    assert groups("市议员陈大同、林美华等50余人出席。") == []


def test_conjunction_before_a_sublist_and_de_modifier():
    text = "参加会议的有全体委员代表及各车间主任、班组长共90多人。"
    assert groups(text) == ["全体委员代表", "各车间主任、班组长"]
    text = "公司各分厂的支部书记和组织委员参会。"
    assert groups(text) == ["公司各分厂的支部书记和组织委员"]


def test_attendance_introductions():
    assert groups("出席会议的有市直各单位负责人、各区县总工会主席。") == ["市直各单位负责人", "各区县总工会主席"]
    assert groups("与会人员包括各基层工会主席和财务人员。") == ["各基层工会主席", "财务人员"]


def test_organised_study_and_talks():
    assert groups("11月5日,区妇联组织社区妇联主席、执委集中学习了会议精神。") == ["社区妇联主席", "执委"]
    assert groups("会上,各街道总工会和两家企业工会作了交流发言。") == ["各街道总工会", "两家企业工会"]
    assert groups("组织部负责人参加会议。") == ["组织部负责人"]


def test_named_person_alone_gives_no_group():
    assert groups("胡晓东同志参加会议。") == []
    assert groups("会议由局长韦明华主持。") == []


def test_group_in_meeting_name():
    assert group_in_meeting_name("机关全体干部会议") == "机关全体干部"
    assert group_in_meeting_name("全体党员大会") == "全体党员"
    assert group_in_meeting_name("全体会员代表大会") is None  # a congress, named by its kind
    # A session of the body's series (第一次, 六届六次, 新学期) is named for who sits in it, not who was there.
    assert group_in_meeting_name("新学期第一次全体党员大会") is None
    assert group_in_meeting_name("六届六次全体委员会议") is None
    assert group_in_meeting_name("党组(扩大)会议") is None


def test_group_from_meeting_name_in_a_report():
    text = "4月8日,某县妇联召开机关全体人员会议,传达学习省妇联全委会精神。"
    meetings = parse_report(text)
    assert [p.group_name for p in meetings[0].people if p.group_name] == ["机关全体人员"]


def test_long_unpunctuated_line_stays_fast():
    text = "各单位负责人" * 4000 + "参加会议" + "、和及" * 4000 + "参加"
    t0 = time.perf_counter()
    find_groups(text, 0, len(text), set())
    assert time.perf_counter() - t0 < 1.0


def test_groups_after_a_colon_and_before_the_place_they_attended_from():
    def groups(text: str) -> list[str]:
        return [group for group, _, _ in find_groups(text, 0, len(text), set())]

    assert groups("参加会议的有：各镇（街道）工会主席、区直机关工会主席。") == ["各镇（街道）工会主席", "区直机关工会主席"]
    assert groups("各县总工会设分会场，县级工会干部在分会场参会。") == ["县级工会干部"]


def test_et_cetera_and_adverbs_between_the_groups_and_their_verb():
    assert groups("会议由镇人大主席林高田主持，各村(社区)书记、各代表小组组长、联络员等参加会议。") == [
        "各村(社区)书记", "各代表小组组长", "联络员",
    ]
    assert groups("36位职工代表全部到会。") == ["36位职工代表"]
    assert groups("各工会干部均齐聚一堂。") == ["各工会干部"]
    assert groups("多位议员也到场。") == ["多位议员"]


def test_groups_that_shared_their_experience_were_present():
    assert groups("执委代表纷纷上台分享履职故事。") == ["执委代表"]
    assert groups("各班级团支书自我评议，总结本年度工作。") == ["各班级团支书"]


def test_where_a_group_comes_from_is_part_of_it():
    assert groups("来自全县各乡镇、部门的代表们参加会议。") == ["来自全县各乡镇、部门的代表们"]


def test_the_meeting_the_units_and_the_summing_noun_are_no_part_of_a_group():
    assert groups("本次大会有各基层工会代表参加。") == ["各基层工会代表"]
    assert groups("今天有102名会员出席大会。") == ["102名会员"]
    assert groups("上午的学习培训有水务局全体干部职工参加。") == ["水务局全体干部职工"]
    assert groups("学习有收获，全体党员参加了会议。") == ["全体党员"]
    assert groups("当天有关部门负责同志参加会议。") != ["关部门负责同志"]
    assert groups("28个团支部共82名团员代表参加大会。") == ["82名团员代表"]
    assert groups("多个友好团体负责人等嘉宾出席。") == ["多个友好团体负责人"]
    assert groups("调研员和相关部室负责同志参加会议。") == ["调研员", "相关部室负责同志"]


def test_posts_opened_by_ge_are_groups_of_their_own():
    text = "各区县局局长、分管治安工作的局领导、治安大队长、派出所所长参加会议。"
    assert groups(text) == ["各区县局局长", "分管治安工作的局领导", "治安大队长", "派出所所长"]
    # Without a plural opener a post before the verb is one person's title, not a group.
    assert groups("市公安局局长参加会议。") == []


def test_those_present_listed_after_zheci_intro():
    text = "参加这次会议的有市社班子全体成员和各科室负责人。"
    assert groups(text) == ["市社班子全体成员", "各科室负责人"]


def test_the_intro_before_a_list_ended_by_an_attendance_verb_is_no_part_of_the_group():
    text = "参加这次会议的有市社班子全体成员，市社活动办有关负责人列席会议。"
    assert set(groups(text)) == {"市社班子全体成员", "市社活动办有关负责人"}


def test_yuhui_is_attending_and_the_means_of_attending_is_no_part_of_the_group():
    assert groups("公司党支部副书记林晓东及与会单位代表参加会议。") == ["与会单位代表"]
    assert groups("全区工会系统干部通过会议系统参会。") == ["全区工会系统干部"]


def test_a_post_summed_up_by_deng_before_the_verb_is_several_people():
    text = "工作机构主要负责人、机关副处级以上干部，市委会专职副主委等参加会议。"
    assert groups(text) == ["工作机构主要负责人", "机关副处级以上干部", "市委会专职副主委"]
    # Without 等 a post before the verb is one person's.
    assert groups("市委会专职副主委参加会议。") == []


def test_each_side_of_a_conjunction_with_its_own_count_is_a_group():
    text = "来自集团各岗位的273名工人代表和4位农民工代表参加大会。"
    assert groups(text) == ["来自集团各岗位的273名工人代表", "4位农民工代表"]


def test_a_total_written_with_shu_is_dropped_from_the_group():
    text = "各镇庄户剧团代表、广场舞各代表队队员和社会各界群众数百人参加了启动仪式。"
    assert groups(text) == ["各镇庄户剧团代表", "广场舞各代表队队员", "社会各界群众"]


def test_how_and_where_a_group_came_stands_between_it_and_the_verb():
    text = "来自全县各单位的80名职工代表和12名列席代表,以视频会议形式分别在主会场和4个分会场参加了会议。"
    assert groups(text) == ["来自全县各单位的80名职工代表", "12名列席代表"]
    assert groups("各乡镇工会主席在分会场参会。") == ["各乡镇工会主席"]


def test_a_mark_or_a_leading_verb_before_a_group_is_not_part_of_it():
    assert groups("△县卫健局机关各科室负责人参加会议。") == ["县卫健局机关各科室负责人"]
    assert groups("公司董事长林晓东率经营团队到场。") == ["经营团队"]


def test_posts_listed_after_one_opener_are_one_group_unless_a_later_post_names_its_own_units():
    assert groups("各县区工会主席、党组书记参加会议。") == ["各县区工会主席、党组书记"]
    assert groups("各专项组组长、副组长参加会议。") == ["各专项组组长、副组长"]
    assert groups("各乡镇妇联主席、县直机关妇委会主任参加会议。") == ["各乡镇妇联主席", "县直机关妇委会主任"]


def test_a_quantity_after_the_conjunction_ends_the_reach_of_the_modifier_before_it():
    text = "市、区县工商联的干部职工以及部分企业家和商会代表260余人参加。"
    assert groups(text) == ["市、区县工商联的干部职工", "部分企业家和商会代表"]
    assert groups("各商会的会长和各支部书记参加会议。") == ["各商会的会长", "各支部书记"]
    assert groups("集团六个支部的书记和委员代表参加会议。") == ["集团六个支部的书记和委员代表"]
    # 全体 and 其他 count within the body already named.
    assert groups("六个支部的书记和全体委员参加会议。") == ["六个支部的书记和全体委员"]
    assert groups("集团公司的董事长和其他班子成员参加会议。") == ["集团公司的董事长和其他班子成员"]


def test_the_leaders_in_charge_listed_after_a_bodys_head_serve_the_same_units():
    assert groups("县林业局主要领导、分管领导参加会议。") == ["县林业局主要领导、分管领导"]
    assert groups("林业系统各单位主要领导、分管领导，各站所负责人参加会议。") == ["林业系统各单位主要领导、分管领导", "各站所负责人"]
    # A list in brackets stays inside its item.
    assert groups("各乡(镇、街道)行政主要领导、分管领导参加会议。") == ["各乡(镇、街道)行政主要领导、分管领导"]
    # A later post of units of its own is a group of its own.
    assert groups("县林业局主管领导、各林场分管副场长参加会议。") == ["县林业局主管领导", "各林场分管副场长"]
    assert groups("县林业局主要领导、林场场长参加会议。") == ["县林业局主要领导", "林场场长"]
    assert groups("县委常委、分管副县长参加会议。") == ["县委常委", "分管副县长"], "a deputy head of another body"


def test_professions_head_a_group_present():
    assert groups("全体党组成员、各部门负责人及全体员额法官参加了会议。") == ["全体党组成员", "各部门负责人", "全体员额法官"]
    assert groups("各科室负责人及部分民辅警共计200余人参加轮训。") == ["各科室负责人", "部分民辅警"]
    # A profession alone, before no attendance verb, is no group present.
    assert groups("会议要求全体法官提高办案质效。") == []


def test_a_rate_of_attendance_is_no_attendance():
    assert groups("切实提高会员参与率。") == []
    assert groups("全体会员参与。") == ["全体会员"]


def test_a_group_gathered_by_the_body_or_led_by_a_leader_is_present():
    assert groups("青石镇召集镇班子成员、各村书记共计60余人召开乡村振兴推进会。") == ["镇班子成员", "各村书记"]
    assert groups("副院长林晓东带领全体医师重温了《中国医师宣言》。") == ["全体医师"]
    # Led to a place or a task, not to meet, they are no group of the meeting.
    assert groups("副院长林晓东带领全体医师深入社区义诊。") == []


def test_posts_listed_before_a_post_many_hold_are_groups_each():
    assert groups("教育局各相关科室负责人、研训中心主任(校长)、分管副校长、全市各小学校长参加。") == [
        "教育局各相关科室负责人",
        "研训中心主任(校长)",
        "分管副校长",
        "全市各小学校长",
    ]
    assert groups("全区公办中小学校长、直属单位法人参加会议。") == ["全区公办中小学校长", "直属单位法人"]
    # Without a word making the last item many, the posts stay one list sharing its head.
    assert groups("社区、村妇联主席参加会议。") == ["社区、村妇联主席"]


def test_everyone_present_named_again_is_no_group():
    assert groups("会上，局长组织全体参会人员认真学习讲话精神。") == []
    assert groups("与会人员参加了讨论。") == []


def test_a_group_that_gathered_in_a_place_is_present():
    assert groups("城关二小全体教职工齐聚多功能厅召开开学工作会议。") == ["城关二小全体教职工"]


def test_attending_as_a_noun_and_everyone_in_general_are_no_group():
    assert groups("要求各支部认真组织好征求意见和党员参会工作。") == []
    assert groups("形成人人关心、人人支持、人人参与的生动局面。") == []
    assert groups("各支部党员参会。") == ["各支部党员"]


def test_the_meeting_that_invited_a_group_is_no_part_of_it():
    assert groups("此次座谈会邀请了部分退役军人、转业士官代表参加。") == ["部分退役军人", "转业士官代表"]
    assert groups("座谈会邀请州直机关各个时期的劳动模范代表参加。") == ["州直机关各个时期的劳动模范代表"]


def test_those_whose_report_was_heard_were_present():
    assert groups("会议还听取了各部室负责人关于近期重点工作情况的汇报。") == ["各部室负责人"]
    # A named person's report makes no group.
    assert groups("会议听取了局长林晓东关于近期工作的汇报。") == []


def test_the_organisation_department_gathers_no_one_by_its_name():
    assert groups("县委组织部组织全体党员干部召开专题会议。") == ["全体党员干部"]
    assert groups("县组织部门带领新任职干部重温入党誓词。") == ["新任职干部"]


def test_the_whole_body_a_report_is_given_to_was_present():
    assert groups("青石市工商联主席林晓东向全体执委作2020年工作报告。") == ["全体执委"]
    assert groups("青石市工商联主席林晓东向全体工作人员作工作报告。") == ["全体工作人员"]
    # Those a report is sent to (向上级) are not said to be there.
    assert groups("青石市工商联向上级工会作书面报告。") == []


def test_who_spoke_follows_the_agent_marker():
    assert groups("点评会首先由部分观摩点负责人作典型发言。") == ["部分观摩点负责人"]


def test_the_capacity_a_group_came_in_and_its_count_are_no_part_of_it():
    assert groups("各学院分管学生工作的副书记作为嘉宾出席大会。") == ["各学院分管学生工作的副书记"]
    assert groups("学校优秀少先队员等70余名同志参加大会。") == ["学校优秀少先队员"]


def test_the_kind_of_person_written_after_a_name_is_no_part_of_the_group_after_it():
    text = "学工处林晓东老师以及全体团学干部出席了大会。"
    people = find_people(text, 0, len(text))
    names = {p.name for p in people if p.name} | {"林晓东"}
    assert [g for g, _, _ in find_groups(text, 0, len(text), names)] == ["全体团学干部"]


def test_those_others_are_told_to_rouse_are_no_group_present():
    text = "5月6日，青石镇召开部署会，全体班子成员参加会议。镇党委书记林晓东指出，要动员群众参与到位。"
    [meeting] = parse_report(text)
    assert [p.group_name for p in meeting.people if p.group_name] == ["全体班子成员"]


def test_staff_named_by_what_they_do_are_a_group():
    text = "5月31日，公司召开动员大会，参加会议的有公司领导、机关部门负责人、网格员、技术员等。"
    assert {g for g, _, _ in find_groups(text, 0, len(text), set())} >= {"公司领导", "机关部门负责人", "网格员"}
    text = "5月31日，公司召开动员大会，公司领导、各村网格员参加会议。"
    assert [g for g, _, _ in find_groups(text, 0, len(text), set())] == ["公司领导", "各村网格员"]


def test_a_plural_mark_after_the_head_and_wishes_for_the_absent():
    text = "12月12日，村团支部召开换届大会，21名团员青年们参加了会议。"
    assert [g for g, _, _ in find_groups(text, 0, len(text), set())] == ["21名团员青年们"]
    text = "县委书记林晓东指出，要构建全员参与的工作格局，希望各位代表按时参会，引导广大企业家参与家乡建设。"
    assert find_groups(text, 0, len(text), set()) == [], "all staff, and those wished or led to take part, are none present"


def test_a_modifier_with_de_governs_only_its_own_item_of_the_list():
    text = "9月10日，市总工会召开会议，各县总工会分管组织工作的副主席、各地企业代表和劳模代表参加了会议。"
    assert [g for g, _, _ in find_groups(text, 0, len(text), set())] == [
        "各县总工会分管组织工作的副主席", "各地企业代表", "劳模代表",
    ]


def test_those_a_meeting_also_invited_are_the_group_without_the_invitation():
    text = "昨日，市人大常委会举行会议。本次会议还邀请了20位市人大代表列席，6位公民旁听。"
    assert [g for g, _, _ in find_groups(text, 0, len(text), set())] == ["20位市人大代表"]


def test_one_person_addressed_by_surname_and_post_is_no_group():
    text = "6月23日，镇企业安全座谈会召开。毕主任、欧阳主任和镇各企业负责人参加了本次会议。"
    assert [g for g, _, _ in find_groups(text, 0, len(text), set())] == ["镇各企业负责人"]
    text = "6月23日，镇党委召开会议。各村书记、副主席参加会议。"
    assert [g for g, _, _ in find_groups(text, 0, len(text), set())] == ["各村书记、副主席"]


def test_posts_and_tiers_of_leadership_listed_with_no_name_are_one_group_each():
    assert groups("项目经理、项目安全负责人参加会议。") == ["项目经理", "项目安全负责人"]
    assert groups("公司管理层、部门负责人参加会议。") == ["公司管理层", "部门负责人"]
    assert groups("公司领导班子成员，各部门负责人，安全员参加会议。") == ["公司领导班子成员", "各部门负责人", "安全员"]
    assert groups("县长、副县长林晓东参加会议。") == [], "posts before a name are its title"


def test_a_list_joined_by_he_ends_at_its_head_noun_and_the_next_group_is_its_own():
    assert groups("来自高校、企业和社区的代表、楼宇妇女之家负责人参加座谈。") == ["来自高校、企业和社区的代表", "楼宇妇女之家负责人"]
    assert groups("各车间和部室团支部书记代表、团员代表参加会议。") == ["各车间和部室团支部书记代表", "团员代表"]
    assert groups("参加会议的有全体委员代表及各车间主任、班组长共90多人。") == ["全体委员代表", "各车间主任、班组长"]


def test_the_group_of_attendance_is_no_verb_of_it():
    assert groups("听取各代表团、老干部列席组关于报告讨论情况的汇报。") == []


def test_friends_of_a_body_are_a_group():
    assert groups("300多位旅港乡亲、社会各界朋友出席。") == ["300多位旅港乡亲", "社会各界朋友"]
    assert groups("县直单位负责人、乡镇干部参加会议。") == ["县直单位负责人", "乡镇干部"]


def test_clan_members_alumni_families_shareholders_and_relatives_abroad_are_groups():
    assert groups("各地宗亲代表和海外侨眷出席。") == ["各地宗亲代表", "海外侨眷"]
    assert groups("全体校友和家属参加联欢会。") == ["全体校友", "家属"]
    assert groups("公司全体股东参加会议。") == ["公司全体股东"]


def test_a_group_complete_before_a_conjunction_is_one_despite_a_de_modifier():
    assert groups("城区各人民团体、民主党派的负责人及县区侨联的负责人参加会议。") == ["城区各人民团体、民主党派的负责人", "县区侨联的负责人"]
    assert groups("来自全市的留学人员代表及相关部门工作人员参加。") == ["来自全市的留学人员代表", "相关部门工作人员"]
    # A 的-modifier that is not where the people come from governs both sides, a post before the conjunction shares
    # the head after it, and a count is of both sides.
    assert groups("各企业的职工代表和劳模代表参加。") == ["各企业的职工代表和劳模代表"]
    assert groups("集团下属六个党支部的书记和委员代表参加。") == ["集团下属六个党支部的书记和委员代表"]
    assert groups("来自青石的13名全国劳模和先进工作者参加。") == ["来自青石的13名全国劳模和先进工作者"]


def test_guests_summing_up_the_names_before_them_are_no_group():
    assert groups("3月5日，同乡会举行就职典礼，中联办副主任王明、民政局局长李华等嘉宾出席。") == []
    assert groups("3月5日，同乡会举行就职典礼，各友好社团负责人等嘉宾出席。") == ["各友好社团负责人"]


def test_groups_of_targets_and_task_forces_split_and_a_count_of_guests_is_no_part_of_a_group():
    assert groups("3月5日，党委召开会议，发展对象、入党积极分子参加会议。") == ["发展对象", "入党积极分子"]
    assert groups("3月5日，党委召开会议，乡镇工作专班、县派第一书记参加会议。") == ["乡镇工作专班", "县派第一书记"]
    assert groups("3月5日，侨团召开会议，旅法各兄弟侨团负责人、法国政商界人士等600余嘉宾出席。") == ["旅法各兄弟侨团负责人", "法国政商界人士"]


def test_ji_before_a_group_is_no_part_of_it():
    text = "9月27日晚，青石商会举办招待会。会长王明暨全体理事出席。"
    assert [p.group_name for m in parse_report(text) for p in m.people if p.group_name] == ["全体理事"]
    # 暨 of 暨南大学 opens the group's name.
    text = "9月27日，青石侨联召开座谈会。暨南大学校友代表30余人参加。"
    assert [p.group_name for m in parse_report(text) for p in m.people if p.group_name] == ["暨南大学校友代表"]


def test_people_a_measure_serves_are_no_group_present():
    text = (
        "3月5日，公司工会召开委员会议。会议要求做好后续工作，切实保障职工参与企业民主管理的合法权益。"
        "活动充分调动了党员和村民代表参与的积极性。全体委员参加会议。"
    )
    assert [p.group_name for m in parse_report(text) for p in m.people if p.group_name] == ["全体委员"]


def test_set_phrases_of_gathering_and_listening_tell_a_group_present():
    assert groups("3月5日，公司召开劳模座谈会，公司系统24名劳模代表欢聚一堂，畅谈工作。") == ["公司系统24名劳模代表"]
    assert groups("3月5日，学院召开党课报告会，学院120多位师生党员聆听了专题党课。") == ["学院120多位师生党员"]
    assert groups("3月5日，工会举行酒会，多名来自政界、商界的知名人士亦出席了酒会。") == ["多名来自政界、商界的知名人士"]
    assert groups("3月5日，协会召开理事会议，5位副会长、8位常务理事和16位理事均依时参会。") == ["5位副会长", "8位常务理事", "16位理事"]
    # What people are told to listen to is no sign they were there.
    assert groups("3月5日，党委召开会议，要求全市党员要认真聆听群众呼声。") == []
    # What is required or planned, or what the meeting makes room for, is no one present.
    assert groups("3月5日，党委召开会议。会议要求各级党员干部认真参加“三会一课”。") == []
    assert groups("3月5日，工会召开会议，部署春节期间组织职工家属欢聚一堂活动。") == []
    assert groups("3月5日，学院召开会议，为全院师生聆听党课创造条件。") == []


def test_those_who_report_on_their_work_in_turn_were_present():
    assert groups("2月4日，市总工会召开述职测评大会。会上，16名机关部室负责人依次登台述职。") == ["16名机关部室负责人"]
    assert groups("2月4日，市总工会召开述职测评大会。各基层工会主席逐一述职。") == ["各基层工会主席"]
    assert groups("2月4日，市总工会召开述职大会。会议听取了各县区工会主席依次述职。") == ["各县区工会主席"]


def test_one_count_before_units_listed_without_a_kind_of_person_counts_them_as_one_group():
    text = "2月4日，市总工会召开述职测评大会。会上，16名机关部室、中心及产业工会负责人依次登台述职。"
    assert groups(text) == ["16名机关部室、中心及产业工会负责人"]
    # Each item a kind of person, or each counted, is a group of its own.
    assert groups("3月5日，团委召开团代会，400多名团代会代表、团员青年参加会议。") == ["400多名团代会代表", "团员青年"]
    assert groups("3月5日，协会召开理事会议，5位副会长、8位常务理事参会。") == ["5位副会长", "8位常务理事"]
    assert groups("3月5日，总工会召开会议。50余名市、县两级工会干部及劳模代表参加会议。") == ["50余名市、县两级工会干部", "劳模代表"]


def test_people_moved_to_take_part_or_a_meeting_held_for_them_name_no_group_phrase():
    assert groups("3月5日，公司召开职代会。要充分调动广大职工参与企业管理。") == []
    assert groups("3月5日，协会召开年会，让会员齐聚一堂。") == []
    assert groups("3月5日，公司召开职代会。职代会是职工参与民主管理的重要途径。") == []
    # The meeting held for them: they are the group, not the meeting.
    assert groups("3月5日，校团委召开座谈会。此次座谈会为团员青年交流心得搭建了平台。") == ["团员青年"]
    # Near miss: 使馆 is a body's word, 是非 no copula.
    assert groups("3月5日，侨团举行招待会。使馆官员出席。") == ["使馆官员"]


def test_a_total_after_a_clause_that_listed_those_present_sums_them_up():
    text = "3月5日，民主党派召开全体会议。受表彰基层组织代表和机关干部等列席，共200余人参加会议。"
    assert groups(text) == ["受表彰基层组织代表", "机关干部"]
    assert groups("3月5日，公司召开职代会，约800人参加。") == ["约800人"]


def test_reviewed_near_misses_of_the_sessions_later_group_rules():
    assert groups("澳门中联办举行国庆招待会。使领馆代表、澳门各界人士出席。") == ["使领馆代表", "澳门各界人士"]
    assert groups("3月1日，召开预备会议。大会筹备组成员、各代表团团长参加了预备会议。") == ["大会筹备组成员", "各代表团团长"]
