"""Areas of cooperation (app.core.facts.areas), rule by rule, on short made-up sentences."""
from __future__ import annotations

import time

import pytest

from app.core.corpus import parse_article
from app.core.facts import extract_facts
from app.core.facts.areas import find_areas
from app.core.facts.dates import find_dates
from app.core.facts.names import find_people, find_places, tokenize
from app.core.facts.reading import SentenceView


def areas_of(text: str) -> list[list[str]]:
    return [f.fields["areas"] for f in extract_facts(parse_article("t", text)) if f.kind == "agreement_area"]


def view_of(sentence: str) -> SentenceView:
    """One sentence as the extractor sees it (as app.core.facts.extract builds it)."""
    tokens = tokenize(sentence)
    places = find_places(sentence, tokens)
    people = find_people(sentence, tokens, places, frozenset())
    return SentenceView(sentence, 0, tokens, places, people, [(m, None) for m in find_dates(sentence, False)])


def one_list(text: str) -> list[str]:
    (areas,) = areas_of(text)
    return areas


# --- triggers ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "MoUs on / covering ..."
        ("The two ministers signed MoUs on agriculture, fisheries and renewable energy.",
         ["agriculture", "fisheries", "renewable energy"]),
        ("Three memoranda of understanding covering health, education and water supply were signed.",
         ["health", "education", "water supply"]),
        # "The MoUs were signed on the areas of ..."
        ("The MoUs were signed on the areas of youth development, dairy research and disaster relief.",
         ["youth development", "dairy research", "disaster relief"]),
        # "agreements in the fields of ...", "deal in the fields of X and Y"
        ("The agreements were signed in the fields of health, tourism and the digital economy.",
         ["health", "tourism", "digital economy"]),
        ("They hailed the biggest deal in the fields of shipping and logistics.", ["shipping", "logistics"]),
        # "encompass / span a wide range of sectors, including ..."
        ("The accords encompass a wide range of sectors, including mining, energy, trade and finance.",
         ["mining", "energy", "trade", "finance"]),
        ("The deals signed span many sectors, including banking, ports and railways.",
         ["banking", "ports", "railways"]),
        # "focusing on areas such as ...", "in areas like ..."
        (("The partnership will focus on areas such as clean energy, water management and disaster risk "
         "reduction."),
         ["clean energy", "water management", "disaster risk reduction"]),
        ("Both countries signed an MoU in areas like cybersecurity, space and nuclear energy on Friday.",
         ["cybersecurity", "space", "nuclear energy"]),
        # "working together on ..."
        ("The two governments are working together on climate change, security and digital trade.",
         ["climate change", "security", "digital trade"]),
        # "work with <country> in various sectors such as; ..."
        ("Japan is ready to work with Kenya in various sectors such as; energy, roads, as well as ports.",
         ["energy", "roads", "ports"]),
        # "agreement to cooperate in the areas of ..."
        ("The two countries reached an agreement to cooperate in the areas of trade, health and culture.",
         ["trade", "health", "culture"]),
        # "whose focus would be cooperation in ..."
        (("The leaders will hold talks whose focus would be cooperation in fisheries, rail transport and "
         "mining."),
         ["fisheries", "rail transport", "mining"]),
        # "... areas: x; y; and z"
        ("The MoUs cover cooperation in the following areas: trade; renewable energy; and public health.",
         ["trade", "renewable energy", "public health"]),
        # "cooperation across / spanning ...", "ties in ...", "work closely together on ..."
        ("They pledged closer cooperation across farming, fishing and tourism.",
         ["farming", "fishing", "tourism"]),
        ("The ministers launched cooperation spanning energy, ports and railways.",
         ["energy", "ports", "railways"]),
        ("The two states agreed to expand ties in trade and investment.", ["trade", "investment"]),
        ("They agreed to work closely together on water, roads and housing.", ["water", "roads", "housing"]),
        # "agreements, covering ...", "deals related to ...", "pacts covering ..."
        ("The leaders signed nine agreements, covering health, housing and tourism.",
         ["health", "housing", "tourism"]),
        ("Both firms signed deals related to mining, fishing and banking.", ["mining", "fishing", "banking"]),
        ("Both sides signed pacts covering fishing, mining and road safety.",
         ["fishing", "mining", "road safety"]),
        # "signed agreements on ...", "accords in ...", "MoUs in the areas of ...", "collaboration in sectors
        # including ..."
        ("The two states signed agreements on housing, fishing and water supply.",
         ["housing", "fishing", "water supply"]),
        ("They signed five accords in energy, housing and tourism.", ["energy", "housing", "tourism"]),
        ("The two sides signed MoUs in the areas of health, housing and sport.",
         ["health", "housing", "sport"]),
        ("They announced collaboration in sectors including fishing, tourism and retail.",
         ["fishing", "tourism", "retail"]),
        # "agreements range / ranging from X to Y"
        ("The new agreements range from health and housing to tourism.", ["health", "housing", "tourism"]),
        ("They signed agreements ranging from health to tourism and mining.",
         ["health", "tourism", "mining"]),
        # "..., including on / especially in ..." after a cooperation
        (("We will deepen our cooperation with Fiji, as we work together to meet shared goals, including on "
         "ocean health and trade."), ["ocean health", "trade"]),
        ("They agreed to boost cooperation, especially in mining and ports.", ["mining", "ports"]),
    ],
)
def test_list_triggers(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single area after an MoU / agreement / field trigger
        ("The two sides signed memorandums of understanding (MoUs) on tourism.", ["tourism"]),
        ("In the field of education, the two ministries will sign a protocol next month.", ["education"]),
        ("The envoys signed deals in areas, such as the easing of visa rules, during the visit.",
         ["easing of visa rules"]),
        ("India and Nepal signed agreements in the energy sector.", ["energy"]),
    ],
)
def test_a_single_named_area(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They agreed to deepen cooperation in areas of common interest such as fishing, banking and ports.",
         ["fishing", "banking", "ports"]),
        ("The accord sets out work in areas of mutual interest such as fishing, roads and digital skills.",
         ["fishing", "roads", "digital skills"]),
        ("They agreed to work in sectors of common concern, including ports and fishing.",
         ["ports", "fishing"]),
        ("The plan names key areas of bilateral cooperation, including ports, fishing and banking.",
         ["ports", "fishing", "banking"]),
        ("The pact will lift growth in sectors of the economy such as farming and retail.",
         ["farming", "retail"]),
    ],
)
def test_a_qualifier_between_the_fields_and_their_list(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        ("They vowed to boost cooperation in the fields of mining, roads and water as well as other potential "
         "areas for mutual benefit."),
        "They vowed to boost cooperation in mining, roads and water and other sectors.",
        "They vowed to boost cooperation in mining, roads, water, among others.",
        "They vowed to boost cooperation in mining, roads, water, etc.",
        "They signed MoUs in the areas of mining, roads and water, and so on.",
    ],
)
def test_an_open_end_closes_the_list(text: str) -> None:
    assert one_list(text) == ["mining", "roads", "water"]


# --- the area as the modifier of "cooperation" ------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They agreed to boost defence cooperation.", ["defence"]),
        ("The deal sets out a joint plan for agricultural cooperation between the two ministries.",
         ["agricultural"]),
        ("They agreed to deepen economic and trade cooperation.", ["economic", "trade"]),
        ("The ministers agreed to step up economic, trade and cultural cooperation.",
         ["economic", "trade", "cultural"]),
        ("They agreed to boost the two countries' science and technology cooperation.",
         ["science and technology"]),
        ("The two navies signed a maritime security cooperation pact on Monday.", ["maritime security"]),
        ("Both sides agreed to strengthen diplomatic, trade and cultural ties.",
         ["diplomatic", "trade", "cultural"]),
        ("They discussed trade and migration and agreed to boost defence cooperation.", ["defence"]),
    ],
)
def test_the_modifier_of_an_agreed_cooperation(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


def test_a_list_read_already_is_not_read_again_as_modifiers() -> None:
    assert one_list("They agreed to boost economic cooperation in the fields of mining and energy.") \
        == ["mining", "energy"]
    assert one_list("They signed an agreement on economic and technical cooperation.") \
        == ["economic", "technical"]
    assert areas_of("They signed an agreement on visa exemption and agreed to boost tourism cooperation.") \
        == [["visa exemption"], ["tourism"]]


def test_a_new_verb_phrase_ends_the_list() -> None:
    text = "They agreed to boost cooperation in trade and energy and strengthen security cooperation."
    assert areas_of(text) == [["trade", "energy"], ["security"]]


@pytest.mark.parametrize(
    "text",
    [
        "They agreed to strengthen bilateral cooperation.",
        "They vowed to deepen practical and mutually beneficial cooperation.",
        "The leaders exchanged views on economic cooperation.",
        "They agreed on key cooperation directions.",
        "They agreed to boost China-Africa cooperation.",
        "Both sides agreed to strengthen diplomatic ties.",
        "They vowed to broaden the traditional ties of friendship and cooperation.",
        "They wish to strengthen exchanges and cooperation in areas that meet the needs of each side.",
        "They pledged to promote the trend of peace, cooperation and development.",
        "They agreed to boost cooperation with neighbours, including in Kenya and Uganda.",
        "The parties pledged to continue their extensive ongoing cooperation.",
        "The visit will deepen the decades-old ties between both navies.",
        "They vowed to deepen their long-standing and growing partnership.",
        "They discussed signing trade and tourism agreements.",
    ],
)
def test_manner_topics_and_nouns_are_no_modifier_areas(text: str) -> None:
    assert areas_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # areas only sought are optional in the annotation: a cooperation discussed still names its fields
        ("They discussed ways to boost economic cooperation.", ["economic"]),
        ("The ministers talked about boosting economic cooperation.", ["economic"]),
        ("The envoys discussed prospects for strengthening trade and energy cooperation.",
         ["trade", "energy"]),
    ],
)
def test_a_cooperation_under_discussion_still_names_its_fields(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders will sign legal, medical and sporting agreements during the trip.",
         ["legal", "medical", "sporting"]),
        ("The ministers signed trade and investment deals.", ["trade", "investment"]),
    ],
)
def test_a_list_of_modifiers_names_the_areas_of_agreements(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministers signed trade agreements.",  # one deal, perhaps: no list of kinds
        "The leaders signed bilateral, regional and multilateral agreements.",
        "The two leaders signed new and revised agreements.",
        "They signed a peace and security agreement.",
    ],
)
def test_agreements_without_a_list_of_areas(text: str) -> None:
    assert areas_of(text) == []


def test_more_heads_after_the_cooperation() -> None:
    text = ("The delegations agreed to step up trade cooperation, farming, water and scientific spheres and "
            "industrial cooperation.")
    assert one_list(text) == ["trade", "farming", "water", "scientific", "industrial"]
    text = "They agreed to boost fishing cooperation, transport and energy spheres."
    assert one_list(text) == ["fishing", "transport", "energy"]
    # a clause after the cooperation is no continuation
    assert one_list("They agreed to boost defence cooperation, the minister said of the naval fields.") \
        == ["defence"]


def test_modifiers_and_a_list_in_spheres() -> None:
    text = ("The two ministers agreed to deepen legal, health and customs cooperation, as well as "
            "cooperation in the scientific and sporting spheres.")
    assert areas_of(text) == [["scientific", "sporting"], ["legal", "health", "customs"]]


# --- where an item ends, and how a list is split -----------------------------

def test_long_items_end_at_the_list_not_at_a_word_count() -> None:
    text = ("The talks would focus on cooperation in tea exports, the training of rural health workers, "
            "promotion and protection of investment and exemption of visa for holders of official and "
            "diplomatic passports.")
    assert one_list(text) == ["tea exports", "training of rural health workers",
                              "promotion and protection of investment",
                              "exemption of visa for holders of official and diplomatic passports"]


def test_an_item_ends_at_a_clause_a_date_or_an_adjunct() -> None:
    clause = "He said they were working together on housing, trade and water and that ties were strong."
    assert one_list(clause) == ["housing", "trade", "water"]
    adjunct = "They signed an MoU in areas like health and energy with the Gulf states."
    assert one_list(adjunct) == ["health", "energy"]
    dated = "The MoUs were signed on the areas of hydropower, for a youth exchange programme for 2024-2026."
    assert one_list(dated) == ["hydropower", "youth exchange programme"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They agreed to cooperate in trade, energy, and tourism, as well as in culture.",
         ["trade", "energy", "tourism", "culture"]),
        ("They signed agreements on trade and energy, as well as on culture and sport.",
         ["trade", "energy", "culture", "sport"]),
        ("They agreed to cooperate in trade and energy, and the ministers praised the talks.", ["trade", "energy"]),
        ("They agreed to cooperate in trade, energy, and tourism, and they will meet again.",
         ["trade", "energy", "tourism"]),
    ],
)
def test_as_well_as_adds_an_item_and_a_new_clause_ends_the_list(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


def test_a_numbered_list_after_a_colon_is_read_line_by_line() -> None:
    text = ("Lorvia and Kessia sign accord\n\nKESSIA CITY, May 3, 2024 - Lorvia and Kessia signed a framework accord "
            "on Friday after two days of talks.\n\nThe two sides agreed to cooperate in the following areas:\n\n"
            "  1. Trade and investment\n  2. Education and culture\n  3. Health\n\nThe ministers will meet again.\n")
    assert areas_of(text) == [["Trade and investment", "Education and culture", "Health"]]
    steps = text.replace("cooperate in the following areas", "take the following steps")
    assert areas_of(steps) == []  # a numbered list of steps names no fields


def test_the_fight_against_a_crime_is_one_item() -> None:
    assert one_list("They agreed to cooperate in trade, energy, and the fight against crime.") \
        == ["trade", "energy", "fight against crime"]


def test_a_reporting_tag_ends_the_list() -> None:
    assert one_list("They agreed on cooperation in sectors such as dairy and textiles, the ministry added.") \
        == ["dairy", "textiles"]


def test_and_inside_one_area_is_kept() -> None:
    text = "They agreed to deepen cooperation in science and technology, oil and gas, and tourism."
    assert one_list(text) == ["science and technology", "oil and gas", "tourism"]
    assert one_list("They agreed to deepen cooperation in the oil and gas sectors.") == ["oil and gas"]


def test_a_shared_wrapper_is_split_off() -> None:
    assert one_list("They agreed to boost cooperation in the mining and farming sectors.") \
        == ["mining", "farming"]
    assert one_list("Turkey signed agreements with Qatar in the fields of energy and defense cooperation.") \
        == ["energy", "defense"]
    assert one_list("They vowed to deepen cooperation in political, economic and cultural spheres.") \
        == ["political", "economic", "cultural"]


def test_the_field_noun_after_the_list() -> None:
    text = ("Both nations adopted a Plan for Cooperation for 2020 to 2023 in the music, film, sport and "
            "higher education fields.")
    assert one_list(text) == ["music", "film", "sport", "higher education"]
    assert one_list("The partnership will focus on the fishing and tourism sectors, officials said.") \
        == ["fishing", "tourism"]


@pytest.mark.parametrize(
    "text",
    [
        "The accord will bring jobs to the rural and urban areas, the ministry said after the signing.",
        "The partnership will create jobs in the public and private sectors.",
        "The partnership will help farmers in the dry and flood-prone areas.",
        "The deal was signed in the presence of the key and most senior fields of the party.",
    ],
)
def test_places_and_owners_before_a_field_noun_are_no_areas(text: str) -> None:
    assert areas_of(text) == []


def test_the_fields_a_deal_covers() -> None:
    text = ("The firms signed eleven investment deals worth $2 billion during the visit, covering the "
            "fields of mining, tourism and green energy.")
    assert one_list(text) == ["mining", "tourism", "green energy"]


def test_issues_ranging_from_x_to_y() -> None:
    text = ("The ministers told reporters they would cooperate on a number of issues, ranging from "
            "fishing, ports and banking to rail links, an aide said.")
    assert one_list(text) == ["fishing", "ports", "banking", "rail links"]


def test_a_second_document_starts_its_own_list() -> None:
    text = ("They signed a cooperation agreement, with an MoU on health, and further agreements on "
            "housing, mining, and sport.")
    assert areas_of(text) == [["health"], ["housing", "mining", "sport"]]


def test_ties_exchanges_and_joint_projects() -> None:
    assert one_list("The pact aims at closer ties and exchanges in music and film.") == ["music", "film"]
    assert one_list("The plan revives joint ventures in shipbuilding and other areas.") == ["shipbuilding"]


def test_a_lead_in_and_a_following_verb_phrase_are_left_off() -> None:
    text = ("The two sides vowed to work together on the development of fisheries and organic farming "
            "industries and raise trade to $5 billion.")
    assert one_list(text) == ["fisheries", "organic farming"]
    mous = "They signed MoUs on ports and the blue economy in conjunction with the summit."
    assert one_list(mous) == ["ports", "blue economy"]
    # "promotion and protection of investment" is one area, not a lead-in
    assert one_list("They signed agreements on promotion and protection of investment.") \
        == ["promotion and protection of investment"]


def test_a_mid_list_pair_of_single_words_is_two_areas() -> None:
    assert one_list("They agreed to cooperate in the areas of health, mining and culture, and tourism.") \
        == ["health", "mining", "culture", "tourism"]


def test_range_from_x_to_y() -> None:
    text = "The MoUs range from cooperation in the health and education sectors to trade and investment."
    assert one_list(text) == ["health", "education", "trade", "investment"]


def test_wrappers_are_trimmed() -> None:
    assert one_list("The leaders signed an MoU on Cooperation in the Field of Higher Education.") \
        == ["Higher Education"]
    assert one_list("They signed an agreement for cooperation in the field of sports and youth.") \
        == ["sports", "youth"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document noun with "cover": Title Case items, a shared "issues" left off
        ("The accord will cover Fishing, Ports, Health and Welfare, Roads and Cultural issues.",
         ["Fishing", "Ports", "Health", "Welfare", "Roads", "Cultural"]),
        ("The leaders adopted a charter that will cover political and security issues.",
         ["political", "security"]),
        ("The ministers signed the protocol, which covers fishing, shipping and ports.",
         ["fishing", "shipping", "ports"]),
    ],
)
def test_what_a_document_covers(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


def test_a_lone_item_a_document_covers_is_no_list() -> None:
    assert areas_of("The new declaration covers the war.") == []


def test_the_plan_an_agreement_sets_out() -> None:
    text = ("The two leaders signed agreements with the visiting premier to draw up a common agenda on "
            "fishing, ports, migration and roads.")
    assert one_list(text) == ["fishing", "ports", "migration", "roads"]
    text = ("They also signed an agreement to develop a joint plan to simplify border checks, as well as "
            "plans for promoting farming in both states.")
    assert areas_of(text) == [["border checks"], ["farming"]]


def test_a_second_instrument_gives_its_own_list() -> None:
    text = ("They signed an MoU that would boost cooperation in the aviation field and an MoU to set up a "
            "mechanism for regular consultations, which would help both.")
    assert areas_of(text) == [["aviation"], ["regular consultations"]]
    text = ("They signed an MoU on fisheries as well as a protocol on cooperation to tackle smuggling and "
            "other maritime security threats in the region.")
    assert areas_of(text) == [["fisheries"], ["smuggling", "maritime security threats"]]


def test_a_plan_without_an_instrument_before_it_is_no_list() -> None:
    assert areas_of("The firm agreed to sell its shares, and plans for boosting output were shelved.") == []


def test_an_open_end_of_threats_names_a_kind() -> None:
    assert one_list("They agreed to cooperate on piracy and other cyber threats.") \
        == ["piracy", "cyber threats"]
    assert one_list("They agreed to cooperate on piracy and other potential threats.") == ["piracy"]


def test_emphasis_and_clauses_are_no_part_of_an_item() -> None:
    assert one_list("The agreement also covers trade, energy and tourism, especially medical tourism.") \
        == ["trade", "energy", "tourism", "medical tourism"]
    assert areas_of("The two sides agreed to collaborate in making the region the cleanest on earth.") == []
    assert one_list("They agreed to cooperate in fighting forest fires.") == ["fighting forest fires"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of working together: "collaborate on"
        ("The two ministries will collaborate on teacher training, school meals and vocational education.",
         ["teacher training", "school meals", "vocational education"]),
        # a plan names its fields: "a cooperation plan on", "a plan of action on"
        ("They signed a cooperation plan on dairy farming, irrigation, and new technologies for 2026-2027.",
         ["dairy farming", "irrigation", "new technologies"]),
        ("The ministers signed a plan of action on fisheries, ports and coastal tourism.",
         ["fisheries", "ports", "coastal tourism"]),
        # a bare "memorandum on", its area words before "cooperation"
        ("The two agencies signed a memorandum on seed research and soil conservation cooperation.",
         ["seed research", "soil conservation"]),
        # "an agreement to implement <a programme>": the programme is the area
        ("They also signed an agreement to implement a youth exchange programme from 2024.",
         ["youth exchange programme"]),
    ],
)
def test_more_list_triggers(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


def test_a_list_goes_on_after_a_list_read_before_it() -> None:
    # the first list ends at its last item, so the trigger after it is still read
    assert areas_of("Besides cooperation in the dairy sector, the two states agreed to collaborate on "
                    "forestry, tax policy and road safety.") \
        == [["dairy"], ["forestry", "tax policy", "road safety"]]


def test_a_plan_for_its_beneficiaries_gives_no_titles() -> None:
    assert areas_of("The leaders signed an action plan for the African Union.") == []
    assert areas_of("The leaders agreed on a cooperation programme for the Pacific Islands Forum.") == []
    assert areas_of("They signed an action plan for the implementation of the agreement.") == []


def test_a_gerund_and_its_object_are_one_item() -> None:
    assert one_list("They signed memoranda in the fields of dealing with drought, port management, "
                    "housing and transport.") \
        == ["dealing with drought", "port management", "housing", "transport"]
    assert one_list("The navies agreed to cooperate on fighting against piracy and search and rescue.") \
        == ["fighting against piracy", "search and rescue"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two countries signed MoUs on mining, fishing and health, showing their resolve to deepen ties.",
         ["mining", "fishing", "health"]),
        ("The two countries signed MoUs on mining, fishing, health, reflecting growing ties.",
         ["mining", "fishing", "health"]),
        ("The ministers agreed to cooperate on aviation, dairy and farming, building on earlier accords.",
         ["aviation", "dairy", "farming"]),
        ("The ministers agreed to cooperate on aviation, capacity building and housing.",
         ["aviation", "capacity building", "housing"]),
    ],
)
def test_a_participial_clause_ends_the_list(text: str, expected: list[str]) -> None:
    assert one_list(text) == expected


def test_a_nominal_signing_of_cooperation_project_agreements() -> None:
    assert areas_of("- Signing of health cooperation project agreements.") == [["health"]]
    assert areas_of("The ministers signed trade cooperation agreements worth $5 million.") == [["trade"]]


# --- agreements named by their area ------------------------------------------

def test_a_list_of_named_agreements() -> None:
    assert one_list("The ministers signed a double taxation agreement, an investment protection agreement "
                    "and an MoU on health.") == ["double taxation", "investment protection", "health"]
    assert one_list("They will sign three deals: an air services agreement; a memorandum of understanding "
                    "(MOU) for youth and sports; and another MOU for cooperation in the field of culture.") \
        == ["air services", "youth", "sports", "culture"]


def test_one_named_agreement_in_prose_is_no_list() -> None:
    assert areas_of("The two states reached a border agreement in 1963.") == []
    assert areas_of("They marked the anniversary of the Paris Agreement.") == []


# --- Title Case items ----------------------------------------------------------

def test_title_case_items_after_an_agreement_trigger() -> None:
    assert one_list("The MoUs were signed on Arts and Culture, Youth Matters and Sports.") \
        == ["Arts and Culture", "Youth Matters", "Sports"]


def test_titles_set_off_by_semicolons() -> None:
    # each title is read as a list of its own; the "; and" closes the titles
    assert one_list("The MoUs signed include Judicial Cooperation; Fisheries, Aquaculture and the Blue "
                    "Economy; Cooperation in the Field of Tourism; Youth Affairs; and Sports.") \
        == ["Judicial", "Fisheries", "Aquaculture", "Blue Economy", "Tourism", "Youth Affairs", "Sports"]
    assert one_list("The ministers signed MoUs on Rural Roads; Visa Waivers for Official Passports; and "
                    "Cultural Heritage.") \
        == ["Rural Roads", "Visa Waivers for Official Passports", "Cultural Heritage"]


@pytest.mark.parametrize(
    "text",
    [
        "The deals include Kenya Airways; Safaricom; and Equity Bank.",  # organisations
        "The deals include Boeing; Airbus; and Shell.",  # single capitalised words are names
        "The agreement signed included a clause on disputes, a framework for talks and a timetable.",
        "The agreements signed include Visa Waivers; the ministers said more would follow.",
    ],
)
def test_what_a_document_includes_is_read_only_as_titles(text: str) -> None:
    assert areas_of(text) == []


def test_bulleted_titles_of_agreements() -> None:
    text = ("The leaders met in the capital on Monday.\n\nThey signed three agreements:\n\n"
            "– MoU on Cross Border Movement of Goods by Road;\n\n"
            "– MoU on Cooperation in the Field of Education; and\n\n– MoU on Health.\n\n"
            "The visit ended on Tuesday after further talks.\n")
    assert areas_of(text) == [["Cross Border Movement of Goods by Road"], ["Education"], ["Health"]]


# --- not areas ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The minister called for closer cooperation with Kenya, Uganda and Tanzania.",
        "They expanded partnership in Asia, Africa and Latin America.",
        "The pact was signed in Nairobi, Kampala and Kigali.",
        "The partnership in the United Nations, the African Union and the G20 was hailed.",
        "The delegation included John Smith, Mary Jones and Peter Brown, who signed the deal.",
        "Floods hit areas such as Sindh, Punjab and Balochistan, officials said.",
        "They agreed to cooperate in areas of mutual interest such as Sindh, Punjab and Balochistan.",
        "The ministers signed deals related to the visit.",
        "Officials from sectors such as the Ministry of Finance, the Central Bank and the Treasury attended.",
        "The agreement was signed on Tuesday in the presence of both leaders.",
        "The two sides reached an agreement in principle last week.",
        "The deal was signed on the sidelines of the summit in Geneva.",
        "The agreements were signed on the eve of the summit.",
        "The treaty was concluded in 1963 after long talks.",
        "The companies signed a deal for 40 aircraft worth $5 billion.",
        "The deal on Boeing jets was announced by the airline.",
        "The agreement covers the period from 2020 to 2025.",
        "They agreed on the need for cooperation in many areas.",
        "Both sides discussed ways to deepen cooperation.",
        "Cooperation in this regard will continue, he said.",
    ],
)
def test_lists_that_are_not_areas(text: str) -> None:
    assert areas_of(text) == []


def test_headlines_and_menu_lines_give_no_single_area() -> None:
    # no closing punctuation: a headline or a link, not a sentence of the story
    assert find_areas(view_of("Nations strengthen cooperation in fighting forest fires")) == []
    assert find_areas(view_of("Agreement on Financial report")) == []
    assert find_areas(view_of("Nations strengthen cooperation in fighting forest fires.")) \
        == [["fighting forest fires"]]


# --- bad input ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "cooperation in trade and " * 8000,
        "MoU on Cross " * 15000,
        "agreement on" + " " * 200_000 + "x",
        "agreement" + " " * 100_000 + ";" + " " * 100_000 + "and a",
        "sectors such as " + "a, " * 60_000,
        "A double taxation agreement; " * 8000,
        "agreed to boost economic " * 8000,
        "agreed" + " " * 200_000 + "economic cooperation",
        "areas of mutual " * 12_000 + "interest",
        "cooperation, including on " * 7000,
        "in the " + "trade, " * 60_000 + "fields",
        "agreed to boost economic cooperation, " + "trade, " * 60_000 + "spheres",
        "signed " + "trade and " * 40_000 + "agreements",
        "cooperation on issues ranging from " * 5000,
        "an MoU on " + "x, and separate agreements on " * 5000,
        "the development of " * 10_000,
        "agreements " + "with x " * 30_000 + "to develop a plan on trade",
        "agreement " + "x" * 200_000 + " to develop",
        "the plan will cover " + "a, " * 60_000,
        "an MoU on trade as well as plans for " * 5000,
        "piracy and other " * 10_000 + "threats",
        "The MoUs signed include " + "Youth Affairs; " * 20_000,
        "a cooperation plan on " * 10_000,
        "an agreement to implement a " * 10_000 + "programme",
        "agreed to cooperate on coping with " * 8000,
        "MoUs on trade, " + "demonstrating, " * 20_000,
        "cooperation identified " + "trade, " * 40_000 + "as areas",
        "cooperation between " + "x " * 50_000 + "spans trade",
        "agreed to boost trade, " * 8000,
        "an agreement " + "in x " * 20_000 + "to boost trade",
        "a commitment to boost " + "trade, promote " * 15_000,
        "the agreements, which are aimed at boosting " + "trade, boosting " * 15_000,
    ],
)
def test_long_pastes_stay_fast(text: str) -> None:
    view = SentenceView(text, 0, [], [], [], [])
    started = time.perf_counter()
    find_areas(view)
    assert time.perf_counter() - started < 2.0


# --- lists that end, pair or hide their areas ----------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as well as" + a verb starts a second aim, not one more area
        (("The deals promote cooperation in the area of mining and farming as well as encourage yearly "
         "talks on trade."), [["mining", "farming"]]),
        # two cooperations named by their own modifiers
        ("Both sides agreed to promote farm cooperation and energy sector cooperation, while ministers met.",
         [["farm", "energy"]]),
        # a copular "is on X cooperation"
        ("One of the five agreements forged is on railway cooperation, which covers training.", [["railway"]]),
        # a shared field noun without "the"
        (("The aims of the fisheries pact are to boost trade and investment in maritime and farming sectors "
         "of the two states."), [["maritime", "farming"]]),
        # documents set off by semicolons, each named by its purpose
        (("The other accords include a joint work programme for 2021-2023 to jointly promote fishing and "
         "share research; an agreement to exchange weather data; a plan of consultations on consular "
         "matters between the two ministries; and a memorandum on cooperation with the Royal Academy of "
         "Music, which aims to deepen ties in the field of music and dance."),
         [["fishing", "weather data", "consular matters", "music", "dance"]]),
    ],
)
def test_list_ends_pairs_and_purposes(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relations themselves are no field of cooperation
        ("They signed a Protocol on the Establishment of Diplomatic Relations between the two republics.", []),
        ("The agreement is on track, officials said.", []),
        # a second cooperation of manner words only names no area
        ("They pledged to boost trade cooperation and the wider cooperation.", [["trade"]]),
    ],
)
def test_no_extra_areas(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


def test_it_in_capitals_is_a_field() -> None:
    text = "Deals\n\nBoth countries will expand cooperation in fields like power, IT, health and tourism.\n"
    found = [f.fields["areas"] for f in extract_facts(parse_article("t", text)) if f.kind == "agreement_area"]
    assert found == [["power", "IT", "health", "tourism"]]


def test_areas_around_which_memoranda_were_signed_and_measures_are_no_area() -> None:
    text = "Deals\n\nThey signed memoranda of understanding around the areas of transport, agriculture and health.\n"
    found = [f.fields["areas"] for f in extract_facts(parse_article("t", text)) if f.kind == "agreement_area"]
    assert found == [["transport", "agriculture", "health"]]
    text = "Deals\n\nThey signed a cooperation memorandum on measures to improve the flow of goods.\n"
    assert [f for f in extract_facts(parse_article("t", text)) if f.kind == "agreement_area"] == []


def test_a_list_read_before_ends_at_its_own_last_item() -> None:
    # the first list's item comes again in the second: the second list is still read
    text = ("The MoU on fishing cooperation will also tie Lorvia and Kessia closer in the fields of fishing, "
            "coastal tourism and ports.")
    assert areas_of(text) == [["fishing"], ["fishing", "coastal tourism", "ports"]]


def test_titles_of_documents_set_off_by_commas() -> None:
    # each title is one area: its own "and" stays, the parties between whom it is signed are left off
    text = ("Lorvia and Kessia signed the Memorandum of Understanding on Fish Trade Cooperation, Understanding "
            "on Incident Prevention and Management in the Vessa Strait, Memorandum of Understanding between "
            "the Lorvian Coast Guard (LCG) and the Kessian Coast Guard (KCG) on Maritime Cooperation, and "
            "Cultural Cooperation Program between the Lorvian Arts Council and the Kessian Ministry of "
            "Culture, Sports and Tourism for the Period of 2024 to 2029.")
    assert areas_of(text) == [["Fish Trade", "Incident Prevention and Management", "Maritime", "Cultural"]]


def test_related_fields_are_an_open_end() -> None:
    assert areas_of("They agreed to cooperate in fishing, forestry and related fields.") == [["fishing", "forestry"]]
    text = "They signed the Memorandum of Understanding on Forestry and Related Fields, and Agreement on Ports."
    assert areas_of(text) == [["Forestry", "Ports"]]


def test_lists_after_a_list_of_named_agreements_are_read() -> None:
    text = ("They signed a memorandum of understanding between the two ministries in the field of water supply, "
            "a memorandum of understanding on cooperation in the field of roads, the executive program for "
            "educational cooperation for 2024-2026, also an executive program in the field of sports.")
    assert areas_of(text) == [["water supply", "roads", "educational"], ["sports"]]


def test_a_signing_of_an_agreement_is_no_name_of_it() -> None:
    text = ("The statement hailed the signing of a memorandum of understanding between the two ministries, "
            "a memorandum of understanding on road safety.")
    assert areas_of(text) == [["road safety"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in areas of X" without an article is a field trigger too
        (("They named the areas of cooperation between the two states including in areas of trade, mining "
         "and health."), [["trade", "mining", "health"]]),
        # a relative clause between the documents and what they cover
        (("The agreements, which were signed by the two ministers, cover Air Services, Fish Farming and "
         "Military Training."), [["Air Services", "Fish Farming", "Military Training"]]),
        # "scientific and technical cooperation" is one field
        ("They signed MoUs on farming, scientific and technical cooperation.",
         [["farming", "scientific and technical"]]),
        # no field named: "areas of mutual interest", "the memorandum in question"
        ("They agreed to cooperate in the areas of mutual interest.", []),
        ("Under the decree, the memorandum in question was signed in Kessia.", []),
        # levels of cooperation
        ("The talks will strengthen cooperation at political, economic and sectoral level.",
         [["political", "economic", "sectoral"]]),
        ("They will deepen cooperation at the political and cultural levels, the ministry said.",
         [["political", "cultural"]]),
        # ranks of who cooperates and scopes of the ties are no fields
        ("They pledged cooperation at ministerial and expert level.", []),
        ("They agreed to boost cooperation at the bilateral and multilateral levels.", []),
    ],
)
def test_field_triggers_relative_clauses_levels_and_non_fields(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


def test_the_parties_of_a_cooperation_are_no_field() -> None:
    text = ('Lorvia endorsed "the Memorandum of Understanding on Cooperation between the Government of Lorvia '
            'and the Government of Kessia on the Exchange of Court Practices".')
    assert areas_of(text) == [["Exchange of Court Practices"]]
    text = "They signed an agreement on cooperation between the two ministries in fishing and forestry."
    assert areas_of(text) == [["fishing", "forestry"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lorvia wants talks with Kessia over its controversial security deal with Dravia.", [["security"]]),
        ("Lorvia signed a trade deal with Kessia on Monday.", [["trade"]]),
        # a judgement of the deal is no kind of it
        ("They signed a landmark deal with Kessia.", []),
    ],
)
def test_a_deal_with_a_party_named_by_its_kind(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


# --- aims: "agreements to encourage X", "a commitment to boost A and promote B" --------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement's aim names its fields, hyphenated pairs included
        (("Lorvia and Kessia signed agreements to encourage investment, economic-trade co-operation and "
         "scientific-technical co-operation."), [["investment", "economic-trade", "scientific-technical"]]),
        # one aim of a document, after a short gap
        ("They signed an MoU in February this year to provide expanded trade opportunities.",
         [["expanded trade opportunities"]]),
        # a list of aims, each with its own verb
        (("Anna Kessel said they reaffirmed their commitment to strengthen democracy, boost our farm exports, "
         "and promote regional stability."), [["democracy", "farm exports", "regional stability"]]),
        ("The two leaders agreed to boost trade, investment and tourism.", [["trade", "investment", "tourism"]]),
        # the ties of the parties are no field; what they are tied in is
        ("They signed an agreement to boost ties.", []),
        (("Lorvia and Kessia are determined to further strengthen their relationship in green farming and "
         "tourism."), [["green farming", "tourism"]]),
        # aims in "-ing" after "aimed at", and "designed to"
        ("They signed agreements aimed at promoting tourism, trade and investment.",
         [["tourism", "trade", "investment"]]),
        ("The MoU, aimed at boosting farming and fisheries, was signed on Monday.", [["farming", "fisheries"]]),
        ("The deal is designed to boost trade and tourism.", [["trade", "tourism"]]),
        # one aim of a pledge is as often no field; one party's pledge is no cooperation
        ("The minister vowed to support the plan.", []),
        ("The coach vowed to improve the defence and strengthen the midfield.", []),
        ("The union agreed to support the strike and encourage members to vote.", []),
        ("Kenya and Ghana are determined to boost farming and expand tourism.", [["farming", "tourism"]]),
        # a list read already is not read again from its aim
        ("They agreed to boost cooperation in energy, mining and farming.", [["energy", "mining", "farming"]]),
    ],
)
def test_the_aims_of_an_agreement_or_a_pledge(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


def test_developing_a_cooperation_names_its_modifiers() -> None:
    text = "The ministers focused on developing cultural and scientific collaboration."
    assert areas_of(text) == [["cultural", "scientific"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word set off by quotes does not end the list; "X of Y" phrases are items
        (('They want cooperation in the field of "smart" farming, mining, modernization of port '
         "infrastructure, digitalization of health care, innovation and other priority areas."),
         [["smart farming", "mining", "modernization of port infrastructure", "digitalization of health care",
           "innovation"]]),
        # what is carried out names the fields
        (("Agreements were reached on the implementation of new trade, farm and technological projects worth "
         "$2 billion."), [["trade", "farm", "technological projects"]]),
        # a body set up is no field
        ("They signed the Agreement on the Establishment of a Joint Commission.", []),
        # who reports the news is no item
        ("The two leaders discussed ways to collaborate on roads, schools and health issues, KNA reports.",
         [["roads", "schools", "health"]]),
        # the party worked with comes between the cooperation and its field
        (("Kessia remains committed to working closely with Lorvia and other island nations in building economic "
         "resilience against floods."), [["building economic resilience"]]),
        ("Kessia will cooperate closely with Lorvia on fishing, ports and tourism.", [["fishing", "ports", "tourism"]]),
        ("Kessia will work with Lorvia in Geneva.", []),
        # plain "work with" is no cooperation; regions and places by their kind are no fields
        ("We will work with partners in government, business and civil society.", []),
        ("The charity is working with local communities in rural areas.", []),
        ("Lorvia is cooperating with Kessia in northern Dravia.", []),
        ("Lorvia is cooperating with Kessia in the defence sector.", [["defence"]]),
        ("Lorvia is cooperating with Kessia in the region.", []),
        ("They will work with the ministry in drafting the law.", []),
    ],
)
def test_quoted_words_projects_bodies_reporters_and_partners(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They work hard in trade, fishing, marine affairs, and youth affairs.",
         [["trade", "fishing", "marine affairs", "youth affairs"]]),
        ("Both sides work jointly on water supply and roads.", [["water supply", "roads"]]),
        # not the parties at work
        ("Nurses work hard in hospitals and clinics.", []),
        # when, not in what
        ("The two countries will work closely in the time ahead to implement the deals.", []),
    ],
)
def test_the_parties_work_in_fields(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgement of the fields does not hide the list
        ("They agreed to cooperate in crucial areas such as energy, water and health.",
         [["energy", "water", "health"]]),
        ("They agreed to cooperate in vital areas of energy, water and health.", [["energy", "water", "health"]]),
        ("They inked twelve agreements in strategic fields.", []),
        # a long title goes on after its "in the"; prose ends there
        ("They signed the Agreement on Scientific Cooperation in the Peaceful Uses of Outer Space.",
         [["Scientific Cooperation in the Peaceful Uses of Outer Space"]]),
        ("They agreed on cooperation in trade in the region.", [["trade"]]),
        ("They signed an MoU on Piracy in the Gulf of Aden.", [["Piracy"]]),
    ],
)
def test_judged_fields_and_long_titles(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "matters concerning X" is X
        ("The agreements cover matters concerning defence training, farming and tourism.",
         [["defence training", "farming", "tourism"]]),
        # directions are no field
        ("The two sides pledged to carry out farm cooperation in multiple key directions.", []),
        # an adverb before the next aim's verb; what is counted, not the count
        (("They have committed to improve postal cooperation and steadily increase the share of local "
         "currencies in trade."), [["postal", "local currencies in trade"]]),
    ],
)
def test_matters_directions_and_counts(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ties' own qualities are no field: the aims give nothing when the first is one
        ("Both countries vowed to strengthen their alliance, deepen trust and expand exchanges.", []),
        # "and the <noun phrase> has ..." is a clause of its own
        (("They noted progress in their cooperation in the farm, fishing and cultural areas, and the "
         "settlement of their border issues has ended the dispute."), [["farm", "fishing", "cultural"]]),
        # two actions share one object; two trades do not
        ("They will sign agreements on protecting and encouraging investments.",
         [["protecting and encouraging investments"]]),
        ("They agreed to cooperate in trade, mining and fishing boats.", [["trade", "mining", "fishing boats"]]),
    ],
)
def test_qualities_of_ties_clauses_and_shared_objects(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb in the third person ends the list; "expanded trade" is still an item
        ("The memorandum focuses on cooperation in rowing and chess, and promotes the exchange of coaches.",
         [["rowing", "chess"]]),
        ("They signed a MoU to provide expanded trade opportunities.", [["expanded trade opportunities"]]),
        # "the combat against X" is one item
        ("They agreed on cooperation in the combat against doping.", [["combat against doping"]]),
        # what the fields include; "new-generation" is no "new"; who informed is no item
        (("Promising cooperation areas in the farm sector include seed banks, new-generation tractors and "
         "irrigation, the embassy informed."), [["seed banks", "new-generation tractors", "irrigation"]]),
    ],
)
def test_verbs_combats_inclusions_and_informants(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim on a modified cooperation, then more items
        (("They discussed a new agreement to advance economic cooperation, air links, trade, and address "
         "climate change."), [["economic", "air links", "trade", "climate change"]]),
        # "people to people" is one word
        ("They noted partnership in areas of trade, education, and people to people links.",
         [["trade", "education", "people to people links"]]),
        # a judgement before "issues such as"
        (("Both sides agreed to bolster collaboration on critical issues such as combatting illegal fishing and "
         "protecting reefs."), [["combatting illegal fishing", "protecting reefs"]]),
        # shared aspirations and mutual priorities are no field
        ("Lorvia will elevate cooperation with Kessia in shared aspirations.", []),
    ],
)
def test_aims_on_a_cooperation_links_issues_and_aspirations(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's bid, one thing aimed at ("a free and open region"), people's lives: no fields
        ("The ministers agreed to support Kessia's bid for a seat on the council and to boost its candidacy.", []),
        ("They agreed to strengthen the rules-based order and promote a free and open region.", []),
        ("The governments pledged to improve the lives of their people and promote prosperity.", []),
        # bare coordination is how they work together, not in what; "policy coordination" is a field
        ("Both sides agreed to enhance coordination and promote peace.", []),
        ("They agreed on cooperation in policy coordination and trade.", [["policy coordination", "trade"]]),
        # the owner is no part of the field
        ("They agreed to cooperate in Kessia's fisheries and Lorvia's ports.", [["fisheries", "ports"]]),
    ],
)
def test_aims_that_name_no_field(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


def test_how_the_parties_act_is_no_part_of_the_item() -> None:
    text = "They agreed to enhance cooperation in the fight against graft by encouraging ties between courts."
    assert areas_of(text) == [["fight against graft"]]


def test_the_age_of_the_ties_is_no_modifier() -> None:
    assert areas_of("The leaders agreed on strengthening their decades-long partnership.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list named as the fields
        ("The two sides identified farming, tourism and health as priority areas for cooperation.",
         [["farming", "tourism", "health"]]),
        ("They named the mining sector as a key area of cooperation.", [["mining"]]),
        ("Lorvia identified Kessia and Dravia as key partners for cooperation.", []),
        # what agreements relate to; what a cooperation between parties spans
        ("The agreements signed relate to farming, schools and health.", [["farming", "schools", "health"]]),
        ("Cooperation between the two countries spans trade, defence and education.",
         [["trade", "defence", "education"]]),
        ("Cooperation between the two countries includes the police.", []),
    ],
)
def test_lists_named_as_fields_and_what_a_cooperation_spans(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb phrase after the list is no item
        (("They agreed to expand cooperation in the cultural-humanitarian areas, organize joint festivals and "
         "host fairs."), [["cultural-humanitarian"]]),
        ("They agreed on cooperation in the exchange of staff, farming and sport.",
         [["exchange of staff", "farming", "sport"]]),
        # "interaction in", "cooperation projects in" name fields too
        (("The talks centred on joint cooperation projects and practical interaction in the trade, industry and "
         "energy."), [["trade", "industry", "energy"]]),
        ("They stressed promoting priority cooperation projects in the industry, farming and other areas.",
         [["industry", "farming"]]),
    ],
)
def test_verb_phrases_after_a_list_and_interaction(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Other agreements deal with the areas of roads, energy, and culture.", [["roads", "energy", "culture"]]),
        ("The agreement dealt with the matter quickly.", []),
        (("The presidents signed cooperation agreements to battle poverty and hunger and to promote social "
         "justice and decent jobs."), [["poverty", "hunger", "social justice", "decent jobs"]]),
        # "was also reached on"; ", covering X" is a list of its own
        ("An agreement was also reached on technical and farm projects, covering cooperation in space.",
         [["technical", "farm projects"], ["space"]]),
    ],
)
def test_what_agreements_deal_with_and_battle(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The areas of cooperation include: trade, mining and health.", [["trade", "mining", "health"]]),
        ("The partnership extends to farming, health and education.", [["farming", "health", "education"]]),
        ("Both countries agreed to explore cooperation opportunities in solar energy, mining and tourism.",
         [["solar energy", "mining", "tourism"]]),
        ("They agreed to work together on issues of climate change and migration.",
         [["climate change", "migration"]]),
        ("They agreed to cooperate on issues of mutual interest.", []),
    ],
)
def test_inclusions_extensions_opportunities_and_issues_of(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Under these agreements, the collaboration will span various sectors, encompassing health, energy and "
         "the marketing of fruit."), [["health", "energy", "marketing of fruit"]]),
        ("Other MoUs are on telecoms, oil and gas, and geology.", [["telecoms", "oil and gas", "geology"]]),
        ("The deal was on the agenda.", []),
        ("The agreement was on hold.", []),
        (("The two nations agreed to collaborate closely in the fight against illicit sea trade, including "
         "piracy and illegal fishing."), [["fight against illicit sea trade", "piracy", "illegal fishing"]]),
    ],
)
def test_spans_copulas_and_close_collaboration(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


def test_in_such_fields_as() -> None:
    assert areas_of("The sides discussed cooperation in such fields as energy, transport and tourism.") == [
        ["energy", "transport", "tourism"]]
    assert areas_of("Floods hit such areas as Sindh and Punjab.") == []


def test_a_serial_verb_phrase_is_a_clause_of_its_own() -> None:
    text = "They agreed to boost cooperative ties in farming and fishing, and work together to build a safe border."
    assert areas_of(text) == [["farming", "fishing"]]
    assert areas_of("They agreed on cooperation in trade, mining, and develop tourism.") == [["trade", "mining"]]


def test_as_well_as_in_the_fight_against_a_crime() -> None:
    text = "The two countries will cooperate in the areas of health and schools, as well as in the fight against graft."
    assert areas_of(text) == [["health", "schools", "fight against graft"]]
    assert areas_of("They agreed to cooperate in trade, as well as in the region.") == [["trade"]]


def test_an_action_on_a_field_is_an_item_a_clause_is_not() -> None:
    text = "They signed MoUs for cooperation in the areas of science, farming, and combatting the virus."
    assert areas_of(text) == [["science", "farming", "combatting the virus"]]
    assert areas_of("They agreed to collaborate in making the region the greenest.") == []


def test_a_time_and_the_parties_between_the_signing_and_the_fields() -> None:
    text = ("Three memoranda of understanding (MoU) were signed on Saturday between Lorvia and Kessia in trade and "
            "investment, tourism and business events, and exchange of financial intelligence.")
    assert one_list(text) == ["trade", "investment", "tourism and business events", "exchange of financial intelligence"]
    assert one_list("The ministers signed an agreement between the two governments on visa exemption.") == [
        "visa exemption"]


def test_adjectives_that_share_the_last_ones_noun_are_one_item() -> None:
    text = ("They signed a memorandum between the governments on the exemption from visa requirements for "
            "diplomatic, official, and ordinary passport holders.")
    assert one_list(text) == ["exemption from visa requirements for diplomatic, official, and ordinary passport holders"]


def test_in_force_is_no_area() -> None:
    assert areas_of("The treaty was in force from 1990.") == []


def test_a_title_read_past_its_in_ends_before_a_place() -> None:
    assert one_list("They signed the MoU on Higher Education in Lima.") == ["Higher Education"]
    assert one_list("They signed the Agreement on Cooperation in the Peaceful Uses of Outer Space.") == [
        "Peaceful Uses of Outer Space"]


def test_these_include_names_the_fields_the_sentence_before_ended_on() -> None:
    text = ("The ministers want closer cooperation in four sectors. "
            "These include mining, fisheries, tourism and higher education.")
    assert areas_of(text) == [["mining", "fisheries", "tourism", "higher education"]]
    assert areas_of("The talks went well. These include education, fisheries and sports.") == []
    assert areas_of("Lorvia wants closer cooperation in many fields. They include Anna Kessel and Omar Diallo.") == []


def test_the_spirit_of_the_cooperation_is_no_area() -> None:
    assert areas_of("The envoys will promote constructive cooperation with Lorvia.") == []
    assert areas_of("The envoys agreed to boost positive and defence cooperation.") == [["defence"]]


def test_a_second_action_after_a_partner_is_not_the_partnership_field() -> None:
    assert areas_of("Lorvia prizes its partnership with Kessia and building confidence in regional bodies.") == []
    assert areas_of("We will work closely with Kessia and its neighbours in fisheries.") == [["fisheries"]]


def test_who_signed_the_documents_between_them_and_what_they_cover() -> None:
    text = ("The accords, signed by Anna Kessel and Omar Diallo, Lorvia's envoy to Kessia, cover river transport "
            "permits, satellite data sharing and ferry safety.")
    assert areas_of(text) == [["river transport permits", "satellite data sharing", "ferry safety"]]


def test_an_instruments_list_goes_on_after_an_item_cut_at_its_adjunct() -> None:
    text = "The deals cover customs checks for trucks, upkeep of Kessia Bridge, mining and forestry."
    assert areas_of(text) == [["customs checks for trucks", "upkeep", "mining", "forestry"]]


def test_a_link_is_one_item_with_what_it_links() -> None:
    assert areas_of("The agreements cover mining, forestry and Peru's accession to the Kessia Grain Pact.") == [
        ["mining", "forestry", "accession to the Kessia Grain Pact"]]
    text = "The agreements cover mining, forestry and a twinning between Lorvia's Naval Academy and the Kessia Sea School."
    assert areas_of(text) == [["mining", "forestry", "twinning between Lorvia's Naval Academy and the Kessia Sea School"]]


def test_as_well_as_a_noun_that_is_also_a_verb() -> None:
    text = "The navies cooperate in the field of coastal patrols, as well as exchange of staff between their academies."
    assert areas_of(text) == [["coastal patrols", "exchange of staff"]]
    text = "They agreed on cooperation in the fields of trade and energy, as well as exchange views on security."
    assert areas_of(text) == [["trade", "energy"]]


# --- "more closely together", lists inside a named agreement, shared nouns, "cooperation, including"

def test_working_more_closely_together_is_a_cue():
    # "work more closely together on ...": the comparative still tells joint work, with no other cue word
    assert areas_of("Lorvia and Kessia will work more closely together on fisheries, shipping and forestry.") == [
        ["fisheries", "shipping", "forestry"]]


def test_an_agreement_whose_subject_is_a_list_gives_each_field():
    # "a treaty on A, B and C cooperation, and an accord on D": the first agreement's subject is a list
    assert areas_of("The envoys signed a treaty on cultural, legal and sporting cooperation, "
                    "and an accord on water supply.") == [["cultural", "legal", "sporting", "water supply"]]


def test_two_words_sharing_a_noun_after_of_stay_one_item():
    # "for holders of official and service passports": one group of holders, not two areas
    assert areas_of("Kessia and Lorvia signed an accord on visa waivers for holders of official and "
                    "service passports.") == [["visa waivers for holders of official and service passports"]]


def test_what_a_cooperation_includes_is_read_as_its_areas():
    # "closer X cooperation, including A, B and C": A, B and C are what that cooperation takes in
    found = areas_of("The ministers agreed on closer maritime cooperation, including port security, "
                     "fishing patrols and coastal surveys.")
    assert ["port security", "fishing patrols", "coastal surveys"] in found
    assert ["maritime"] in found
    # not the partners it takes in
    assert areas_of("Both sides agreed to expand their cooperation, including with Kenya and Ghana.") == []


def test_a_second_document_named_with_its_parties_starts_a_list_of_its_own():
    # "..., a memorandum between A and B on cooperation in X": the memorandum is no item of the first list
    found = areas_of("The two sides signed accords on cooperation in mining and housing, a memorandum "
                     "between the port authorities of both states on cooperation in shipping.")
    assert found == [["mining", "housing"], ["shipping"]]


def test_contacts_in_a_field_name_their_fields_without_a_word_of_cooperation():
    # "contacts / exchanges in the field of A, B and C": ties kept up in fields are cooperation
    assert areas_of("The ministers welcomed the growing contacts in the field of music, farming, "
                    "health and sports.") == [["music", "farming", "health", "sports"]]
    assert areas_of("Lorvia and Kessia hailed lively exchanges in the field of science, culture and "
                    "youth.") == [["science", "culture", "youth"]]
    # a field named with no contacts in it is no list of areas
    assert areas_of("Anna Kessel is an expert in the field of music, film and dance.") == []


def test_cooperation_initiatives_in_titles_set_off_by_semicolons():
    # "cooperation initiatives in A; B; C": joint work names its fields, here as titles; a title may be
    # one field of the vocabulary ("Fisheries"), not only a phrase
    assert areas_of("The envoys praised the cooperation initiatives in Port Management; Fisheries; "
                    "Education; Culture; Energy and Mining.") == [
        ["Port Management", "Fisheries", "Education", "Culture", "Energy and Mining"]]
    # single capitalised words that are no fields are names, not titles
    assert areas_of("The envoys praised the cooperation initiatives in Boeing; Airbus; and Embraer.") == []


def test_a_title_ending_in_an_abstract_noun_is_no_person():
    # "Foreign Trade Promotion" is no person titled "Foreign", so it stays an area
    assert areas_of("Lorvia and Kessia agreed on coordination efforts in Foreign Trade Promotion and "
                    "Export Finance; Fisheries; Health.") == [
        ["Foreign Trade Promotion and Export Finance", "Fisheries", "Health"]]


def test_a_list_named_among_the_key_areas():
    # "identified A, B and C among the key areas": the list comes before the set it joins
    assert areas_of("To deepen cooperation, Lorvia and Kessia identified the farm and fishing sphere, "
                    "cinema, port logistics and chess among the priority areas.") == [
        ["farm and fishing", "cinema", "port logistics", "chess"]]


def test_two_words_before_one_field_noun_in_the_singular_are_one_field():
    # "the farm and fishing sector" is one field; "the farm and fishing sectors" two
    assert areas_of("The ministers agreed on cooperation in the farm and fishing sector and "
                    "mining.") == [["farm and fishing", "mining"]]
    assert areas_of("The ministers agreed on cooperation in the farm and fishing sectors, and "
                    "mining.") == [["farm", "fishing", "mining"]]
    assert areas_of("The ministers agreed on cooperation in mining, banking, and the farm and fishing "
                    "sector.") == [["mining", "banking", "farm and fishing"]]


def test_a_range_of_other_fields_closes_the_list():
    # "..., A and B and a range of other sectors": an open end, no item
    assert areas_of("The deal covers cooperation in tourism, mining and banking and a range of other "
                    "trades.") == [["tourism", "mining", "banking"]]


def test_a_memorandum_of_cooperation_names_its_title():
    # "a memorandum of cooperation on <Title>": a document, whose title is read whole
    assert areas_of("Kessia and Lorvia inked a memorandum of cooperation on Joint Licensing of Pilots "
                    "for Civil Aviation, which the ministers hailed.") == [
        ["Joint Licensing of Pilots for Civil Aviation"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field word opens the compound that names the agreement
        ("Lorvia and Kessia signed a mining licence agreement on Monday.", [["mining licence"]]),
        # "border" is a field of the vocabulary (border management)
        ("Lorvia and Kessia signed a border security agreement on Monday.", [["border security"]]),
        # the agreement before its passive signing
        ("A mining licence agreement between Lorvia and Kessia has been signed, the ministry said.",
         [["mining licence"]]),
        # a document named "Cooperation" in its title
        (("The ministers also signed two deals, namely the Dairy Trade Agreement and the Tourism Promotion "
         "Cooperation."), [["Dairy Trade"], ["Tourism Promotion"]]),
        # an agreement spoken of before a signing is none signed
        ("After the mining licence agreement lapsed, they signed a peace pact.", []),
    ],
)
def test_an_agreement_signed_is_named_by_its_field_compound(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected


def test_titles_of_cooperation_set_off_by_semicolons_are_one_list():
    # "...: Cooperation in X; Partnership in Y; Collaboration in the Z sector": the field after the noun
    assert areas_of("The ministers signed four agreements: Cooperation in disaster relief; Partnership in "
                    "fisheries; Collaboration in the mining sector; and Training and cooperation in prison "
                    "services.") == [["disaster relief", "fisheries", "mining", "prison services"]]
    # a bare field among such titles is one more area, also when the list opens a paragraph of its own
    assert areas_of("The two leaders signed four accords in priority areas, including:\n\nVisa waivers for "
                    "students, scholars, and artists; Cooperation in urban planning; Partnership in "
                    "fisheries; and Collaboration in the mining sector.") == [
        ["Visa waivers for students, scholars, and artists", "urban planning", "fisheries", "mining"]]
    # but one title does not make bare phrases a list of agreements
    assert areas_of("Visa waivers for students; cinema; and cooperation in urban planning were on the "
                    "agenda.") == [["urban planning"]]


def test_what_a_document_covers_is_one_field_when_named_as_matters():
    # "the agreement, which covers X matters, ...": one field; what else it covers may be no field
    assert areas_of("The accord, which covers coastal shipping matters, was signed by the ministers.") == [
        ["coastal shipping matters"]]
    assert areas_of("The accord, which covers the costs, was signed by the ministers.") == []


def test_a_field_and_an_action_on_its_own_object_are_two_items():
    # "tourism and promotion of X": a field, then an action with its own object ("promotion and
    # protection of investment" share one)
    assert areas_of("The ministers agreed on cooperation in mining, tourism and promotion of the film "
                    "industry.") == [["mining", "tourism", "film industry"]]


def test_talks_the_parties_act_on_are_named_by_their_field():
    # "agreed to resume fisheries talks": the talks' modifier is the area, as a cooperation's is
    assert areas_of("Lorvia and Kessia agreed to resume bilateral fisheries talks.") == [["fisheries"]]
    # a participle after the noun ends its phrase
    assert areas_of("Lorvia and Kessia agreed to launch a mining dialogue involving senior officials.") == [
        ["mining"]]


def test_examples_of_initiatives_a_document_covers_are_its_areas() -> None:
    text = "The deal, signed in Lima today, covers rural development projects such as seed banks, irrigation, and crop insurance."
    assert areas_of(text) == [["seed banks", "irrigation", "crop insurance"]]


def test_bilateral_before_an_adjective_of_a_field_is_dropped() -> None:
    from app.core.facts.areas import _strip_lead

    assert _strip_lead("bilateral economic") == "economic"  # 'bilateral economic and energy ties'
    assert _strip_lead("bilateral trade") == "bilateral trade"  # a field of its own


def test_fields_named_before_and_other_agreements() -> None:
    assert areas_of("The ministers then signed tourism and other accords.") == [["tourism"]]
    assert areas_of("They signed energy, mining, and other deals.") == [["energy", "mining"]]
    assert areas_of("They signed it and other agreements.") == []


def test_crimes_fought_together_are_areas() -> None:
    text = "Customs officers of both states will cooperate to fight organised crimes like arms smuggling, piracy, and money laundering."
    assert areas_of(text) == [["arms smuggling", "piracy", "money laundering"]]


def test_the_parties_named_after_a_list_end_it() -> None:
    text = ("A memorandum of cooperation in labour matters between Peru's Ministry of Labour, Welfare, and Youth "
            "and Chile's Ministry of Work.")
    assert areas_of(text) == [["labour matters"]]
