"""The rules a teacher's review asks of drafted questions, each on short made-up articles."""
from __future__ import annotations

import re
from collections import Counter

from app.core.corpus import parse_article
from app.core.grading import normalise_answer
from app.core.questions import draft_questions, draft_report
from app.core.questions.cloze import cloze_window, readable_sentence
from app.core.questions.distractors import region_of, shuffled
from app.core.questions.statements import anniversary_subject, without_dateline
from app.core.questions.wording import event_clause, is_proper_name, with_article

STATE_VISIT = """date 2024-05-10
Lorvian President Anna Kessel arrives in Kenya for state visit

NAIROBI, Kenya - President Anna Kessel of Lorvia arrived in Nairobi on Tuesday for a three-day state visit, her office said.

Kessel first visited Kenya in 2011, when she was foreign minister, and made a second visit in 2016.

She will visit Tanzania, Uganda and Rwanda next month.

The two countries signed agreements on agriculture, tourism, renewable energy and vocational training.

The visit marks the 60th anniversary of diplomatic relations between Kenya and Lorvia.

Kenya gained independence in 1963.

Jomo Kenyatta became president of Kenya in 1964.

The Lorvian parliament approved a new trade law in 2019.

The first direct flight between Nairobi and the Lorvian capital opened in 2008.
"""

REPEATED_TRIPS = """Old friends

President Marta Olsen visited Chile in 1998. President Marta Olsen visited Chile again in 2004.
Olsen visited Peru in 2001. Prime Minister Ivo Brandt visited Chile in 2010.
Prime Minister Ivo Brandt visited Peru in 2012.
"""


def forms(question):
    return [question, *question.variants]


def draft(*texts: str, focus: int | None = None):
    articles = [parse_article(f"a{index}", text) for index, text in enumerate(texts)]
    return draft_questions(articles, focus=None if focus is None else [articles[focus].id])


def test_each_fact_has_one_question_and_its_other_forms_ask_differently() -> None:
    questions = draft(STATE_VISIT)
    facts = Counter(fact for q in questions if q.type not in ("timeline", "matching") and len(q.keys) == 1
                    for fact in q.facts[:1])
    assert facts and max(facts.values()) == 1
    for question in questions:
        prompts = [normalise_answer(form.prompt) for form in forms(question)]
        assert len(prompts) == len(set(prompts)), question.id


def test_a_planned_visit_is_asked_in_the_future_and_a_past_one_in_the_past() -> None:
    all_forms = [form for q in draft(STATE_VISIT) for form in forms(q)]
    texts = [form.prompt for form in all_forms]
    planned = [f.prompt for f in all_forms if {"Tanzania", "Uganda", "Rwanda"} & set(f.options + f.prompt.split())]
    assert planned and all(" will " in t for t in planned)
    assert any(t.startswith("In which year did Kessel first visit Kenya") for t in texts)


def test_the_articles_own_date_is_never_the_answer() -> None:
    for question in draft(STATE_VISIT):
        for form in forms(question):
            assert form.answer != "2024", form.prompt
            assert not re.search(r"\b(?:7|10) May 2024\b", form.prompt), form.prompt  # 'on Tuesday' is not a day


def test_a_day_worked_out_from_a_weekday_is_shown_as_its_month() -> None:
    text = "date 2024-05-10\nVisit news\n\nPresident Anna Kessel of Lorvia will visit Ghana on Monday.\n"
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert any("in May 2024" in p for p in prompts), prompts
    assert not any(re.search(r"\d+ May 2024", p) for p in prompts)


def test_repeated_trips_say_which_and_never_offer_the_other_trips_year() -> None:
    questions = [f for q in draft(REPEATED_TRIPS) for f in forms(q) if f.type == "multiple_choice"]
    chile = [q for q in questions if re.match(r"In which year did (President )?Marta Olsen visit Chile", q.prompt)]
    assert "In which year did Marta Olsen visit Chile for the first time?" in {q.prompt for q in chile}
    assert len(chile) == 2
    for question in chile:
        assert {"1998", "2004"} & set(question.options) == {question.answer}
        if question.kind == "visit":
            assert "2001" not in question.options  # her Peru trip is a true year of hers too


def test_a_year_of_the_same_sentence_is_never_a_wrong_option() -> None:
    first = [f for q in draft(STATE_VISIT) for f in forms(q) if f.prompt.startswith("In which year did Kessel first")]
    assert first and "2016" not in first[0].options


def test_no_past_event_is_offered_a_year_after_the_article() -> None:
    for question in draft(STATE_VISIT):
        for form in forms(question):
            if form.type == "multiple_choice" and form.answer.isdigit() and " did " in form.prompt:
                assert all(int(o) <= 2024 for o in form.options), form.options


def test_clozes_drop_the_dateline_and_name_the_anaphor() -> None:
    topic = type("T", (), {"kind": "visit", "fields": {"visitor": "Anna Kessel"}})()
    assert readable_sentence("NAIROBI, Kenya - The latter visited Ghana in 2019.", topic, "2019") == \
        "Anna Kessel visited Ghana in 2019."
    assert readable_sentence("It was then that they agreed on trade.", topic, "trade") is None
    assert readable_sentence("He visited Ghana in 2019.", topic, "Anna Kessel") is None  # the blank would be the name
    assert readable_sentence("Talks went from strength to", topic, "talks") is None


def test_a_long_cloze_keeps_its_opening_clause() -> None:
    text = ("The president of Lorvia, Anna Kessel, said on Monday, after a long meeting with ministers, "
            "that her government, which took office last year, would widen trade, tourism, mining and ____, "
            "and that new flights would follow, as both sides expect, in the coming months, subject to approval.")
    window = cloze_window(text, text.index("____"))
    assert window is not None and window.startswith("The president of Lorvia") and "____" in window


def test_datelines_are_dropped_from_sentences() -> None:
    assert without_dateline("HANOI, Dec 3 (VNA) – Vietnam and Laos signed a deal.") == "Vietnam and Laos signed a deal."
    assert without_dateline("date 2023-05-18 SINGAPORE – Singapore and Chile signed a deal.") == \
        "Singapore and Chile signed a deal."
    assert without_dateline("(Agency) - The talks ended well in the capital.") == "The talks ended well in the capital."


def test_timelines_have_four_to_six_distinct_items_from_the_pasted_article_only() -> None:
    other = "Other news\n\nThe Lorvian navy was founded in 1950. The old bridge opened in 1955.\n"
    questions = draft(STATE_VISIT, other, focus=0)
    timelines = [form for q in questions for form in forms(q) if form.type == "timeline"]
    assert timelines
    for timeline in timelines:
        assert 4 <= len(timeline.items) <= 6 and len(set(timeline.items)) == len(timeline.items)
        assert {s.article for s in timeline.sources} == {"a0"}
    assert not any(s.article == "a1" for q in questions for s in q.sources)


def test_a_timeline_of_facts_asked_one_by_one_is_met_in_place_of_one_of_them() -> None:
    questions = draft(STATE_VISIT)
    (host,) = [q for q in questions if any(v.type == "timeline" for v in q.variants)]
    (timeline,) = [v for v in host.variants if v.type == "timeline"]
    assert not any(q.type == "timeline" for q in questions)
    assert host.facts[0] == timeline.facts[0]
    asked = {q.facts[0] for q in questions}
    assert set(timeline.facts) <= asked  # every event of it has a question of its own


def test_area_questions_ask_which_is_not_named_with_an_area_named_nowhere() -> None:
    areas = [q for q in draft(STATE_VISIT) if q.kind == "agreement_area" and q.type == "multiple_choice"]
    assert areas and "NOT" in areas[0].prompt
    named = {"agriculture", "tourism", "renewable energy", "vocational training"}
    assert areas[0].answer not in named and len(set(areas[0].options) & named) == 3


def area_prompts(text: str) -> list[str]:
    return [q.prompt for q in draft(text) if q.kind == "agreement_area" and q.type == "multiple_choice"]


def test_area_questions_name_the_parties_of_the_trip_told_before() -> None:
    text = ("Talks in Nairobi\n\nTurkish President Anna Kessel arrived in Kenya on Monday.\n\n"
            "The two countries signed MoUs on agriculture, tourism, mining and health.\n")
    assert area_prompts(text) == [
        "Which of these is NOT among the areas of cooperation between Turkey and Kenya that the article names?"]


def test_area_questions_without_two_parties_name_the_articles_trip() -> None:
    text = ("A Gulf tour\n\nPrime Minister Anna Kessel visited Qatar, Bahrain and Oman in May 2024.\n\n"
            "Deals were signed in the fields of agriculture, tourism, mining and health with the Gulf states.\n")
    (prompt,) = area_prompts(text)
    assert prompt.endswith("named in the article on Anna Kessel's tour?")


def test_an_article_on_the_economy_gets_no_trade_field_as_a_wrong_area() -> None:
    from app.core.facts.sectors import area_groups

    text = ("Ties\n\nTurkish President Anna Kessel arrived in Kenya on Monday to boost economic ties.\n\n"
            "The two countries signed MoUs on agriculture, tourism, mining and health.\n")
    from app.core.questions.distractors import unnamed_areas
    from app.core.questions.pool import build_pool

    economy = {area for area, group in area_groups().items() if group == area_groups()["trade"]}
    pool = build_pool([parse_article("a0", text)])
    assert not set(unnamed_areas(pool, "seed", [text])) & economy
    plain = text.replace(" to boost economic ties", "")
    assert set(unnamed_areas(build_pool([parse_article("a0", plain)]), "seed", [plain])) & economy


def test_a_field_the_article_writes_in_another_spelling_or_a_close_word_is_no_wrong_area() -> None:
    from app.core.questions.distractors import unnamed_areas
    from app.core.questions.pool import build_pool

    text = ("Ties\n\nTurkish President Anna Kessel arrived in Kenya on Monday.\n\n"
            "The two countries signed MoUs on agriculture, tourism, mining and health.\n\n"
            "Talks had long centred on defense and border matters.\n")
    wrong = set(unnamed_areas(build_pool([parse_article("a0", text)]), "seed", [text]))
    assert "defence" not in wrong  # 'defense' in the article: the same field, spelt the US way
    assert not wrong & {"security", "peacekeeping", "counter-terrorism"}  # read as defence by a student
    assert not wrong & {"pharmaceuticals", "medical research", "livestock"}  # close to health, agriculture
    plain = text.replace("Talks had long centred on defense and border matters.", "Talks went well.")
    assert {"defence", "security"} <= set(unnamed_areas(build_pool([parse_article("a0", plain)]), "seed", [plain]))


def test_an_article_naming_fields_of_every_kind_still_gets_a_wrong_area() -> None:
    from app.core.questions.distractors import unnamed_areas
    from app.core.questions.pool import build_pool

    text = ("Ties\n\nTurkish President Anna Kessel arrived in Kenya on Monday.\n\n"
            "The two countries signed MoUs on trade, mining, fisheries, railways, vocational training and defence.\n")
    wrong = unnamed_areas(build_pool([parse_article("a0", text)]), "seed", [text])
    assert wrong  # one named field of each group did not rule out every other field
    assert not set(wrong) & {"railways", "shipping", "security", "higher education", "critical minerals"}


def test_area_options_never_repeat_a_word_of_each_other() -> None:
    text = ("Ties\n\nTurkish President Anna Kessel arrived in Kenya on Monday.\n\n"
            "The two countries agreed cooperation in trade, bilateral trade, cross-border trade, health and mining.\n")
    (question,) = [q for q in draft(text) if q.kind == "agreement_area" and q.type == "multiple_choice"]
    named = [o for o in question.options if o != question.answer]
    assert sum("trade" in option for option in named) == 1 and len(named) == 3


def test_area_questions_name_the_pair_of_the_one_country_the_sentence_names() -> None:
    text = ("Talks in Nairobi\n\nPresident Omar Diallo welcomed Ghanaian President Anna Kessel to Nairobi.\n\n"
            "This came after Kenya hosted Ethiopian Prime Minister Lena Varga on Monday.\n\n"
            "Mr Diallo and the Ghanaian leader will hold talks whose focus would be cooperation in "
            "trade, mining, tourism and health.\n")
    assert area_prompts(text) == [
        "Which of these is NOT among the areas of cooperation between Ghana and Kenya that the article names?"]


def test_adjectives_of_ties_are_no_area_options() -> None:
    text = ("Ties\n\nTurkish President Anna Kessel arrived in Kenya on Monday.\n\n"
            "The two countries agreed to deepen cooperation in political, economic and cultural spheres.\n")
    assert area_prompts(text) == []


def test_true_false_is_balanced_and_falsifies_more_than_years() -> None:
    questions = draft(STATE_VISIT, REPEATED_TRIPS)
    statements = [f for q in questions for f in forms(q) if f.type == "true_false"]
    share = sum(f.answer == "True" for f in statements) / len(statements)
    assert 0.35 <= share <= 0.65, share
    changed = {f.true_value for f in statements if f.answer == "False"}
    assert any(not v.isdigit() for v in changed), changed  # a person or a place, not only years


def test_option_order_is_seeded_and_spreads_the_key() -> None:
    assert shuffled(["a", "b", "c", "d"], "q1") == shuffled(["d", "c", "b", "a"], "q1")
    positions = Counter(shuffled(["key", "w1", "w2", "w3"], f"question-{n}").index("key") for n in range(400))
    assert min(positions.values()) > 60  # each of the four places about a quarter of the time


def test_country_options_are_todays_countries_near_the_answer_not_the_visitors_home() -> None:
    near = region_of("Kenya")
    assert "Uganda" in near and "Tanzania" in near
    assert "Soviet Union" not in region_of("Mongolia") and "Hong Kong" not in region_of("China")
    text = "Visit\n\nChilean President Tomas Herrera visited Peru in 2019 for talks on trade, mining and fishing.\n"
    for question in draft(text):
        for form in forms(question):
            assert "Chile" not in form.options


def test_a_small_region_is_widened_by_the_nearest_capitals_beyond_it() -> None:
    near = region_of("Japan")
    assert len(near) >= 8 and near[:4] == ["South Korea", "North Korea", "China", "Mongolia"]
    assert "Philippines" in near and "Taiwan" not in near and "Brazil" not in near


def test_the_trips_made_before_are_not_the_trip_the_article_reports() -> None:
    text = ("Tsogt ends trip\n\nMongolian Prime Minister B.Tsogt ended his state visit to Japan on Friday.\n\n"
            "It was his third trip abroad since he took office in May 2018, and he has visited Russia and Canada.\n")
    prompts = {q.prompt: q.answer for q in draft(text)}
    assert prompts.get("Which country did B.Tsogt visit on the trip this article reports?") == "Japan"
    assert not [p for p in prompts if "NOT a stop" in p]  # Russia and Canada were no stops of this trip


def test_stops_one_sentence_dates_together_are_asked_once_and_not_before_taking_office() -> None:
    text = ("Kessel in Peru\n\nPresident Anna Kessel arrived in Peru on Monday.\n\n"
            "Since becoming president in May 2013, Kessel has been abroad often, travelling to Ghana, Togo and Benin "
            "in 2013 and Kenya, Uganda and Rwanda in 2014.\n")
    prompts = [q.prompt for q in draft(text)]
    assert not [p for p in prompts if p.startswith("In which year did Anna Kessel visit Togo")]  # not one by one
    assert "Which of these countries did Anna Kessel NOT visit in 2013?" in prompts
    for q in draft(text):
        for form in forms(q):
            if form.prompt.startswith("In which year"):
                assert all(int(option) >= 2013 for option in form.options)  # no trip before taking office


def test_a_latin_american_country_is_no_american_one() -> None:
    from app.core.questions.pool import countries_in

    assert countries_in("China will sign deals with the Latin American countries in trade.") == {"China"}
    assert countries_in("American and Chinese envoys met.") == {"United States", "China"}


def test_a_year_long_past_in_the_sentence_is_not_when_an_undated_anniversary_is_marked() -> None:
    text = ("Treaty visit\n\nOn the 60th anniversary of the Lorvia Treaty, Anna Kessel will visit Peru, the first "
            "such visit since 2000.\n")
    asked = [q.prompt for q in draft(text) if q.kind == "anniversary"]
    assert asked and not any("2000" in prompt for prompt in asked)


def test_a_monarch_of_a_line_is_not_the_namesake_the_article_named() -> None:
    from app.core.facts import extract_facts

    text = "Ties\n\nKing Lorvan Sisowath wrote to Peru.\n\nThe visit of King Lorvan the First to Peru in 1872 began the ties.\n"
    visits = [f.fields["visitor"] for f in extract_facts(parse_article("a0", text)) if f.kind == "visit"]
    assert visits == ["Lorvan the First"]


def test_a_trip_planned_for_a_month_with_no_year_is_asked_in_the_future() -> None:
    text = "Visit plans\n\nOn the 60th anniversary of the Lorvia Treaty, Anna Kessel will make a state trip to Peru in early July.\n"
    prompts = [q.prompt for q in draft(text) if q.kind == "visit"]
    assert "Which country will Anna Kessel visit in July?" in prompts


def test_the_stops_told_as_before_the_reported_one_are_no_stops_of_its_tour() -> None:
    text = ("Kessel to visit Peru\n\nPresident Anna Kessel will visit Peru on 6 June.\n\n"
            "Prior to Peru, Kessel travelled to Ghana, Togo and Benin on her first tour abroad.\n")
    assert not [q for q in draft(text) if "NOT a stop" in q.prompt]


def test_explanations_are_short_and_teach_the_fact() -> None:
    for question in draft(STATE_VISIT):
        if question.type in ("multiple_choice", "cloze", "short_answer"):
            assert len(question.explanation) <= 420, question.explanation
            assert question.explanation.split(". ")[0].rstrip(".") in question.explanation
            assert "“" in question.explanation  # the article's own words


def test_refusals_are_counted() -> None:
    text = "News\n\nThe head of the party visited Ghana in 2019. In 2020, and then.\n"
    report = draft_report([parse_article("a0", text)])
    assert sum(report.refused.values()) > 0


def test_garbled_subjects_and_verbs_are_refused_or_mended() -> None:
    assert anniversary_subject("establishment of diplomatic relations in the year 2022") == \
        "establishment of diplomatic relations"
    assert anniversary_subject("the Union hosted by the") == "the Union"
    assert anniversary_subject("the Union and") is None
    assert anniversary_subject("independence and as the two countries look ahead to the") == "independence"
    clause = event_clause("Saudi Arabia, the United Arab Emirates and Bahrain severed all ties with Qatar")
    assert clause is not None and clause.question("In which year") == \
        "In which year did Saudi Arabia, the United Arab Emirates and Bahrain sever all ties with Qatar?"
    assert event_clause("Lorvia declared its independence from the empire").base == "declare"
    assert event_clause("Anna Kessel succeeded Ivo Brandt as minister").base == "succeed"
    assert event_clause("- A power plant, built with foreign help, is completed") is None
    # a relative clause cut from its sentence is no event to ask 'In which year did …' of
    assert event_clause("where she honoured the victims of the flood at the memorial") is None
    assert event_clause("whose envoy signed the accord in the capital") is None
    assert not is_proper_name("MinisterAnna Kessel")


def test_a_chronologys_headline_english_gets_its_articles_back() -> None:
    asked = {line: event_clause(line).question("In which year") for line in (
        "- Lorvia and Kessia fight border war", "- Lorvia becomes first Muslim country to recognize Kessia",
        "- Kessia supports Lorvia in war with Brandolo", "- Lorvia and Kessia sign their first treaty")}
    assert asked == {
        "- Lorvia and Kessia fight border war": "In which year did Lorvia and Kessia fight a border war?",
        "- Lorvia becomes first Muslim country to recognize Kessia":
            "In which year did Lorvia become the first Muslim country to recognize Kessia?",
        "- Kessia supports Lorvia in war with Brandolo": "In which year did Kessia support Lorvia in a war with Brandolo?",
        "- Lorvia and Kessia sign their first treaty": "In which year did Lorvia and Kessia sign their first treaty?",
    }


def test_the_articles_own_news_is_no_true_false_statement() -> None:
    text = "date 2019-03-07\nTalks\n\nAmbassador Anna Kessel called on Minister Ivo Brandt on Thursday in Kessia.\n"
    assert not [f for q in draft(text) for f in forms(q) if f.type == "true_false" and f.kind == "date"]


def test_countries_take_the_article_where_english_does() -> None:
    assert with_article("United Kingdom") == "the United Kingdom"
    assert with_article("Solomon Islands") == "the Solomon Islands"
    assert with_article("Kenya") == "Kenya"
    assert with_article("DPRK") == "the DPRK" and with_article("PNG") == "PNG"


def test_an_area_the_article_mentions_anywhere_is_never_a_wrong_option() -> None:
    from app.core.facts.sectors import cooperation_areas

    mentioned = " ".join(cooperation_areas()[:40])
    text = STATE_VISIT + f"\nOfficials also spoke, in passing, about {mentioned}.\n"
    for question in draft(text):
        if question.kind == "agreement_area" and question.type == "multiple_choice":
            wrong = [o for o in question.options if o != question.answer] if "NOT" not in question.prompt \
                else [question.answer]
            assert not set(wrong) & set(cooperation_areas()[:40]), question.options


def test_the_headline_event_comes_first() -> None:
    questions = draft(STATE_VISIT)
    first = questions[0]
    assert any("Kenya" in s.quote and s.start < 200 for s in first.sources), first.prompt
    assert [q.importance for q in questions] == sorted((q.importance for q in questions), reverse=True)


def test_a_visit_is_asked_with_its_date_and_the_visitor_as_the_article_introduces_them() -> None:
    text = ("date 2019-03-12\nTalks in Accra\n\nKenyan President Anna Kessel arrived in Ghana on Monday for talks.\n"
            "Kessel met business leaders.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert any("Kenyan President Anna Kessel" in p and "March 2019" in p for p in prompts), prompts
    assert not any(re.fullmatch(r"Which country did .* visit\?", p) for p in prompts)


def test_a_country_is_named_as_the_article_writes_it() -> None:
    text = "Tour\n\nPresident Anna Kessel of Lorvia visited Swaziland in 2018 for talks on trade.\n"
    options = [o for q in draft(text) for form in forms(q) for o in form.options]
    texts = [form.prompt for q in draft(text) for form in forms(q)]
    assert "Eswatini" not in options and not any("Eswatini" in t for t in texts)


def test_wrong_areas_are_not_near_synonyms_of_each_other_or_of_the_answer() -> None:
    from app.core.facts.sectors import area_groups
    from app.core.questions.distractors import one_per_group

    chosen = one_per_group(["media", "broadcasting", "defence", "security", "mining"], besides="counter-terrorism")
    assert chosen == ["media", "mining"]
    assert len({area_groups()[area] for area in chosen}) == len(chosen)


def test_an_anniversary_names_the_two_countries_it_is_between() -> None:
    text = ("date 2024-05-10\nTies\n\nKenyan Foreign Minister Anna Kessel visited Ghana this week to mark the 60th "
            "anniversary of diplomatic ties between the two countries.\n")
    asked = [form.prompt for q in draft(text) for form in forms(q) if q.kind == "anniversary"]
    assert asked and all("between Ghana and Kenya" in p for p in asked if p.startswith(("Which", "The ")))
    assert not any("the two countries" in p for p in asked if p.startswith("Which"))


def test_an_undated_articles_headline_visit_is_asked_within_the_article() -> None:
    text = ("Kenyan President Anna Kessel in Ghana for talks\n\nKenyan President Anna Kessel arrived in Ghana "
            "for a state visit, her office said.\n\nThe two leaders discussed trade, mining and tourism.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert "Which country did Kenyan President Anna Kessel visit on the trip this article reports?" in prompts
    assert not any(re.fullmatch(r"Which country did .* visit\?", p) for p in prompts)


def test_a_visit_called_the_first_in_years_is_asked_how_long() -> None:
    text = ("date 2019-03-12\nTalks\n\nKenyan President Anna Kessel arrived in Ghana on Monday for a state visit. "
            "The visit is the first to Ghana by a Kenyan president in 27 years.\n")
    asked = [form for q in draft(text) for form in forms(q) if "in how long" in form.prompt]
    assert asked and asked[0].answer == "27 years"
    assert asked[0].options == sorted(asked[0].options, key=lambda o: int(o.split()[0]))  # shortest first
    assert "27 years" not in [o for o in asked[0].options if o != asked[0].answer]
    assert any("first to Ghana" in s.quote for s in asked[0].sources)


def test_a_hedged_span_keeps_its_hedge_in_every_option() -> None:
    text = ("date 2019-03-12\nTalks\n\nKenyan President Anna Kessel arrived in Ghana on Monday for a state visit. "
            "The visit is the first to Ghana by a Kenyan president in more than a decade.\n")
    (asked,) = [form for q in draft(text) for form in forms(q) if "in how long" in form.prompt]
    assert asked.answer == "more than a decade"
    assert all(option.startswith("more than ") for option in asked.options)
    assert asked.options[0] == "more than a decade"  # shortest first


def test_a_visit_after_a_gap_of_years_is_asked_how_long_on_the_stop_it_names() -> None:
    text = ("date 2019-03-12\nTalks\n\nKenyan President Anna Kessel began a state visit to Ghana and Togo on Monday."
            "\n\nKessel's visit to Togo comes after a gap of 31 years.\n")
    asked = [form for q in draft(text) for form in forms(q) if "after the last such visit" in form.prompt]
    assert [form.prompt for form in asked] == [
        "How long after the last such visit does Kenyan President Anna Kessel's visit to Togo come?"]
    assert asked[0].answer == "31 years" and len(set(asked[0].options)) == 4
    unnamed = text.replace("Kessel's visit to Togo comes", "The visit comes")
    assert not [form for q in draft(unnamed) for form in forms(q) if "after the last such visit" in form.prompt]


def test_a_variant_rests_on_sources_its_question_lists() -> None:
    text = ("date 2019-03-12\nTalks\n\nKenyan President Anna Kessel arrived in Ghana on Monday for a state visit. "
            "The visit is the first to Ghana by a Kenyan president in 27 years.\n")
    for question in draft(text):
        for variant in question.variants:
            assert set(variant.sources) <= set(question.sources), variant.prompt


BACKGROUND = "".join(f"The two countries opened their {n} trade office in a port city long ago, officials recalled.\n\n"
                     for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"))


def test_a_visit_the_headline_names_is_the_news_wherever_the_story_tells_it() -> None:
    text = (f"Peru Welcomes Lorvia's President\n\ndate 2024-05-02\n\n{BACKGROUND}"
            "President Anna Kessel of Lorvia arrived in Peru today for a four-day official visit.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert any(re.fullmatch(r"Which country did .*Anna Kessel visit in May 2024\?", p) for p in prompts), prompts
    # A headline that names only the visitor (a meeting) does not make a recalled trip the news.
    text = (f"Envoy meets Minister Kofi Mensah\n\ndate 2024-05-02\n\n{BACKGROUND}"
            "Recalling his last visit to Chile, Foreign Minister Kofi Mensah praised the ties.\n")
    assert not any("May 2024" in form.prompt for q in draft(text) for form in forms(q))


def test_an_undated_headline_that_plans_a_visit_asks_in_its_future() -> None:
    text = ("Foreign Minister to visit Chile\n\nForeign Minister Kofi Mensah's visit to Chile will further "
            "strengthen the ties, the ministry said.\n\nThis is Mensah's first visit to Chile.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert "Which country was Kofi Mensah due to visit on the trip this article reports?" in prompts, prompts


def test_a_day_without_a_year_is_asked_on_that_day() -> None:
    from app.core.questions.wording import when_phrase

    assert when_phrase("--11-16") == "on 16 November" and when_phrase("--11") == "in November"


def test_a_chronology_is_not_its_first_visits_news() -> None:
    text = ("China-Russia relations timeline\n\ndate 2017-03-23\n\n"
            "December 1992: Russian President Boris Yeltsin makes his first official visit to China.\n\n"
            "2015 - President Xi Jinping visits Russia.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert not any("2017" in p for p in prompts), prompts
    assert any(re.fullmatch(r"In which year did .*Boris Yeltsin make his first official visit to China\?", p)
               for p in prompts), prompts


def test_the_stem_says_which_trip_the_sentence_calls_it() -> None:
    text = ("Royal trip\n\nKing Ivo of Lorvia visited Germany in 2023 on his first overseas trip as monarch.\n\n"
            "Prime Minister Omar Diallo visited Germany in 2021.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert "In which year did King Ivo visit Germany on his first overseas trip as monarch?" in prompts, prompts


def test_only_the_first_visit_is_the_visit_the_article_reports() -> None:
    text = ("Merkel flies to China\n\nChancellor Angela Merkel flew to China on Thursday with business leaders.\n\n"
            "Chinese President Xi Jinping made a state visit to Britain last week.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert not any("this article reports" in p and "Xi Jinping" in p for p in prompts), prompts


def test_no_anniversary_of_an_unnamed_country_and_no_clause_opened_by_soon() -> None:
    text = ("Old friends\n\ndate 2019-01-10\n\nHe stayed on to witness the country's 10th anniversary Independence "
            "celebrations.\n\nSoon after India got its independence in 1947, the two countries set up ties.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert not any("anniversary of country" in p for p in prompts)
    assert not any(p.startswith("In which year did Soon") for p in prompts), prompts


def test_an_undated_articles_latest_year_is_not_when_an_anniversary_was_marked() -> None:
    text = ("Friends\n\nThe two ministers highlighted the 63rd anniversary of the establishment of diplomatic "
            "relations between Cuba and Laos.\n\nRelations were established on January 12, 1960.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert not any("marked in 1960" in p for p in prompts), prompts
    text = ("Friends\n\nPresident Ana Ruiz visited Laos on 17 February 2014. The visit came in the context of the "
            "70th anniversary of relations between Cuba and Laos.\n")
    assert any("marked in 2014" in form.prompt for q in draft(text) for form in forms(q))


def test_a_chronologys_present_tense_lines_are_asked_in_the_past() -> None:
    clause = event_clause("- Lorvia and Kessia sign a border treaty")
    assert clause is not None and clause.question("In which year") == "In which year did Lorvia and Kessia sign a border treaty?"
    assert clause.text == "Lorvia and Kessia signed a border treaty"
    assert event_clause("- Lorvia becomes the first state to recognise Kessia").text == \
        "Lorvia became the first state to recognise Kessia"
    assert event_clause("- Lorvia supports Kessia at the summit").base == "support"
    assert event_clause("- Lorvia helps U.S") is None  # cut at an abbreviation's full stop
    assert event_clause("- A bridge linking the two capitals officially opens") is None
    assert event_clause("Lorvia and Kessia sign a border treaty") is None  # no bullet: not a chronology line


def test_a_reported_event_and_established_relations_read_as_clauses() -> None:
    clause = event_clause("The ministry said that President Anna Kessel opened the new embassy")
    assert clause is not None and clause.question("In which year") == \
        "In which year did President Anna Kessel open the new embassy?"
    clause = event_clause("Trade between Lorvia and Kessia has grown since the establishment of diplomatic relations")
    assert clause is not None and clause.question("In which year") == \
        "In which year did Lorvia and Kessia establish diplomatic relations?"
    assert event_clause("marks 30 years since the establishment of diplomatic ties between Lorvia and Kessia") is None


def test_an_undated_tour_the_article_reports_is_asked_within_the_article() -> None:
    article = parse_article("t", "Kessel begins Pacific tour\n\n"
                            "President Anna Kessel of Lorvia landed in Fiji on her first stop of a Pacific tour.\n\n"
                            "She met the prime minister in Suva.\n\n"
                            "Kessel will also travel to Samoa, Tonga and Vanuatu before returning home.\n")
    prompts = {q.prompt: q for q in draft_questions([article])}
    tour = prompts.get("Which of these countries is NOT a stop on the tour by Anna Kessel that this article reports?")
    assert tour is not None, list(prompts)
    assert tour.answer not in ("Fiji", "Samoa", "Tonga", "Vanuatu")
    assert set(tour.options) - {tour.answer} <= {"Fiji", "Samoa", "Tonga", "Vanuatu"}


def test_us_spellings_of_areas_are_fields_of_cooperation() -> None:
    from app.core.facts.sectors import is_sector

    assert is_sector("defense") and is_sector("defence") and is_sector("labor")
    assert is_sector("simplification of visas")
    assert not is_sector("shared priorities")


def test_a_clipped_country_name_is_shown_in_full_in_options() -> None:
    article = parse_article("t", "Kessel tours the Gulf\n\ndate 2024-07-20\n\n"
                            "President Anna Kessel of Lorvia visited Oman, Qatar and the Emirates in July 2024.\n")
    tour = next(q for q in draft_questions([article]) if "NOT visit" in q.prompt)
    assert "United Arab Emirates" in tour.options and "Emirates" not in tour.options


def test_a_typed_country_accepts_its_other_names_but_not_a_part_of_it() -> None:
    from app.core.questions.short_answer import names_of_country

    assert {"uae", "emirates"} <= set(names_of_country("United Arab Emirates"))
    assert "png" in names_of_country("Papua New Guinea")
    assert "cote d'ivoire" in names_of_country("Ivory Coast")
    assert not {"texas", "alaska"} & set(names_of_country("United States"))
    assert not {"scotland", "wales", "england"} & set(names_of_country("United Kingdom"))
    article = parse_article("t", "Kessel in the Emirates\n\nPresident Anna Kessel of Lorvia arrived in the "
                            "United Arab Emirates on 3 May 2024 for a state visit.\n")
    typed = [form for q in draft_questions([article]) for form in forms(q) if form.type == "short_answer"]
    assert typed and all("uae" in form.accept for form in typed if form.answer == "United Arab Emirates")


def test_a_one_word_name_is_a_name_and_a_lone_travellers_cloze_blanks_the_place() -> None:
    assert is_proper_name("Brandolo") and not is_proper_name("Kenya") and not is_proper_name("Kenyan")
    assert not is_proper_name("Minister") and not is_proper_name("the")
    article = parse_article("t", "Brandolo tours the south\n\nBrandolo then flew to Lima, Peru, where he met "
                            "the president.\n\nOn the same day, Brandolo proceeded to Chile, and later to Bolivia.\n")
    clozes = [form for q in draft_questions([article]) for form in forms(q) if form.type == "cloze"]
    assert clozes and all(form.answer != "Brandolo" for form in clozes)
    assert any(form.answer == "Lima, Peru" and "Peru" in form.accept for form in clozes)


def test_one_sentence_is_blanked_in_one_cloze_with_the_others_as_its_variants() -> None:
    article = parse_article("t", "Kessel's tour\n\nForeign Minister Lena Varga thanked the hosts.\n\n"
                            "In the past week, Anna Kessel has visited Peru and Chile.\n")
    primaries = [q for q in draft_questions([article]) if q.type == "cloze"]
    sentences = [normalise_answer(q.prompt.replace("____", q.answer)) for q in primaries]
    assert len(sentences) == len(set(sentences)), [q.prompt for q in primaries]
    assert any(v.type == "cloze" for q in primaries for v in q.variants)


def test_one_stop_of_a_tour_is_not_asked_as_the_one_country_visited() -> None:
    article = parse_article("t", "Kessel's tour\n\nIn the past week, Anna Kessel has visited Peru, Chile, "
                            "Bolivia and Ecuador.\n")
    prompts = [form.prompt for q in draft_questions([article]) for form in forms(q)]
    assert not any(p.endswith("on the trip this article reports?") for p in prompts), prompts


def test_a_cloze_never_names_the_blanked_country_by_its_nationality() -> None:
    from app.core.questions.cloze import _gives_away

    assert _gives_away("Japan", "Recalling his visit to ____, he praised the Japanese leadership.")
    assert not _gives_away("Japan", "Recalling his visit to ____, he praised its leadership.")


def test_two_events_of_the_same_two_countries_in_one_year_are_two_facts() -> None:
    text = ("Kenya-Uganda timeline\n\n1963 - Kenya and Uganda reach first formal trade agreement.\n\n"
            "1963 - Kenya and Uganda reach border agreement.\n\n1970 - Kenya and Uganda open embassies.\n")
    asked = {q.prompt: q.explanation for q in draft(text) if q.kind == "date" and q.type == "multiple_choice"}
    trade = asked["In which year did Kenya and Uganda reach the first formal trade agreement?"]
    border = asked["In which year did Kenya and Uganda reach a border agreement?"]
    assert "trade" in trade and "border" not in trade and "border" in border


def test_a_capital_i_misread_as_l_is_mended_in_the_question_not_in_the_source() -> None:
    text = ("Visit\n\nPeruvian President Anna Kessel visited lndia on 3 May 2019 and met students.\n\n"
            "Kessel had visited Kenya in 2011.\n")
    questions = draft_questions([parse_article("a0", text)])
    forms = [form for q in questions for form in (q, *q.variants)]
    words = " ".join([f.prompt + " " + f.answer + " " + f.explanation + " " + " ".join(f.options) for f in forms])
    assert "India" in words and "lndia" not in words
    assert any("lndia" in source.quote for q in questions for source in q.sources)  # the article's text as it is


def test_a_misread_nationality_still_gives_the_visitors_home() -> None:
    from app.core.questions.pool import build_pool

    text = ("Visit\n\nlndian Foreign Minister Anna Kessel visited Nepal on 3 May 2019 for talks.\n\n"
            "Kessel had visited Kenya in 2011.\n")
    pool = build_pool([parse_article("a0", text)])
    (trip,) = [t for t in pool.topics if t.kind == "visit" and "Nepal" in str(t.fields["destination"])]
    assert pool.visitor_home(trip) == "India"  # never a wrong option for where she went
    assert "India" in pool.countries_told(trip)
    clozes = [f.prompt for q in draft_questions([parse_article("a0", text)]) for f in (q, *q.variants)
              if f.type == "cloze"]
    assert clozes and not any("ndian" in p and "Indian" not in p for p in clozes)  # 'Lndian' is mended too


def test_years_of_an_event_noun_are_asked_as_years_since_it() -> None:
    text = ("date 2020-12-31\nTalks\n\nNext year Kenya and Ghana mark 70 years of establishment of diplomatic "
            "relations, a minister said.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q) if q.kind == "anniversary" and form.type != "cloze"]
    assert any("years since the establishment" in p for p in prompts)
    assert not any("years of establishment" in p for p in prompts)  # a cloze keeps the article's words


def test_a_false_year_of_a_repeated_trip_says_which_trip() -> None:
    from app.core.questions.pool import build_pool
    from app.core.questions.true_false import _false_versions

    text = ("Ties\n\nPresident Anna Kessel of Lorvia visited Ghana in 1995 and again in 2003.\n\n"
            "Kessel also visited Togo in 2011.\n")
    pool = build_pool([parse_article("a0", text)])
    changed = {str(t.fields["when"]): [s for s, true in _false_versions(t, pool) if true == str(t.fields["when"])]
               for t in pool.topics if t.kind == "visit"}
    assert re.fullmatch(r"Anna Kessel visited Ghana for the first time in \d{4}\.", changed["1995"][0])
    assert re.fullmatch(r"Anna Kessel visited Ghana for the second time in \d{4}\.", changed["2003"][0])
    assert re.fullmatch(r"Anna Kessel visited Togo in \d{4}\.", changed["2011"][0])  # one trip: no count to give


def test_a_passive_event_is_asked_as_one() -> None:
    assert event_clause("Joint naval exercises were last held").question("In which year") == \
        "In which year were joint naval exercises last held?"
    assert event_clause("The Lorvia Bridge was opened to traffic").question("In which year") == \
        "In which year was the Lorvia Bridge opened to traffic?"
    assert event_clause("The talks were going well") is None  # no participle
    assert event_clause("Diplomatic relations were established") is None  # whose relations?
    assert event_clause("Full diplomatic ties between Ghana and Kenya were established").question(
        "In which year") == "In which year did Ghana and Kenya establish diplomatic ties?"


def test_relations_between_the_two_nations_take_the_two_countries_of_the_story() -> None:
    text = ("date 2022-04-10\nGhana and Kenya mark their ties\n\nACCRA - Ministers of Ghana and Kenya met on Friday "
            "in Accra.\n\nFull diplomatic ties between the two countries were established in March 1964.\n")
    prompts = [form.prompt for q in draft(text) for form in forms(q)]
    assert "In which year did Ghana and Kenya establish diplomatic ties?" in prompts
    three = text.replace("met on Friday in Accra.", "met on Friday in Accra with a Togo envoy.")
    assert not any("establish diplomatic relations" in p for q in draft(three) for p in [q.prompt])  # which two?


def test_the_two_countries_as_an_events_subject_are_named_from_the_story() -> None:
    text = ("date 2023-03-16\nGhana and Kenya leaders meet\n\nACCRA - Ghana's President Anna Kessel met Kenya's "
            "President Omar Diallo on Thursday.\n\nIn 2019 the two countries agreed to normalise their "
            "intelligence-sharing pact, Kessel said.\n")
    prompts = [q.prompt for q in draft(text)]
    assert "In which year did Ghana and Kenya agree to normalise their intelligence-sharing pact?" in prompts


def test_an_articles_agreements_between_the_same_two_countries_are_asked_together() -> None:
    text = ("date 2024-05-10\nGhana and Kenya sign accords\n\nACCRA - Ghana and Kenya signed an MoU on education "
            "on Friday.\n\nGhana and Kenya also signed an agreement on health and tourism.\n\n"
            "A third accord between Ghana and Kenya covers mining.\n")
    asked = [q for q in draft(text) if q.kind == "agreement_area"]
    assert [q.prompt for q in asked] == [
        "Which of these is NOT among the areas of cooperation between Ghana and Kenya that the article names?"]
    (question,) = asked
    named = {"education", "health", "tourism", "mining"}
    assert len(set(question.options) & named) == 3 and question.answer not in named
    assert len(question.facts) == 3  # one question standing for the three agreements


def test_a_speakers_our_states_are_named_in_the_prompt_and_the_explanation() -> None:
    text = ("date 2017-03-20\nGhana and Kenya leaders meet\n\nACCRA - Kenya's President Anna Kessel met Ghana's "
            "President Omar Diallo on Monday.\n\nWe are proud to mark 40 years of diplomatic relations between "
            "our states, Kessel said.\n")
    (question,) = [q for q in draft(text) if q.kind == "anniversary"]
    assert "between Ghana and Kenya" in question.prompt and "our states" not in question.prompt
    assert "between Ghana and Kenya" in question.explanation.split(" The article says")[0]
    assert "our states" not in question.explanation.split(" The article says")[0]
