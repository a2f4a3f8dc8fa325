"""The seed articles are data: nobody edits them by accident."""
from __future__ import annotations

import hashlib

from app import PROJECT_ROOT

SEED_SHA256 = {
    "000_2ff08869235f4a8b.txt": "7cfca48da62416f5ff22865953d3742fed1c806b97686492643825d40035733a",
    "001_910b8ce4e4c90f62.txt": "26c26726edc5642f7049e1d0e6de7ffb4bae03a3f6e0f88ad5a107c372a42e82",
    "002_9d5721a00b1e151e.txt": "befbaaeeed27d2dd9e4d51fd2918da8cb99611b29123a45287ce465c93d9068f",
    "003_e1d5feda7fea809b.txt": "3166d656204a1d3d623df515d374a756bd47fb6f5dc0ff6013aee7b08b8ca852",
    "004_d61c613e47675082.txt": "14cd3acf6c0d7249619caf99fd9efecb62c2685809ed3378a9decd8460aac86e",
}


def test_seed_articles_are_byte_for_byte_the_shared_ones() -> None:
    seeds = PROJECT_ROOT / "seeds"
    found = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in seeds.glob("*.txt")}
    assert found == SEED_SHA256


def test_seed_articles_match_the_team_copy_when_present() -> None:
    shared = PROJECT_ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        return  # a clone without the team folder beside it: the hashes above still hold
    for path in shared.glob("*.txt"):
        assert (PROJECT_ROOT / "seeds" / path.name).read_bytes() == path.read_bytes(), path.name
