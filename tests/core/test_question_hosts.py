"""'Who welcomed X to Kenya?' (app.core.questions.hosts), on made-up articles."""
from __future__ import annotations

from app.core.corpus import parse_article
from app.core.grading import is_correct
from app.core.questions import draft_questions


def hosts_of(text: str) -> list:
    return [q for q in draft_questions([parse_article("a0", text)]) if q.aspect == "host"]


def test_the_host_who_welcomed_the_visitor_is_asked_by_name() -> None:
    text = ("Peruvian president in Kenya\n\nNAIROBI - President Omar Diallo this morning welcomed Peruvian President "
            "Anna Kessel to State House for a three-day state visit to Kenya.\n")
    (question,) = hosts_of(text)
    assert question.type == "short_answer"
    assert question.prompt == "Who welcomed Peruvian President Anna Kessel to Kenya?"
    assert question.answer == "Omar Diallo" and question.accept == ["Diallo"]


def test_a_host_named_once_by_title_takes_the_full_name_told_elsewhere() -> None:
    text = ("Peruvian leader visits Kenya\n\nPeruvian President Anna Kessel arrived in Kenya on a state visit. "
            "She was received by President Diallo at State House.\n\nPresident Omar Diallo praised the talks.\n")
    (question,) = hosts_of(text)
    assert question.prompt == "Who received Peruvian President Anna Kessel in Kenya?"
    assert question.answer == "Omar Diallo"
    assert any("Omar Diallo" in source.quote for source in question.sources)  # the answer stands in a source


def test_a_meeting_gives_the_counterpart_and_a_building_is_no_host() -> None:
    met = ("Peruvian leader visits Kenya\n\nPeruvian President Anna Kessel arrived in Kenya on a state visit and met "
           "her counterpart Omar Diallo.\n")
    (question,) = hosts_of(met)
    assert question.prompt == "Whom did Peruvian President Anna Kessel meet in Kenya?" and question.answer == "Omar Diallo"
    minister = met.replace("her counterpart Omar Diallo", "Foreign Minister Omar Diallo and Dr Lena Varga")
    (question,) = hosts_of(minister)
    assert question.prompt == "Which foreign minister did Peruvian President Anna Kessel meet in Kenya?"
    assert "Lena Varga" not in question.accept and "Varga" not in question.accept  # met, but no foreign minister
    building = met.replace("her counterpart Omar Diallo", "students at Kenyatta University")
    assert hosts_of(building) == []


def test_another_of_the_family_is_not_the_visitor() -> None:
    text = ("Amir to visit Oman\n\nPeruvian President Anna Kessel will visit Oman next week.\n\n"
            "In 1991 the late President Ivo Kessel visited Oman and met Sultan Omar Diallo.\n")
    assert not [q for q in hosts_of(text) if "Anna Kessel" in q.prompt]
    # his own trip's host, asked by office: a visitor meets many people, the office says which one
    assert [q.prompt for q in hosts_of(text)] == ["Which sultan did Ivo Kessel meet in Oman?"]


def test_the_host_question_stands_beside_the_trips_own_question() -> None:
    text = ("Peruvian president in Kenya\n\nNAIROBI - President Omar Diallo welcomed Peruvian President "
            "Anna Kessel to Kenya on 3 May 2023 for a state visit.\n")
    questions = draft_questions([parse_article("a0", text)])
    (host,) = [q for q in questions if q.prompt.startswith("Who welcomed")]
    assert all(host not in q.variants for q in questions)
    assert is_correct(host.type, host.answer, "diallo", host.accept)
    assert not is_correct(host.type, host.answer, "Anna Kessel", host.accept)


def test_everyone_the_visitor_met_in_that_sentence_is_a_right_answer() -> None:
    text = ("Peruvian leader visits Kenya\n\nPeruvian President Anna Kessel arrived in Kenya on a state visit and met "
            "her counterpart Omar Diallo and Foreign Minister Lena Varga.\n")
    (question,) = hosts_of(text)
    assert question.answer == "Omar Diallo"
    assert is_correct(question.type, question.answer, "Lena Varga", question.accept)
    assert is_correct(question.type, question.answer, "varga", question.accept)
    assert not is_correct(question.type, question.answer, "Kessel", question.accept)


def test_a_host_of_another_sentence_is_a_right_answer_to_whom_they_met() -> None:
    text = ("Peruvian leader visits Kenya\n\nPeruvian President Anna Kessel arrived in Kenya on a state visit and met "
            "her counterpart Omar Diallo.\n\nPresident Anna Kessel was later received by Vice President Lena Varga.\n")
    (question,) = hosts_of(text)
    assert question.answer == "Omar Diallo"
    assert is_correct(question.type, question.answer, "Lena Varga", question.accept)


def test_a_captions_host_and_a_welcoming_party_are_hosts() -> None:
    caption = ("Peruvian leader visits Kenya\n\nPeruvian President Anna Kessel arrived in Kenya on a state visit.\n\n"
               "President Omar Diallo (left), greets Peruvian President Anna Kessel on her arrival at the airport.\n")
    (question,) = hosts_of(caption)
    assert question.prompt == "Who greeted Peruvian President Anna Kessel in Kenya?" and question.answer == "Omar Diallo"
    party = ("Peruvian leader visits Kenya\n\nPeruvian President Anna Kessel arrived in Kenya on a state visit.\n\n"
             "She was met on landing by a welcoming party led by President Omar Diallo.\n")
    (question,) = hosts_of(party)
    assert question.prompt == "Who welcomed Peruvian President Anna Kessel to Kenya?" and question.answer == "Omar Diallo"
    crowd = party.replace("a welcoming party led by President Omar Diallo", "a crowd near President Omar Diallo's car")
    assert hosts_of(crowd) == []


def test_the_inviter_is_asked_beside_the_host() -> None:
    text = ("Peruvian leader visits Kenya\n\nAt the invitation of President Omar Diallo Kessia, Peruvian President "
            "Anna Kessel made a state visit to Kenya on 3 May 2023.\n\n"
            "She was received by Foreign Minister Lena Varga at the airport.\n")
    questions = draft_questions([parse_article("a0", text)])
    (invited,) = [q for q in questions if q.aspect == "invitation"]
    assert invited.prompt == "At whose invitation did Peruvian President Anna Kessel visit Kenya?"
    assert invited.answer == "Omar Diallo Kessia" and {"Kessia", "Diallo Kessia"} <= set(invited.accept)
    called = text.replace("at the airport.", "at the airport, where President Diallo's aides waited.")
    (invited,) = [q for q in draft_questions([parse_article("a0", called)]) if q.aspect == "invitation"]
    assert "Diallo" in invited.accept  # what the article calls him after his title
    (host,) = hosts_of(text)
    assert host.answer == "Lena Varga"  # the host question stays the host's


def test_an_inviter_of_another_country_is_not_this_trips() -> None:
    text = ("Tour\n\nPeruvian President Anna Kessel began a tour of Kenya and Ghana on 3 May 2023.\n\n"
            "Kessel goes to Ghana at the kind invitation of its President Omar Diallo.\n")
    invited = [q for q in draft_questions([parse_article("a0", text)]) if q.aspect == "invitation"]
    assert [q.prompt for q in invited] == ["At whose invitation did Peruvian President Anna Kessel visit Ghana?"]


TOUR = ("Kessel tours West Africa\n\nKing Anna Kessel on Monday arrived in Ghana on the second leg of a tour that "
        "started in Mali and will go on to Togo and Benin. He was greeted there by Premier Omar Diallo.\n")


def test_a_host_after_a_tours_arrival_is_the_host_of_the_stop_arrived_at_only() -> None:
    questions = hosts_of(TOUR)
    assert [q.prompt for q in questions] == ["Who greeted Anna Kessel in Ghana?"]  # not in Togo nor Benin
    assert questions[0].answer == "Omar Diallo"


def test_a_welcome_told_as_done_is_asked_in_the_past_though_the_tour_goes_on() -> None:
    future = TOUR.replace("He was greeted there by", "He will be greeted there by")
    assert [q.prompt for q in hosts_of(future)] == ["Who will greet Anna Kessel in Ghana?"]


def test_a_counterpart_of_another_stop_is_no_host_of_this_one() -> None:
    text = ("Kessel visits Ghana and Togo\n\nPresident Anna Kessel (left) meets her Togolese counterpart Omar Diallo "
            "on her state trip there.\n\nPresident Anna Kessel visited Ghana and Togo from 3 to 5 May. "
            "In Ghana, Kessel also met Prime Minister Lena Varga.\n")
    asked = {q.prompt: q.answer for q in hosts_of(text)}
    assert asked.get("Which prime minister did Anna Kessel meet in Ghana?") == "Lena Varga"
    assert "Omar Diallo" not in [answer for prompt, answer in asked.items() if "Ghana" in prompt]
