"""A synthetic reports folder for the scale benchmark: real report shapes, every file different.

Each generated report starts from one of the seed reports (the committed samples in
data/raw and the invented fixtures in tests/fixtures/heldout/raw), keeps its paragraphs
in order, may take in a paragraph of another seed, and varies its digits and a closing
reference line, so that no two files share a hash. Files keep their seed's encoding
(UTF-8, GB18030 or Big5) when the text still fits it, and land in batch folders of
``BATCH_SIZE`` files, as scrapers drop them (the pipeline parses five such folders per step on two cores).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from pipelines.parsing.decoding import decode_report

REPO = Path(__file__).resolve().parents[1]
SEED_FOLDERS = (REPO / "data" / "raw", REPO / "tests" / "fixtures" / "heldout" / "raw")
BATCH_SIZE = 1_000
_WRITTEN_CODECS = ("gb18030", "big5", "big5hkscs")


@dataclass(frozen=True)
class Seed:
    paragraphs: tuple[str, ...]
    codec: str


def load_seeds() -> list[Seed]:
    seeds = []
    for folder in SEED_FOLDERS:
        for path in sorted(folder.rglob("*.txt")):
            decoded = decode_report(path.read_bytes())
            paragraphs = tuple(p for p in decoded.text.split("\n") if p.strip())
            seeds.append(Seed(paragraphs, decoded.encoding if decoded.encoding in _WRITTEN_CODECS else "utf-8"))
    return seeds


def generate_report(seeds: list[Seed], rng: random.Random, serial: int) -> tuple[bytes, str]:
    """One report's bytes and the codec they are written in."""
    seed = rng.choice(seeds)
    paragraphs = list(seed.paragraphs)
    if rng.random() < 0.3:
        other = rng.choice(seeds)
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(other.paragraphs))
    text = "\n".join(_vary_digits(p, rng) for p in paragraphs)
    text += f"\n（稿件编号：{serial:08d}-{rng.randrange(16**6):06x}）\n"
    try:
        return text.encode(seed.codec), seed.codec
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"


def _vary_digits(paragraph: str, rng: random.Random) -> str:
    """Change about one ASCII digit in ten, so dates and counts differ between copies."""
    return "".join(str(rng.randrange(10)) if ch.isdigit() and ch.isascii() and rng.random() < 0.1 else ch for ch in paragraph)


def write_corpus(root: Path, reports: int, seed: int = 20261124) -> list[Path]:
    """Write ``reports`` files under ``root``/batch-NNNNN/ and return their paths."""
    seeds, rng = load_seeds(), random.Random(seed)
    paths = []
    for serial in range(reports):
        folder = root / f"batch-{serial // BATCH_SIZE:05d}"
        if serial % BATCH_SIZE == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data, _ = generate_report(seeds, rng, serial)
        path = folder / f"report-{serial:08d}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths


def change_files(paths: list[Path], share: float, seed: int = 7) -> list[Path]:
    """Give ``share`` of the files new content (an ASCII line every codec reads), as a re-scrape would."""
    rng = random.Random(seed)
    changed = rng.sample(paths, max(1, round(len(paths) * share)))
    for path in changed:
        path.write_bytes(path.read_bytes() + f"rev {rng.randrange(16**8):08x}\n".encode("ascii"))
    return changed
