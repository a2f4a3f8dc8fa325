"""A modest world gazetteer: countries, their capitals and common aliases.

Visits need a known destination, so place names are looked up here. The
table is general (every country, not the seed articles' two), kept as text
so a reader can scan and extend it: ``Country | aliases | capital; cities``.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from dataclasses import dataclass

# Country | aliases (;) | capital and other well-known cities (;)
_TABLE = """
Afghanistan||Kabul
Albania||Tirana
Algeria||Algiers
Andorra||Andorra la Vella
Angola||Luanda
Antigua and Barbuda||Saint John's
Argentina||Buenos Aires
Armenia||Yerevan
Australia||Canberra;Sydney;Melbourne
Austria||Vienna
Azerbaijan||Baku
Bahamas|the Bahamas|Nassau
Bahrain||Manama
Bangladesh||Dhaka
Barbados||Bridgetown
Belarus||Minsk
Belgium||Brussels
Belize||Belmopan
Benin||Porto-Novo;Cotonou
Bhutan||Thimphu
Bolivia||La Paz;Sucre
Bosnia and Herzegovina|Bosnia|Sarajevo
Botswana||Gaborone
Brazil||Brasilia;Brasília;Rio de Janeiro;Sao Paulo;São Paulo
Brunei|Brunei Darussalam|Bandar Seri Begawan
Bulgaria||
Burkina Faso||Ouagadougou
Burundi||Gitega;Bujumbura
Cambodia|Kampuchea|Phnom Penh
Cameroon||Yaounde;Yaoundé
Canada||Ottawa;Toronto;Montreal
Cape Verde|Cabo Verde|Praia
Central African Republic||Bangui
Chad||N'Djamena
Chile||Santiago
China|People's Republic of China;PRC;Mainland China|Beijing;Shanghai;Guangzhou;Shenzhen
Colombia||Bogota;Bogotá
Comoros||Moroni
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Kinshasa
Republic of the Congo|Congo;Congo-Brazzaville|Brazzaville
Costa Rica||San Jose;San José
Cote d'Ivoire|Côte d'Ivoire;Ivory Coast|Yamoussoukro;Abidjan
Croatia||Zagreb
Cuba||Havana
Cyprus||Nicosia
Czech Republic|Czechia|Prague
Czechoslovakia||
Denmark||Copenhagen
Djibouti||
Dominica||Roseau
Dominican Republic||Santo Domingo
East Timor|Timor-Leste|Dili
Ecuador||Quito
Egypt||Cairo
El Salvador||San Salvador
Equatorial Guinea||Malabo
Eritrea||Asmara
Estonia||Tallinn
Eswatini|Swaziland|Mbabane
Ethiopia||Addis Ababa
Fiji||Suva
Finland||Helsinki
France||Paris;Marseille;Lyon
Gabon||Libreville
Gambia|the Gambia|Banjul
Georgia||Tbilisi
Germany||Berlin;Bonn;Munich;Frankfurt;Hamburg
East Germany|German Democratic Republic;GDR|East Berlin
West Germany||
Ghana||Accra
Greece||Athens
Grenada||
Guatemala||Guatemala City
Guinea||Conakry
Guinea-Bissau||Bissau
Guyana||Georgetown
Haiti||Port-au-Prince
Honduras||Tegucigalpa
Hungary||Budapest
Iceland||Reykjavik;Reykjavík
India||New Delhi;Delhi;Mumbai;Bengaluru;Bangalore;Kolkata;Chennai
Indonesia||Jakarta;Bali
Iran||Tehran
Iraq||Baghdad
Ireland||Dublin
Israel||Jerusalem;Tel Aviv
Italy||Rome;Milan
Jamaica||Kingston
Japan||Tokyo;Osaka;Kyoto;Hiroshima;Nagoya;Yokohama
Jordan||Amman
Kazakhstan||Astana;Almaty
Kenya||Nairobi;Mombasa
Kiribati||Tarawa
North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea;Democratic People's Republic|Pyongyang
South Korea|Republic of Korea;ROK|Seoul;Busan
Korea||
Kosovo||Pristina
Kuwait||Kuwait City
Kyrgyzstan||Bishkek
Laos|Lao PDR;Lao People's Democratic Republic|Vientiane
Latvia||Riga
Lebanon||Beirut
Lesotho||Maseru
Liberia||Monrovia
Libya||Tripoli
Liechtenstein||Vaduz
Lithuania||Vilnius
Luxembourg||
Madagascar||Antananarivo
Malawi||Lilongwe
Malaysia||Kuala Lumpur;Putrajaya
Maldives|the Maldives|
Mali||Bamako
Malta||Valletta
Marshall Islands||Majuro
Mauritania||Nouakchott
Mauritius||Port Louis
Mexico||Mexico City
Micronesia||
Moldova||Chisinau
Monaco||
Mongolia||Ulaanbaatar;Ulan Bator
Montenegro||Podgorica
Morocco||Rabat;Casablanca
Mozambique||Maputo
Myanmar|Burma|Naypyidaw;Nay Pyi Taw;Yangon;Rangoon
Namibia||Windhoek
Nauru||
Nepal||Kathmandu
Netherlands|the Netherlands|Amsterdam;The Hague
New Zealand||Wellington;Auckland
Nicaragua||Managua
Niger||Niamey
Nigeria||Abuja;Lagos
North Macedonia|Macedonia|Skopje
Norway||Oslo
Oman||Muscat
Pakistan||Islamabad;Karachi;Lahore
Palau||
Palestine||Ramallah;Gaza
Panama||Panama City
Papua New Guinea||Port Moresby
Paraguay||Asuncion;Asunción
Peru||Lima
Philippines|the Philippines|Manila
Poland||Warsaw
Portugal||Lisbon
Qatar||Doha
Romania||Bucharest
Russia|Russian Federation|Moscow;Saint Petersburg;St Petersburg;Vladivostok
Soviet Union|USSR;U.S.S.R.|
Rwanda||Kigali
Saint Lucia||Castries
Samoa||Apia
San Marino||
Sao Tome and Principe|São Tomé and Príncipe|
Saudi Arabia||Riyadh;Jeddah
Senegal||Dakar
Serbia||Belgrade
Seychelles||
Sierra Leone||Freetown
Singapore||
Slovakia||Bratislava
Slovenia||Ljubljana
Solomon Islands||Honiara
Somalia||Mogadishu
South Africa||Pretoria;Cape Town;Johannesburg
South Sudan||Juba
Spain||Madrid;Barcelona
Sri Lanka||Colombo
Sudan||Khartoum
Suriname||Paramaribo
Sweden||Stockholm
Switzerland||Bern;Geneva;Zurich;Davos
Syria||Damascus
Taiwan||Taipei
Tajikistan||Dushanbe
Tanzania||Dodoma;Dar es Salaam;Zanzibar
Thailand||Bangkok
Togo||Lome;Lomé
Tonga||
Trinidad and Tobago||Port of Spain
Tunisia||Tunis
Turkey|Türkiye;Turkiye|Ankara;Istanbul
Turkmenistan||Ashgabat
Tuvalu||
Uganda||Kampala
Ukraine||Kyiv;Kiev
United Arab Emirates|UAE;U.A.E.;Emirates|Abu Dhabi;Dubai
United Kingdom|UK;U.K.;Britain;Great Britain|London;Edinburgh
United States|US;U.S.;USA;U.S.A.;United States of America;America|Washington;Washington, D.C.;New York;San Francisco;Los Angeles
Uruguay||Montevideo
Uzbekistan||Tashkent;Samarkand
Vanuatu||Port Vila
Vatican|Holy See;Vatican City|
Venezuela||Caracas
Vietnam|Viet Nam;Việt Nam;Socialist Republic of Vietnam;Socialist Republic of Viet Nam|Hanoi;Hà Nội;Ha Noi;Ho Chi Minh City;Saigon;Da Nang;Đà Nẵng;Hai Phong;Hải Phòng
North Vietnam|Democratic Republic of Vietnam;Democratic Republic of Viet Nam|
South Vietnam|Republic of Vietnam|
Yemen||Sanaa;Sana'a;Aden
Yugoslavia||
Zambia||Lusaka
Zimbabwe||Harare
European Union|EU|
"""


@dataclass(frozen=True)
class Place:
    name: str  # as the gazetteer spells it
    country: str  # the country it is, or is in
    is_city: bool

    @property
    def label(self) -> str:
        """How a destination is reported: the country, with the city when one is named."""
        return f"{self.name}, {self.country}" if self.is_city else self.country


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower case without accents or curly apostrophes, for dictionary keys."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace(",", " ").replace("-", " ").split())


def _build() -> dict[tuple[str, ...], Place | None]:
    table: dict[tuple[str, ...], Place | None] = {}
    for line in _TABLE.strip().splitlines():
        country, aliases, cities = (part.strip() for part in line.split("|"))
        table[_key(country)] = Place(country, country, False)
        for alias in filter(None, aliases.split(";")):
            table[_key(alias)] = Place(alias, country, False)
        for city in filter(None, cities.split(";")):
            table.setdefault(_key(city), Place(city, country, True))
    # "the Netherlands" etc. are also found without their article.
    for key in list(table):
        if key[0] == "the" and len(key) > 1 and table[key] is not None:
            table.setdefault(key[1:], table[key])
    for region in _REGIONS:
        table[_key(region)] = None  # blocks "America" inside "Latin America"
    return table


# Regions that contain a country's name but are not that country.
_REGIONS = (
    "Latin America", "South America", "North America", "Central America", "East Asia",
    "Southeast Asia", "South Asia", "Central Asia", "Middle East", "East Africa", "West Africa",
    "Korean Peninsula", "South China Sea", "East Sea", "East China Sea", "Sea of Japan",
)


PLACES: dict[tuple[str, ...], Place | None] = _build()
MAX_PLACE_TOKENS = max(len(key) for key in PLACES)

# Words after a place name that make it something else: "Korean Peninsula",
# "Japan Airlines", "Hanoi University".
NOT_A_PLACE_AFTER = frozenset(
    """
    peninsula sea strait gulf river airport airlines university embassy times post
    post's daily news agency city's bank street square hall hotel province state
    """.split()
)

# Adjectives of nationality, for "Kenyan President William Ruto": nobody
# visits their own country.
_ADJECTIVES = {
    "Afghanistan": "Afghan", "Algeria": "Algerian", "Argentina": "Argentine Argentinian", "Australia": "Australian",
    "Austria": "Austrian", "Bangladesh": "Bangladeshi", "Belgium": "Belgian", "Brazil": "Brazilian",
    "Cambodia": "Cambodian", "Canada": "Canadian", "Chile": "Chilean", "China": "Chinese", "Colombia": "Colombian",
    "Cuba": "Cuban", "Denmark": "Danish", "Egypt": "Egyptian", "Ethiopia": "Ethiopian", "Finland": "Finnish",
    "France": "French", "Germany": "German", "Ghana": "Ghanaian", "Greece": "Greek", "Hungary": "Hungarian",
    "India": "Indian", "Indonesia": "Indonesian", "Iran": "Iranian", "Iraq": "Iraqi", "Ireland": "Irish",
    "Israel": "Israeli", "Italy": "Italian", "Japan": "Japanese", "Jordan": "Jordanian", "Kenya": "Kenyan",
    "Laos": "Lao Laotian", "Malaysia": "Malaysian", "Mexico": "Mexican", "Mongolia": "Mongolian",
    "Morocco": "Moroccan", "Myanmar": "Burmese", "Netherlands": "Dutch",
    "Nigeria": "Nigerian", "North Korea": "North_Korean", "Norway": "Norwegian", "Pakistan": "Pakistani",
    "Philippines": "Filipino Philippine", "Poland": "Polish", "Portugal": "Portuguese", "Russia": "Russian",
    "Saudi Arabia": "Saudi", "Singapore": "Singaporean", "South Africa": "South_African",
    "South Korea": "South_Korean", "Spain": "Spanish", "Sweden": "Swedish", "Switzerland": "Swiss",
    "Syria": "Syrian", "Tanzania": "Tanzanian", "Thailand": "Thai", "Turkey": "Turkish", "Uganda": "Ugandan",
    "Ukraine": "Ukrainian", "United Kingdom": "British", "United States": "American", "Venezuela": "Venezuelan",
    "Vietnam": "Vietnamese", "Soviet Union": "Soviet", "Korea": "Korean",
}
DEMONYMS: dict[str, str] = {
    fold(adjective.replace("_", " ")): country
    for country, adjectives in _ADJECTIVES.items()
    for adjective in adjectives.split(" ")
}
