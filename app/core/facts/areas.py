"""Areas of cooperation: the list that hangs off "cooperation in", "sectors such
as", "agreements on", "MoUs were signed on the areas of", "in the fields of" ...,
split into one item each.

A list is read in three steps:
1. a trigger says that an area list starts here (``_TRIGGER``); "strong" ones
   name a document or a field ("MoU on", "agreement for", "in the field of"),
   so a single area or a list of Title Case items is taken after them;
2. the list runs until hard punctuation, a clause ("... and that relations
   were"), a reporting tag ("..., the ministry added") or an adjunct ("on
   Sunday", "with the Gulf states", "during the visit") (``_cut``);
3. it is split on commas and on the list's own "and"; an "and" that is part of
   one area is kept ("science and technology", "promotion and protection of
   investment", "holders of diplomatic and service passports"), while a shared
   wrapper is split off ("the energy and tourism sectors" -> energy, tourism); an open end
   ("..., and other potential areas", "among others", "etc.") closes the list.

A sentence may also enumerate agreements by name ("a double taxation agreement;
an MoU for vocational training; and another on sports"): each agreement gives
one area (``_agreement_list``). When the parties act on a cooperation named by its
modifier ("agreed to boost defence cooperation", "a plan for agricultural cooperation"), the
modifier is the area, in the text's own form (``_modified``); so are a list of modifiers of
agreements ("sign legal, medical and sporting agreements") and the heads that follow
the cooperation up to a field noun ("..., fishing, water and sporting spheres"). A list may
also come before its field noun ("in the music, film and sport fields", ``_headed``).

A document may list what it covers ("the declaration will cover A, B and C issues"), and an
agreement may name the plan it sets up, whose object is the list ("signed agreements to develop a
joint agenda on A and B", "an MoU to establish a framework for C"); a plan or an instrument joined
after a list ("..., as well as strategies for boosting D") reads a list of its own. A cooperation plan
names its fields ("a cooperation plan on A, B"), an agreement to implement a programme names that
programme, and titles of MoUs set off by semicolons ("include Political Dialogue; Youth; and Sports")
are read one by one (``_title_list``). What the parties set out to do names the fields too: "signed
agreements to encourage A, B", "a commitment to strengthen A, boost B and promote C" (``_aims``), and so
does a list named as the fields ("identified A and B as priority areas for cooperation", ``_named_as``).

Every pattern is linear: bounded repeats and no nested quantifiers, so a
200,000-character paste costs one pass per pattern.
"""
from __future__ import annotations

import re

from app.core.facts.matching import on_caseless, starting_with
from app.core.facts.names import ORG_WORDS
from app.core.facts.reading import SentenceView
from app.core.facts.sector_lists import field_lists
from app.core.facts.sectors import is_field_word, word_stem

# "they work hard in commerce, farming and sports": the parties' work, by its fields (the parties, as
# "nurses work hard in clinics" is no cooperation).
_PARTIES_WORK = (r"(?:they|we|both(?:\s+(?:sides|countries|parties|nations|governments))?|the\s+(?:two\s+)?"
                 r"(?:sides|countries|parties|nations|governments))\s+(?:(?:will|would|shall|can|must|should|also"
                 r"|continue\s+to)\s+)?work(?:ing|s|ed)?\s+(?:hard|closely|jointly)\s+(?:in|on)\s+")
# The sentence must speak of cooperating or agreeing at all.
_CUE = on_caseless(
    "[acdjmpstwelr]",
    r"cooperat|co-operat|collaborat|partner|agree|accord|memorand|\bmous?\b|\bdeals?\b|\bpacts?\b"
    # "lively contacts in the field of music, sport and health": ties kept up in a field are cooperation
    r"|\b(?:contacts|exchanges|ties|links|relations)\s+in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of\s"
    r"|treat(?:y|ies)|declaration|\bcharters?\b|\bprotocols?\b|\bsign"
    r"|work(?:ing|s|ed)?\s+(?:(?:more\s+)?(?:closely\s+)?(?:together|with)|(?:hard|closely|jointly)\s+(?:in|on)\s)"
    r"|\bjoint\s+(?:projects|programmes|programs|ventures)",
)

_COOP = (r"(?:cooperation|co-operation|cooperate|co-operate|cooperating|co-operating"
         r"|collaboration|collaborate|collaborating|partnership|work(?:ing|s|ed)?\s+(?:more\s+)?(?:closely\s+)?together)")
_FIELD = r"(?:fields?|areas?|sectors?|domains?|spheres?)"
# What the fields are qualified by before their list: "areas of mutual interest such as",
# "sectors of common concern, including", "key areas of bilateral cooperation like".
_QUALIFIER = (r"(?:\s+of\s+(?:[a-z][\w-]*\s+){0,3}?(?:interests?|concerns?|importance|benefits?|priority"
              r"|priorities|cooperation|co-operation|collaboration|partnership|engagement|focus|economy))?")

# Without such a word, only "sectors such as" lists count ("areas such as" may be regions).
_SECTORS = on_caseless(
    "[sfd]",
    rf"\b(?:sectors?|fields?|domains?|spheres?){_QUALIFIER},?\s+(?:such\s+as|including|like|namely)\b",
)
_AGREEMENT = (r"(?:agreements?|accords?|deals?|pacts?|treaty|treaties|protocols?"
              r"|memorand(?:a|ums?)(?:\s+of\s+(?:understanding|cooperation|co-operation))?|mous?)")  # "mous": _TRIGGER reads caseless text
_ACRONYM = r"(?:\s*\([A-Za-z]{2,8}\))?"  # "memorandums of understanding (MOUs) on ..."
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Plans the parties draw up: "develop a joint agenda on", "strategies for boosting".
_PLAN = (r"(?:agendas?|strateg(?:y|ies)|frameworks?|mechanisms?|plans?|programmes?|programs?"
         r"|road\s*maps?|platforms?)")
# Any document whose contents can be listed: "the declaration will cover A, B and C".
_DOCUMENT = rf"(?:{_AGREEMENT}|{_PLAN}|declarations?|charters?|statements?)"
# What a plan or an instrument sets out to do to its areas: "to expedite X", "for boosting Y".
_ACTIONS = ("boost", "promote", "develop", "expand", "enhance", "strengthen", "improve", "deepen",
            "increase", "foster", "facilitate", "expedite", "support", "combat", "fight", "tackle",
            "counter", "prevent", "stimulate", "encourage")
_ACTING = "|".join(re.sub(r"e$", "", a) + "ing" for a in _ACTIONS)
# Actions done to an object ("protecting and encouraging investments"), unlike "mining", "fishing".
_ACTING_WORDS = frozenset((*_ACTING.split("|"), "protecting", "attracting", "preserving", "safeguarding"))
_MAKE = (r"(?:develop|establish|create|set\s+up|draw\s+up|adopt|build|launch|formulate|work\s+out"
         r"|implement|prepare|design|devise|elaborate)")
# "an agenda on X", "a strategy for boosting X", "a strategy to expedite X": X is the plan's list.
_PLAN_OBJECT = (rf"{_PLAN}\s+(?:(?:on|for|in|regarding|concerning)\s+(?:(?:{_ACTING})\s+)?"
                r"|to\s+(?!(?:the|a|an|be)\b)[a-z]+\s+)")
# "..., as well as strategies for boosting Y": a second plan after an instrument's list.
_NEXT_PLAN = rf"(?:and|as\s+well\s+as)\s+(?:(?:an?|another|the)\s+)?(?:[a-z-]+\s+)?{_PLAN_OBJECT}"

# Between an agreement and its purpose: "with X's President Y", "in May"; not a clause of its own
# ("an MoU that would boost ...") nor a second agreement.
_NOT_GAP = (r"(?:to|that|which|who|whose|would|will|could|can|may|should|must|agreements?|accords?|deals?"
            r"|pacts?|treaty|treaties|protocols?|memorand\w*|mous?)\b")

# Run on the caseless text (see matching.py), so every part it is built of is written in lower case.
_TRIGGER = on_caseless(
    # the first characters of all triggers below (", including on" starts with its comma)
    "[abcdefijlmoprstw,]",
    r"\b(?:"
    rf"{_PARTIES_WORK}|"
    # "cooperation in", "working together on", "cooperation across / spanning", "ties in"
    rf"{_COOP}\s+(?:(?:closely|jointly|together)\s+)?(?:in|on|across|spanning|covering|encompassing|ranging\s+from)\s+"
    # "the collaboration will span various sectors, encompassing A, B"
    rf"|{_COOP}\s+(?:will|would|shall|is\s+to|is\s+set\s+to)\s+(?:span|cover|encompass|extend\s+to)\s+"
    # "the partnership extends to A, B", "cooperation opportunities in A, B"
    rf"|{_COOP}\s+(?:extends?\s+to|extended\s+to|(?:opportunities|potential|prospects|possibilities)\s+in)\s+"
    # "practical interaction in trade, industry and energy"
    r"|interactions?\s+in\s+(?!an?\s)"
    # "working closely with X and its neighbours in building resilience": the party, then the field
    # (not "partnership with X and building confidence in Y": a second action, not the field)
    rf"|(?:{_COOP}\s+(?:closely\s+)?|work(?:ing|s|ed)?\s+closely\s+)with\s+(?:(?!and\s+[a-z]+ing\s)[^\s,.;:]+\s+){{1,8}}?(?:in|on)\s+"
    # (not "in the region"; but "in the defence sector")
    rf"(?!an?\s|the\s(?![a-z-]+\s+(?:{_FIELD}|industry)\b))"
    r"|(?:(?:ties|links|relations|relationships?)(?:\s+and\s+exchanges)?|exchanges\s+and\s+(?:ties|links))"
    r"\s+in\s+(?!an?\s|the\s)"
    # "a cooperation plan on", "a plan of action on", "an action plan for": a plan names its fields
    rf"|(?P<plan>(?:{_COOP}\s+{_PLAN}|(?:plans?|programmes?)\s+of\s+action|action\s+plans?){_ACRONYM}"
    r"\s+(?:on|in|for|regarding|concerning)\s+)"
    # "customs will cooperate to fight crimes like A and B": what they fight against
    rf"|{_COOP}\s+to\s+(?:combat|fight|tackle|counter)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:crimes?|threats?|challenges)\s+(?:such\s+as|including|like)\s+"
    # "revive joint ventures in shipbuilding": joint work names its field; "their
    # coordination efforts in Ports; Fisheries; ..." may name it by titles
    r"|(?P<joint>(?:joint|cooperation|co-operation|collaboration|coordination|co-ordination)\s+"
    r"(?:projects|programmes|programs|ventures|initiatives|efforts|activities)\s+in\s+(?!an?\s))"
    # "sectors such as", "areas, including", "areas of mutual interest like", "sectors such as;"
    rf"|{_FIELD}{_QUALIFIER},?\s+(?:such\s+as|including|like|namely|ranging\s+from|encompassing)\s*[;:]?\s+"
    # "in such fields as A, B"
    rf"|such\s+{_FIELD}\s+as\s+"
    # "promising cooperation areas in the farm sector include A, B": what the fields include
    rf"|{_FIELD}(?:\s+[^.;:,]{{1,60}}?)?\s+includ(?:e|es|ed)\s*:?\s+"
    # "in the following areas: trade; energy; health"
    rf"|(?P<colon>{_FIELD}\s*:\s+)"
    # "areas suited to both sides, including"
    rf"|{_FIELD}\s+[^.;:]{{0,80}}?,\s+(?:such\s+as|including|like|namely)\s+"
    # strong: "MoUs on", "agreements were signed on", "deal in", "MOU for"
    rf"|(?P<agreement>{_AGREEMENT}{_ACRONYM}"
    r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|will\s+be|to\s+be))?(?:\s+also)?"
    r"(?:\s+(?:signed|concluded|inked|reached|forged))?"
    # "were signed on Saturday between A and B in trade", "an MoU between the governments on visas"
    rf"(?:\s+(?:on\s+{_WEEKDAY}|today|yesterday))?(?:\s+between\s+[^,.;:]{{1,120}}?)?"
    # "several MoUs, namely on sports, tourism and higher education"
    r"(?:,?\s+(?:namely|notably|especially|particularly))?"
    r"(?:\s+(?:on|in|for|regarding|concerning|around|across)"
    # "one of the agreements is on maritime cooperation": what a named cooperation covers
    # "other MoUs are on telecoms, oil and gas" (not "on track", "on hold", "on the table")
    r"|\s+(?:is|are|was|were)\s+on(?=\s+(?!(?:track|hold|course|schedule|paper|ice|the\s+(?:table|agenda|way|cards)"
    r"|its\s+way|their\s+way)\b))"
    # "nine agreements, covering", "deals related to", "the MoUs range from"
    r"|,?\s+(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|encompass(?:es|ed|ing)?"
    r"|(?:(?:are|is|were|was)\s+)?relat(?:e|es|ed|ing)\s+to"
    rf"|deal(?:s|t|ing)?\s+with(?=\s+(?:the\s+)?(?:{_FIELD}|issues|matters)\s+of\s)"
    r"|pertain(?:s|ed|ing)?\s+to|focus(?:es|ed|ing)?\s+on|(?:range[sd]?|ranging)\s+from))\s+)"
    # "cooperation between the two states spans A, B and C"
    rf"|{_COOP}\s+between\s+[^,.;:]{{1,80}}?\s+(?:spans|covers|encompasses|ranges\s+from)\s+"
    # "the MoUs signed include A; B; and C": what was signed (titles are read only if set off by ";")
    rf"|(?P<include>{_AGREEMENT}{_ACRONYM}(?:\s+(?:signed|concluded|inked))?,?\s+includ(?:e|es|ed)\s+)"
    # "the declaration will cover A, B and C issues", "the agreements, which were signed today, cover A"
    # "the accords, signed by A and B, envoy to C, cover ...": who signed them, set off by commas
    rf"|(?P<cover>{_DOCUMENT}{_ACRONYM}(?:,\s+(?:that|which)\s+[^,.;:]{{1,80}}?,|,?\s+(?:that|which)"
    r"|,\s+(?:signed|inked|concluded)\s+(?:by|between|in|on)\s+[^.;:]{1,120}?,(?=\s+cover))?"
    r"(?:\s+(?:will|would|shall|should|also|(?:is|are)(?:\s+expected)?\s+to))?,?\s+cover(?:s|ed|ing)?\s+)"
    # "signed agreements with X to develop a joint agenda on A, B", "an MOU to establish a framework for A"
    rf"|(?P<purpose>{_AGREEMENT}{_ACRONYM}(?:\s+(?!{_NOT_GAP})[^\s.;:]+){{0,12}}?\s+to\s+{_MAKE}\s+"
    rf"(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){{0,2}}?{_PLAN_OBJECT})"
    # "an agreement to implement a cultural exchange programme": the programme it sets going
    rf"|(?P<implement>{_AGREEMENT}{_ACRONYM}\s+to\s+(?:implement|carry\s+out|execute)\s+(?:an?\s+)?"
    r"(?=(?:[a-z][\w-]*\s+){1,3}(?:programmes?|programs?|projects?)\b))"
    rf"|(?P<also>{_NEXT_PLAN})"
    # "stronger farm cooperation, such as seed banks and irrigation": what that cooperation takes in
    r"|(?:(?<=cooperation)|(?<=co-operation)|(?<=collaboration)),\s+(?:including|such\s+as|notably|especially|particularly)\s+"
    r"(?!(?:with|between|among|through|by|at|from|for|to|the|a|an|in|on|its|their|our)\b)"
    # "..., including on climate change": what the cooperation named earlier covers
    r"|(?P<including>,\s+(?:including|especially|particularly|notably|in\s+particular)\s+(?:on|in)\s+)"
    # strong: "in the field of education, ..."
    # "including in areas of transport, ..." (an article is not needed)
    # (but "in areas of mutual interest such as X" only qualifies the fields before their list)
    rf"|(?P<field>(?:in|on|covering|spanning|encompassing)\s+(?:the\s+"
    r"|(?!\S+\s+of\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+,?\s+(?:such\s+as|including|like|namely)\s))"
    rf"{_FIELD}\s+of\s+)"
    r")",
)

# A second document inside a list starts a list of its own.
_INNER_DOC = re.compile(
    r"(?i),?\s+(?:(?:and|as\s+well\s+as)\s+)?"
    r"(?:(?:an?|another|separate|other|further|additional|new|several|two|three|four|five)\s+)?"
    # "..., a memorandum between the two agencies on farming": its parties before its subject
    rf"{_AGREEMENT}{_ACRONYM}(?:\s+between\s+[^,.;:]{{1,120}}?)?\s+(?:on|for|in|covering|to\s+{_MAKE})\s"
    rf"|,?\s+{_NEXT_PLAN}"
)

# Wrappers in front of an item: "(the) (various) fields of", "cooperation in the field of", "such as".
_LEAD = re.compile(
    r"(?i)^(?:(?:the|a|an|another|for|various|several|many|multiple|numerous|different|key|main|priority"
    r"|following)\s+"
    # "in crucial areas such as X": a judgement of the fields, before their noun
    r"|(?:crucial|important|vital|critical|strategic|essential|major|significant|promising|core|specific"
    rf"|prioritized|prioritised)\s+(?=(?:[a-z-]+\s+)?(?:{_FIELD}|issues|matters|topics|priorities)\b)"
    rf"|(?:bilateral\s+)?{_COOP}\s+(?:in|on)\s+"
    # "to widen bilateral economic and energy ties": the field is 'economic'
    r"|bilateral\s+(?=[a-z]+(?:al|ic)$)"
    # "a pledge to strengthen their relationship in farming and energy": the ties' field
    r"|(?:ties|links|relations|relationships?)\s+in\s+(?!an?\s|the\s)"
    # "an MoU on cooperation between A and B on the exchange of practices": the parties are no field
    rf"|(?:bilateral\s+)?{_COOP}\s+between\s+[^,.;:]{{1,160}}?\s(?:on|in)\s+"
    # "a protocol on cooperation to combat piracy": what the cooperation acts on
    rf"|(?:bilateral\s+)?{_COOP}\s+to\s+(?!(?:the|a|an|be)\b)[a-z]+\s+"
    # "tourism, especially health tourism": the item, not its emphasis
    r"|(?:especially|particularly|notably|mainly|mostly|primarily|chiefly|principally|in\s+particular)\s+"
    r"|(?:(?:wide|broad|whole)\s+)?(?:range|variety|array|number|host|series|set)\s+of\s+"
    # "increase the share of local currencies in trade": what is counted, not the count
    r"|(?:proportion|share|volume|level|amount|frequency|scale|size)\s+of\s+"
    # "work on the development of fisheries and farming": the field is what is developed
    r"|(?:development|promotion|advancement)\s+of\s+"
    # "agreements were reached on the implementation of new trade and farm projects": what is carried out
    r"|(?:implementation|execution|realization|realisation)\s+of\s+(?!the\s|an?\s)(?:(?:new|joint|several|various)\s+)?"
    rf"|{_FIELD}{_QUALIFIER},?\s+(?:of|such\s+as|including|like|namely|encompassing)\s*[;:]?\s+"
    rf"|such\s+{_FIELD}\s+as\s+"
    r"|(?:issues|matters|topics|priorities),?\s+(?:such\s+as|including|like|namely)\s*[;:]?\s+"
    # "(the deal covers) rural development projects such as X": the examples are the fields
    r"|(?:[a-z][\w-]*\s+){0,3}?(?:initiatives|programmes|programs|projects|measures|activities),?\s+(?:such\s+as"
    r"|including|like|namely)\s*[;:]?\s+"
    r"|(?:such\s+as|including|like|namely)\s*[;:]?\s+"
    # "cooperate on a number of issues, ranging from fishing to ports"
    rf"|(?:issues|matters|topics|fronts|{_FIELD}),?\s+rang(?:e|es|ed|ing)\s+from\s+"
    # "work together on issues of climate change and migration"
    r"|(?:issues|matters|questions)\s+of\s+(?!(?:[a-z][\w-]*\s+){0,3}?(?:interest|concern|importance)\b)"
    # "the agreements cover matters concerning defence, farming and tourism"
    r"|(?:issues|matters|questions|topics)\s+(?:concerning|regarding|relating\s+to|related\s+to|pertaining\s+to)\s+)"
)
# "in the areas of X" names fields (Title Case may be one); "areas of mutual interest such as X"
# only gives examples, as any "such as" list does.
_FIELD_LEAD = re.compile(
    rf"(?i)^(?:the\s+)?{_FIELD}\s+of\s"
    r"(?!(?:[a-z][\w-]*\s+){0,3}?[a-z]+,?\s+(?:such\s+as|including|like|namely)\s)"
)
# A wrapper behind an item: "the energy sector", "defense cooperation", "security issues".
_WRAPPER = (r"(?:cooperation|co-operation|collaboration|sectors?|fields?|areas?|spheres?|domains?|industries"
            r"|issues)")
_TAIL = re.compile(rf"(?i)\s+{_WRAPPER}$")
# (a field noun in the singular is one field: "the trade and economic sphere")
_SHARED_TAIL = re.compile(
    r"(?i)^(\S+)\s+and\s+(\S+)\s+(?:cooperation|co-operation|collaboration|sectors|fields|areas|spheres|domains"
    r"|industries|issues)$")
_SINGULAR_FIELD = frozenset({"sector", "field", "area", "sphere", "domain"})

# Where the list stops: hard punctuation (short acronym brackets are dropped first).
_HARD_END = re.compile(r"[.;:()!?\"“”\[\]]|\s[-–—]\s")
_PAREN = re.compile(r"\s*\([A-Z][A-Za-z&.]{1,10}\)")
# Where an open-ended list stops: "... and C as well as other potential areas", "and other sectors",
# "among others", "etc.", "and so on".
_OTHERS = re.compile(
    r"(?i)(?:,\s*|\s+)(?:(?:and|or|as\s+well\s+as|plus)\s+(?:in\s+|on\s+)?(?:many\s+|several\s+|various\s+"
    # "and a host of other sectors"
    r"|all\s+|any\s+|the\s+|an?\s+(?:number|host|range|variety|series)\s+of\s+)?others?\b|among(?:st)?\s+others\b|etc\b|and\s+so\s+on\b|and\s+more\b"
    # "Agriculture and Related Fields", "energy and other related sectors"
    rf"|(?:and|or|as\s+well\s+as)\s+(?:other\s+)?related\s+{_FIELD}\b)"
)

# Where an item stops: a verb, a clause, or an adjunct ("with ...", "during ...").
_STOP_WORDS = (
    r"has|have|had|is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|did|does|do"
    r"|said|says|added|adds|noted|stated|announced|told|agreed|signed|stressed|expressed|reaffirmed|welcomed"
    r"|discussed|pledged|vowed|urged|hoped|expected|aimed|intended|valued|worth|amounting|totall?ing|seen"
    r"|prevailed|dominated|featured|topped|remained"
    r"|that|which|who|whom|whose|where|when|while|whereas|because|since|so|thereby|although|though"
    r"|but|if|unless|whether|as|to(?!\s+people\b)|with|between|among|amongst|during|through|throughout|under|within"
    r"|across|after|before"
    r"|until|till|at|(?<!exemption\s)(?<!exemptions\s)from|into|onto|via|amid|against|towards?|including|besides"
    r"|beyond|despite|upon|alongside"
    r"|over|per|according|plus|etc|along"
    # "the fight against graft by encouraging ...": how, not in what
    r"|by\s+[a-z]{2,}ing"
    # a new verb phrase: "cooperation in trade and energy and strengthen security ties"
    # (and in the third person: ", and promotes the exchange of staff")
    # (not "-ed": "expanded trade" is an item)
    r"|(?:boost|strengthen|expand|deepen|bolster|broaden|foster|build|explore)s?|establish(?:es)?"
    r"|(?:enhance|promote|raise|increase|improve|create|facilitate|ensure|achieve)s?|intensif(?:y|ies)"
)
_STOP = re.compile(rf"(?i)\s(?:{_STOP_WORDS})\b(?![-'])")
# "in/on/for/by/of" end an item before a date, a number, a determiner or a name
# ("on Sunday", "in the region").
_ADJUNCT = re.compile(
    r"\s(?:[Ii]n|[Oo]n|[Ff]or|[Bb]y|[Oo]f)\s+(?:\d|(?:the|a|an|this|that|these|those|its|their|our|his|her"
    r"|both|each|all|every|some|several|various|recent|next|last|order|line|addition|particular|turn|terms"
    r"|view|light|support|return|favou?r|response|future|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|conjunction|connection|accordance|keeping|tandem|parallel)\b"
    r"|[A-Z])"
)
_OF_ADJUNCT = re.compile(r"\s[Oo]f\s+(?:\d|[A-Z])")  # "of" only ends before a number or a name

# Pairs whose "and" is inside one area.
_WHOLE = frozenset({
    ("information", "communication"), ("information", "communications"), ("science", "technology"),
    ("research", "development"), ("oil", "gas"), ("trade", "industry"), ("food", "agriculture"),
    ("arts", "culture"), ("art", "culture"), ("culture", "arts"), ("culture", "art"), ("sports", "tourism"),
    ("sport", "tourism"), ("culture", "tourism"), ("transport", "logistics"), ("health", "medicine"),
    ("health", "social"), ("defence", "security"), ("defense", "security"), ("education", "training"),
    ("labour", "employment"), ("labor", "employment"), ("agriculture", "fisheries"), ("peace", "security"),
    ("water", "sanitation"), ("promotion", "protection"), ("mergers", "acquisitions"),
    ("scientific", "technical"), ("science", "technical"),
})
# Heads that are no area: "on the eve of", "in the region", "in principle".
_NOT_AREA = re.compile(
    r"(?i)^(?:eve|sidelines?|margins?|occasion|basis|behalf|part|way|ways|context|presence|invitation"
    r"|side|sides|level|lines?|principle|region|world|future|past|years?|months?|weeks?|days?|time|period"
    r"|duration|costs?|framework|spirit|face|country|countries|nations?|continent|force"
    r"|course|end|wake|name|form|number|range|variety|host|cooperation|co-operation|collaboration|partnership"
    r"|visits?|trips?|talks|meetings?|summits?|ties|relations|relationships?|friendship|bonds|alliances?"
    r"|(?:mutual\s+)?(?:trust|understanding|solidarity|unity|goodwill)|exchanges|contacts"
    r"|bids?|candidac(?:y|ies)|candidatures?|lives|coordination|co-ordination|agendas?|track|hold|table"
    r"|agreements?|accords?|deals?|pacts?|treaty|treaties|mous?"
    # "work closely in the time ahead": when, not in what
    r"|(?:time|times|years?|months?|weeks?|days?|period|decades?)\s+(?:ahead|to\s+come)"
    r"|implementation|execution|measures|steps|efforts|means"
    r"|areas?|fields?|sectors?|spheres?|domains?|issues?|matters?|things|others?|general|particular|detail"
    r"|directions"
    # "in (the) areas of mutual interest", "the memorandum in question": no field named
    r"|(?:mutual|common|shared|joint|bilateral)\s+(?:interests?|concerns?|benefits?|importance|aspirations?|goals?"
    r"|objectives?|priorities|values|visions?)|question)"
    r"(?:\s+of\b.*)?$"
)
# "the Agreement on the Establishment of a Partnership Forum": a body set up to cooperate, no field of it.
_BODY = re.compile(
    r"(?i)^(?:establishment|creation|formation|setting\s+up)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:forum|commission|committee|council|board|secretariat|centre|center|office|fund|body|chamber)s?$"
)
# "Protocol on (Re)establishment of Diplomatic Relations": the relations themselves, no field of cooperation.
_RELATIONS = re.compile(r"(?i)\bdiplomatic\s+relations\b")
_BAD_START = re.compile(
    r"(?i)^(?:a|an|this|these|those|its|their|our|his|her|my|your|each|both|all|other|such|some|any|every"
    r"|several|various|many|much|more|most|that|which|who|what|how|why|whether|(?-i:[Ii]t)|they|we|he|she|there"  # "IT" in capitals is a field
    # "new agreements", but "new technologies" and "new energy" are sectors
    r"|first|second|third|last|next|past|recent|coming|new(?!\s+(?:technolog|energ)|-)|whole|entire"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|and|or|nor|not|also"
    r"|in|on|for|by|of|at|with|to|from|as|while|amid|including|areas?|fields?|sectors?|the\s+region)\b"
)
# "collaborate in making the region the greenest": an action on a determined object is a clause.
# (An action on a field is an item: "combating the coronavirus", "protecting the environment".)
_CLAUSE = re.compile(r"(?i)^([a-z]+ing)\s+(?:the|a|an|this|these|those|its|their|our|his|her)\s")
_CALENDAR = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|June|July|August|September|October|November|December)\b"
)
_MAX_WORDS = 12
_MAX_LIST_CHARS = 600  # the longest lists of areas run to about 250 characters
_MAX_TRIGGERS = 64


# "… in the following areas:\n1. Food security\n2. Mining": a numbered list after a colon (corpus.py
# keeps it in its sentence); each numbered line is one item.
_NUMBERED_LIST = re.compile(r":[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*1[.)][ \t])")
_NUMBERED_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+(.+?)[ \t]*[;.,]?(?:[ \t]+and)?[ \t]*$")
_LIST_HEAD = re.compile(r"(?i)\b(?:areas?|fields?|sectors?|spheres?|domains?|priorities|topics)\b[^:]*$")


def find_areas(view: SentenceView, after_fields: bool = False) -> list[list[str]]:
    """The lists of areas in a sentence; ``after_fields``: the sentence before ended on fields it did
    not name, which "These include A, B and C" now names."""
    block = _NUMBERED_LIST.search(view.text)
    if block is None:
        these = _THESE_INCLUDE.match(view.text) if after_fields else None
        return _areas_in(view, these.end() if these else None)
    intro = view.text[:block.start() + 1]
    items = [m.group(1) for m in _NUMBERED_LINE.finditer(view.text, block.end())]
    cut = len(intro)
    found = _areas_in(SentenceView(intro, view.offset, [t for t in view.tokens if t.end <= cut],
                                   [p for p in view.places if p.end <= cut], [p for p in view.people if p.end <= cut],
                                   [(m, iso) for m, iso in view.dates if m.end <= cut]))
    if _CUE.search(view.caseless[:len(intro)]) and _LIST_HEAD.search(intro.rstrip(":")) and len(items) >= 2:
        found.append([_clean(item) for item in items])
    return found


def _areas_in(view: SentenceView, named_at: int | None = None) -> list[list[str]]:
    """``named_at``: where the fields of the sentence before start being named ("These include |A, B")."""
    text = view.text
    cued = bool(_CUE.search(view.caseless))
    aimed = bool(_AIM_HINT.search(view.caseless))  # few sentences say "to boost": a quick test
    fielded = bool(_FIELD_NOUN.search(view.caseless)) or named_at is not None
    if (not cued and not fielded and not _SECTORS.search(view.caseless)
            and not (aimed and _AIM.search(view.caseless))):
        return []
    names = _names(view)
    lists: list[list[str]] = []
    prose = _ends_as_a_sentence(text)
    folded = view.caseless
    named = _agreement_list(text, names) if cued else None
    if named:  # the named agreements are read: what comes before or after them may hold lists of its own
        items, start = named
        lists.append(items)
        end = _list_end(text, items, start, len(text))
        text, folded = (t[:start] + "." * (end - start) + t[end:] for t in (text, folded))
    resume, taken, after_doc = 0, [], False
    for count, m in enumerate(_TRIGGER.finditer(folded)):
        if count >= _MAX_TRIGGERS:
            break  # no sentence holds this many lists: junk
        if m.start() < resume or not _trigger_ok(m, cued, view, after_doc):
            continue
        items, used, strong = _read_list(text, m, names)
        # what a document covers may be anything ("covers the costs"), but "port security matters" are a field
        covers_other = m.group("cover") and not (items and _TOPIC_ITEM.search(items[0]))
        single_ok = (cued and prose and not (covers_other or m.group("include")) and bool(items)
                     and _single_ok(items[0], strong))
        if len(items) >= 2 or single_ok:
            lists.append(items)
            # the list ends at its last item: "cooperation in X, the two also agreed to work on Y"
            resume = _list_end(text, items, m.end(), m.end() + used)
            taken.append((m.start(), resume))
            after_doc = after_doc or _names_document(m)
    if prose and aimed:
        lists.extend(_aims(text, folded, taken, names, joint=len(view.places) >= 2 or bool(_JOINT.search(folded))))
    if cued and prose:
        if _FIELD_NOUN.search(folded) or "level" in folded:  # most sentences name no fields: a quick test
            lists.extend(_headed(text, taken, names))
        lists.extend(_modified(text, taken, names))
        if " as " in text or " among " in text:
            lists.extend(_named_as(text, taken, names))
        lists.extend([m.group(1)] for m in _KIND_DEAL.finditer(text)
                     if not any(a <= m.start(1) <= b for a, b in taken))
    if cued or fielded:
        lists.extend(_vocabulary_lists(text, lists, cued, named_at))
    signing = _SIGNING.search(text) if cued else None
    if signing:
        lists.extend(_signed_kinds(text, signing, lists))
    return lists


_TOPIC_ITEM = re.compile(r"(?i)\s(?:matters|issues|affairs|questions)$")

# "signed a three-year trade agreement and a cultural agreement": each agreement named by its field
_SIGNING = re.compile(r"(?i)\b(?:sign(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|ink(?:s|ed|ing)?)\b")
# "a border crossing agreement", "the Tourism Promotion Cooperation": a field word may open a compound that
# names the agreement (``field``); a document may be named "Cooperation" in its title.
_KIND_OF_AGREEMENT = re.compile(
    r"(?i)\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:(?P<field>[a-z]+)\s+)?([a-z]+)\s+(?:cooperation\s+)?"
    r"(?:deal|pact|agreement|accord|treaty|(?-i:Cooperation))\b"
)
# "A border crossing agreement between A and B has been signed": the agreement before its passive signing
_SIGNED_AFTER = re.compile(r"(?i)(?:\s+between\s+[^,.;:]{1,120}?)?\s+(?:has|have|had|was|were)\s+(?:also\s+)?(?:been\s+)?$")


def _stems_of(items: list[str]) -> set[str]:
    """The word stems of a list's items: a list whose fields were read already is not read again."""
    return {word_stem(w) for item in items for w in re.findall(r"[\w'-]+", item)}


def _signed_kinds(text: str, signing: re.Match[str], lists: list[list[str]]) -> list[list[str]]:
    read = {stem for items in lists for stem in _stems_of(items)}
    found = []
    for m in _KIND_OF_AGREEMENT.finditer(text):
        if m.start() < signing.end() and not (m.end() <= signing.start()
                                              and _SIGNED_AFTER.match(text[m.end():signing.start()])):
            continue  # no agreement signed: "the trade agreement lapsed before they signed ..."
        field = m.group("field")
        compound = bool(field) and is_field_word(field) and field.lower() not in _MANNER | _GENERIC
        start = m.start("field") if compound else m.start(2)
        if re.search(r"(?i)\b(?:and|or)\s+$", text[m.start():start]):
            continue  # "a peace and security agreement": one agreement's compound name, no field list
        area = f"{field} {m.group(2)}" if compound else m.group(2)
        if (compound or is_field_word(area)) and not _stems_of([area]) <= read:
            found.append([area])
            read |= _stems_of([area])
    other = _FIELDS_AND_OTHER.search(text)
    named = [word.strip() for word in other.group("fields").split(",")] if other else []
    if named and all(is_field_word(word) for word in named) and not _stems_of(named) <= read:
        found.append(named)  # "signed trade, energy and other agreements"
    return found


_FIELDS_AND_OTHER = re.compile(
    r"(?i)\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed|ing))\s+(?P<fields>(?:[a-z-]+,\s+){0,4}[a-z-]+),?\s+and\s+"
    r"(?:several\s+|many\s+|various\s+)?other\s+(?:agreements|deals|accords|pacts|treaties|memoranda|mous)\b")


def _vocabulary_lists(text: str, lists: list[list[str]], cued: bool, named_at: int | None = None) -> list[list[str]]:
    """Lists of fields of the vocabulary that no introducing phrase gave (see sector_lists.py). In a
    sentence that speaks of no cooperation, the list must follow its field noun closely ("Key areas
    include A, B"), not one economy's ("the sectors of Lorvia's economy are A, B")."""
    read = {stem for items in lists for stem in _stems_of(items)}
    found = []
    intro = _FIELDS_INTRO.search(text)
    named_at = intro.end() if intro else named_at
    for items, start, end in field_lists(text, named_at):
        stems = _stems_of(items)
        if not (cued or start == named_at or _FIELDS_BEFORE.search(text[max(0, start - 60):start])):
            continue
        scope = re.match(r"\s+(?:in|on|across)\s+([^.;:]{1,60})", text[end:end + 70])
        if scope and _stems_of([scope.group(1)]) & read:
            continue  # "to boost trade and investment in the farming sector": the sector is the area
        if not stems & read:
            found.append([_clean(item) for item in items])
            read |= stems
    return found


# --- "agreements to encourage X", "a commitment to boost Y and promote Z": the aims name the fields ---

# Not between a document and its aim: its subject ("an MoU on measures to improve X") or a copula ("the
# aims of the pact are to boost X": what follows may be read by another rule).
_NOT_AIM_GAP = r"(?:on|for|regarding|concerning|covering|is|are|was|were|be)\b"
_AIM_VERB_LIST = (*_ACTIONS, "provide", "advance", "address", "battle", "eradicate")
_AIM_VERBS = "|".join(_AIM_VERB_LIST)
# "agreements aimed at promoting X and boosting Y": the same aims in "-ing"
_AIM_ACTING = "|".join(re.sub(r"e$", "", a) + "ing" for a in _AIM_VERB_LIST)
# What the parties set out to do: "signed agreements to encourage investment, ...", "an MoU signed in May
# to provide wider trade openings", "reaffirmed their commitment to strengthen A, boost B and promote C",
# "agreements aimed at promoting A", "the deal is designed to boost B".
_AIM = on_caseless(
    "[acdmprtuv]",
    rf"\b(?:(?P<doc>{_AGREEMENT}{_ACRONYM}(?:\s+(?!{_NOT_GAP}|{_NOT_AIM_GAP})[^\s.;:,]+){{0,8}}?"
    r"|" + _AGREEMENT + _ACRONYM + r",?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?"
    r"(?:aimed|designed|intended|meant|geared))"
    r"|agree[sd]?|agreeing|pledged?|pledging|vow(?:ed|s)?|resolved?|commit(?:ted|ments?)|determined"
    r"|decided|undert(?:ook|ake|akes)|promised?)"
    rf"\s+(?:to|at|towards?)\s+(?:(?:further|jointly|also|continue\s+to)\s+)?(?P<verb>{_AIM_VERBS}|{_AIM_ACTING})\s+"
)
_AIM_HINT = on_caseless(
    "[at]", rf"(?:to|at|towards?)\s+(?:(?:further|jointly|also|continue\s+to)\s+)?(?:{_AIM_VERBS}|{_AIM_ACTING})\s")
# The next aim in the list: ", boost B", ", and to promote C", "and boosting D".
_NEXT_AIM = re.compile(
    rf"(?i)(?:,\s*(?:and\s+)?|\s+and\s+)(?:to\s+)?(?:[a-z]+ly\s+)?(?P<verb>{_AIM_VERBS}|{_AIM_ACTING})\s+")
_OWNER = re.compile(r"(?i)^(?:our|their|its|his|her|the)\s+")


# Two parties at least: "the two leaders", "together, we", "Lorvia and Kessia are determined to".
_JOINT = on_caseless(
    "[tbjwmo]",
    r"\b(?:together|both|the\s+two|the\s+parties|the\s+sides|jointly|we|they|mutual"
    r"|(?:their|our)\s+(?:relationship|relations|ties|partnership|cooperation|co-operation))\b",
)


def _aims(text: str, folded: str, taken: list[tuple[int, int]], names: list[str], joint: bool) -> list[list[str]]:
    """The objects of the aims: "a commitment to strengthen democracy, boost our trade and promote
    stability" -> democracy, trade, stability. An agreement's one aim names a field ("an MoU to boost
    trade"); a pledge needs two, and two parties to make it ("the coach vowed to improve the defence" is
    no cooperation), as a pledge to boost one thing is as often no field."""
    lists = []
    for count, m in enumerate(_AIM.finditer(folded)):
        if count >= _MAX_TRIGGERS:
            break
        if not (m.group("doc") or joint):
            continue
        rest = text[m.end():m.end() + _MAX_LIST_CHARS]
        end = _HARD_END.search(rest)
        rest = rest[: end.start()] if end else rest
        aims = list(_NEXT_AIM.finditer(rest))
        verbs = [m.start("verb")] + [m.end() + n.start("verb") for n in aims]
        starts = [0] + [n.end() for n in aims]
        stops = [n.start() for n in aims] + [len(rest)]
        items: list[str] = []
        for verb, a, b in zip(verbs, starts, stops):
            head = _MODIFIED.match(text, verb)
            if head and head.group("coop") and head.end() <= m.end() + b:
                # "advance economic cooperation, air links and trade": the modifiers, then the list
                items.extend(_modifiers(head.group(1), names))
                more = text[head.end():m.end() + b]
                first = more[2:].split(",")[0]
                if more.startswith(", ") and _cut(first) == first.strip():  # not ", the minister said"
                    items.extend(_continued(text, head.end(), names) or _split(more[2:], False, names)[0])
                continue
            if re.match(r"(?i)an?\s", rest[a:b]):
                break  # "promote a free and open region": one thing aimed at, not a field
            got, _ = _split(_OWNER.sub("", rest[a:b]), False, names)
            if not got:
                break
            items.extend(got)
        if len(items) < (1 if m.group("doc") else 2) or (len(items) == 1 and not _single_ok(items[0], False)):
            continue
        span = (m.start(), _list_end(text, items, m.end(), m.end() + len(rest)))
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue  # read already: "agreed to boost cooperation in X, Y"
        taken.append(span)
        lists.append(items)
    return lists


# "its controversial security deal with X": a deal with a party, named by its kind. The kinds are a closed
# list: a word before "deal" is as often a judgement ("secret", "landmark", "controversial").
_DEAL_KINDS = (
    "security", "defence", "defense", "trade", "peace", "nuclear", "energy", "gas", "oil", "arms", "military",
    "fisheries", "fishing", "investment", "tax", "aviation", "maritime", "border", "migration", "extradition",
    "visa", "water", "climate", "space", "mining", "grain", "railway", "shipping",
)
_KIND_DEAL = re.compile(
    r"(?i)\b(?:its|their|the|a|an|this|that|his|her)\s+(?:[a-z-]+\s+)?"
    rf"({'|'.join(_DEAL_KINDS)})\s+(?:deal|pact|agreement|accord|treaty)\s+with\s"
)


def _list_end(text: str, items: list[str], start: int, limit: int) -> int:
    """Where the items end, each found after the one before: "an MoU on fisheries ... in the fields of
    fisheries, ..." ends at the first "fisheries", so the field list after it is still read."""
    at = start
    for item in items:
        found = text.find(item, at, limit)
        if found < 0:
            return limit
        at = found + len(item)
    return at


def _trigger_ok(m: re.Match[str], cued: bool, view: SentenceView, after_doc: bool) -> bool:
    if not (cued or _SECTORS.match(m.group())):
        return False
    if m.group("including"):  # ", including on X" only tells what a cooperation named before it covers
        coop = _COOP_WORD.search(view.caseless)
        return bool(coop and coop.start() < m.start())
    if m.group("also"):  # "..., as well as plans for Y" goes on from an instrument's own list
        return after_doc
    return True


def _names_document(m: re.Match[str]) -> bool:
    return bool(m.group("agreement") or m.group("plan") or m.group("cover") or m.group("purpose")
                or m.group("implement") or m.group("also"))


def _read_list(text: str, m: re.Match[str], names: list[str]) -> tuple[list[str], int, bool]:
    """The list after trigger ``m``: its items, the characters it used, and whether the trigger is strong."""
    rest = text[m.end():m.end() + _MAX_LIST_CHARS]
    inner = _INNER_DOC.search(rest)
    if inner:  # "an MoU on X, and separate agreements on A, B": the second list is read on its own
        rest = rest[:inner.start()]
    parties = _PARTIES_AFTER.search(rest)
    if parties and re.sub(r"(?i)\b(?:the\s+)?(?:bilateral\s+)?(?:cooperation|co-operation|collaboration|partnership)\b",
                          "", rest[:parties.start()]).strip(" ,"):
        # "cooperation in farming between A's Ministry of Labour, Welfare and Youth and B's …" (not "on
        # cooperation between A and B on X": the parties before the field)
        rest = rest[:parties.start()]
    # A plan may be for its beneficiaries ("an action plan for the African Union"): no titles after it.
    strong = (_names_document(m) and not m.group("plan")) or bool(m.group("field") or _FIELD_LEAD.match(rest))
    titles = _title_list(rest, names) if strong or m.group("include") or m.group("joint") else []
    if titles or m.group("include"):  # what an MoU includes may be clauses: titles only
        return titles, len(rest), True
    if m.group("colon"):  # a list after a colon may be set off by semicolons
        rest = rest.replace(";", ",")
    if _ranges(text, m, rest):  # "range from cooperation in X to Y": "to" joins the list
        rest = re.sub(r"(?i)\s+to\s+", ", ", rest, count=1)
    items, used = _split(rest, strong, names)
    return items, used, strong


# the parties named after the list: its end ('… in civil service between the agencies of A and B')
_PARTIES_AFTER = re.compile(r"(?<!twinning)(?<!tie-up)(?<!tie-ups)(?<!link-up)(?<!link-ups)\s+between\s+(?:the\s+)?(?:[A-Z]|two\b|both\b|ministries\b|agencies\b)")
_SOFT_END = re.compile(r"[.:()!?\"“”\[\]]|\s[-–—]\s")  # a hard end, but not ";"


def _title_list(rest: str, names: list[str]) -> list[str]:
    """ "Political Consultations; Youth, Culture and Arts; and Sports": titles of documents set off by
    semicolons, each read as a list of its own (its commas and "and" are inside one title). Two titles
    at least; the list ends at the first part that is no title or is not read to its end."""
    rest = _PAREN.sub("", rest)
    end = _SOFT_END.search(rest)
    items: list[str] = []
    read = phrases = 0
    for part in rest[: end.start() if end else len(rest)].split(";", 15):
        part = re.sub(r"(?i)^\s*and\s+", "", part).strip()
        more, _ = _split(part, True, names)
        if not (more and _title(part) and _read_to_end(part, more[-1])) or _org(part):
            break
        items.extend(more)
        read, phrases = read + 1, phrases + (" " in part or is_field_word(part))
    # A title names its subject in a phrase ("Political Consultations") or by a field of the vocabulary
    # ("Fisheries"); mostly other single capitalised words are names ("Boeing; Airbus; and Shell").
    return items if read >= 2 and 2 * phrases >= read else []


def _read_to_end(part: str, last: str) -> bool:
    """Whether the last item ends the part ("Judicial Cooperation" -> Judicial, its wrapper left off)."""
    return any(p.lower().endswith(last.lower()) for p in (part, _TAIL.sub("", part)))


def _org(title: str) -> bool:
    """ "Equity Bank", "Kenya Airways": an organisation's name, not a document's subject."""
    last = title.split()[-1].lower()
    return last in ORG_WORDS and last not in ("service", "services")


# --- "boost defence cooperation": the area is the modifier --------------------

_COOP_WORD = on_caseless("[cpw]", rf"\b{_COOP}\b")
# The parties act on the cooperation; "discussed economic cooperation" is only a topic.
_GOVERNOR = (
    r"agree[sd]?|agreeing|sign(?:s|ed|ing)?|launch(?:es|ed|ing)?|boost(?:s|ed|ing)?|deepen(?:s|ed|ing)?"
    r"|strengthen(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|expand(?:s|ed|ing)?|promot(?:e|es|ed|ing)"
    r"|step(?:s|ped|ping)?\s+up|bolster(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|advanc(?:e|es|ed|ing)"
    r"|broaden(?:s|ed|ing)?|increas(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)"
    r"|foster(?:s|ed|ing)?|resum(?:e|es|ed|ing)|develop(?:s|ed|ing)?|(?:plan|programme|program|roadmap|framework|mechanism"
    r"|strategy|initiative)s?\s+(?:for|on)"
)
# "boost economic, trade and cultural cooperation", "signed a defence cooperation pact": up to six
# lower-case words before the first such noun ("signed trade cooperation agreements" -> trade); talks the
# parties act on are named so too ("resume fisheries talks").
_MODIFIED = starting_with(
    "(?i:[abdefilmprsu])",  # the first letters of the governors
    rf"\b(?i:{_GOVERNOR})\s+(?:on\s+)?((?:[a-z][\w'-]*,?\s+){{1,6}}?)"
    r"(?:(?P<coop>(?i:cooperation|co-operation|collaboration|partnership|ties|talks|dialogue))"
    # "signing of economic cooperation project agreements"
    r"(?:\s+(?i:projects?)(?=\s+(?i:agreements?|accords?|deals?|MoUs?)\b))?"
    r"(?:\s+(?:agreements?|accords?|pacts?|deals?|treaty|treaties|memorand(?:a|ums?)|MoUs?|plans?"
    r"|programmes?|programs?|frameworks?|roadmaps?))?"
    # "sign legal, medical and sporting agreements": documents named by a list of modifiers
    r"|(?i:agreements|accords|pacts|deals|treaties|memoranda|memorandums|MoUs))\b"
)
# "step up trade cooperation, farming, water and scientific spheres and industrial cooperation":
# more heads after the cooperation, closed by a field noun.
_CONTINUED = re.compile(
    r",\s+((?:[a-z][\w'-]*,?\s+){1,16}?)"
    r"(?P<head>(?i:spheres|fields|sectors|domains|cooperation|co-operation))\b"
    r"(?:\s+and\s+((?:[a-z][\w'-]*\s+){1,3}?)(?i:cooperation|co-operation)\b)?"
)
# "promote farm cooperation and energy cooperation": a second cooperation named by its own modifiers.
_SECOND_COOP = re.compile(r"\s+and\s+((?:[a-z][\w'-]*\s+){1,3}?)(?i:cooperation|co-operation|collaboration)\b")
# Words of a noun phrase, not of a bare run of area words.
_FUNCTION = frozenset({
    "the", "a", "an", "in", "on", "of", "for", "by", "at", "its", "their", "our", "his", "her", "other",
    "all", "such", "many", "several", "various", "some", "any", "more", "most", "both", "each", "these",
    "those",
})
# The noun must end its phrase: "key cooperation directions" is no cooperation in "key".
_HEAD_END = re.compile(
    r"\s*(?:[^\w\s-]|$|[A-Z0-9]|(?:between|with|in|on|and|or|to|for|among|amongst|across|at|by|as|from|that"
    r"|which|who|while|is|are|was|were|will|would|has|have|had|through|under|within|during|so|since|after"
    r"|before|including|involving|especially|this|next|last|against|over|towards?|amid|despite|via|into|of|until"
    r"|worth)\b)"
)
# "discussed signing trade and tourism agreements": a topic, unless a new clause acts ("..., and agreed to").
# A cooperation sought still names its fields ("discussed ways to boost economic cooperation"): areas
# only sought are optional in the annotation, so they are kept.
_TOPIC = re.compile(
    r"(?i)\b(?:discuss\w*|exchanged\s+views|raised|touched\s+on|deliberated|talk(?:s|ed)?\s+about)"
    r"\s+(?:(?!and\b)[\w-]+\s+){0,4}$"
)
# Words that say how much or how well the parties cooperate, not in what.
_MANNER = frozenset({
    "the", "a", "an", "their", "our", "its", "his", "her", "this", "that", "these", "two", "both", "all",
    "bilateral", "closer", "close", "further", "deeper", "deep", "stronger", "strong", "greater", "more",
    "practical", "pragmatic", "mutual", "mutually", "beneficial", "friendly", "strategic", "comprehensive",
    "all-round", "fruitful", "effective", "concrete", "long-term", "future", "existing", "international",
    "regional", "multilateral", "trilateral", "global", "win-win", "two-way", "joint", "new", "broad",
    "broader", "wide", "wider", "extensive", "overall", "tangible", "substantive", "in-depth", "high-level",
    "high-quality", "active", "increased", "enhanced", "expanded", "good", "great", "sustainable",
    "cooperative", "mutual-benefit", "solid", "robust", "vibrant", "dynamic", "sectoral",
    "to", "on", "for", "of", "in", "with", "such", "other", "every", "each", "up", "which", "is",
    "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "must", "may", "not",
    "key", "main", "major", "priority", "important", "specific", "various", "traditional", "friendship",
    "regular", "continued", "ongoing", "lasting", "meaningful", "better", "stable", "steady", "healthy",
    # age and warmth of the ties: "the decades-old ties", "their warm partnership"
    "historic", "historical", "long-standing", "longstanding", "time-honoured", "time-honored", "growing",
    "enduring", "excellent", "warm", "cordial", "brotherly", "fraternal", "multifaceted", "multi-faceted",
    "diverse", "wide-ranging", "far-reaching", "intensive", "productive", "successful", "special",
    "privileged", "renewed", "current", "potential", "possible", "intergovernmental", "interstate",
    # the spirit of it: "promote constructive cooperation"
    "constructive", "positive", "sincere", "genuine", "balanced", "equitable", "reliable", "trustful",
})
_GOVERNOR_WORD = re.compile(rf"(?i)(?:{_GOVERNOR})")
_MAX_MODIFIERS = 4  # "economic, trade and cultural cooperation"; more is a clause, not a list


def _modified(text: str, taken: list[tuple[int, int]], names: list[str]) -> list[list[str]]:
    """ "agreed to boost defence cooperation" -> [defence]: the words right before the noun, once
    the words of manner ("closer", "bilateral") are left off. Not where a list was read already
    ("cooperation in X", "an agreement on economic cooperation"): ``taken`` spans those."""
    lists = []
    for m in _MODIFIED.finditer(text):
        noun = m.end(1)  # "cooperation" starts a list read, or its modifier lies in one
        if any(noun == a or a <= noun - 2 <= b for a, b in taken) or not _HEAD_END.match(text, m.end()):
            continue
        if not m.group("coop") and _TOPIC.search(text[max(0, m.start() - 60):m.start()]):
            continue
        items = _modifiers(m.group(1), names)
        if items == ["diplomatic"] and m.group().lower().endswith(" ties"):
            continue  # "diplomatic ties" are the relations themselves
        if not m.group("coop") and (len(items) < 2 or any(i.lower() in _GENERIC for i in items)):
            continue  # "signed trade agreements" may name one deal; a list of kinds names areas
        if items and m.group("coop"):
            items += _continued(text, m.end(), names)
        if items:
            lists.append(items)
    return lists


def _continued(text: str, end: int, names: list[str]) -> list[str]:
    """The heads that follow the cooperation at ``end``: ", farming, water and scientific spheres"."""
    pair = _SECOND_COOP.match(text, end)
    if pair and _HEAD_END.match(text, pair.end()):  # "agriculture cooperation and industry development cooperation"
        return _modifiers(pair.group(1), names)
    m = _CONTINUED.match(text, end)
    if not m or not _HEAD_END.match(text, m.end()):
        return []
    items = _head_list(m.group(1), m.group("head"), names)
    last = _clean(m.group(3) or "")  # "... spheres and industrial cooperation"
    if items and last:
        items.append(last)
    return items if all(_ok(i, False, names) for i in items) else []


def _head_list(phrase: str, head: str, names: list[str]) -> list[str]:
    """ "music, film and higher education" + "fields" -> one item a chunk (short ones);
    the last chunk keeps the head so that "scientific and sporting spheres" splits in two."""
    words = phrase.replace(",", " ").lower().split()
    if _STOP.search(" " + phrase) or any(_not_field_word(w) for w in words):
        return []  # a clause, a noun phrase or places, not a run of area words
    chunks = [re.sub(r"(?i)^(?:and|or)\s+", "", c.strip()) for c in phrase.split(",") if c.strip()]
    if not chunks or any(len(re.findall(r"(?<!\S)(?!(?:and|or)\s)\S+", c)) > 3 for c in chunks):
        return []  # a long chunk is a phrase of its own, not one area word or two
    chunks[-1] += " " + head
    items = [p for k, c in enumerate(chunks) for p in _pieces(c, final=k == len(chunks) - 1, alone=False)]
    items = [_clean(i) for i in items]
    return items if all(i and _ok(i, False, names) for i in items) else []


# --- "in the trade, energy and culture fields": the field noun after the list ------

# The field nouns _HEADED ends on, looked for in the caseless text: as a plain list of words, the
# engine skips from one of their first letters to the next at once.
_FIELD_NOUN = re.compile(r"fields|sectors|areas|spheres|domains")
# "The areas include", "key sectors are", "priority areas such as": a list of fields comes next.
_FIELD_NOUNS = r"(?:fields|sectors|areas|spheres|domains|priorities)"
_FIELDS_INTRO = re.compile(rf"(?i)\b{_FIELD_NOUNS}\s+(?:include[sd]?|including|are|were|such\s+as|like|namely)\s+")
_FIELDS_BEFORE = re.compile(rf"(?i)\b{_FIELD_NOUNS}\b(?![^,;]*\b(?:econom|countr))[^.;]*$")
# "... want closer cooperation in four sectors.": a sentence that ends on fields it has not named
_ENDS_ON_FIELDS = re.compile(rf"(?i)\b{_FIELD_NOUNS}(?:\s+of\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?\W{{0,3}}$")
# "These include A, B and C", "They are A and B": the fields of the sentence before
_THESE_INCLUDE = re.compile(r"(?i)^\W{0,3}(?:these|they|those|the\s+(?:main|key)\s+ones)\s+(?:would\s+|will\s+)?"
                            r"(?:include[sd]?|are|were|cover(?:s|ed)?|range[sd]?\s+from)\s+")


def ends_on_fields(text: str) -> bool:
    """Whether a sentence ends on fields it does not name ("closer cooperation in four sectors.")."""
    return bool(_ENDS_ON_FIELDS.search(text[-120:]))


_HEADED = starting_with(
    "(?i:[ioac])",
    r"\b(?i:in|on|across|covering)\s+(?:(?i:the)\s+)?((?:[a-z][\w'-]*,?\s+){1,12}?)"
    r"(?P<head>(?i:fields|sectors|areas|spheres|domains))\b"
)
# "in the rural and urban areas" are places, "the public and private sectors" owners, "the relevant
# fields" a reference back.
_NOT_FIELD_WORDS = frozenset({
    "rural", "urban", "border", "coastal", "remote", "frontier", "northern", "southern", "eastern", "western",
    "central", "occupied", "residential", "affected", "surrounding", "neighbouring", "neighboring",
    "mountainous", "tribal", "conflict", "populated", "disputed", "protected", "flooded", "inland", "island",
    "dry", "arid", "semi-arid", "hilly", "low-lying", "poor", "poorer", "poorest", "underserved", "deprived",
    "isolated", "public", "private", "formal", "informal", "relevant", "related", "respective", "above",
    "aforementioned", "above-mentioned", "mentioned", "same",
})


def _not_field_word(word: str) -> bool:
    """A word that cannot be part of a bare list of area words ("the", "closer", "rural", "flood-prone")."""
    return (word in _FUNCTION or word in _NOT_FIELD_WORDS or word in _MANNER
            or bool(re.search(r"-(?:prone|hit|affected|stricken|ravaged)$", word)))


# "cooperation at political, economic and sectoral level": the levels are fields; "at ministerial and
# expert level", "at the national and local levels" are ranks of who cooperates. (Run only where the
# sentence says "level" at all.)
_AT_LEVEL = re.compile(
    rf"\b(?i:{_COOP})\s+at\s+(?:(?i:the)\s+)?((?:[a-z][\w'-]*,?\s+){{1,8}}?)(?P<head>(?i:levels?))\b"
)
_RANKS = frozenset({
    "ministerial", "presidential", "expert", "experts", "official", "officials", "government", "governmental",
    "local", "national", "federal", "state", "provincial", "municipal", "grassroots", "leadership", "senior",
    "top", "highest", "high", "working", "parliamentary", "summit", "technical", "institutional",
    "people-to-people", "personal", "operational", "business", "community", "party", "cabinet", "agency",
    "departmental", "leaders", "heads", "ambassadorial", "deputy", "vice-ministerial",
})


# "identified farming, tourism and health as priority areas for cooperation": a list named as the fields.
# (Plain re.compile: it runs only on cued sentences that say " as ".)
_NAMED_AS = re.compile(
    r"\b(?i:identified|named|chose|chosen|selected|designated|listed|singled\s+out|prioriti[sz]ed|picked)\s+"
    r"([^.;:]{3,200}?)\s+(?:as\s+(?:(?i:the|their|its|an?|two|three|four|five|main)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?i:fields?|areas?|sectors?|spheres?|domains?|priorit(?:y|ies))\s+(?i:of|for)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?i:cooperation|co-operation|collaboration|partnership|investment|engagement)\b"
    # "identified A, B and C among the key areas": the fields named by the set they join
    r"|among\s+(?i:the|their|its)\s+(?:[a-z-]+\s+){0,2}?(?i:fields|areas|sectors|spheres|domains|priorities)\b)"
)


def _named_as(text: str, taken: list[tuple[int, int]], names: list[str]) -> list[list[str]]:
    """ "identified farming and health as priority areas for cooperation" -> farming, health."""
    lists = []
    for m in _NAMED_AS.finditer(text):
        if any(a <= m.start(1) <= b for a, b in taken):
            continue
        items, _ = _split(m.group(1), False, names)
        if len(items) >= 2 or (len(items) == 1 and _single_ok(items[0], False)):
            lists.append(items)
    return lists


def _headed(text: str, taken: list[tuple[int, int]], names: list[str]) -> list[list[str]]:
    """ "a plan for 2020-2023 in the music, film and sport fields" -> music, film, sport;
    "cooperation at political and economic level" -> political, economic."""
    lists = []
    for m in (*_HEADED.finditer(text), *_AT_LEVEL.finditer(text)):
        phrase = m.group(1)
        if any(a <= m.start() <= b for a, b in taken) or not re.search(r",|\s(?:and|or)\s", phrase):
            continue  # read already ("cooperation in the mining and energy sectors"), or no list
        level = m.group("head").lower().startswith("level")
        items = _level_list(phrase, names) if level else _head_list(phrase, m.group("head"), names)
        if len(items) >= 2:
            lists.append(items)
    return lists


def _level_list(phrase: str, names: list[str]) -> list[str]:
    """ "political, economic and sectoral" -> one item a word; none where a word is a rank ("ministerial")
    or a scope of the ties ("bilateral", "regional")."""
    items = [i for i in re.split(r",\s*|\s+(?:and|or)\s+", phrase.strip()) if i]
    items = [re.sub(r"^(?:and|or)\s+", "", i) for i in items]
    words = [w for i in items for w in i.lower().split()]
    if (len(words) != len(items) or _STOP.search(" " + phrase)
            or any(w in _RANKS or w in _FUNCTION or (w in _MANNER and w != "sectoral") for w in words)):
        return []
    return items if all(_ok(i, False, names) for i in items) else []


def _modifiers(words: str, names: list[str]) -> list[str]:
    """The area words at the end of ``words``: "the two countries' economic and trade" -> economic, trade."""
    kept: list[str] = []
    for word in reversed(words.split()):
        bare = word.rstrip(",").lower()
        if bare in _MANNER or bare.endswith(("-old", "-long")) or "'" in word or _GOVERNOR_WORD.fullmatch(bare):
            break
        kept.insert(0, word)
    if not kept or kept[-1] in ("and", "or") or kept[-1].endswith(","):
        return []  # "exchanges and cooperation", "peace, cooperation": two nouns, no modifier
    if sum(1 for w in kept if w.rstrip(",") not in ("and", "or")) > _MAX_MODIFIERS:
        return []
    phrase = re.sub(r"^(?:(?:and|or),?\s+)+", "", " ".join(kept))
    chunks = [c.strip() for c in phrase.split(",") if c.strip()]
    if not chunks:
        return []
    items = chunks[:-1] + _pieces(chunks[-1], final=True, alone=False)
    items = [_clean(re.sub(r"^(?:and|or)\s+", "", i)) for i in items]
    return items if all(i and _ok(i, False, names) for i in items) else []


def _single_ok(item: str, strong: bool) -> bool:
    """A lone item is an area when it reads as one: "investments", "Higher Education", not "Boeing jets"."""
    first = item.split()[0]
    return not first[:1].isupper() or first.isupper() or (strong and _title(item))


def _names(view: SentenceView) -> list[str]:
    """Places, titled people and dates of the sentence (folded): none of them is an area."""
    spans = [(p.start, p.end) for p in view.places]
    spans += [(p.start, p.end) for p in view.people if p.titles and not _ABSTRACT_NOUN.search(p.name)]
    spans += [(d.start, d.end) for d, _ in view.dates]
    return [view.text[a:b].lower() for a, b in spans if b > a]


# "Foreign Policy Coordination" read as a person titled "Foreign": a name ends in no abstract noun.
_ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ity|ism)$")


# "cooperate on a number of issues, ranging from X to Y": the range opens the list itself.
_RANGE_LEAD = re.compile(r"(?i)[^,.;:]{0,40}?,?\s*\brang(?:e|es|ed|ing)\s+from\s")


def _ranges(text: str, m: re.Match[str], rest: str) -> bool:
    before = text[max(0, m.start() - 24):m.start()]
    return bool(re.search(r"(?i)\brang(?:e|es|ed|ing)\s+from\s+$", before)
                or m.group().lower().rstrip().endswith("from")
                or _RANGE_LEAD.match(rest))



def _ends_as_a_sentence(text: str) -> bool:
    """A sentence, not a headline or menu line: it ends in punctuation (a bullet's "; and" too)."""
    end = re.sub(r"(?i)[\s,]*(?:and|or)?\s*$", "", text[-40:])
    return bool(re.search(r"[.;:!?\"”')]$", end))


# --- one list ----------------------------------------------------------------

# A word or two set off by quotes inside a list ("in the field of "green" energy, mining"): no end of it.
_QUOTED = re.compile(r"(?:^|(?<=\s))[\"“]([\w-]+(?:\s[\w-]+)?)[\"”](?=\s+\w)")


# Words that start a clause inside an item: after them the list does not go on.
_CLAUSE_STOP = re.compile(
    r"(?i)\s(?:has|have|had|is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|did"
    r"|does|do|said|says|added|noted|stated|announced|told|agreed|signed|that|which|who|whom|whose|where|when"
    r"|while|whereas|because|since|so|but|if|unless|although|though)\b"
)


def _split(rest: str, strong: bool, names: list[str]) -> tuple[list[str], int]:
    """The items of the list that starts ``rest``, and how many characters it used."""
    rest = _QUOTED.sub(r"\1", _PAREN.sub("", rest))
    end = _HARD_END.search(rest)
    rest = rest[: end.start()] if end else rest
    others = _OTHERS.search(rest)
    if others:
        rest = rest[: others.start()] + _other_kind(rest, others.start())
    verb = _AS_WELL_VERB.search(rest)
    if verb:  # "... and fishing as well as encourage regular talks": a new verb phrase ends the list
        rest = rest[: verb.start()]
    # "A, B and C, as well as (in) D": D is one more item, after the list's own last one.
    rest = re.sub(r"(?i),\s+as\s+well\s+as\s+(?:(?:in|on)\s+)?", ", and ", rest)
    rest = re.sub(r"\s+as\s+well\s+as\s+", " and ", rest)
    rest = _strip_lead(rest)
    chunks = [c.strip() for c in rest.split(",")]
    items: list[str] = []
    for index, chunk in enumerate(chunks):
        if index and _ATTRIBUTION.match(chunk):
            break  # "..., KNA reports"
        serial = re.match(r"(?i)(?:and|or)\s+(.*)$", chunk)
        if serial and (_NEW_CLAUSE.match(serial.group(1)) or _VERB_FIRST.match(serial.group(1))):
            break  # "..., and the ministers praised the talks", "..., and work together to build X": a clause
        if serial:  # the serial "and": its item may hold an "and" of its own
            items.extend(_pieces(_cut(_strip_lead(serial.group(1))), final=True, alone=False))
            if index + 1 < len(chunks) and re.match(r"(?i)and\s", chunks[index + 1]):
                continue  # "..., and C, and D": the list goes on after its serial "and"
            break
        cut = _cut(_strip_lead(chunk))
        if index and cut != chunk.strip() and _reported(chunk):
            break  # "..., the ministry added"
        # an item cut short ends the list, unless an instrument's list goes on after an adjunct
        # ("cover customs checks, upkeep of X Bridge, mining"): not after a clause
        cut_short = cut != _strip_lead(chunk) and not (strong and not _CLAUSE_STOP.search(" " + chunk))
        last = index == len(chunks) - 1 or cut_short or not _next_ok(chunks[index + 1], strong, names)
        items.extend(_pieces(cut, final=last, alone=len(chunks) == 1))
        if last:
            break
    items = _shared_head([_without_place(_clean(i), names) for i in items if i])
    for k, item in enumerate(items):
        if not _ok(item, strong, names):
            items = items[:k]
            break
    return items, len(rest)


def _without_place(item: str, names: list[str]) -> str:
    """ "Higher Education in Lima": a title read on past its "in" ends before a place or a person."""
    m = re.search(r"\s(?:in|at|with|for|of)\s+(?:the\s+)?(.+)$", item)
    return item[:m.start()] if m and m.start() > 0 and m.group(1).lower() in names else item


_ADJECTIVE = r"[a-z]+(?:al|ary|ic|ive|ous|ian)"
_OPEN_ADJECTIVE = re.compile(rf"\s(?:for|of)\s+{_ADJECTIVE}$")


def _shared_head(items: list[str]) -> list[str]:
    """'visas for diplomatic', 'official', 'ordinary passport holders' are one item: adjectives
    that share the last one's noun ('for diplomatic, official, and ordinary passport holders')."""
    for k, item in enumerate(items):
        if not _OPEN_ADJECTIVE.search(item):
            continue
        m = k + 1
        while m < len(items) and re.fullmatch(_ADJECTIVE, items[m]):
            m += 1
        if m < len(items) and re.match(rf"{_ADJECTIVE}\s+[a-z]", items[m]):
            return [*items[:k], ", ".join(items[k:m]) + f", and {items[m]}", *items[m + 1:]]
    return items


# "and the ministers praised ...", "and they will ...": a subject and its verb start a new clause.
_NEW_CLAUSE = re.compile(
    r"(?i)(?:the|they|it|he|she|we|both|this|these|that)\b(?:\s+[\w-]+){0,5}?\s+(?:said|says|added|noted"
    r"|praised|agreed|will|would|shall|can|could|may|have|has|had|was|were|is|are|also|welcomed|expressed"
    r"|stressed|pledged|called|thanked|hailed|described|signed|discussed|reviewed)\b"
)


# "as well as encourage ...", "as well as to boost ...": a second aim, not one more area.
_AS_WELL_VERB = re.compile(
    rf"(?i),?\s+as\s+well\s+as\s+(?:to\s+)?(?:{'|'.join(_ACTIONS)}|{_MAKE}|explore|ensure|hold|exchange"
    r"|share|conduct|work|cooperate|co-operate|collaborate)\s(?!of\s)"  # "as well as exchange of staff": a noun
)


# "piracy and other maritime security threats": a kind of threat named, not an open end.
_OTHER_KIND = re.compile(
    r"(?i)(?:,\s*|\s+)(?:and|or|as\s+well\s+as)\s+other\s+((?:[a-z][\w-]*\s+){1,3}?"
    r"(?:threats|crimes|risks|hazards|diseases|challenges))\b"
)


def _other_kind(rest: str, at: int) -> str:
    """ " and maritime security threats" when the open end at ``at`` names a kind of threat, else ""."""
    m = _OTHER_KIND.match(rest, at)
    if not m or any(_not_field_word(w) for w in m.group(1).lower().split()[:-1]):
        return ""  # "and other potential threats": no kind named
    return " and " + m.group(1)


# "..., demonstrating their resolve", "..., building on earlier accords": a participle that comments on
# the act starts a clause of its own; it names no field ("coping with floods", "mining" do).
_REMARK = re.compile(
    r"(?i)(?:and\s+)?(?:demonstrating|reflecting|underscoring|underlining|highlighting|marking|signall?ing"
    r"|showing|showcasing|illustrating|indicating|confirming|reaffirming|emphasi[sz]ing|stressing|paving"
    r"|cementing|ushering|bringing|making|taking|sealing|heralding|opening|adding|noting|saying"
    r"|building\s+on"
    # ", covering cooperation in space": what the document covers, a list of its own
    r"|covering|spanning|encompassing)\b"
)


# "..., organize joint festivals": a verb phrase of its own after the list ("exchange of staff" is an item).
_VERB_FIRST = re.compile(
    r"(?i)(?:and\s+)?(?:organi[sz]e|hold|launch|implement|conduct|host|sign|set\s+up|carry\s+out|explore|ensure"
    r"|create|establish|promote|boost|strengthen|enhance|expand|deepen|develop|improve|foster|facilitate"
    r"|encourage|intensify|step\s+up|work\s+together|cooperate|co-operate|collaborate|join\s+hands)\s+(?!of\b)"
)


def _next_ok(chunk: str, strong: bool, names: list[str]) -> bool:
    """Whether the next chunk still starts with an area (else this chunk is the list's last)."""
    if _REMARK.match(chunk) or _ATTRIBUTION.match(chunk) or _VERB_FIRST.match(chunk):
        return False
    pieces = _pieces(_cut(_strip_lead(re.sub(r"(?i)^(?:and|or)\s+", "", chunk))), final=True, alone=False)
    return bool(pieces) and _ok(_clean(pieces[0]), strong, names)


def _strip_lead(chunk: str) -> str:
    chunk = chunk.strip()
    for _ in range(6):  # "for cooperation in the field of sports": a few wrappers at most
        m = _LEAD.match(chunk)
        if not m:
            break
        chunk = chunk[m.end():].strip()
    return chunk


# "coping with natural catastrophes", "fighting against piracy", "the fight against crime": an action and what it acts on are one
# item, so the item's own preposition is no stop.
_GERUND_OBJECT = re.compile(
    r"(?i)\s(?:(?:the\s+)?(?:fight|struggle|war|campaign|action|protection|combat)|[a-z]{3,}ing)\s+(?:with|against)\s")


# After "in the" a title goes on in capitals ("in the Peaceful Uses of Outer Space"), unless it names a
# place by its kind ("in the Vessa Strait", "in the Gulf of Aden").
_TITLE_GOES_ON = re.compile(
    r"(?:(?<=\s[Tt]he)|(?<=\s[Aa]n)|(?<=\s[Aa]))\s+(?=[A-Z])(?!(?:[A-Z][\w-]*\s+){0,3}(?:Strait|Straits|Sea|Ocean|Gulf|Bay|Basin|River|Region|Peninsula"
    r"|Islands?|Highlands|Coast|Valley|Mountains|Lake|Canal|Delta|Desert|Horn|Corridor)\b)"
)


# "accession to the X Pact", "a twinning between two schools": a link is one item with what it links
_LINK_OBJECT = re.compile(r"(?i)\s(?:accession|tie-ups?|twinning|link-ups?|membership)\s(?:to|between|with|of|in)\s")


def _cut(chunk: str) -> str:
    """The chunk up to the first verb, clause or adjunct; Title Case runs keep their "of Goods"."""
    padded = " " + chunk
    gerund = _GERUND_OBJECT.match(padded)
    stop = _STOP.search(padded, gerund.end() - 1 if gerund else 0)
    link = _LINK_OBJECT.search(padded) if stop and not gerund else None
    if link and link.start() <= stop.start() < link.end():
        stop = _STOP.search(padded, link.end() - 1)  # the link's own preposition is no stop
    ends = [stop.start()] if stop else []
    title, seen = True, 0  # whether the words so far are Title Case, checked piece by piece
    for m in _ADJUNCT.finditer(padded):
        title, seen = title and not _lower_word(padded[seen:m.start()]), m.start()
        if m.group().lstrip()[:2].lower() == "of" and not _OF_ADJUNCT.match(m.group()):
            continue
        if title and m.start() > 0 and (padded[m.end() - 1].isupper() or _TITLE_GOES_ON.match(padded, m.end())):
            continue  # "Cooperation in the Peaceful Uses of Outer Space": a title goes on after its "in the"
        ends.append(m.start())
        break
    cut = padded[: min(ends)] if ends else padded
    return re.sub(r"(?i)(?:\s+(?:and|or))+$", "", cut.strip()).strip()


# ", KNA reports", ", the agency reported": who tells the news, after the list.
_ATTRIBUTION = re.compile(
    r"(?:the\s+|(?=[A-Z]))(?:[\w.&'-]+\s+){1,4}(?:reports|reported|writes|wrote|quoted|informed|explained"
    r"|indicated)$")


def _reported(chunk: str) -> bool:
    return bool(re.search(r"(?i)\s(?:said|says|added|adds|noted|stated|announced|told)\b", " " + chunk))


def _pieces(chunk: str, final: bool, alone: bool) -> list[str]:
    """One chunk as items: "the energy and tourism sectors" is two, "oil and gas" one."""
    shared = _SHARED_TAIL.match(chunk)
    if shared and (shared.group(1).lower(), shared.group(2).lower()) not in _WHOLE:
        return [shared.group(1), shared.group(2)]
    if shared:  # "the oil and gas sectors": one area
        chunk = _TAIL.sub("", chunk)
    words = chunk.split()
    ands = [i for i, w in enumerate(words) if w.lower() in ("and", "or")]
    if not ands or (alone and _title(chunk)):
        return [chunk] if chunk else []
    if not final:  # mid-list: only "agriculture and culture" (one word each side) is two
        if len(words) == 3 and ands == [1] and not _whole(words, 1):
            return [words[0], words[2]]
        return [chunk]
    for i in ands:  # the list's own "and": the first one that does not join one area
        if (0 < i < len(words) - 1 and not _whole(words, i) and not _shared_complement(words, i)
                and not _shared_noun(words, i) and not _one_field(words, i)):
            return [" ".join(words[:i]), " ".join(words[i + 1:])]
    return [chunk]


def _one_field(words: list[str], i: int) -> bool:
    """ "the trade and economic sphere and D": two words before one field noun in the singular are one field."""
    return i + 2 < len(words) and words[i + 2].lower() in _SINGULAR_FIELD


def _whole(words: list[str], i: int) -> bool:
    return (words[i - 1].lower(), words[i + 1].lower()) in _WHOLE


def _shared_noun(words: list[str], i: int) -> bool:
    """ "visas for holders of official and service passports": two words after "of" / "for" that
    share the item's last noun are one object, not two items."""
    return i >= 3 and i + 2 == len(words) - 1 and words[i - 2].lower() in ("of", "for")


def _shared_complement(words: list[str], i: int) -> bool:
    """ "promotion and protection of investment": two heads share one "of" phrase; "protecting and
    encouraging investments": two actions share one object."""
    if i != 1 or i + 2 >= len(words):
        return False
    if is_field_word(words[0]) and not is_field_word(words[2]):
        return False  # "tourism and promotion of culture": a field, then an action with its own object
    pair = (words[0].lower(), words[2].lower())
    return words[i + 2].lower() in ("of", "for", "in") or (
        all(w.endswith("ing") for w in pair) and any(w in _ACTING_WORDS for w in pair))


def _title(text: str) -> bool:
    """Title Case: every longer word capitalised ("Cross Border Transport of Goods")."""
    return bool(re.search(r"[A-Z]", text)) and not _lower_word(text)


def _lower_word(text: str) -> bool:
    """A lower-case word of four letters or more: "of", "by", "and" may stay small in a title."""
    return bool(re.search(r"(?<![\w'-])[a-z][\w'-]{3,}", text))


def _clean(item: str) -> str:
    item = re.sub(r"(?i)^(?:the|a|an)\s+", "", _strip_lead(item)).strip(" ,'")
    item = re.sub(r"^[A-Z][\w-]*'s\s+", "", item)  # "Kessia's fisheries": the owner is no part of the field
    if " " in item and not re.search(r"(?i)\s(?:of|on|for|in|by)\s", item):
        # "defense cooperation" -> defense; "studies on international co-operation" stays
        item = _TAIL.sub("", item)
    return item.strip()


_REGION = re.compile(r"(?:northern|southern|eastern|western|central|north|south|east|west)(?:ern)?\s+[A-Z]")


def _ok(item: str, strong: bool, names: list[str]) -> bool:
    words = item.split()
    if not 1 <= len(words) <= _MAX_WORDS or re.search(r"\d", item):
        return False
    clause = _CLAUSE.match(item)
    if clause and clause.group(1).lower().replace("tt", "t") in _ACTING_WORDS:
        clause = None
    if (_BAD_START.match(item) or _NOT_AREA.match(item) or clause or _RELATIONS.search(item)
            or _BODY.match(item)):
        return False
    if (len(words) == 1 and item.lower() in _NOT_FIELD_WORDS) or _REGION.match(item):
        return False  # "rural (areas)", "northern Dravia": places
    # In an instrument's list a common noun may link names ("a twinning between A's Academy and B
    # School", "accession to the B Pact"): only its head must be no name.
    link = _LINK_OBJECT.search(f" {item} ") if strong and item[:1].islower() else None
    head = f" {item} "[:link.end()].split() if link else words
    folded = f" {' '.join(head).lower()} "
    if _CALENDAR.search(item) or any(f" {n} " in folded or f" {item.lower()} " in f" {n} " for n in names):
        return False  # a place, a person or a date: "cooperation in Africa", "agreement on Tuesday"
    if strong and _title(item):
        return True  # a document's title: "MoU on Cross Border Transport of Goods"
    # Areas are common nouns: a capitalised run is a list of names ("the United Nations").
    capitals = sum(1 for w in head if w[:1].isupper() and not w.isupper())
    return capitals <= len(head) // 2


# --- a list of named agreements ----------------------------------------------

_GENERIC = frozenset({
    "bilateral", "new", "strategic", "important", "comprehensive", "framework", "cooperation", "co-operation",
    "partnership", "formal", "historic", "landmark", "major", "final", "interim", "joint", "broad",
    "long-term", "several", "other", "further", "key", "separate", "additional", "first", "second", "third",
    "renewed",
})
# A document's title in a list of titles: "Memorandum of Understanding on A", "Understanding on B",
# "Cultural Cooperation Program between X and Y".
_TITLE_NOUN = r"(?-i:Memorand(?:a|ums?)|Understandings?|Agreements?|Accords?|Protocols?|Treat(?:y|ies)|MOUs?|MoUs?" \
    r"|Conventions?|Programmes?|Programs?)"
# Between two agreements: ";", ", a(n)/the", "and a(n)", ", (and) <Title> Memorandum" (no leading \s*: linear
# on long blanks).
_SEGMENT_SPLIT = starting_with(
    "[;,a]",
    r";|,(?=\s*(?:and\s+)?(?:an?|another|the)\s)|\band(?=\s+(?:an?|another)\s)"
    rf"|,(?=\s*(?:and\s+)?(?-i:(?:[A-Z][\w-]*\s+){{0,3}}){_TITLE_NOUN}\b)",
    re.IGNORECASE,
)
_ARTICLE = r"(?:^(?:(?:an?|another|the)\s+)?|\b(?:an?|another|the)\s+)"
# The parties a document is between, before its subject or after its name: "between A and B on C",
# "a programme between A and B for the period of ...".
_PARTIES = r"(?:\s+between\s+[^;]{1,160}?(?=\s+on\s))?"
_NAMED_NOUN = rf"(?:{_AGREEMENT}|understandings?|programmes?|programs?)"
# "a double taxation agreement": the words before the noun name it
_PRE_NAMED = re.compile(
    rf"(?i){_ARTICLE}((?:[\w-]+\s+){{1,3}}){_NAMED_NOUN}{_ACRONYM}"
    r"(?:\s+between\s.*|\s+for\s+the\s+(?:period|years?)\b.*|\s*[.]?)$"
)
# "an MoU on youth and sports", "an MoU between A and B on fishing": the phrase after it
_POST_NAMED = re.compile(
    rf"(?i){_ARTICLE}(?:(?:[\w-]+\s+){{0,2}}){_NAMED_NOUN}{_ACRONYM}{_PARTIES}\s+(?:on|for|in|covering)\s+(.+)$"
)

# "an agreement to exchange crop data", "a programme for 2020 to jointly promote tourism", "a plan of
# consultations on trade": a document named by what it does.
_PURPOSE_NAMED = re.compile(
    rf"(?i){_ARTICLE}(?:[\w-]+\s+){{0,3}}(?:{_AGREEMENT}|{_PLAN}){_ACRONYM}"
    rf"(?:(?:\s+(?!{_NOT_GAP})[^\s;,]+){{0,6}}?\s+to\s+(?:jointly\s+)?(?:{'|'.join(_ACTIONS)}|exchange|share)"
    r"|\s+of\s+(?:consultations|talks|dialogue|exchanges)\s+on)\s+(.+)$"
)
_FIELD_NAMED = re.compile(rf"(?i)\bin\s+the\s+{_FIELD}\s+of\s+(.+)$")


def _open_end(rest: str) -> str:
    """``rest`` up to an open end ("A and Related Fields" -> "A")."""
    others = _OTHERS.search(rest)
    return rest[: others.start()] if others else rest


def _agreement_list(text: str, names: list[str]) -> tuple[list[str], int] | None:
    """ "three agreements: a double taxation agreement; an MoU for vocational training; and another
    for sports": two or more agreements, each named by its area. Returns the areas and where they start."""
    colon = text.find(":")
    start = colon + 1 if 0 <= colon < len(text) - 1 else 0
    parts = _SEGMENT_SPLIT.split(text[start:].strip().rstrip("."), maxsplit=13)
    segments = [re.sub(r"(?i)^and\s+", "", p.strip()) for p in parts if p.strip()]
    if not 2 <= len(segments) <= 12:
        return None
    areas: list[str] = []
    titled = bare = 0
    for k, segment in enumerate(segments):
        named = _named_areas(segment, names, lead_in=k == 0 and start == 0)
        if not named and (coop := _COOP_TITLE.match(segment)):
            # "...; Partnership in farming; Collaboration in the health sector": the field after the noun
            named = [_clean(p) for p in _pieces(_cut(_strip_lead(coop.group(1))), final=True, alone=True)]
            named = named if named and all(_ok(a, False, names) for a in named) else []
            titled += bool(named)
        elif not named and _cut(segment) == segment and _ok(_clean(segment), False, names):
            # "Visa waivers for students; Cooperation in X; ...": a bare field among such titles
            named, bare = [_clean(segment)], bare + 1
        if not named:
            return None  # every part must name an agreement, or this is no list of agreements
        areas.extend(named)
    if bare and (titled < 2 or bare > titled):
        return None  # bare noun phrases set off by ";" are no list of agreements by themselves
    return areas, start


# A document's title that names its field after the noun of cooperation: "Cooperation in X", "Training
# and cooperation in Y", "Partnership on Z".
_COOP_TITLE = re.compile(rf"(?i)^(?:[a-z-]+\s+and\s+)?(?:bilateral\s+)?{_COOP}\s+(?:in|on)\s+(.+)$")


def _subject_pieces(subject: str) -> list[str]:
    """What one agreement is on, as items: "an accord on farm, trade and cultural cooperation" is on
    three fields, its subject a list of its own (short pieces set off by commas)."""
    chunks = [c.strip() for c in subject.split(",")]
    if len(chunks) == 1 or not all(1 <= len(c.split()) <= 4 for c in chunks):
        return _pieces(subject, final=True, alone=True)
    *head, last = chunks
    return [p for c in head for p in _pieces(_strip_lead(c), final=False, alone=False)] + _pieces(
        re.sub(r"(?i)^(?:and|or)\s+", "", last), final=True, alone=False)


def _named_areas(segment: str, names: list[str], lead_in: bool) -> list[str]:
    """The areas one agreement is named by: "an MoU on youth and sports", "a double taxation agreement".
    The first segment may start with the sentence's own words ("They signed a ...")."""
    post = (_POST_NAMED.search if lead_in else _POST_NAMED.match)(segment)
    other = None if lead_in else re.match(r"(?i)another\s+(?:one\s+)?(?:on|for|in|covering)\s+(.+)$", segment)
    if post or other:  # "another for sports": the agreement noun is understood
        rest = _open_end((post or other).group(1))
        areas = [_clean(p) for p in _subject_pieces(_cut(_strip_lead(rest)))]
        if areas and all(_ok(a, True, names) for a in areas):
            return areas
    purpose = (_PURPOSE_NAMED.search if lead_in else _PURPOSE_NAMED.match)(segment)
    if purpose:  # "an accord to share weather data", "a plan of consultations on trade"
        rest = re.split(r"(?i)\s+and\s+(?=(?:" + "|".join(_ACTIONS) + r"|exchange|share)\s)", purpose.group(1))[0]
        areas = [_clean(p) for p in _pieces(_cut(_strip_lead(rest)), final=True, alone=True)]
        if areas and all(_ok(a, False, names) for a in areas):
            return areas
    field = _FIELD_NAMED.search(segment)
    between = re.search(rf"(?i){_NAMED_NOUN}{_ACRONYM}\s+between\s", segment)
    if field and (post or purpose or between):  # "an MoU between A and B in the field of C"  # "a protocol with the museum board, which aims at ties in the field of art"
        areas = [_clean(p) for p in _pieces(_cut(_strip_lead(field.group(1))), final=True, alone=False)]
        if areas and all(_ok(a, True, names) for a in areas):
            return areas
    if post or other:
        return []
    pre = (_PRE_NAMED.search if lead_in else _PRE_NAMED.match)(segment)
    if not pre:
        return []
    words = pre.group(1).split()
    if any(w.lower() in _FUNCTION for w in words):
        return []  # "the signing of a memorandum": a noun phrase, not the agreement's name
    area = " ".join(w for w in words if w.lower() not in _GENERIC)
    return [area] if area and _ok(area, _title(area), names) else []
