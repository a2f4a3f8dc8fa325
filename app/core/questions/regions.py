"""Countries near a country: where a wrong 'which country' option comes from.

From countryinfo's region data: the countries bordering it, then the rest of
its region, nearest capital first (a Gulf state's neighbours before the
Caucasus). Dependent territories and former states are never offered.
"""
from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from app.core.facts.gazetteer import country_by_code, place_named

_TERRITORIES_FILE = Path(__file__).with_name("data") / "dependent_territories.txt"


@cache
def dependent_territories() -> frozenset[str]:
    lines = _TERRITORIES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(code for line in lines if not line.startswith("#") for code in line.split())


@cache
def _table() -> dict[str, tuple[str, str, tuple[str, ...], tuple[float, float] | None]]:
    """ISO alpha-2 → (subregion, intermediate region, bordering alpha-2 codes, capital's lat/long)."""
    from countryinfo import CountryInfo

    info = [entry for entry in CountryInfo.all().values() if entry.get("ISO", {}).get("alpha2")]
    alpha2 = {entry["ISO"]["alpha3"]: entry["ISO"]["alpha2"] for entry in info if entry["ISO"].get("alpha3")}
    table = {}
    for entry in info:
        latlng = entry.get("capital_latlng") or []
        table[entry["ISO"]["alpha2"]] = (
            entry.get("subregion") or "", entry.get("intermediateregion") or "",
            tuple(alpha2[b] for b in entry.get("borders") or [] if b in alpha2),
            (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None)
    return table


def _distance(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
    if a is None or b is None:
        return math.inf
    (lat1, lon1), (lat2, lon2) = (map(math.radians, a)), (map(math.radians, b))
    return math.acos(min(1.0, math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(lon1 - lon2)))


_ENOUGH = 8  # countries to draw wrong options from once those the article names are set aside


def region_of(country: str) -> list[str]:
    """Countries near ``country`` (by display name): its neighbours, then its region, nearest first."""
    place = place_named(country)
    table = _table()
    if place is None or place.code not in table:
        return []
    subregion, intermediate, borders, home = table[place.code]
    same = [code for code, (sub, inter, _, _) in table.items() if code != place.code and code not in borders and (
        (intermediate and inter == intermediate) or (not intermediate and sub == subregion))]
    near = sorted(borders, key=lambda code: (_distance(home, table[code][3]), code)) + sorted(
        same, key=lambda code: (_distance(home, table[code][3]), code))
    names = _countries_of(near)
    if len(names) < _ENOUGH and home is not None:  # a small region (East Asia: four others): the nearest capitals beyond
        beyond = sorted((code for code in table if code != place.code and code not in near
                         and _distance(home, table[code][3]) < math.inf),
                        key=lambda code: (_distance(home, table[code][3]), code))
        names += [name for name in _countries_of(beyond) if name not in names and name != place.country][
            :_ENOUGH - len(names)]
    return names


def _countries_of(codes: list[str]) -> list[str]:
    """Today's countries of ``codes``, in their order: no dependent territory, no repeat."""
    names: list[str] = []
    for code in codes:
        found = country_by_code(code) if code not in dependent_territories() else None
        if found is not None and found.country not in names:
            names.append(found.country)
    return names


def subregion_of(country: str) -> str:
    """The UN subregion of a country by display name ('Western Asia' for Oman), or ''."""
    place = place_named(country)
    entry = _table().get(place.code) if place is not None else None
    return entry[0] if entry else ""
