"""The word lists and the regex alternations built from them."""
import itertools
import random
import re

from pipelines.parsing import lexicons


def flat_alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_the_longest_word_that_fits_wins():
    pattern = re.compile(lexicons.alternation(["书记", "书记员", "副书记", "书"]))
    assert [m.group() for m in pattern.finditer("副书记王某、书记员李某、书记张某、书")] == ["副书记", "书记员", "书记", "书"]


def test_a_shorter_word_is_tried_when_what_follows_the_longer_one_fails():
    pattern = re.compile(rf"(?:{lexicons.alternation(['主任', '主任委员'])})(委员会)")
    assert pattern.fullmatch("主任委员委员会").start(1) == 4
    assert pattern.fullmatch("主任委员会").start(1) == 2
    assert pattern.fullmatch("主任会") is None


def test_marks_in_words_match_as_themselves():
    pattern = re.compile(lexicons.alternation(["(试行)", "a.b", "a+"]))
    assert [m.group() for m in pattern.finditer("《办法》(试行) axb a.b aa+")] == ["(试行)", "a.b", "a+"]


def test_it_matches_what_the_flat_alternation_matches_on_every_real_list():
    rng = random.Random(7)
    for name in ("post_titles", "org_suffixes", "surnames", "role_verbs"):
        words = lexicons.entries(name)
        text = "".join(rng.choice(words) + rng.choice("，的X") for _ in range(400))
        # Each word's characters shuffled in too, so near misses and overlapping words are tried.
        text += "".join("".join(rng.sample(w, len(w))) for w in itertools.islice(words, 200))
        trie, flat = re.compile(lexicons.alternation(words)), re.compile(flat_alternation(list(words)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], name


def test_alternatives_find_what_the_alternation_of_their_patterns_finds():
    patterns = (r"书记[王李]", r"[王李张]某(?:主持|讲话)", r"主任.{2}(?:，|$)", r"书记")
    alternatives, alternation = lexicons.Alternatives(*patterns), re.compile("|".join(patterns))
    text = "副书记王某主持，书记李某讲话；张某主持会议。主任赵某，书记"
    found = [(m.span(), m.group()) for m in alternatives.finditer(text)]
    # 书记王 opens where 书记 does and is listed first; 王某主持, which overlaps it, is passed over as the alternation does.
    assert found == [((1, 4), "书记王"), ((8, 11), "书记李"), ((15, 19), "张某主持"), ((22, 27), "主任赵某，"), ((27, 29), "书记")]
    assert found == [(m.span(), m.group()) for m in alternation.finditer(text)]
    # A window: $ holds at its end, and a match may not run past it.
    assert [m.span() for m in alternatives.finditer(text, 22, 26)] == [m.span() for m in alternation.finditer(text, 22, 26)] == [(22, 26)]
    assert alternatives.search(text, 2, 29).span() == alternation.search(text, 2, 29).span() == (3, 7)
    assert alternatives.search(text, 28) is None


def test_alternatives_find_what_the_alternation_finds_on_random_text():
    rng = random.Random(3)
    patterns = (r"[ab]c", r"a[bc]{1,2}", r"(?<!c)b", r"c(?=a)")
    alternatives, alternation = lexicons.Alternatives(*patterns), re.compile("|".join(patterns))
    for _ in range(300):
        text = "".join(rng.choice("abcx") for _ in range(30))
        start, end = sorted(rng.sample(range(31), 2))
        assert [m.span() for m in alternatives.finditer(text, start, end)] == [m.span() for m in alternation.finditer(text, start, end)], text
