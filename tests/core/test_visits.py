"""Visits as real articles tell them: tours of several countries, the host's side,
nominal and elliptical forms, and who "the latter" or "the President" is.

Every sentence here is made up for the test."""
from __future__ import annotations

import pytest

from app.core.corpus import parse_article
from app.core.facts import extract_facts


def visits(text: str) -> list[tuple[str, str, str | None]]:
    found = [f.to_dict() for f in extract_facts(parse_article("t", text))]
    return [(f["visitor"], f["destination"], f.get("when")) for f in found if f["kind"] == "visit"]


def pairs(text: str) -> set[tuple[str, str]]:
    return {(visitor, destination) for visitor, destination, _ in visits(text)}


def test_a_tour_of_several_countries_is_one_visit_per_country() -> None:
    text = "Prime Minister Lena Varga will also travel to Peru, Chile, Bolivia, and the Bahamas next week."
    assert pairs(text) == {("Lena Varga", c) for c in ("Peru", "Chile", "Bolivia", "Bahamas")}


def test_a_group_lead_in_before_the_list() -> None:
    text = "President Omar Diallo began a two-nation visit to the Nordic countries of Norway and Finland."
    assert pairs(text) == {("Omar Diallo", "Norway"), ("Omar Diallo", "Finland")}


def test_a_city_and_its_country_are_one_destination() -> None:
    text = "President Omar Diallo would arrive in Lima in Peru on Friday."
    assert [v[:2] for v in visits(text)] == [("Omar Diallo", "Lima, Peru")]


def test_places_before_the_noun() -> None:
    text = "Prime Minister Lena Varga today concluded her Peru and Chile trips."
    assert pairs(text) == {("Lena Varga", "Peru"), ("Lena Varga", "Chile")}
    assert pairs("Chancellor Ida Berg arrived for the first Japan state visit by a chancellor.") == {("Ida Berg", "Japan")}


def test_a_country_that_owns_the_visit_is_not_its_destination() -> None:
    assert visits("Peru's state visit was praised by Chancellor Ida Berg.") == []


def test_visit_of_a_place_and_visit_of_a_person_to_a_place() -> None:
    assert pairs("Finnish President Aino Koski's three-day state visit of Peru ended well.") == {("Aino Koski", "Peru")}
    text = "Ties grew after the state visit of His Excellency Tomas Reyes, President of Chile, to Ghana in 2009."
    assert visits(text) == [("Tomas Reyes", "Ghana", "2009")]


def test_the_titled_person_of_a_long_honorific_is_the_visitor() -> None:
    text = "Hopes are high for the visit of Keeper of the Old Seal King Rami to Norway."
    assert pairs(text) == {("Rami", "Norway")}


def test_a_second_trip_told_elliptically() -> None:
    text = "President Aino Koski made her first state visit to Peru in 1995, followed by a second in 2003."
    assert visits(text) == [("Aino Koski", "Peru", "1995"), ("Aino Koski", "Peru", "2003")]


def test_the_latter_is_the_last_person_named() -> None:
    text = "On arrival he was greeted by Foreign Minister Ana Duarte. The latter made an official visit to Ghana in 2019."
    assert ("Ana Duarte", "Ghana", "2019") in visits(text)


def test_an_invitation_opener_does_not_make_the_host_the_visitor() -> None:
    text = "At the invitation of President Ana Duarte, Prime Minister Tomas Reyes made his first official visit to Chile."
    assert pairs(text) == {("Tomas Reyes", "Chile")}


def test_a_short_name_with_a_title_is_the_person_with_that_title() -> None:
    text = ("President Karl Ostberg, accompanied by First Lady Maria Ostberg, left for Asia. "
            "President Ostberg's visit to Japan is the first in a decade.")
    assert pairs(text) == {("Karl Ostberg", "Japan")}


def test_the_owner_named_by_title() -> None:
    text = "President Karl Ostberg met the press. The President's visit to Chile and Peru will be his first."
    assert pairs(text) == {("Karl Ostberg", "Chile"), ("Karl Ostberg", "Peru")}


def test_spending_days_in_a_country_and_being_taken_there() -> None:
    assert pairs("Defence Minister Ravi Menon spent two days in Peru, his first visit since taking office.") == {
        ("Ravi Menon", "Peru")}
    text = "King Harald Lund opened the fair. His tour will also take him to Italy and Spain."
    assert pairs(text) == {("Harald Lund", "Italy"), ("Harald Lund", "Spain")}


def test_the_host_welcomes_a_foreign_guest() -> None:
    text = "President Jomo Kariuki welcomed Chilean President Ana Duarte to State House, Nairobi, on Monday."
    assert pairs(text) == {("Ana Duarte", "Nairobi, Kenya")}


def test_the_host_country_from_where_the_story_was_filed() -> None:
    text = ("LIMA - Talks opened on Monday.\n"
            "Mr Castillo was hosting the president of Ghana, Kofi Boateng, who began his state visit at the palace.")
    assert pairs(text) == {("Kofi Boateng", "Lima, Peru")}


def test_received_by_a_host_with_a_country() -> None:
    text = "Prime Minister Lena Varga met the press. On arrival she was received by Ghana's President Kofi Boateng."
    assert pairs(text) == {("Lena Varga", "Ghana")}


@pytest.mark.parametrize(
    "text",
    [
        "The dinner was hosted by King Harald Lund and Queen Sofia Lund at the palace in Oslo.",  # the hosts travel nowhere
        "President Jomo Kariuki hosted a dinner for the cabinet in Nairobi.",  # no guest from abroad
        "Spain's King Pablo began a tour of Spain's neighbours in the spring.",  # the owner of "neighbours" is not visited
        "President Omar Diallo met the press in West Africa.",  # a region is neither a person nor a visit
    ],
)
def test_not_visits(text: str) -> None:
    assert visits(text) == []


def test_a_demonym_is_not_a_person() -> None:
    text = "President Omar Diallo arrived in Lima where he would be received by his Peruvian counterpart."
    assert all(visitor != "Peruvian" for visitor, _, _ in visits(text))


def test_a_participle_opener_gives_the_visit_to_the_main_subject() -> None:
    text = ("Foreign Minister Ravi Menon met the envoy. "
            "Recalling his last visit to Chile, the Foreign Minister praised the ties.")
    assert pairs(text) == {("Ravi Menon", "Chile")}


def test_who_after_a_dash() -> None:
    text = "In a speech, Queen Mara -- who visited Peru in 2021 on her first trip abroad -- praised the ties."
    assert ("Mara", "Peru", "2021") in visits(text)


def test_by_a_head_of_state_of_a_nationality_is_the_one_the_sentence_named() -> None:
    text = ("The Queen received Chilean President Ana Duarte on Monday during the first Norway state visit "
            "by a Chilean head of state in decades.")
    assert ("Ana Duarte", "Norway") in pairs(text)


def test_the_delegation_is_its_leader() -> None:
    text = ("Minister Ravi Menon was leading a delegation of ten MPs. "
            "The delegation would also be visiting Peru and Chile in the coming days.")
    assert pairs(text) == {("Ravi Menon", "Peru"), ("Ravi Menon", "Chile")}


def test_initials_in_capitals_open_a_name() -> None:
    assert pairs("Indian president KR Raman had visited Peru in 1998.") == {("KR Raman", "Peru")}


def test_a_headline_without_a_verb() -> None:
    text = "Duarte to Peru, Chile\nPresident Ana Duarte met the press on Monday before the trip."
    # The headline comes before the full name, so it keeps the name it gives.
    assert pairs(text) == {("Duarte", "Peru"), ("Duarte", "Chile")}
    assert visits("Talks to Resume in Peru\nThe ministers met.") == []


def test_travel_on_to_and_a_tour_of_a_region_including_countries() -> None:
    assert pairs("President Ana Duarte will travel on to Peru and Chile.") == {("Ana Duarte", "Peru"),
                                                                             ("Ana Duarte", "Chile")}
    text = "President Ana Duarte began a tour of Latin America on Monday, including Peru, Chile and Bolivia."
    assert pairs(text) == {("Ana Duarte", c) for c in ("Peru", "Chile", "Bolivia")}


def test_a_title_case_headline_does_not_make_its_verbs_names() -> None:
    text = "Minister Vela Pays Official Visit to China\nThe minister pays an official visit to China this week."
    assert all(visitor != "Vela Pays Official Visit" for visitor, _, _ in visits(text))
    assert visits("Dutch King and Queen Begin State Visit to Norway\nThe two begin their visit today.") == []


def test_a_visitor_named_across_a_line_break_is_one_line() -> None:
    text = "It was a visit to India by the head of\nthe Labour Party of Fiji.\n"
    assert visits(text) == [("the head of the Labour Party of Fiji", "India", None)]


def test_a_pronoun_after_an_invitation_opener_is_the_guest_not_the_host() -> None:
    text = ("At the invitation of King Olav Berg, President Ana Duarte and Mr Luis Duarte began a state visit to Norway. "
            "Upon their arrival in Oslo they were welcomed by King Olav. Their visit to Bergen came next.")
    assert pairs(text) == {("Ana Duarte", "Norway"), ("Ana Duarte", "Oslo, Norway"), ("Ana Duarte", "Bergen, Norway")}


def test_a_title_case_headline_needs_more_than_a_capital_after_a_title() -> None:
    text = "King and Queen Begin State Visit to Norway\nThe royal couple started the visit on Tuesday."
    assert all(visitor != "Begin" for visitor, _, _ in visits(text))


def test_a_formal_style_before_the_country() -> None:
    assert pairs("President Ana Duarte went on a state visit to the Federal Republic of Nigeria.") == {
        ("Ana Duarte", "Nigeria")}


def test_coming_home_from_a_country_tells_the_trip() -> None:
    text = "President Ana Duarte returned home this afternoon from Peru, where she held talks."
    assert pairs(text) == {("Ana Duarte", "Peru")}


def test_earlier_trips_after_an_ordinal_visit() -> None:
    text = "President Ana Duarte spoke. This is Duarte's fourth official visit after Peru, Chile and Bolivia."
    assert pairs(text) == {("Ana Duarte", c) for c in ("Peru", "Chile", "Bolivia")}


def test_while_in_a_country_the_main_subject_is_there() -> None:
    assert pairs("While in Peru, President Ana Duarte met the press.") == {("Ana Duarte", "Peru")}


def test_a_guest_visit_without_a_destination_is_to_where_the_story_was_filed() -> None:
    text = "date 2023-05-02 LIMA: Two deals will be signed during the official visit of Prime Minister Lee Wong."
    assert pairs(text) == {("Lee Wong", "Lima, Peru")}


def test_a_two_word_title_picks_the_person_with_both() -> None:
    text = ("Foreign Minister Ali Hamid spoke. Prime Minister Lee Wong arrives tomorrow. "
            "Hamid said so ahead of the prime minister's official visit to Thailand.")
    assert pairs(text) == {("Lee Wong", "Thailand")}


def test_an_office_holder_named_with_a_country() -> None:
    assert visits("Talks were held during the visit of Peru's Head of the Office of Trade to Chile.") == [
        ("Peru's Head of the Office of Trade", "Chile", None)]


def test_a_visiting_guest_beside_a_host_of_another_country() -> None:
    text = "Egyptian President Omar Said and visiting Saudi Crown Prince Ali Hamid on Tuesday discussed security."
    assert pairs(text) == {("Ali Hamid", "Egypt")}


def test_a_country_as_a_hashtag() -> None:
    assert pairs("Foreign Minister Ali Hamid will pay an official visit to #SriLanka next week.") == {
        ("Ali Hamid", "Sri Lanka")}


def test_the_article_s_trip_keeps_its_traveller() -> None:
    text = "President Ana Duarte arrived in Lima on Monday. The visit to Peru follows a state visit to Chile in May."
    assert {("Ana Duarte", "Peru"), ("Ana Duarte", "Chile")} <= pairs(text)


def test_an_opening_clause_before_a_coordinated_subject() -> None:
    text = "As part of Peru's effort to bolster its ties with Asia, PM Ana Duarte and other Peruvians visit Japan and Vietnam."
    assert pairs(text) == {("Ana Duarte", "Japan"), ("Ana Duarte", "Vietnam")}


def test_the_host_named_after_visiting_at_the_invitation_of_is_no_guest() -> None:
    text = "The first stop is Chile, which he is visiting at the invitation of President Ana Duarte."
    assert all(visitor != "Ana Duarte" for visitor, _, _ in visits(text))


def test_the_one_welcomed_on_a_visit_is_the_traveller_not_the_host() -> None:
    text = "President Ana Duarte will welcome his counterpart Lee Wong on an official visit to Peru next week."
    assert pairs(text) == {("Lee Wong", "Peru")}


def test_a_two_word_nationality_is_not_a_name() -> None:
    assert pairs("Costa Rican President Luis Mora arrived in Lima on Monday.") == {("Luis Mora", "Lima, Peru")}


def test_arriving_to_and_being_in_a_country_for_a_visit() -> None:
    assert pairs("Minister Ali Hamid is set to arrive to Chile on Friday.") == {("Ali Hamid", "Chile")}
    assert pairs("King Olav Berg will be in Chile for a state visit next month.") == {("Olav Berg", "Chile")}
    assert visits("King Olav Berg will be in Chile for the rest of his life.") == []


def test_received_by_a_host_on_arrival_is_not_the_host_s_trip() -> None:
    text = ("During the visit to Ghana, President Ana Duarte will be received by the King of Ghana, Kofi Boateng, "
            "and accorded a reception on her arrival to the country.")
    assert all(visitor != "Kofi Boateng" for visitor, _, _ in visits(text))


def test_the_stops_of_a_tour_that_begins_in_one_country_and_ends_in_another() -> None:
    text = ("Minister Ali Hamid arrived in Peru, as part of his regional engagement that kicked off on July 2 "
            "in Chile and will conclude in July 9 in the Republic of Bolivia.")
    assert pairs(text) == {("Ali Hamid", "Peru"), ("Ali Hamid", "Chile"), ("Ali Hamid", "Bolivia")}


def test_a_possessive_title_with_a_nationality_is_that_person() -> None:
    text = "Chilean President Ana Duarte and Peruvian President Luis Mora said the new Chilean president's first trip to Peru went well."
    assert pairs(text) == {("Ana Duarte", "Peru")}


def test_her_before_a_region_adjective_makes_no_name() -> None:
    text = "President Ana Duarte left on Monday. Her Asian tour kicked off on 5 May in Japan."
    assert pairs(text) == {("Ana Duarte", "Japan")}


def test_names_with_an_initial_a_nickname_or_a_rank() -> None:
    assert pairs("Guyana's Vice President, Carl B. Greene, will pay an official visit to Peru.") == {
        ("Carl B. Greene", "Peru")}
    assert pairs("President Ferdinand 'Bong' Ruiz Jr. on Saturday arrived in Chile.") == {
        ("Ferdinand 'Bong' Ruiz", "Chile")}
    assert pairs("President Lt Gen. Dr Omar Khama leaves for Namibia on a two-day state visit.") == {
        ("Omar Khama", "Namibia")}


def test_a_wire_credit_is_no_visitor() -> None:
    text = "LIMA, May 21, 2015 /Global Newswire/ -- King Omar Berg arrived in Peru for a working visit."
    assert pairs(text) == {("Omar Berg", "Peru")}


def test_a_country_naming_an_organisation_is_no_destination() -> None:
    assert visits("Minister Ali Hamid will visit New Zealand Aid Programme projects this week.") == []


def test_taken_to_led_to_and_coming_home_after_a_visit() -> None:
    text = ("Prime Minister John Key will lead a delegation to Samoa, Tonga and Niue. "
            "The tour has so far taken him to Fiji.")
    assert pairs(text) == {("John Key", c) for c in ("Samoa", "Tonga", "Niue", "Fiji")}
    assert pairs("President Ana Duarte has returned to Lima after a five-day state visit to Lisbon.") == {
        ("Ana Duarte", "Lisbon, Portugal")}
    assert pairs("King Omar Berg left on Monday, on a tour that will take the sovereign to Ghana.") == {
        ("Omar Berg", "Ghana")}


def test_an_office_with_a_nationality_is_the_person_of_that_nationality() -> None:
    text = ("Japanese Foreign Minister Ken Sato met the press. "
            "These were the first bilateral visits by a Japanese foreign minister to Cambodia and Laos.")
    assert pairs(text) == {("Ken Sato", "Cambodia"), ("Ken Sato", "Laos")}
    assert pairs("Gabonese President Ali Bongo spoke. The Gabonese leader made a 24-hour visit to Cameroon.") == {
        ("Ali Bongo", "Cameroon")}
    assert pairs("Costa Rican President Luis Mora spoke. The Costa Rican president made a visit to Peru.") == {
        ("Luis Mora", "Peru")}


def test_arriving_home_after_a_summit_abroad_is_no_visit() -> None:
    assert visits("President Ana Ruiz arrived in Manila at 3:58 a.m. after attending the summit in Singapore.") == []


def test_an_itinerary_a_departure_after_a_visit_and_a_pronoun_before_a_passive_host() -> None:
    text = "Foreign Minister Ali Hamid begins an Asian tour on Monday. The official trip will include Japan and Mongolia."
    assert pairs(text) == {("Ali Hamid", "Japan"), ("Ali Hamid", "Mongolia")}
    assert pairs("President Ana Duarte departed from Peru after wrapping up her three-day visit.") == {
        ("Ana Duarte", "Peru")}
    text = ("In Europe, President Omar Said made a stop at the Vatican, where he was received by Pope Francis, "
            "and then went to Brussels.")
    assert ("Francis", "Brussels, Belgium") not in pairs(text)


def test_an_organisation_in_a_city_inside_a_list_of_countries() -> None:
    text = ("Foreign Minister Ali Hamid will pay an official visit to Ethiopia and the African Union (AU) "
            "Headquarters in Addis Ababa, Burundi and Ghana.")
    assert pairs(text) == {("Ali Hamid", "Addis Ababa, Ethiopia"), ("Ali Hamid", "Burundi"), ("Ali Hamid", "Ghana")}


def test_a_time_between_the_verb_and_its_place() -> None:
    assert pairs("Minister Anna Okafor arrived this Tuesday in Chile on a two-day visit.") == {("Anna Okafor", "Chile")}
    assert pairs("President Hugo Silva spoke. The President will travel today to Lima.") == {("Hugo Silva", "Lima, Peru")}
    assert pairs("Minister Anna Okafor arrived on Monday at noon in Quito.") == {("Anna Okafor", "Quito, Ecuador")}


def test_a_day_of_the_month_opening_the_clause_and_a_tour_that_includes() -> None:
    text = "Minister Anna Okafor spoke in Lima. On Thursday, the 24th, she will travel to Montevideo."
    assert ("Anna Okafor", "Montevideo, Uruguay") in pairs(text)
    text = "Okafor, who arrived in Peru on Monday as part of a tour that also includes Bolivia and Ecuador, spoke."
    assert pairs("Minister Anna Okafor spoke. " + text) == {("Anna Okafor", c) for c in ("Peru", "Bolivia", "Ecuador")}


def test_as_part_of_a_visit_the_main_subject_travels() -> None:
    text = "President Hugo Silva spoke. As part of his official visit in India, Foreign Minister Kofi Mensah opened a school."
    assert pairs(text) == {("Kofi Mensah", "India")}


def test_a_tour_of_a_region_names_the_traveller_of_the_next_sentences() -> None:
    text = ("Vice President Mara Lind and Second Gentleman Tom Berg will on Saturday begin a three-day tour of Asia. "
            "The tour is expected to begin with a visit to Laos before they head to Nepal and Bhutan. "
            "While in Laos, the Vice President will meet officials.")
    assert pairs(text) == {("Mara Lind", c) for c in ("Laos", "Nepal", "Bhutan")}
    assert pairs("The tour is expected to begin with a visit to Laos.") == set()  # nobody named: no visit


def test_a_spokesman_reports_the_trip_of_someone_else() -> None:
    text = ("Foreign Minister Kofi Mensah on Sunday will begin a four-leg tour of Asian countries. "
            "Ministry spokesman Juan Perez said the top diplomat will head a large delegation on the tour, "
            "which will take him to Japan and Mongolia.")
    assert pairs(text) == {("Kofi Mensah", "Japan"), ("Kofi Mensah", "Mongolia")}
    text = ("King Rami will start a visit to Malaysia on Sunday. Deputy Minister Ali Noor spoke to the press. "
            '"This is part of his series of visits and he is expected to depart for Brunei after his visit here," Noor said.')
    assert pairs(text) == {("Rami", "Malaysia"), ("Rami", "Brunei")}
    # without a quotation, "he" is the speaker's subject as before
    assert pairs("Minister Ali Noor said he will travel to Brunei.") == {("Ali Noor", "Brunei")}


def test_a_delegation_named_by_its_country_and_a_welcoming_ceremony() -> None:
    assert pairs("The first official visit by a Kenyan trade delegation to Peru ended.") == {("Kenyan delegation", "Peru")}
    text = "Speaking at a welcoming ceremony at the airport, Israeli Prime Minister Dan Levi thanked President Joe Biden."
    assert pairs(text) == set()


def test_the_stops_of_a_tour_told_as_stops_and_legs() -> None:
    text = ("President Cyril Moyo left home on Tuesday for a tour of West Africa. "
            "Moyo's final stop will be in Senegal. The next leg of his tour is Mali.")
    assert pairs(text) == {("Cyril Moyo", "Senegal"), ("Cyril Moyo", "Mali")}


def test_a_formal_style_cut_short_is_no_anaphor() -> None:
    text = "President Cyril Moyo spoke in Senegal. His Excellency concludes a successful visit to the Republic of Gha"
    assert pairs(text) == set()


def test_a_formal_style_before_a_known_short_form() -> None:
    # the gazetteer knows "Republic of Kenya"; "the Socialist" before it is part of the style
    text = "President Tariq Haddad spoke. His recent visit to the Socialist Republic of Kenya is an important event."
    assert pairs(text) == {("Tariq Haddad", "Kenya")}


def test_a_chronology_line_dates_its_visit_and_an_office_before_a_pair_of_names() -> None:
    assert visits("December 1992: Russian President Boris Yeltsin makes his first official visit to China.") == [
        ("Boris Yeltsin", "China", "1992-12")]
    text = ("Vice President of the United States, Mara Lind and Second Gentleman Tom Berg will on Saturday begin "
            "a tour of Asia. The tour is expected to begin with a visit to Laos.")
    assert pairs(text) == {("Mara Lind", "Laos")}


def test_a_quotations_my_is_its_speaker() -> None:
    text = ('"The Governor-General\'s visit continues the bond," Prime Minister Tom Arden says. '
            '"This includes my two visits to Fiji. '
            '"Unfortunately, General Hurley\'s visit coincides with my own travel to Singapore and Thailand.')
    assert pairs(text) == {("Tom Arden", "Fiji"), ("Tom Arden", "Singapore"), ("Tom Arden", "Thailand")}


def test_who_announced_a_visit_is_not_who_makes_it() -> None:
    text = ("Prime Minister Tom Arden has announced the Governor-General, General David Hurley and Mrs Linda "
            "Hurley, will make a State visit to Fiji from Tuesday.")
    assert ("David Hurley", "Fiji") in pairs(text) and ("Tom Arden", "Fiji") not in pairs(text)


def test_the_chair_is_the_chairperson_and_the_next_stops_on_an_itinerary() -> None:
    text = "NA Chairperson Ganesh Timilsina met officials. The NA Chair has been on the official visit to Fiji."
    assert pairs(text) == {("Ganesh Timilsina", "Fiji")}
    text = ("Crown Prince Ali Noor arrived in Pakistan on Sunday. Reporter Jamal Haddad was there. "
            "The prince leaves Pakistan on Monday, with Malaysia, India and China next on his itinerary.")
    assert pairs(text) == {("Ali Noor", c) for c in ("Pakistan", "Malaysia", "India", "China")}


def test_a_one_word_name_that_travels_is_the_visitor() -> None:
    assert pairs("On 3 May Brandolo landed in Peru for talks.") == {("Brandolo", "Peru")}
    assert pairs("Brandolo then flew to Lima, Peru, where he met the president.") == {("Brandolo", "Lima, Peru")}
    assert pairs("Brandolo's visit to Chile was criticised at home.") == {("Brandolo", "Chile")}
    # a word the article writes in lower case is no name; nor is a plural opening the sentence
    assert pairs("Delegates arrived in Peru on Monday. The delegates met officials.") == set()
    assert pairs("Reuters said the minister would not travel.") == set()


def test_a_trip_that_proceeds_from_place_to_place() -> None:
    text = "On the same day, President Omar Diallo proceeded to Peru, and subsequently to Chile."
    assert pairs(text) == {("Omar Diallo", "Peru"), ("Omar Diallo", "Chile")}


def test_a_date_between_the_visit_and_its_place() -> None:
    assert pairs("President Omar Diallo's visit on 4 July 2019 to Chile was his first.") == {("Omar Diallo", "Chile")}
    assert pairs("Lena Varga's visit in March to Peru was short.") == {("Lena Varga", "Peru")}


def test_a_count_of_countries_before_their_list() -> None:
    text = "President Omar Diallo made a tour of Peru and three Andean countries, Chile, Bolivia and Ecuador."
    assert pairs(text) == {("Omar Diallo", c) for c in ("Peru", "Chile", "Bolivia", "Ecuador")}
    text = "Prime Minister Lena Varga visited three nations: Chile, Bolivia and Ecuador."
    assert pairs(text) == {("Lena Varga", c) for c in ("Chile", "Bolivia", "Ecuador")}


def test_due_in_a_country_is_a_planned_stop_and_the_islands_plural_is_the_country() -> None:
    assert pairs("Foreign Minister Lena Varga is due in Tonga on Wednesday.") == {("Lena Varga", "Tonga")}
    text = "Foreign Minister Lena Varga has visited the Solomons, Samoa and Fiji this week."
    assert pairs(text) == {("Lena Varga", c) for c in ("Solomon Islands", "Samoa", "Fiji")}
    assert pairs("Foreign Minister Lena Varga is due to sign the treaty.") == set()


def test_stops_told_with_their_lengths() -> None:
    text = "President Omar Diallo began a tour taking him to Peru for two days and Chile for a day."
    assert pairs(text) == {("Omar Diallo", "Peru"), ("Omar Diallo", "Chile")}


def test_and_then_goes_on_to_the_next_stop_and_an_event_hosted_is_no_guest() -> None:
    text = ("Emir Omar Diallo arrived in Ethiopia on Sunday. After two days there, the Emir will head to Kenya "
            "and then Ghana, which hosted the Africa Cup in 2008.")
    assert pairs(text) == {("Omar Diallo", c) for c in ("Ethiopia", "Kenya", "Ghana")}
    text = "After her visit, Lena Varga flew to Brazil, which hosted the Summer Games and the World Cup."
    assert pairs(text) == {("Lena Varga", "Brazil")}


def test_a_trip_told_as_a_gerund_aside_is_the_sentence_s_traveller() -> None:
    text = "This is Omar Diallo's first visit to Europe, besides visiting Spain, since he took office."
    assert pairs(text) == {("Omar Diallo", "Spain")}
    assert pairs("Apart from visiting Chad, President Lena Varga went to Niger.") == {
        ("Lena Varga", "Chad"), ("Lena Varga", "Niger")}


def test_the_country_is_where_the_last_visit_told_went() -> None:
    text = ("Foreign Minister Lena Varga is on an official visit to Ghana, after stops in every state but Togo. "
            "Hers is the third visit from Kenya this year. Omar Diallo visited the country in February.")
    assert pairs(text) == {("Lena Varga", "Ghana"), ("Omar Diallo", "Ghana")}


def test_a_verb_shared_by_a_list_of_visitors_or_of_places_each_with_its_date() -> None:
    text = ("Defence Minister Omar Diallo visited Ghana in February, Special Envoy for West Africa Anna Kessel "
            "in March, and Trade Minister Ida Berg in April.")
    assert visits(text) == [("Omar Diallo", "Ghana", "--02"), ("Anna Kessel", "Ghana", "--03"),
                            ("Ida Berg", "Ghana", "--04")]
    text = "President Anna Kessel will visit Ghana on 3 May 2024 and Togo on 5 May 2024."
    assert visits(text) == [("Anna Kessel", "Ghana", "2024-05-03"), ("Anna Kessel", "Togo", "2024-05-05")]
    # a date and then a clause of its own is no second visit
    assert pairs("Anna Kessel visited Ghana in 2019, and Omar Diallo said the trip went well.") == {
        ("Anna Kessel", "Ghana")}


def test_a_stop_s_day_does_not_leak_onto_the_next_stops_only_its_year() -> None:
    text = "President Anna Kessel visited Ghana on 3 May 2024 before travelling to Togo and Benin."
    assert visits(text) == [("Anna Kessel", "Ghana", "2024-05-03"), ("Anna Kessel", "Togo", "2024"),
                            ("Anna Kessel", "Benin", "2024")]


def test_an_earlier_trip_told_beside_the_current_one_is_a_trip_of_its_own() -> None:
    text = "Emir Omar Diallo will visit Japan next week, recalling his last visit to Japan in 2019."
    assert [v[2] for v in visits(text)][1:] == ["2019"]
    assert len(visits(text)) == 2
    # the host welcomes an office holder the article named; the earlier trip's owner written without "'s"
    text = ("Amir Omar Diallo held talks in Tokyo. The Japanese Prime Minister welcomed HH the Amir, "
            "recalling HH the Amir last visit to Japan four years ago.")
    assert visits(text)[-2:] == [("Omar Diallo", "Japan", None), ("Omar Diallo", "Japan", None)]


def test_an_office_as_visitor_stops_before_the_verb_of_its_clause() -> None:
    assert visits("Ghana's President starts historic Asia tour in Japan") == [("Ghana's President", "Japan", None)]
    assert visits("The Foreign Minister praised the talks and visited Peru.") == [("the Foreign Minister", "Peru", None)]
    text = "The foreign minister of the island nation, speaking in Tokyo, visited Peru."
    assert visits(text) == [("the foreign minister of the island nation", "Peru", None)]


def test_a_visit_to_a_counterpart_of_a_nationality_by_the_office_holder_named_before() -> None:
    text = ("President Lena Varga said she welcomed John Mensah, the President of the Republic of Ghana. "
            "The new President of Ghana paid a courtesy visit to his Senegalese counterpart.")
    assert pairs(text) == {("John Mensah", "Senegal")}
    # the meeting in a third country is no visit to the counterpart's
    assert pairs("John Mensah paid a visit to his Senegalese counterpart in New York.") == set()
    assert pairs("John Mensah visited his Senegalese counterpart at the United Nations.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's President Omar Diallo met his Tanzanian counterpart in Dodoma in 2023.",
     [("Omar Diallo", "Dodoma, Tanzania", "2023")]),
    (("Senegalese President Lena Varga won. President Lena Varga took part in the inauguration of "
      "the new head of state of Ghana, John Mensah, on 6 January in Accra."), [("Lena Varga", "Accra, Ghana", None)]),
    ("Peruvian President Anna Kessel arrived. She joined her host at a celebration in Santiago.",
     [("Anna Kessel", "Santiago, Chile", None)]),
    ("Ghanaian President Lena Varga held talks in Lima with business leaders.", [("Lena Varga", "Lima, Peru", None)]),
    ("Ghanaian President Lena Varga addressed the parliament in Santiago.", [("Lena Varga", "Santiago, Chile", None)]),
    ("Ghanaian President Lena Varga laid a wreath in Lima.", [("Lena Varga", "Lima, Peru", None)]),
    ("Ghanaian President Lena Varga is currently in Peru.", [("Lena Varga", "Peru", None)]),
    ("Ghanaian President Lena Varga was received in Lima by the Peruvian president.", [("Lena Varga", "Lima, Peru", None)]),
    # the country told after the name
    ("Omar Diallo, Kenya's president, met Xi Jinping in Beijing.", [("Omar Diallo", "Beijing, China", None)]),
    ("President Lena Varga of Peru attended the summit in Quito.", [("Lena Varga", "Quito, Ecuador", None)]),
    ("Ghanaian President Lena Varga and her Peruvian counterpart met in Lima.", [("Lena Varga", "Lima, Peru", None)]),
])
def test_a_person_of_a_known_country_at_an_event_or_a_meeting_in_a_place_of_another(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert visits(text) == expected


@pytest.mark.parametrize("text", [
    "Ghanaian President John Mensah met Chinese investors in Accra.",  # at home
    "President John Mensah attended a forum in Paris.",  # no country known for him
    "Peruvian President Anna Kessel did not attend the summit in Quito.",
    "Peruvian President Anna Kessel attended university in Madrid.",  # studies abroad are no visit
    # a place that tells a topic or a time, not where she was
    "Kenyan President Omar Diallo was in office during the crisis in Ghana.",
    "Kenyan President Omar Diallo met reporters over the crisis in Ghana.",
    "Kenyan President Omar Diallo met his aides to discuss the situation in Sudan.",
    "Kenyan President Omar Diallo is in Peru's debt.",
    "Kenya's Omar Diallo, who said he would travel, met Xi Jinping in Beijing.",
    # a time told by another person's trip, in a clause of its own
    "Kenyan President Omar Diallo is the first since Kenyan President Lena Varga attended the summit in Yokohama.",
])
def test_not_a_trip_to_an_event(text: str) -> None:
    assert visits(text) == []


def test_a_formal_style_inside_a_list_of_places() -> None:
    # the gazetteer knows Taiwan, not "Republic of Taiwan": the style is read as a lead-in
    text = "President Lena Varga began a visit to Peru, Chile and the Republic of Taiwan."
    assert pairs(text) == {("Lena Varga", c) for c in ("Peru", "Chile", "Taiwan")}


def test_a_gerund_opener_a_stay_and_an_expected_arrival() -> None:
    assert pairs("After visiting Peru, President Lena Varga flew to Chile.") == {
        ("Lena Varga", "Peru"), ("Lena Varga", "Chile")}
    assert pairs("During her stay in Peru, Ghanaian President Lena Varga met traders.") == {("Lena Varga", "Peru")}
    assert pairs("Ghanaian President Lena Varga is expected in Lima on Monday.") == {("Lena Varga", "Lima, Peru")}


@pytest.mark.parametrize("who", ["The visiting president", "Ghana's president", "The guest"])
def test_the_guest_and_a_country_s_office_are_the_traveller_named_before(who: str) -> None:
    text = f"Ghanaian President John Mensah arrived in Peru on Monday. {who} will also travel to Chile."
    assert pairs(text) == {("John Mensah", "Peru"), ("John Mensah", "Chile")}


def test_a_short_name_is_the_person_holding_it_on_its_own_not_inside_a_joined_surname() -> None:
    text = ("Polish President Adam Nowak and his wife Ewa Lis-Nowak are on a visit to Peru. "
            "After arriving in Lima, Nowak met the president.")
    assert pairs(text) == {("Adam Nowak", "Peru"), ("Adam Nowak", "Lima, Peru")}


def test_jan_and_may_in_names_are_not_months() -> None:
    assert pairs("Czech Foreign Minister Jan Lipa visited Peru.") == {("Jan Lipa", "Peru")}
    assert pairs("Former Prime Minister Theresa May visited Peru in May 2019.") == {("Theresa May", "Peru")}
    assert pairs("On Jan 5, Minister Lena Varga visited Peru.") == {("Lena Varga", "Peru")}


def test_the_country_for_a_visitor_from_there_is_the_story_s_other_party() -> None:
    text = ("Vietnamese President Anna Kessel began a state visit to Japan on Monday. "
            "Japanese Prime Minister Ken Sato visited the country in 2019.")
    assert ("Ken Sato", "Vietnam") in pairs(text)
    text = ("Vietnamese President Anna Kessel began a state visit to Japan on Monday. "
            "Japanese Prime Minister Ken Sato returned to the country on Sunday.")
    assert pairs(text) == {("Anna Kessel", "Japan")}


def test_the_amir_is_whoever_the_article_called_emir() -> None:
    text = ("Emir Omar Diallo held talks in Tokyo. The Prime Minister welcomed the Emir, "
            "recalling the Amir's last visit to Japan in 2019.")
    assert visits(text) == [("Omar Diallo", "Japan", "2019"), ("Omar Diallo", "Japan", None)]


def test_an_event_in_the_country_of_the_trip_just_told_is_that_trip() -> None:
    # no country is given for her, but she is the traveller and the event is where she went
    text = "Prime Minister Lena Varga arrived in Peru on Monday. She will also attend a fair on 5 June in Arequipa."
    assert pairs(text) == {("Lena Varga", "Peru"), ("Lena Varga", "Arequipa, Peru")}
    assert pairs("Prime Minister Lena Varga arrived in Peru on Monday. She will also attend a fair in Madrid.") == {
        ("Lena Varga", "Peru")}


def test_while_in_a_country_the_national_office_after_the_comma_is_the_traveller() -> None:
    text = "Nigerian President Omar Diallo flew out on Friday. While in Addis Ababa, the Nigerian leader held talks."
    assert pairs(text) == {("Omar Diallo", "Addis Ababa, Ethiopia")}
    assert pairs("While in Lima, the Peruvian dish was served.") == set()


def test_the_capital_named_by_its_nationality() -> None:
    assert pairs("Egyptian President Omar Diallo arrived in the Ethiopian capital on Saturday.") == {
        ("Omar Diallo", "Ethiopia")}
    assert pairs("Lena Varga travelled to the Costa Rican capital.") == {("Lena Varga", "Costa Rica")}


def test_a_single_name_after_a_title_is_known_later_without_it() -> None:
    # "President Kessel" names Kessel: "Kessel had visited" is a visit of that person
    text = "President Kessel will travel to Asia in May. Kessel had previously visited Mexico."
    assert ("Kessel", "Mexico") in pairs(text)
    # without the title, a lone capitalised word before "had" is no name
    assert pairs("Kessel had previously visited Mexico.") == set()


def test_places_told_after_was_in_with_the_verb_left_out() -> None:
    text = ("LIMA, May 10, 2017 - President Omar Diallo of Chile arrived in Bahrain on 8 May. A day earlier the "
            "Chilean president was in Kuwait, on 3 May in the United Arab Emirates (UAE), and in late April in "
            "Saudi Arabia.")
    found = visits(text)
    assert {(v, d) for v, d, _ in found} == {("Omar Diallo", c) for c in
                                             ("Bahrain", "Kuwait", "United Arab Emirates", "Saudi Arabia")}
    assert ("Omar Diallo", "United Arab Emirates", "2017-05-03") in found
    assert ("Omar Diallo", "Saudi Arabia", "2017-04") in found


def test_an_office_with_a_demonym_is_the_holder_the_article_named() -> None:
    # the article never gave Diallo's country; "the Chilean president" is still him, and Chile his home
    text = "President Omar Diallo arrived in Bahrain on Monday. Earlier the Chilean president was in Kuwait."
    assert ("Omar Diallo", "Kuwait") in pairs(text)
    assert ("Omar Diallo", "Chile") not in pairs("President Omar Diallo arrived in Bahrain. The Chilean "
                                                 "president was in Chile for talks.")


def test_reached_a_country_and_the_premier_of_a_country() -> None:
    text = ("LIMA, July 15, 2021 - Prime Minister Anna Kessel of Peru met the press. "
            "Peru's premier reached Chile earlier today on a two-day official visit.")
    assert ("Anna Kessel", "Chile") in pairs(text)
    assert pairs("President Anna Kessel of Peru reached an agreement with Chile.") == set()


def test_visited_again_in_two_months_of_a_year() -> None:
    text = "President Anna Kessel of Peru, however, visited Bolivia again in June and November 2019."
    assert {w for v, d, w in visits(text)} == {"2019-06", "2019-11"}


def test_the_one_thanked_for_visiting_is_the_visitor() -> None:
    text = ("President Lena Varga of Peru arrived in Lima from Chile. "
            "President Omar Diallo of Chile thanked Lena Varga for visiting Chile.")
    assert ("Lena Varga", "Chile") in pairs(text)
    assert all(v != "Omar Diallo" for v, _ in pairs(text))


def test_a_visit_made_by_someone_is_to_the_country_just_told_of() -> None:
    text = ("Anna Kessel will be the first Peruvian leader to visit Chile in four years. "
            "The last official visit was made by Lena Varga on October 24 and 25, 2018.")
    assert ("Lena Varga", "Chile", "2018-10-24/2018-10-25") in visits(text)


def test_a_delegation_headed_by_someone_travels_with_its_head() -> None:
    text = ("A Peruvian delegation headed by Anna Kessel and including former Foreign Minister Lena Varga and "
            "Peru's former ambassador Omar Diallo came to Santiago.")
    assert pairs(text) == {("Anna Kessel", "Santiago, Chile")}


def test_while_in_a_place_the_subject_opens_the_main_clause() -> None:
    text = ("Prime Minister Anna Kessel flew to Ghana on Monday. "
            "While in Ghana, both leaders are to open the Lorvia-Kessia Trade Fair, her office said.")
    assert pairs(text) == {("Anna Kessel", "Ghana")}


def test_an_outlet_in_the_opening_place_line_is_no_visitor() -> None:
    text = "Accra | Kessia Weekly Online – Peru's head of state Omar Diallo landed in Ghana on Friday."
    assert pairs(text) == {("Omar Diallo", "Ghana")}


def test_an_outlet_line_still_tells_where_the_story_was_filed() -> None:
    from app.core.facts.page import read_layout

    article = parse_article("t", "Accra | Lorvia Daily – Talks opened on Monday.\n")
    assert read_layout(article).filed_from.country == "Ghana"


def test_a_landmark_named_after_a_person_is_no_person() -> None:
    text = ("Omar Diallo tours Vessa Memorial\n\n"
            "ROME: Prince Omar Diallo landed in Rome on Monday for a royal visit. "
            "The Prince then laid flowers at the Vessa Memorial in Rome. "
            "Crowds lined the streets for the Prince during his royal visit to Italy.")
    assert {v for v, _ in pairs(text)} == {"Omar Diallo"}


def test_welcomed_a_guest_to_make_a_visit() -> None:
    text = "Queen Anna Kessel welcomed President Omar Diallo of Chile to make an official visit to Spain."
    assert pairs(text) == {("Omar Diallo", "Spain")}


def test_a_place_visited_by_someone() -> None:
    assert pairs("Lima, which was visited by Anna Kessel in May, is a big city.") == {("Anna Kessel", "Lima, Peru")}
    text = "President Ana Duarte landed in Lima. Lima is her third stop, after Quito, visited by the Chilean president."
    assert pairs(text) == {("Ana Duarte", "Lima, Peru"), ("Ana Duarte", "Quito, Ecuador")}
    assert pairs("Peru was visited by the weather.") == set()


def test_arriving_at_an_airport_named_by_its_city() -> None:
    text = "PM Anna Kessel was greeted by the deputy mayor when she landed at the Lima airport."
    assert pairs(text) == {("Anna Kessel", "Lima, Peru")}
    assert pairs("President Omar Diallo arrived at Nairobi International Airport on Monday.") == {
        ("Omar Diallo", "Nairobi, Kenya")}
    assert pairs("President Omar Diallo arrived at Kessia Airport on Monday.") == set()


def test_the_sultanate_is_the_country_of_that_style_just_named() -> None:
    assert pairs("Anna Kessel of Peru spoke of Oman's ports. She landed in the Sultanate on Friday.") == {
        ("Anna Kessel", "Oman")}
    assert pairs("Anna Kessel of Peru spoke of Monaco's banks. She flew to the Principality on Monday.") == {
        ("Anna Kessel", "Monaco")}
    assert pairs("Anna Kessel of Peru spoke of Kenya's ports. She landed in the Sultanate on Friday.") == set()


def test_a_tours_other_stops_told_as_which_also_included() -> None:
    text = "Peruvian President Anna Kessel wrapped up a tour of West Africa on Friday which also included Togo and Benin."
    assert pairs(text) == {("Anna Kessel", "Togo"), ("Anna Kessel", "Benin")}
    assert pairs("The accord, which also included Togo and Benin, was signed by Anna Kessel.") == set()  # no journey


def test_a_courtesy_call_on_a_host_in_their_capital_is_a_visit() -> None:
    assert pairs("Peruvian Foreign Minister Anna Kessel paid a courtesy call on President Omar Diallo in Accra.") == {
        ("Anna Kessel", "Accra, Ghana")}
    assert pairs("Peruvian Foreign Minister Anna Kessel called on Ghana's President Omar Diallo in Accra.") == {
        ("Anna Kessel", "Accra, Ghana")}
    assert pairs("Peruvian Foreign Minister Anna Kessel called on Ghanaians to vote.") == set()  # an appeal


def test_the_state_visit_of_a_guest_named_by_office_goes_to_the_sentences_other_country() -> None:
    text = "Ghana hailed the state visit of the President of the Republic of Kenya Omar Diallo, whose talks ran late."
    assert pairs(text) == {("Omar Diallo", "Ghana")}
    assert pairs("Ghana hailed the state visit of Kenyan President Omar Diallo.") == {("Omar Diallo", "Ghana")}
    assert pairs("Ghana and Togo hailed the state visit of Kenyan President Omar Diallo.") == set()  # which host?


def test_the_day_told_between_the_traveller_and_the_verb() -> None:
    text = "King Anna Kessel on Friday, March 7, 2019, arrived in Ghana on the second leg of a tour."
    assert visits(text) == [("Anna Kessel", "Ghana", "2019-03-07")]
    assert pairs("Speaking in Accra, Lena Varga said she would visit Togo.") == {("Lena Varga", "Togo")}


def test_a_visit_to_a_countrys_leaders_is_a_visit_to_the_country() -> None:
    text = ("Omar Diallo began a tour on Monday. On these trips to the heads of government of Ghana, Togo and Benin, "
            "the President of Peru will review joint programmes.")
    assert pairs(text) == {("the President of Peru", c) for c in ("Ghana", "Togo", "Benin")}


def test_landing_on_a_countrys_soil_or_lands() -> None:
    assert pairs("Tour\n\nOn Friday Omar Diallo is scheduled to land on Togolese soil to meet the president.") == {
        ("Omar Diallo", "Togo")}
    assert pairs("Tour\n\nOmar Diallo will be arriving in Beninese lands to meet the new leader.") == {
        ("Omar Diallo", "Benin")}
    assert pairs("Tour\n\nOmar Diallo praised the Beninese lands he grew up in.") == set()


def test_a_tours_chosen_destination_or_first_stopover() -> None:
    assert pairs("Tour\n\nFor the end of Diallo's tour, the chosen destination is Peru.\n\n"
                 "Omar Diallo will be received there.") == {("Diallo", "Peru")}
    assert pairs("Omar Diallo took off from Accra, the first stopover being Chile.") == {("Omar Diallo", "Chile")}


def test_being_in_a_country_for_an_inauguration() -> None:
    assert visits("In May 2011, King Anna Kessel was in Chad for the inauguration of its new president.") == [
        ("Anna Kessel", "Chad", "2011-05")]
    assert pairs("In May 2011, King Anna Kessel was in Chad when the war began.") == set()


def test_a_list_of_trips_continued_elliptically_with_another_date() -> None:
    text = "Anna Kessel made a trip to Gabon and Ghana in March 2007; and in May 2009 to Togo and Niger."
    assert set(visits(text)) == {("Anna Kessel", "Gabon", "2007-03"), ("Anna Kessel", "Ghana", "2007-03"),
                                 ("Anna Kessel", "Togo", "2009-05"), ("Anna Kessel", "Niger", "2009-05")}


def test_a_month_inside_a_list_of_places() -> None:
    text = "Since taking office, Ms Anna Kessel has visited South Korea, the USA in January and Chile."
    assert pairs(text) == {("Anna Kessel", c) for c in ("South Korea", "United States", "Chile")}


def test_the_first_visit_since_that_of_an_earlier_leader() -> None:
    text = "Business leaders joined Omar Diallo on his visit to Peru, the first by a Ghanaian head of state since that of Lena Varga in 1994."
    assert set(visits(text)) == {("Omar Diallo", "Peru", None), ("Lena Varga", "Peru", "1994")}


def test_a_trip_told_in_a_clause_opened_by_during_which_time() -> None:
    text = ("This is Anna Kessel's fourth trip abroad since she took office in May 2017, during which time she has "
            "visited South Korea, the USA in January and China.")
    assert pairs(text) == {("Anna Kessel", c) for c in ("South Korea", "United States", "China")}
    no_comma = text.replace("2017, during", "2017 during")
    assert ("Anna Kessel", "China", None) in visits(no_comma)  # May 2017 is when she took office, not the trip


def test_meeting_a_counterpart_of_the_country_visited() -> None:
    text = ("Trip\n\nAnna Kessel went to China.\n\n"
            "President Lena Varga (left) meets her Ghanaian counterpart Omar Diallo during a state trip to the country.\n")
    assert pairs(text) == {("Anna Kessel", "China"), ("Lena Varga", "Ghana")}


def test_a_second_list_of_places_with_its_own_year() -> None:
    text = ("Since taking office in May 2015, Omar Diallo has been to South America twice, travelling to Peru, Chile "
            "and Bolivia in 2015 and Brazil, Uruguay and Paraguay in 2017.")
    assert {v for v in visits(text) if v[2] == "2017"} == {("Omar Diallo", c, "2017") for c in ("Brazil", "Uruguay", "Paraguay")}


def test_arriving_in_the_afternoon_of_a_weekday() -> None:
    assert pairs("Bamako - The President of the Republic, Anna Kessel, arrived late afternoon this Monday in Lome, "
                 "for a state visit.") == {("Anna Kessel", "Lomé, Togo")}


def test_the_visit_of_an_office_holder_named_by_office_only() -> None:
    text = "The two governments signed in 2016 in Chad, during the state visit of the President of Niger, a pact on schools."
    assert pairs(text) == {("the President of Niger", "Chad")}


def test_two_leaders_landing_together_are_two_visits() -> None:
    text = "Peru's King Lena Varga and Chile's President Omar Diallo landed in Bolivia on Sunday for a summit."
    assert pairs(text) == {("Lena Varga", "Bolivia"), ("Omar Diallo", "Bolivia")}


def test_the_host_of_a_second_verb_is_the_sentences_subject() -> None:
    text = ("Summit\n\nPeru's King Lena Varga and Chile's President Omar Diallo landed in Bolivia on Sunday.\n\n"
            "Bolivia's President Tomas Herrera met Mr Diallo at the airport and later received King Varga in the city.\n")
    assert ("Lena Varga", "Chile") not in pairs(text)


def test_earlier_visits_by_named_officials_and_that_of_another() -> None:
    text = ("Her tour comes after the visits to Japan by the Finance Minister of Nepal, Ravi Okafor, last winter, and that "
            "of the Foreign Minister of Nepal, Mei Tanaka.")
    assert pairs(text) == {("Ravi Okafor", "Japan"), ("Mei Tanaka", "Japan")}


def test_invited_by_two_ministers_the_guest_is_named_last() -> None:
    text = ("Lima: At the separate invitations of the Foreign Minister of Peru, Omar Diallo and the Foreign Minister "
            "of Chile, Prof. L.M.Varga, Trade Minister (TM), Dr S Okafor will make an official tour of Peru and Chile.")
    assert pairs(text) == {("S Okafor", "Peru"), ("S Okafor", "Chile")}


def test_coming_from_the_tours_previous_stop() -> None:
    text = ("Visit\n\nBamako - The President of the Republic, Anna Kessel, arrived this Monday in Accra for a state visit.\n\n"
            "Coming from Togo, the Malian Head of State was greeted at the airport by the defence minister.\n")
    assert ("the Malian Head of State", "Togo") in pairs(text) or ("Anna Kessel", "Togo") in pairs(text)
    assert pairs("Visit\n\nComing from Luanda, Anna Kessel was tired.\n") == set()  # whose home, nothing says
    named = "Visit\n\nMalian President Anna Kessel is in Ghana.\n\nComing from Togo, President Anna Kessel was greeted warmly.\n"
    assert ("Anna Kessel", "Togo") in pairs(named)
