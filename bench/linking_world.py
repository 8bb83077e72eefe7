"""The places, actors and words of the linking benchmark's synthetic news (bench/linking_corpus.py).

Eight conflict areas, each a cluster of neighbouring towns (real places, approximate
coordinates, distances between neighbours from about 8 to 60 km) with the spellings other
outlets use, the armed groups and forces active there, and a few lines of background every long
article about the area repeats.  All wording is ours, written for this benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Town:
    name: str
    lat: float
    lon: float
    spellings: tuple[str, ...] = ()     # how other outlets (local ones above all) write it


@dataclass(frozen=True)
class Group:
    code: str                  # ACLED actor name, as extraction codes it
    words: tuple[str, ...]     # how reports name it
    state: bool = False        # state forces (the side that carries out air strikes and shelling)


@dataclass(frozen=True)
class Area:
    country: str
    admin1: str
    admin1_spellings: tuple[str, ...]
    centre: tuple[float, float]          # where a report placed only at the region is put
    towns: tuple[Town, ...]
    attackers: tuple[Group, ...]         # non-state groups
    forces: Group                        # the state's army
    police: Group
    strikers: tuple[Group, ...]          # who carries out air strikes or shelling here
    civilians: str
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    quarters: tuple[str, ...]            # districts, roads and sites an incident happens at
    background: tuple[str, ...]
    local_outlets: tuple[str, ...]
    region_phrase: str                   # "northern Iraq": what a report says that names no region


def _g(code: str, *words: str, state: bool = False) -> Group:
    return Group(code=code, words=words, state=state)


AREAS: tuple[Area, ...] = (
    Area("Iraq", "Salah al-Din", ("Salahuddin", "Saladin", "Salah ad Din"), (34.62, 43.68),
         (Town("Tikrit", 34.616, 43.679, ("Tekrit",)), Town("Baiji", 34.929, 43.489, ("Bayji", "Beiji")),
          Town("Samarra", 34.196, 43.874, ("Samara",)), Town("Al-Alam", 34.689, 43.665, ("Alam",)),
          Town("Tuz Khurmatu", 34.887, 44.632, ("Tuz Khormato", "Tuz")),
          Town("Sharqat", 35.510, 43.230, ("Shirqat",)), Town("Dujail", 33.849, 44.234, ("Dujayl",))),
         (_g("Islamic State (Iraq)", "Islamic State militants", "IS fighters", "Daesh militants",
             "jihadists of the Islamic State group"),),
         _g("Military Forces of Iraq (2022-)", "soldiers", "troops", "army personnel", state=True),
         _g("Police Forces of Iraq (2022-)", "policemen", "police officers", "members of the police", state=True),
         (_g("Military Forces of Iraq (2022-)", "Iraqi forces", "the Iraqi army", state=True),),
         "Civilians (Iraq)",
         ("Ahmed", "Ali", "Hussein", "Khalid", "Omar", "Saad", "Mahmoud", "Karim", "Raad", "Yasir"),
         ("al-Jubouri", "al-Obeidi", "al-Dulaimi", "Hamdani", "al-Azzawi", "Kareem", "al-Shammari", "Salman"),
         ("the Qadisiya district", "the old bazaar", "the northern highway", "the Tharthar road",
          "the al-Zuhur neighbourhood", "the grain silos", "the Makhoul hills", "the river bank orchards"),
         ("Cells of the Islamic State group still move through the desert and the river valleys of the "
          "province, years after the group lost the territory it held.",
          "Security officials say the attackers often strike at night and withdraw into the rugged "
          "Makhoul and Hamrin hills.",
          "The province lies on the main road between Baghdad and the north, and its towns were "
          "rebuilt slowly after the war."),
         ("Tigris Voice", "Salahuddin Gazette"), "northern Iraq"),
    Area("Nigeria", "Borno", ("Borno State", "Bornu"), (11.85, 13.16),
         (Town("Maiduguri", 11.846, 13.160, ("Maidugiri",)), Town("Konduga", 11.650, 13.420, ("Kondugah",)),
          Town("Bama", 11.522, 13.686), Town("Gwoza", 11.083, 13.692, ("Gwozza",)),
          Town("Damboa", 11.155, 12.757, ("Damboah",)), Town("Dikwa", 12.036, 13.916),
          Town("Mafa", 11.923, 13.600), Town("Monguno", 12.670, 13.612, ("Mongonu",))),
         (_g("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Boko Haram fighters",
             "Boko Haram insurgents", "members of the Boko Haram sect"),
          _g("Islamic State West Africa Province (ISWAP)", "ISWAP fighters", "Islamic State West Africa "
             "Province militants", "jihadists of the ISWAP faction")),
         _g("Military Forces of Nigeria (2023-)", "soldiers", "troops", "army personnel", state=True),
         _g("Police Forces of Nigeria (2023-)", "policemen", "police officers", "mobile police officers", state=True),
         (_g("Military Forces of Nigeria (2023-)", "the Nigerian military", "Nigerian forces", state=True),),
         "Civilians (Nigeria)",
         ("Musa", "Ibrahim", "Bulama", "Abba", "Modu", "Babagana", "Ali", "Kaka"),
         ("Kyari", "Goni", "Bukar", "Mustapha", "Lawan", "Zanna", "Umar", "Ngala"),
         ("the cattle market", "the Gamboru road", "a fishing settlement", "the displaced persons camp",
          "the farmlands outside town", "the garrison", "the motor park", "the river crossing"),
         ("The insurgency in the north-east has driven about two million people from their homes over "
          "more than a decade.",
          "Farmers who return to their fields outside the garrison towns are often attacked or taken.",
          "The army has moved troops into a few large bases, leaving many villages with only local "
          "vigilantes to guard them."),
         ("Borno Herald", "Lake Chad Chronicle"), "north-east Nigeria"),
    Area("Somalia", "Lower Shabelle", ("Shabeellaha Hoose", "Lower Shabelle region"), (1.79, 44.53),
         (Town("Afgooye", 2.139, 45.121, ("Afgoye", "Afgoi")), Town("Marka", 1.716, 44.772, ("Merca", "Merka")),
          Town("Qoryooley", 1.788, 44.530, ("Qoryoley",)), Town("Wanlaweyn", 2.618, 44.894, ("Wanla Weyn",)),
          Town("Awdheegle", 1.977, 44.845, ("Awdhegle",)), Town("Barire", 2.047, 44.953),
          Town("Baraawe", 1.113, 44.030, ("Brava", "Barawe"))),
         (_g("Al Shabaab", "al-Shabaab fighters", "al-Shabaab militants", "the al-Qaeda-linked al-Shabaab"),),
         _g("Military Forces of Somalia (2022-)", "soldiers", "government troops", "army personnel", state=True),
         _g("Police Forces of Somalia (2022-)", "policemen", "police officers", "members of the police", state=True),
         (_g("Military Forces of Somalia (2022-)", "government forces", "the Somali army", state=True),),
         "Civilians (Somalia)",
         ("Abdirahman", "Mohamed", "Hassan", "Ali", "Abdullahi", "Yusuf", "Omar", "Ahmed"),
         ("Warsame", "Farah", "Nur", "Osman", "Hirsi", "Jama", "Aden", "Ibrahim"),
         ("the livestock market", "the bridge over the Shabelle", "a military base on the edge of town",
          "the main road to Mogadishu", "the banana farms", "a checkpoint at the town entrance",
          "the district commissioner's office", "the old port"),
         ("Al-Shabaab still controls much of the countryside along the Shabelle river.",
          "Government forces and their allies retook several towns in the region in recent years, but "
          "the roads between them remain dangerous.",
          "Roadside bombs and ambushes on convoys are the group's most common attacks here."),
         ("Shabelle Radio", "Mogadishu Morning"), "southern Somalia"),
    Area("Burkina Faso", "Sahel", ("Sahel region", "the Sahel region"), (14.10, -1.63),
         (Town("Djibo", 14.102, -1.627, ("Djibou",)), Town("Arbinda", 14.232, -0.865),
          Town("Gorom-Gorom", 14.443, -0.235, ("Gorom Gorom",)), Town("Dori", 14.035, -0.035),
          Town("Sebba", 13.436, 0.530), Town("Nassoumbou", 14.392, -1.601, ("Nassumbu",)),
          Town("Tongomayel", 14.247, -1.502)),
         (_g("JNIM: Group for Support of Islam and Muslims", "JNIM fighters", "militants of the "
             "al-Qaeda-linked JNIM", "members of the JNIM coalition"),
          _g("Islamic State (Sahel)", "Islamic State Sahel fighters", "militants of the Islamic State in the "
             "Sahel")),
         _g("Military Forces of Burkina Faso (2022-)", "soldiers", "troops", "army personnel", state=True),
         _g("Police Forces of Burkina Faso (2022-)", "gendarmes", "police officers", "members of the gendarmerie",
            state=True),
         (_g("Military Forces of Burkina Faso (2022-)", "the army", "Burkinabe forces", state=True),),
         "Civilians (Burkina Faso)",
         ("Issa", "Boukary", "Amadou", "Hamidou", "Salif", "Adama", "Moussa", "Oumarou"),
         ("Ouedraogo", "Dicko", "Sawadogo", "Diallo", "Tamboura", "Cisse", "Maiga", "Barry"),
         ("the water point", "the weekly market", "a supply convoy", "the gold mining site",
          "the army outpost", "the road to Dori", "a camp for displaced families", "the grazing lands"),
         ("Large parts of the north have been cut off by blockades for months.",
          "Militants linked to al-Qaeda and to the Islamic State group have fought the army and each "
          "other in the region since 2016.",
          "Aid groups say food convoys can reach some towns only under military escort."),
         ("Sahel Tribune", "Ouaga Hebdo"), "northern Burkina Faso"),
    Area("Ukraine", "Donetsk", ("Donetsk Oblast", "Donetsk region"), (48.72, 37.56),
         (Town("Kramatorsk", 48.723, 37.556), Town("Sloviansk", 48.852, 37.605, ("Slovyansk", "Slavyansk")),
          Town("Kostiantynivka", 48.527, 37.706, ("Konstantinovka", "Kostyantynivka")),
          Town("Druzhkivka", 48.630, 37.556, ("Druzhkovka",)), Town("Pokrovsk", 48.282, 37.176),
          Town("Toretsk", 48.398, 37.848), Town("Mykolaivka", 48.865, 37.800, ("Nikolaevka",))),
         (),
         _g("Military Forces of Ukraine (2019-)", "Ukrainian soldiers", "Ukrainian troops", state=True),
         _g("Police Forces of Ukraine (2019-)", "police officers", "policemen", "emergency service workers",
            state=True),
         (_g("Military Forces of Russia (2000-)", "Russian forces", "the Russian army", state=True),),
         "Civilians (Ukraine)",
         ("Oleksandr", "Vadym", "Serhiy", "Ihor", "Nataliya", "Olena", "Andriy", "Yuliya"),
         ("Kovalenko", "Bondar", "Melnyk", "Tkachenko", "Shevchuk", "Kravets", "Moroz", "Lysenko"),
         ("a residential block", "the central market", "the railway station", "a private house on the outskirts",
          "an industrial area", "a school building", "the bus station", "a humanitarian aid point"),
         ("Towns behind the front line in the region are hit almost daily by artillery, missiles and glide bombs.",
          "Many residents have left, but thousands stay in the cities that remain under Ukrainian control.",
          "Regional officials publish the toll of each strike on their Telegram channels."),
         ("Donbas Courier", "Kramatorsk Daily"), "eastern Ukraine"),
    Area("Syria", "Idleb", ("Idlib", "Idlib province"), (35.93, 36.63),
         (Town("Idleb", 35.931, 36.631, ("Idlib",)), Town("Ariha", 35.814, 36.610, ("Areeha",)),
          Town("Saraqeb", 35.864, 36.806, ("Saraqib",)), Town("Maarrat an Nu'man", 35.648, 36.672,
                                                               ("Maarat al-Numan", "Maarat al-Nouman")),
          Town("Jisr ash-Shughur", 35.812, 36.318, ("Jisr al-Shughur",)), Town("Sarmada", 36.182, 36.722),
          Town("Binnish", 35.957, 36.713, ("Binnesh",))),
         (_g("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham fighters", "HTS fighters", "militants of the HTS "
             "alliance"),),
         _g("Military Forces of Syria (2000-2024)", "Syrian soldiers", "government troops", "regime forces",
            state=True),
         _g("Police Forces of Syria (2000-2024)", "policemen", "police officers", "members of the police", state=True),
         (_g("Military Forces of Syria (2000-2024)", "government forces", "regime forces", "the Syrian army",
             state=True),
          _g("Military Forces of Russia (2000-)", "Russian forces", "the Russian air force", state=True)),
         "Civilians (Syria)",
         ("Mohammed", "Abdullah", "Fares", "Yasser", "Ahmad", "Mustafa", "Hamza", "Omar"),
         ("al-Hamwi", "Qaddour", "al-Sheikh", "Haj Ali", "al-Abdullah", "Khalil", "Darwish", "al-Omar"),
         ("the vegetable market", "a poultry farm", "a camp for displaced families", "the industrial zone",
          "the main square", "an olive press", "the road to Aleppo", "a bakery"),
         ("The north-west is the last large area held by opposition groups, and millions of displaced people "
          "live in its camps.",
          "A ceasefire agreed years ago has never fully held, and towns near the front are shelled often.",
          "Rescue workers of the civil defence publish the names of the dead after each strike."),
         ("Idleb Observer", "Orontes Post"), "north-west Syria"),
    Area("Myanmar", "Sagaing", ("Sagaing Region", "Sagaing division"), (22.11, 95.14),
         (Town("Monywa", 22.108, 95.136), Town("Shwebo", 22.568, 95.699, ("Shwebho",)),
          Town("Ye-U", 22.763, 95.430, ("Yeu",)), Town("Kani", 22.440, 94.850),
          Town("Budalin", 22.390, 95.140), Town("Khin-U", 22.781, 95.637, ("Khin U",)),
          Town("Wetlet", 22.372, 95.787)),
         (_g("PDF: People's Defense Force", "People's Defence Force fighters", "PDF resistance fighters",
             "local resistance forces"),),
         _g("Military Forces of Myanmar (2021-)", "junta soldiers", "regime troops", "army personnel", state=True),
         _g("Police Forces of Myanmar (2021-)", "policemen", "police officers", "junta police", state=True),
         (_g("Military Forces of Myanmar (2021-)", "the junta", "junta forces", "the military", state=True),),
         "Civilians (Myanmar)",
         ("Aung", "Kyaw", "Zaw", "Min", "Thant", "Hla", "Soe", "Tun"),
         ("Htet", "Naing", "Lwin", "Oo", "Myint", "Win", "Thein", "Aye"),
         ("a monastery", "the village school", "the paddy fields", "a market on the highway",
          "a village clinic", "the ferry landing", "a police station", "the township office"),
         ("The region has been a stronghold of armed resistance since the military seized power in 2021.",
          "The army has answered with air strikes and by burning villages, residents and rights groups say.",
          "Phone and internet lines are often cut, and news reaches outside days later."),
         ("Sagaing Voice", "Irrawaddy Bulletin"), "central Myanmar"),
    Area("Democratic Republic of Congo", "Nord-Kivu", ("North Kivu", "North Kivu province"), (0.49, 29.47),
         (Town("Beni", 0.491, 29.473), Town("Butembo", 0.142, 29.291, ("Butembo town",)),
          Town("Oicha", 0.700, 29.517, ("Oisha",)), Town("Mbau", 0.583, 29.560),
          Town("Eringeti", 0.883, 29.650, ("Erengeti",)), Town("Mavivi", 0.560, 29.470),
          Town("Kasindi", 0.040, 29.710)),
         (_g("ADF: Allied Democratic Forces", "ADF rebels", "fighters of the Allied Democratic Forces",
             "ADF militants"),),
         _g("Military Forces of the Democratic Republic of Congo (2019-)", "Congolese soldiers", "FARDC troops",
            "army personnel", state=True),
         _g("Police Forces of the Democratic Republic of Congo (2019-)", "policemen", "police officers",
            "members of the national police", state=True),
         (_g("Military Forces of the Democratic Republic of Congo (2019-)", "the Congolese army", "FARDC forces",
             state=True),),
         "Civilians (Democratic Republic of Congo)",
         ("Kambale", "Jean", "Patrick", "Moise", "Kahindo", "Muhindo", "Claude", "Esther"),
         ("Muhindo", "Kasereka", "Paluku", "Mbusa", "Kavira", "Masika", "Katembo", "Vahwere"),
         ("a farm on the edge of town", "the main market", "a health centre", "the road to Eringeti",
          "a church", "a camp for displaced people", "the cocoa plantations", "a school"),
         ("Armed groups have attacked villages in the territory for years, often with machetes and at night.",
          "A joint army operation with neighbouring forces has not stopped the killings.",
          "Civil society groups keep their own count of the dead, often higher than the official one."),
         ("Kivu Morning", "Beni Express"), "eastern Congo"),
)

WIRES = ("Northern Wire Service", "Meridian Press Agency", "Atlas News Agency")
PAPERS = ("The Evening Ledger", "Daily Courier", "World Dispatch", "The Global Observer")
