"""Author b's news texts (invented incidents in real places of the Middle East, Asia and Europe,
plus non-conflict stories, in the author's own words) and their hand coding; build_b.py turns
them into b.jsonl.  Coordinates are those of the project's GeoNames files
(../shared/data/geonames: rg_cities1000_2016.csv, cities15000_2012.txt).

An event names its sentence(s) by `q` (a phrase that occurs once in the text) and optionally `q2`
(a phrase in its last sentence); a no_event entry is (phrase, reason)."""


def P(country, admin1, location, lat, lon, gp=1):
    """An ACLED place: country, admin1, location, coordinates of the town, geo_precision."""
    return dict(country=country, admin1=admin1, location=location, latitude=lat, longitude=lon, geo_precision=gp)


IRQ_KIRKUK = P('Iraq', 'Kirkuk', 'Daquq', 35.13923, 44.44907, 2)
SHWEBO = P('Myanmar', 'Sagaing', 'Shwebo', 22.56925, 95.69818, 2)

ARTICLES_1 = [
dict(published='2022-03-10', source='Tigris Wire', topic='conflict',
note='IED on an army patrol south of Kirkuk; a recalled attack on shepherds last month; aggregates',
text='''Roadside bomb kills two Iraqi soldiers south of Kirkuk
KIRKUK, Iraq (Tigris Wire) - A roadside bomb tore through an Iraqi army patrol near the town of Daquq on Wednesday, killing two soldiers and wounding three others, two security officials said.
The patrol from the army's 8th Division was returning from a search of farmland between Daquq and the Hamrin hills when the device went off under its lead vehicle, one of the officials said, speaking on condition of anonymity because he was not authorised to brief the press.
No group claimed the blast, but the officials blamed Islamic State cells that still shelter in the orchards and dry valleys of the area.
"These remnants cannot hold ground anymore, so they plant bombs and run," said Colonel Haider Sabah, a spokesman for the Kirkuk operations command, speaking by telephone from the provincial capital.
Last month, suspected militants shot dead four shepherds near Tuz Khurmatu, about 50 kilometres to the south-east, and stole their flock.
Islamic State lost its last territory in Iraq in 2017, but its fighters have carried out dozens of attacks in Kirkuk, Salahuddin and Diyala provinces since the start of the year, most of them at night.
The army said it would launch a new sweep of the Hamrin range in the coming days.''',
events=[
 dict(q='A roadside bomb tore through', event_type='Explosions/Remote violence', sub_event_type='Remote explosive/landmine/IED',
      event_date='2022-03-09', time_precision=1, date_basis='anchored', place=IRQ_KIRKUK,
      actor1='Unidentified Armed Group (Iraq)', inter1=3, actor2='Military Forces of Iraq', inter2=1,
      fatalities=2, injuries=3, alt={'actor1': ['Islamic State (Iraq)']}, incident='irq-daquq-ied-2022-03-09',
      note='near Daquq; the officials only blame IS, no claim'),
 dict(q='Last month, suspected militants shot dead four shepherds', event_type='Violence against civilians', sub_event_type='Attack',
      event_date='2022-02-15', time_precision=3, date_basis='relative',
      place=P('Iraq', 'Salah al-Din', 'Tuz Khurmatu', 34.88808, 44.63256, 2),
      actor1='Islamic State (Iraq)', inter1=2, actor2='Civilians (Iraq)', inter2=7, fatalities=4,
      alt={'actor1': ['Unidentified Armed Group (Iraq)']},
      note='recalled attack with its place; "last month" against the March publication gives February'),
],
no_event=[
 ('No group claimed the blast', 'blame, no claim; part of the same event'),
 ('"These remnants cannot hold ground anymore', 'spokesman quoted from Kirkuk; statement'),
 ('Islamic State lost its last territory in Iraq in 2017', 'aggregate ("dozens of attacks since the start of the year") and old background'),
 ('The army said it would launch a new sweep', 'plan'),
]),

dict(published='2023-05-08', source='Irrawaddy Ledger', topic='conflict',
note='junta air strike on a village in Shwebo township; later PDF ambush near Monywa; background aggregates',
text='''Jets strike Sagaing village as residents gather for a school opening
At least 17 people, among them six children, were killed when military aircraft bombed a village in Shwebo township of Sagaing Region on Saturday morning, residents and a local resistance group said.
Two jets made three passes over Nyaung Pin Thar, a village of about 800 households some 15 kilometres west of Shwebo town, while villagers were gathered at the monastery compound for the opening of a community-run primary school, according to three residents reached by phone.
"The first bomb hit the monastery hall. People were running toward the paddy fields when the second plane came," said a 41-year-old farmer who lost his sister in the attack and asked not to be named for fear of reprisal.
A volunteer rescue team said it had recovered 17 bodies by Sunday evening and that about 30 wounded people had been carried to clinics in areas outside military control. Several of the injured were in serious condition.
The military council did not respond to requests for comment. Its spokesman, Major General Zaw Min Tun, has in the past said air operations target only "terrorist" forces, the name the junta uses for the People's Defence Force (PDF) militias that took up arms after the February 2021 coup.
The strike came two days after PDF fighters ambushed a military supply convoy on the road between Monywa and Ye-U, a clash in which the resistance said five soldiers died. The military has not confirmed any losses.
Sagaing has been one of the most contested regions since the coup. Monitoring groups say the air force has carried out more than 600 air strikes across the country in the past year, and the United Nations estimates that more than a million people have been displaced in the region alone.
Residents said that many families had already left Nyaung Pin Thar for the forest on Sunday, fearing more raids. A funeral for the dead was held at the monastery that afternoon.''',
events=[
 dict(q='At least 17 people, among them six children', q2='for the opening of a community-run primary school', event_type='Explosions/Remote violence', sub_event_type='Air/drone strike',
      event_date='2023-05-06', time_precision=1, date_basis='anchored', place=SHWEBO,
      actor1='Military Forces of Myanmar', inter1=1, actor2='Civilians (Myanmar)', inter2=7, fatalities=17, injuries=30,
      incident='mmr-shwebo-airstrike-2023-05-06', note='village 15 km west of Shwebo: coded near the town'),
 dict(q='The strike came two days after PDF fighters ambushed', event_type='Battles', sub_event_type='Armed clash',
      event_date='2023-05-04', time_precision=1, date_basis='anchored',
      place=P('Myanmar', 'Sagaing', 'Monywa', 22.10856, 95.13583, 2),
      actor1="People's Defence Force", inter1=3, actor2='Military Forces of Myanmar', inter2=1, fatalities=5,
      alt={'actor1': ["People's Defense Force"]},
      note='road between Monywa and Ye-U; the five deaths are the PDF claim, coded as reported'),
],
no_event=[
 ('Jets strike Sagaing village', 'headline'),
 ('Its spokesman, Major General Zaw Min Tun', 'old statement; the spokesman is not an actor'),
 ('Monitoring groups say the air force has carried out more than 600 air strikes', 'aggregate'),
 ('A funeral for the dead was held', 'funeral; residents flee'),
]),

dict(published='2023-05-10', source='Mandalay Free Voice', topic='conflict',
note='follow-up on the Shwebo-township air strike: toll revised to 24, junta denial, funerals',
text='''Toll from Nyaung Pin Thar bombing rises to 24
SHWEBO - The number of people killed in Saturday's air attack on Nyaung Pin Thar village rose to 24 on Tuesday after seven of the wounded died, a volunteer medic who treated them said. Earlier counts had given 17 dead.
The medic, who works for a mobile clinic run by the township's parallel health committee, said most of the victims who died later had burns and shrapnel wounds and could not be moved to a hospital because roads into Shwebo town are controlled by the army.
State-run television on Monday evening read a statement from the military council saying the air force had "struck a terrorist training camp" near the village and denying that civilians had been targeted. Residents said there was no armed camp in the village and that the dead included a monk and eleven children.
The National Unity Government, the shadow administration formed by ousted lawmakers, condemned the attack as a war crime and called on foreign governments to stop the sale of aviation fuel to the military.
In Shwebo town, shopkeepers shut their stores for a day on Monday in what local activists called a silent strike of mourning. No gathering was held in the streets, which were patrolled by soldiers.
The bombing was the deadliest in the township since an air strike on a market near Monywa in April killed 31 people. A human rights group in Thailand said it had recorded 48 air strikes on villages in the region since January.''',
events=[
 dict(q='The number of people killed in Saturday', event_type='Explosions/Remote violence', sub_event_type='Air/drone strike',
      event_date='2023-05-06', time_precision=1, date_basis='anchored', place=SHWEBO,
      actor1='Military Forces of Myanmar', inter1=1, actor2='Civilians (Myanmar)', inter2=7, fatalities=24,
      incident='mmr-shwebo-airstrike-2023-05-06', alt={'fatalities': [17]},
      note='same strike as the first report; revised toll 24 (17 in the first counts)'),
 dict(q='The bombing was the deadliest in the township since', event_type='Explosions/Remote violence', sub_event_type='Air/drone strike',
      event_date='2023-04-15', time_precision=3, date_basis='anchored',
      place=P('Myanmar', 'Sagaing', 'Monywa', 22.10856, 95.13583, 2),
      actor1='Military Forces of Myanmar', inter1=1, actor2='Civilians (Myanmar)', inter2=7, fatalities=31, optional=True,
      note='recalled strike with its place and month (April of the publication year); optional: the day is not given'),
],
no_event=[
 ('State-run television on Monday evening read a statement', 'denial and statement'),
 ('The National Unity Government, the shadow administration', 'condemnation'),
 ('In Shwebo town, shopkeepers shut their stores', 'silent strike with no gathering: not coded'),
 ('A human rights group in Thailand said it had recorded 48 air strikes', 'aggregate'),
]),
]


ARTICLES_2 = [
dict(published='2021-11-15', source='Gulf Dispatch', topic='conflict',
note='live-blog roundup of one Yemeni Sunday: Taiz shelling, Marib clashes, a landmine in Hays, a drone interception claimed over Jizan',
text='''Yemen live: shelling in Taiz, heavy fighting south of Marib
Follow our rolling coverage of the war in Yemen. All times local.
09:10 - Residents of Taiz's eastern al-Jahmaliya neighbourhood say shells fired from Houthi positions on the surrounding hills struck homes shortly after dawn on Sunday. A health office official told us a woman and her teenage son were killed and four neighbours were hurt. The Houthis have besieged much of the city since 2015.
10:45 - Government military sources report "fierce battles" with Houthi fighters in the al-Juba and Harib areas south of Marib city, the front line that has seen the worst fighting this year. A pro-government commander claims 23 Houthi fighters were killed; the Houthis have not commented and the figure cannot be checked. The same sources say eight government soldiers died.
12:30 - Reminder: the UN envoy is due in Muscat later this week for talks with Houthi negotiators. Previous rounds ended without a deal on reopening the roads into Taiz.
13:20 - Two children herding goats were killed by a landmine on the edge of Hays district in Hodeidah province, the local authority says. It blamed the Houthis, who withdrew from parts of the district this month and are accused of leaving mines behind.
15:05 - Houthi military spokesman Yahya Saree says the group sent "a number of drones" towards Jizan in Saudi Arabia. The Saudi-led coalition says its air defences intercepted and destroyed three explosive-laden drones over the Saudi border province. No damage was reported.
16:40 - Aid groups warn that more than 10,000 people have fled the Marib fighting since September. We'll close this live page here.''',
events=[
 dict(q='Residents of Taiz', q2='four neighbours were hurt', event_type='Explosions/Remote violence', sub_event_type='Shelling/artillery/missile attack',
      event_date='2021-11-14', time_precision=1, date_basis='anchored', place=P('Yemen', 'Taizz', 'Taizz', 13.57952, 44.02091, 1),
      actor1='Houthi Movement', inter1=2, actor2='Civilians (Yemen)', inter2=7, fatalities=2, injuries=4,
      alt={'actor1': ['Ansar Allah', 'Military Forces of Yemen (2017-) Houthi']}, note='shells on a Taiz neighbourhood'),
 dict(q='Government military sources report "fierce battles"', q2='eight government soldiers died', event_type='Battles', sub_event_type='Armed clash',
      event_date='2021-11-14', time_precision=1, date_basis='anchored', place=P('Yemen', "Marib", "Marib", 15.46253, 45.32581, 2),
      actor1='Military Forces of Yemen', inter1=1, actor2='Houthi Movement', inter2=2, fatalities=8,
      alt={'actor2': ['Ansar Allah', 'Military Forces of Yemen (2017-) Houthi'], 'fatalities': [31]},
      note='areas south of Marib city; the 23 Houthi dead is one side\'s unverified claim: conservatively 8, 31 accepted'),
 dict(q='Two children herding goats were killed by a landmine', event_type='Explosions/Remote violence', sub_event_type='Remote explosive/landmine/IED',
      event_date='2021-11-14', time_precision=1, date_basis='anchored', place=P('Yemen', 'Al Hudaydah', 'Hays', 13.9317, 43.4831, 2),
      actor1='Houthi Movement', inter1=2, actor2='Civilians (Yemen)', inter2=7, fatalities=2,
      alt={'actor1': ['Ansar Allah', 'Unidentified Armed Group (Yemen)']}, note='old mine; the posting is for Sunday'),
 dict(q='The Saudi-led coalition says its air defences intercepted', event_type='Strategic developments', sub_event_type='Disrupted weapons use',
      event_date='2021-11-14', time_precision=1, date_basis='anchored', place=P('Saudi Arabia', 'Jizan', 'Jizan', 16.88917, 42.55111, 2),
      actor1='Military Forces of Saudi Arabia', inter1=8, actor2='Houthi Movement', inter2=2, optional=True,
      alt={'actor2': ['Ansar Allah']}, note='interception over the province; optional: place only the province'),
],
no_event=[
 ('Yemen live: shelling in Taiz', 'headline'),
 ('The Houthis have besieged much of the city since 2015.', 'background'),
 ('Reminder: the UN envoy is due in Muscat', 'planned talks; stalled earlier rounds'),
 ('It blamed the Houthis, who withdrew', 'withdrawal earlier this month, not dated, no place beyond the district'),
 ('Houthi military spokesman Yahya Saree says', 'claim; the interception is coded on the coalition sentence'),
 ('Aid groups warn that more than 10,000 people', 'aggregate displacement'),
]),

dict(published='2024-03-19', source='Levant Observer', topic='conflict',
note='Israeli drone strike on a car near Nabatieh; Hezbollah rockets at an Israeli base; the two sides quoted',
text='''Israeli drone kills two in south Lebanon; Hezbollah fires rockets in reply
NABATIEH, Lebanon (Levant Observer) - An Israeli drone struck a car on the road outside Nabatieh on Monday afternoon, killing two men whom Hezbollah later named as its fighters, Lebanese security sources said.
The vehicle was hit by two missiles near a petrol station at the northern entrance to the town, one of the sources said. Civil defence workers pulled the bodies from the burning wreck; a passer-by was lightly injured by flying glass.
The Israeli military said in a statement that its aircraft had "eliminated two terrorists of Hezbollah's Radwan unit" who, it said, were preparing attacks on northern Israel.
Hours later, Hezbollah said it had fired a salvo of Katyusha rockets at an Israeli army base near Safed "in response to the assassination". The Israeli army said about 20 projectiles crossed from Lebanon, that some were intercepted and that the rest fell in open areas. There were no reports of casualties on the Israeli side.
Nabatieh lies about 12 kilometres north of the border, beyond the strip of villages that have borne the brunt of the exchanges of fire since October. Lebanon's health ministry says more than 300 people have been killed in Israeli strikes since then, most of them fighters.
"We are not seeking a wider war, but we will not accept these rules," a Hezbollah lawmaker, Hassan Fadlallah, told reporters in Beirut.
French and American envoys have been shuttling between Beirut and Jerusalem for weeks with proposals to pull Hezbollah forces back from the frontier, but officials on both sides said there had been no progress.''',
events=[
 dict(q='An Israeli drone struck a car on the road outside Nabatieh', q2='lightly injured by flying glass', event_type='Explosions/Remote violence', sub_event_type='Air/drone strike',
      event_date='2024-03-18', time_precision=1, date_basis='anchored', place=P('Lebanon', 'Nabatieh', 'Nabatieh', 33.37889, 35.48389, 2),
      actor1='Military Forces of Israel', inter1=8, actor2='Hezbollah', inter2=2, fatalities=2, injuries=1,
      note='outside the town'),
 dict(q='Hours later, Hezbollah said it had fired a salvo', q2='no reports of casualties on the Israeli side', event_type='Explosions/Remote violence', sub_event_type='Shelling/artillery/missile attack',
      event_date='2024-03-18', time_precision=1, date_basis='anchored', place=P('Israel', 'HaZafon', 'Safed', 32.96465, 35.496, 2),
      actor1='Hezbollah', inter1=2, actor2='Military Forces of Israel', inter2=1,
      note='the claim is confirmed by the Israeli army; base near Safed'),
],
no_event=[
 ('Israeli drone kills two in south Lebanon', 'headline'),
 ('The Israeli military said in a statement', 'statement; "preparing attacks" is an allegation'),
 ("Lebanon's health ministry says more than 300 people", 'aggregate since October'),
 ('"We are not seeking a wider war', 'lawmaker quoted in Beirut'),
 ('French and American envoys have been shuttling', 'talks with no progress'),
]),

dict(published='2023-06-21', source='Jerusalem Evening Report', topic='conflict',
note='Israeli raid in Jenin with a gun battle; settlers burn cars in a village south of Nablus; a protest planned',
text='''Three Palestinians killed in Jenin raid; settlers torch cars near Nablus
JENIN, West Bank - Three Palestinians were killed and at least 14 wounded on Tuesday when Israeli troops raided the Jenin refugee camp and fought a long gun battle with fighters of the Jenin Brigade, a local armed group allied to Islamic Jihad, the Palestinian health ministry said.
The Israeli army said soldiers entered the camp before dawn to arrest two men suspected of shooting at a bus near the settlement of Hermesh last week. A roadside bomb damaged an armoured vehicle during the operation and seven soldiers were lightly hurt, the army said. One suspect was detained and the other escaped.
Witnesses described gunfire echoing across the camp for more than four hours and an Israeli helicopter circling overhead. The health ministry named the dead as two men aged 19 and 23 and a 15-year-old boy, and said the boy had been shot as he watched from a rooftop.
Later on Tuesday, dozens of Israeli settlers entered the village of Urif, south of Nablus, set fire to at least nine cars and threw stones at homes, according to the village council head, Mazen Shehadeh. Two residents were treated for injuries from stones. Israeli troops who arrived afterwards fired tear gas at villagers who had gathered in the main street, he said.
The Palestinian factions in Jenin called a general strike for Wednesday and said a march would be held in Ramallah on Friday to protest the raid.
Jenin has been the target of repeated Israeli operations since early 2022, and the United Nations says this year is already the deadliest for West Bank Palestinians in nearly two decades.''',
events=[
 dict(q='Three Palestinians were killed and at least 14 wounded', q2='One suspect was detained and the other escaped', event_type='Battles', sub_event_type='Armed clash',
      event_date='2023-06-20', time_precision=1, date_basis='anchored', place=P('Palestine', 'West Bank', 'Jenin', 32.45943, 35.30086, 1),
      actor1='Military Forces of Israel', inter1=8, actor2='Jenin Brigade', inter2=2, fatalities=3, injuries=14,
      alt={'actor2': ['Jenin Battalion', 'Palestinian Islamic Jihad', 'Al Quds Brigades']},
      note='the allied group (Islamic Jihad) is in apposition and does not replace the Jenin Brigade; the IED on the armoured vehicle is part of the same battle'),
 dict(q='Later on Tuesday, dozens of Israeli settlers entered the village of Urif', q2='Two residents were treated for injuries from stones', event_type='Violence against civilians', sub_event_type='Attack',
      event_date='2023-06-20', time_precision=1, date_basis='anchored', place=P('Palestine', 'West Bank', 'Nablus', 32.22111, 35.25444, 2),
      actor1='Settlers (Israel)', inter1=4, actor2='Civilians (Palestine)', inter2=7, injuries=2,
      alt={'sub_event_type': ['Mob violence', 'Looting/property destruction']},
      note='Urif is south of Nablus: coded near Nablus; the tear gas afterwards is on villagers who had gathered, not a protest that the text describes'),
],
no_event=[
 ('Three Palestinians killed in Jenin raid', 'headline'),
 ('The Palestinian factions in Jenin called a general strike', 'planned strike and march'),
 ('Jenin has been the target of repeated Israeli operations', 'aggregate background'),
]),
]


SANANDAJ = P('Iran', 'Kordestan', 'Sanandaj', 35.31495, 46.99883, 1)

ARTICLES_3 = [
dict(published='2022-09-25', source='Persia Desk (Wire)', topic='protest',
note='Iran protests: security forces fire on marchers in Sanandaj, a peaceful university sit-in in Tehran, riot in Saqqez',
text='''Two killed as Iranian security forces fire on Sanandaj protesters
DUBAI (Persia Desk) - Iranian security forces opened fire on protesters in the Kurdish city of Sanandaj on Saturday, killing at least two people, a Kurdish rights group said, as demonstrations over the death of a young woman in the custody of the morality police entered their second week.
Videos shared by the group showed hundreds of people, many of them women with their headscarves removed, marching along Ferdowsi Street chanting "Woman, life, freedom" before the sound of automatic gunfire sent them running. The group said a 17-year-old boy and a man in his thirties were killed and more than 20 people wounded. Persia Desk could not verify the videos.
In Tehran, several hundred students held a sit-in at the main campus of Tehran University on Saturday, singing and holding up pictures of the dead woman. There were no reports of clashes there, though plain-clothes agents filmed the students from outside the gates.
In Saqqez, the woman's home town, young men set fire to a police motorcycle and threw stones at the governor's office late on Saturday, according to a local journalist.
The state news agency said "rioters" had attacked police stations in several provinces and that "a number of security personnel" had been martyred since the unrest began, without giving details. Officials have blamed the protests on foreign enemies.
Iran's judiciary chief warned on Saturday that there would be "no leniency" for those who took part in what he called riots, and a hardline lawmaker called for protest organisers to be tried for waging war against God, a charge that carries the death penalty.
Rights groups say at least 40 people have been killed across Iran since the protests began.''',
events=[
 dict(q='Iranian security forces opened fire on protesters in the Kurdish city of Sanandaj', q2='Persia Desk could not verify the videos', event_type='Protests', sub_event_type='Excessive force against protesters',
      event_date='2022-09-24', time_precision=1, date_basis='anchored', place=SANANDAJ,
      actor1='Protesters (Iran)', inter1=6, actor2='Police Forces of Iran', inter2=1, fatalities=2, injuries=20,
      alt={'actor2': ['Military Forces of Iran', 'Islamic Revolutionary Guard Corps']}, incident='irn-sanandaj-protest-2022-09-24',
      note='a peaceful march fired on with live rounds; the dateline is Dubai'),
 dict(q='In Tehran, several hundred students held a sit-in', q2='filmed the students from outside the gates', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2022-09-24', time_precision=1, date_basis='anchored', place=P('Iran', 'Tehran', 'Tehran', 35.69439, 51.42151, 1),
      actor1='Protesters (Iran)', inter1=6, note='singing at a sit-in is not violence; filming is not intervention'),
 dict(q='In Saqqez, the woman', event_type='Riots', sub_event_type='Violent demonstration',
      event_date='2022-09-24', time_precision=1, date_basis='anchored', place=P('Iran', 'Kordestan', 'Saqqez', 36.24992, 46.2735, 1),
      actor1='Rioters (Iran)', inter1=5, note='arson of a police motorcycle and stones at an office; no police response described'),
],
no_event=[
 ('Two killed as Iranian security forces fire', 'headline'),
 ('The state news agency said "rioters" had attacked police stations', 'aggregate over provinces; "martyred" with no number or place'),
 ("Iran's judiciary chief warned on Saturday", 'threat and statement'),
 ('Rights groups say at least 40 people', 'aggregate'),
]),

dict(published='2022-09-28', source='Kurdistan Morning', topic='protest',
note='follow-up on Sanandaj: revised toll, funeral that turned into a protest, arrests of activists in Tehran, a strike call',
text='''Sanandaj mourns its dead as toll from Saturday's shooting rises
SANANDAJ - A third protester shot by security forces during Saturday's march on Ferdowsi Street died of his wounds in hospital on Monday, his family said, raising the toll from the shooting to three.
Hundreds of mourners followed his coffin to the Behesht Mohammadi cemetery on Tuesday, chanting against the supreme leader. Police watched from a distance and did not intervene, witnesses said, and the crowd dispersed peacefully at dusk.
In Tehran, security agents detained the labour activist Kaveh Ranjbar and two members of the teachers' union at their homes before dawn on Tuesday, the union said in a statement. It said they were taken to Evin prison and that their families had not been told of any charges.
The Kurdish opposition party Komala and several other groups have called on shopkeepers across Kurdish towns to close their businesses on Thursday in protest. Similar calls last week were widely followed in Saqqez and Mahabad, according to residents.
The government has restricted mobile internet in the province since Friday. Officials in Tehran have said that the protests are "fading", a claim that residents of Sanandaj dispute.
"Every night we hear shooting somewhere in the city," said a schoolteacher who asked that her name not be used. She said her neighbourhood had been filled with tear gas on three evenings in a row.''',
events=[
 dict(q='A third protester shot by security forces during', event_type='Protests', sub_event_type='Excessive force against protesters',
      event_date='2022-09-24', time_precision=1, date_basis='anchored', place=SANANDAJ,
      actor1='Protesters (Iran)', inter1=6, actor2='Police Forces of Iran', inter2=1, fatalities=3,
      alt={'actor2': ['Military Forces of Iran', 'Islamic Revolutionary Guard Corps'], 'fatalities': [2]},
      incident='irn-sanandaj-protest-2022-09-24', note='revised toll for the same march; the death on Monday belongs to Saturday\'s event'),
 dict(q='Hundreds of mourners followed his coffin', q2='dispersed peacefully at dusk', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2022-09-27', time_precision=1, date_basis='anchored', place=SANANDAJ,
      actor1='Protesters (Iran)', inter1=6, note='a funeral procession with political chants is a protest'),
 dict(q='In Tehran, security agents detained', q2='had not been told of any charges', event_type='Strategic developments', sub_event_type='Arrests',
      event_date='2022-09-27', time_precision=1, date_basis='anchored', place=P('Iran', 'Tehran', 'Tehran', 35.69439, 51.42151, 1),
      actor1='Police Forces of Iran', inter1=1, actor2='Civilians (Iran)', inter2=7,
      alt={'actor1': ['Military Forces of Iran']}, note='arrest of activists; the union is the source, not an actor'),
],
no_event=[
 ('The Kurdish opposition party Komala and several other groups have called', 'call for a shop strike next Thursday; last week\'s strikes are work strikes with no gathering'),
 ('The government has restricted mobile internet', 'restriction, not an event'),
 ('"Every night we hear shooting somewhere in the city,"', 'vague, undated'),
]),

dict(published='2022-10-05', source='Anatolia Security Review', topic='conflict',
note='Turkish drone strikes on PKK in Duhok; a clash in Hakkari; ministry statements from Ankara; "neutralised"',
text='''Turkey says it hit PKK targets in northern Iraq after two soldiers die in Hakkari
ANKARA - Turkish drones struck suspected positions of the outlawed Kurdistan Workers' Party (PKK) in the mountains near Amadiya in northern Iraq on Tuesday, the defence ministry said, a day after two Turkish soldiers were killed in a clash with PKK militants in Hakkari province.
The ministry said in a statement posted on social media that 11 "terrorists" had been neutralised in the strikes, a term Turkish officials use for militants killed, captured or surrendered. Local officials in the Kurdistan Region of Iraq said a shepherd was wounded and that two of the struck sites were abandoned caves.
The soldiers died on Monday in a firefight with a group of militants in the Semdinli district near the Iraqi border, the Hakkari governor's office said. Three other soldiers were wounded and flown to hospital in Van. The office said the militants fled towards the border.
Defence Minister Hulusi Akar, speaking in Ankara, vowed that operations would continue "until the last terrorist is eliminated".
Turkey has carried out cross-border operations against the PKK in Iraq since the 1990s and launched its latest campaign, Operation Claw-Lock, in April. The PKK, which has waged an insurgency against the Turkish state since 1984, is listed as a terrorist group by Turkey, the European Union and the United States.
The Iraqi foreign ministry summoned the Turkish charge d'affaires on Wednesday to protest against what it called repeated violations of Iraqi sovereignty.''',
events=[
 dict(q='Turkish drones struck suspected positions', q2='were abandoned caves', event_type='Explosions/Remote violence', sub_event_type='Air/drone strike',
      event_date='2022-10-04', time_precision=1, date_basis='anchored', place=P('Iraq', 'Duhok', 'Al Amadiyah', 37.09214, 43.48769, 2),
      actor1='Military Forces of Turkey', inter1=8, actor2="PKK: Kurdistan Workers' Party", inter2=2, injuries=1,
      alt={'actor2': ["Kurdistan Workers' Party"]},
      note='"neutralised" is not a death count: fatalities 0; the wounded shepherd from local officials'),
 dict(q='The soldiers died on Monday in a firefight', q2='the militants fled towards the border', event_type='Battles', sub_event_type='Armed clash',
      event_date='2022-10-03', time_precision=1, date_basis='anchored', place=P('Turkey', 'Hakkari', 'Semdinli', 37.30514, 44.5742, 2),
      actor1='Military Forces of Turkey', inter1=1, actor2="PKK: Kurdistan Workers' Party", inter2=2, fatalities=2, injuries=3,
      alt={'actor2': ["Kurdistan Workers' Party"]}, note='the district near the border; Van is where the wounded were taken'),
],
no_event=[
 ('Turkey says it hit PKK targets', 'headline'),
 ('Defence Minister Hulusi Akar, speaking in Ankara', 'statement from the capital'),
 ('Turkey has carried out cross-border operations', 'background; operation launched in April is a campaign, not an event'),
 ('The Iraqi foreign ministry summoned', 'diplomacy'),
]),
]


ARTICLES_4 = [
dict(published='2022-01-17', source='Samar Island Courier', topic='conflict',
note='army-NPA clash in Las Navas; NPA denial; an arrested peasant leader in Catarman; a local-peace-talks plan',
text='''Soldiers, NPA rebels clash in Las Navas; army claims 3 killed
LAS NAVAS, Northern Samar - Government troops and communist New People's Army (NPA) guerrillas traded fire for about 40 minutes in the upland village of Epaw here Sunday morning, the Philippine Army's 8th Infantry Division said.
Lieutenant Colonel Ramon Dizon, commander of the 20th Infantry Battalion, said his soldiers were responding to reports from residents about armed men collecting "revolutionary taxes" from farmers when they came under fire. He said three rebels were killed and their bodies were carried away by their comrades, and that one soldier suffered a leg wound.
In a statement sent to reporters on Monday, a spokesperson for the NPA's Efren Martires Command denied losing any fighters and said the guerrillas had withdrawn "without casualties".
Troops recovered two M16 rifles, a backpack and several improvised explosives at the site, the army said.
On Saturday, police in Catarman arrested Nelia Abogado, a leader of a peasant organisation that the military accuses of fronting for the rebels, on charges of illegal possession of explosives. Her group called the charges "planted" and said she had been organising farmers against a quarry project.
The provincial peace and order council is set to meet next week to discuss localised peace talks with rebels who wish to surrender. Northern Samar has long been a stronghold of the NPA, which has waged a Maoist insurgency since 1969 that the military says has been reduced to a few weakened fronts.''',
events=[
 dict(q='Government troops and communist New People', q2='one soldier suffered a leg wound', event_type='Battles', sub_event_type='Armed clash',
      event_date='2022-01-16', time_precision=1, date_basis='anchored', place=P('Philippines', 'Eastern Visayas', 'Las Navas', 12.3392, 125.0313, 2),
      actor1='Military Forces of the Philippines', inter1=1, actor2="NPA: New People's Army", inter2=2, fatalities=0, injuries=1,
      alt={'actor2': ["New People's Army"], 'fatalities': [3]},
      note='the army claims three dead, the NPA denies any loss and no bodies were seen: conservatively 0 (3 accepted); a village of Las Navas'),
 dict(q='On Saturday, police in Catarman arrested', q2='against a quarry project', event_type='Strategic developments', sub_event_type='Arrests',
      event_date='2022-01-15', time_precision=1, date_basis='anchored', place=P('Philippines', 'Eastern Visayas', 'Catarman', 12.4989, 124.6377, 1),
      actor1='Police Forces of the Philippines', inter1=1, actor2='Civilians (Philippines)', inter2=7,
      note='arrest of a peasant activist on charges her group calls planted'),
],
no_event=[
 ('Soldiers, NPA rebels clash in Las Navas', 'headline'),
 ('In a statement sent to reporters on Monday', 'denial'),
 ('Troops recovered two M16 rifles', 'seizure after the clash, part of it'),
 ('The provincial peace and order council is set to meet', 'planned talks'),
]),

dict(published='2023-08-09', source='Northeast Frontier Times', topic='conflict',
note='Manipur: houses torched in a Bishnupur-district village, gunfire near Moirang, curfew, a women\'s sit-in in Imphal; aggregates',
text='''Fresh arson, gunfire in Manipur as curfew is tightened
IMPHAL, Aug 9 - Armed men set fire to at least 15 houses in Kwakta, a village in Bishnupur district along the fault line between the Meitei-dominated valley and the Kuki-Zo hills, on Tuesday night, police said, in the latest flare-up of an ethnic conflict that has gripped Manipur since May.
Residents of the village, most of whom are Meitei, had fled to relief camps weeks ago, so no one was hurt in the fire, a police officer in Bishnupur said. Officials blamed "miscreants from the hill side", and Kuki groups in turn accused Meitei militias of staging the fire to justify attacks.
Early on Wednesday, gunmen fired from a hillside at village volunteers guarding Phougakchao Ikhai near Moirang, killing one volunteer and wounding two, the police said. Security forces returned fire and the gunmen withdrew into the hills.
In Imphal, several thousand women of the Meira Paibi movement staged a sit-in outside the chief minister's office on Wednesday demanding that central forces be removed from buffer zones. The protest ended peacefully in the afternoon.
The district administration reimposed a full curfew in Bishnupur and Churachandpur on Wednesday and mobile internet remains suspended across the state.
More than 150 people have been killed and tens of thousands displaced since clashes first broke out on 3 May, when a tribal solidarity march in Churachandpur turned violent. Chief Minister N. Biren Singh, speaking to a television channel, said the state would "not allow any more bloodshed".''',
events=[
 dict(q='Armed men set fire to at least 15 houses in Kwakta', q2='to justify attacks', event_type='Strategic developments', sub_event_type='Looting/property destruction',
      event_date='2023-08-08', time_precision=1, date_basis='anchored', place=P('India', 'Manipur', 'Bishnupur', 24.62845, 93.76179, 2),
      actor1='Unidentified Armed Group (India)', inter1=3, actor2='Civilians (India)', inter2=7,
      alt={'sub_event_type': ['Attack', 'Mob violence'], 'actor1': ['Kuki Ethnic Militia (India)']},
      note='empty houses burned: property destruction; perpetrators disputed'),
 dict(q='Early on Wednesday, gunmen fired from a hillside', q2='the gunmen withdrew into the hills', event_type='Battles', sub_event_type='Armed clash',
      event_date='2023-08-09', time_precision=1, date_basis='anchored', place=P('India', 'Manipur', 'Moirang', 24.4975, 93.77791, 2),
      actor1='Unidentified Armed Group (India)', inter1=3, actor2='Meitei Ethnic Militia (India)', inter2=4, fatalities=1, injuries=2,
      alt={'actor1': ['Kuki Ethnic Militia (India)'], 'actor2': ['Military Forces of India', 'Civilians (India)'], 'sub_event_type': ['Attack']},
      note='armed village volunteers fired on; security forces return fire: a clash'),
 dict(q='In Imphal, several thousand women', q2='ended peacefully in the afternoon', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2023-08-09', time_precision=1, date_basis='anchored', place=P('India', 'Manipur', 'Imphal', 24.80805, 93.9442, 1),
      actor1='Protesters (India)', inter1=6, note='Meira Paibi women (ACLED would add them as associated actor)'),
 dict(q='More than 150 people have been killed', event_type='Riots', sub_event_type='Violent demonstration',
      event_date='2023-05-03', time_precision=1, date_basis='anchored', place=P('India', 'Manipur', 'Churachandpur', 24.33353, 93.66999, 1),
      actor1='Rioters (India)', inter1=5, optional=True,
      note='recalled march of 3 May that "turned violent": place and date given, year from the dateline; optional because its violence is not described'),
],
no_event=[
 ('Fresh arson, gunfire in Manipur', 'headline'),
 ('The district administration reimposed a full curfew', 'curfew, internet ban'),
 ('Chief Minister N. Biren Singh', 'statement'),
]),
]


ARTICLES_5 = [
dict(published='2023-02-14', source='Frontier Post Online', topic='conflict',
note='suicide car bomb at a police checkpoint in Bannu, TTP claim; funerals in Lakki Marwat; statements from Islamabad',
text='''Suicide bomber kills three policemen at Bannu checkpoint
BANNU: A suicide bomber drove an explosives-laden pickup into a police checkpoint on the Bannu-Miranshah road on Monday evening, killing three policemen and wounding six other people, including two passers-by, police said.
District police officer Zia Ullah Khan said the vehicle ignored a signal to stop and blew up as constables approached it. The blast destroyed the checkpoint's guard post and damaged nearby shops.
The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility in a message to journalists, saying the attack was revenge for the killing of one of its commanders in a raid last month.
The bodies of the three constables were taken to their home towns in Lakki Marwat district, where funeral prayers were offered on Tuesday amid tight security.
In Islamabad, Prime Minister Shehbaz Sharif condemned the attack and said the "terrorists and their facilitators" would be brought to justice. The interior ministry said it had ordered additional paramilitary deployments in the southern districts of Khyber Pakhtunkhwa.
Attacks on police have surged in the province since the TTP ended a ceasefire with the government in November. Provincial police figures show more than 120 police officers killed in 2022, the highest toll in a decade.
Bannu has been on edge since December, when detained militants overpowered their guards and seized a counter-terrorism centre in the city, leading to a two-day standoff.''',
events=[
 dict(q='A suicide bomber drove an explosives-laden pickup', q2='damaged nearby shops', event_type='Explosions/Remote violence', sub_event_type='Suicide bomb',
      event_date='2023-02-13', time_precision=1, date_basis='anchored', place=P('Pakistan', 'Khyber Pakhtunkhwa', 'Bannu', 32.98541, 70.6027, 2),
      actor1='TTP: Tehreek-i-Taliban Pakistan', inter1=2, actor2='Police Forces of Pakistan', inter2=1, fatalities=3, injuries=6,
      alt={'actor1': ['Tehreek-e-Taliban Pakistan']}, note='a checkpoint on the road out of Bannu; the claim names the group; bomber not counted'),
 dict(q='Bannu has been on edge since December', event_type='Battles', sub_event_type='Non-state actor overtakes territory',
      event_date='2022-12-15', time_precision=3, date_basis='relative', place=P('Pakistan', 'Khyber Pakhtunkhwa', 'Bannu', 32.98541, 70.6027, 1),
      actor1='TTP: Tehreek-i-Taliban Pakistan', inter1=2, actor2='Police Forces of Pakistan', inter2=1, optional=True,
      alt={'sub_event_type': ['Armed clash'], 'actor1': ['Unidentified Armed Group (Pakistan)']},
      note='recalled seizure of a centre in the city, December of the previous year; optional: the day is not given'),
],
no_event=[
 ('Suicide bomber kills three policemen', 'headline'),
 ('The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility', 'claim; recalled raid last month has no place'),
 ('The bodies of the three constables were taken', 'funerals in the home towns'),
 ('In Islamabad, Prime Minister Shehbaz Sharif condemned', 'statement from the capital; deployment'),
 ('Attacks on police have surged', 'aggregate'),
]),

dict(published='2024-10-07', source='Capital Ledger Pakistan', topic='protest',
note='PTI march on Islamabad: tear gas and stone throwing at the Faizabad interchange, arrests in Rawalpindi, a policeman dies of a heart attack, next march planned',
text='''Tear gas, stones and containers as PTI supporters try to reach D-Chowk
ISLAMABAD - Police fired volleys of tear gas on Saturday at thousands of supporters of jailed former prime minister Imran Khan's Pakistan Tehreek-e-Insaf (PTI) who were trying to push past shipping containers blocking the Faizabad interchange on the edge of the capital.
Groups of young men hurled stones and bricks back at police and set fire to a police van, according to a Capital Ledger reporter at the scene. The Islamabad police said 31 officers were injured; PTI said dozens of its workers were hurt by rubber bullets and shells.
In neighbouring Rawalpindi, police arrested at least 40 PTI workers, including two former provincial lawmakers, as they gathered outside the party's district office early on Saturday, the party said.
A police constable on duty at the containers collapsed and died of a heart attack on Saturday afternoon, the force said, without linking his death to the violence.
The government had suspended mobile service in the twin cities and sealed the roads into Islamabad since Friday. Interior Minister Mohsin Naqvi, addressing a news conference at his office, accused the party of "attacking the state" and said anyone who broke the law would face terrorism charges.
PTI's information secretary said the march was "only postponed" and that the party would return to Islamabad next Friday unless Khan was freed. Khan has been in prison since August 2023.
Saturday's unrest followed a week of smaller PTI rallies in Lahore and Peshawar, which passed off peacefully.''',
events=[
 dict(q='Police fired volleys of tear gas on Saturday', q2='hurt by rubber bullets and shells', event_type='Riots', sub_event_type='Violent demonstration',
      event_date='2024-10-05', time_precision=1, date_basis='anchored', place=P('Pakistan', 'Islamabad Capital Territory', 'Islamabad', 33.72148, 73.04329, 2),
      actor1='Rioters (Pakistan)', inter1=5, actor2='Police Forces of Pakistan', inter2=1, injuries=31,
      alt={'sub_event_type': ['Protest with intervention'], 'actor1': ['Protesters (Pakistan)', 'PTI: Pakistan Tehreek-i-Insaf']},
      note='stones, bricks and a burned van: violent demonstration; the heart attack is not a fatality'),
 dict(q='In neighbouring Rawalpindi, police arrested', event_type='Strategic developments', sub_event_type='Arrests',
      event_date='2024-10-05', time_precision=1, date_basis='anchored', place=P('Pakistan', 'Punjab', 'Rawalpindi', 33.6007, 73.0679, 1),
      actor1='Police Forces of Pakistan', inter1=1, actor2='PTI: Pakistan Tehreek-i-Insaf', inter2=6,
      alt={'sub_event_type': ['Protest with intervention'], 'actor2': ['Protesters (Pakistan)', 'Civilians (Pakistan)']},
      note='arrested as they gathered: arrests, or a gathering broken up'),
],
no_event=[
 ('Tear gas, stones and containers', 'headline'),
 ('A police constable on duty at the containers collapsed', 'death from illness, not counted'),
 ('The government had suspended mobile service', 'restrictions; statement from the capital'),
 ("PTI's information secretary said the march", 'planned march next Friday'),
 ("Saturday's unrest followed a week of smaller PTI rallies", 'undated rallies in a week, aggregate'),
]),

dict(published='2022-05-11', source='Kabul Now Weekly', topic='protest',
note='Taliban fire in the air to break up a women\'s protest in Kabul; a journalist detained; a recalled bombing in Mazar-i-Sharif',
text='''Taliban fighters break up women's protest against face-covering order
KABUL - Taliban fighters fired into the air on Tuesday to break up a protest by about 20 women in western Kabul who were denouncing an order that requires women to cover their faces in public, three participants said.
The women had marched a few hundred metres along a street in the Karte Se neighbourhood carrying placards reading "Bread, work, freedom" when armed men in two pickup trucks blocked their way, the participants said. One woman said a fighter struck her with the butt of his rifle.
A freelance photographer covering the march was taken away by the fighters and held for five hours before being released, a colleague said.
Zabihullah Mujahid, the Taliban's chief spokesman, said he was not aware of the incident and that "nobody is stopping peaceful gatherings that have permission".
The supreme leader's decree, announced on Saturday, says women should leave their homes only when necessary and that their male relatives will be punished if they do not comply. The United Nations mission said it would seek clarification.
Small groups of women have held several such protests since the Taliban took power last August, most of them quickly dispersed. Several organisers have disappeared for weeks after taking part.
Security remains fragile elsewhere. Last month, on April 28, bombs hidden in two minibuses exploded in Mazar-i-Sharif, killing at least nine people; the Islamic State group's regional branch said it carried out the attack.''',
events=[
 dict(q='Taliban fighters fired into the air on Tuesday', q2='held for five hours before being released', event_type='Protests', sub_event_type='Protest with intervention',
      event_date='2022-05-10', time_precision=1, date_basis='anchored', place=P('Afghanistan', 'Kabul', 'Kabul', 34.52813, 69.17233, 1),
      actor1='Protesters (Afghanistan)', inter1=6, actor2='Taliban', inter2=1,
      alt={'sub_event_type': ['Excessive force against protesters'], 'actor2': ['Military Forces of Afghanistan (2021-)', 'Police Forces of Afghanistan (2021-)']},
      note='shots in the air, a rifle butt and a brief detention: intervention'),
 dict(q='Last month, on April 28, bombs hidden', event_type='Explosions/Remote violence', sub_event_type='Remote explosive/landmine/IED',
      event_date='2022-04-28', time_precision=1, date_basis='anchored', place=P('Afghanistan', 'Balkh', 'Mazar-e Sharif', 36.70904, 67.11087, 1),
      actor1='Islamic State (Afghanistan)', inter1=2, actor2='Civilians (Afghanistan)', inter2=7, fatalities=9,
      alt={'actor1': ['Islamic State Khorasan Province']},
      note='recalled bombing with place and date; two minibuses in one city on one day: one event'),
],
no_event=[
 ("Taliban fighters break up women's protest", 'headline'),
 ('Zabihullah Mujahid, the Taliban', 'spokesman; denial'),
 ("The supreme leader's decree, announced on Saturday", 'decree, not an event'),
 ('Small groups of women have held several such protests', 'aggregate'),
]),
]


KHARKIV = P('Ukraine', 'Kharkiv', 'Kharkiv', 49.98081, 36.25272, 1)

ARTICLES_6 = [
dict(published='2024-07-17', source='Dhaka Daily Sun-Star', topic='protest',
note='quota-reform protests: campus clash in Dhaka between students and Chhatra League, police fire in Rangpur, a peaceful road blockade in Rajshahi, a shutdown called',
text='''Quota protests turn deadly as clashes spread beyond Dhaka
Staff Correspondent, Dhaka
At least two people were killed and hundreds injured on Tuesday as protests by students demanding reform of the quota system for government jobs spread to campuses across the country.
At Dhaka University, activists of the ruling Awami League's student wing, the Bangladesh Chhatra League (BCL), armed with sticks, iron rods and machetes, charged at protesters gathered in front of the Raju Memorial Sculpture in the afternoon, witnesses said. Protesters fought back with bricks and stones, and running battles continued for more than two hours. Dhaka Medical College Hospital said it had treated 118 students, most with head injuries. No deaths were reported on the campus.
In Rangpur, police fired rubber bullets and live rounds at students who had marched from Begum Rokeya University towards the city centre, killing a 23-year-old English student, his classmates said. The police said officers had "acted in self-defence" after being attacked. A second protester died in Rangpur Medical College Hospital late at night, the hospital's director said.
In Rajshahi, several thousand students blocked the Dhaka-Rajshahi highway for three hours and dispersed peacefully.
The movement's coordinators announced a "complete shutdown" across the country for Thursday and called on all educational institutions to remain closed. The government ordered all public and private universities shut until further notice and deployed the Border Guard Bangladesh in five cities.
Law Minister Anisul Huq said in a television interview that the government was "ready to sit with the students", but the coordinators said there could be no talks "over the blood of our brothers".
The protests began on July 1, after the High Court reinstated a 30 percent quota for descendants of 1971 war veterans.''',
events=[
 dict(q="At Dhaka University, activists of the ruling", q2='No deaths were reported on the campus', event_type='Riots', sub_event_type='Violent demonstration',
      event_date='2024-07-16', time_precision=1, date_basis='anchored', place=P('Bangladesh', 'Dhaka', 'Dhaka', 23.7104, 90.40744, 1),
      actor1='Rioters (Bangladesh)', inter1=5, actor2='BCL: Bangladesh Chhatra League', inter2=3, injuries=118,
      alt={'sub_event_type': ['Mob violence', 'Protest with intervention'], 'actor1': ['Protesters (Bangladesh)'], 'actor2': ['Rioters (Bangladesh)']},
      note='two sides fight with sticks and bricks; the byline says Dhaka but events are placed where they happen'),
 dict(q='In Rangpur, police fired rubber bullets', q2="the hospital's director said", event_type='Protests', sub_event_type='Excessive force against protesters',
      event_date='2024-07-16', time_precision=1, date_basis='anchored', place=P('Bangladesh', 'Rangpur', 'Rangpur', 25.74664, 89.25166, 1),
      actor1='Protesters (Bangladesh)', inter1=6, actor2='Police Forces of Bangladesh', inter2=1, fatalities=2,
      alt={'sub_event_type': ['Violent demonstration'], 'actor1': ['Rioters (Bangladesh)']},
      note='police claim self-defence; the text does not describe violence by the marchers'),
 dict(q='In Rajshahi, several thousand students blocked', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2024-07-16', time_precision=1, date_basis='anchored', place=P('Bangladesh', 'Rajshahi', 'Rajshahi', 24.374, 88.60114, 1),
      actor1='Protesters (Bangladesh)', inter1=6, note='road blockade, dispersed peacefully'),
],
no_event=[
 ('Quota protests turn deadly', 'headline'),
 ('At least two people were killed and hundreds injured on Tuesday', 'summary lead across the country: the two deaths are Rangpur\'s'),
 ("The movement's coordinators announced", 'announced shutdown; closures, deployments'),
 ('Law Minister Anisul Huq said', 'statement'),
 ('The protests began on July 1', 'start of a movement, no place'),
]),

dict(published='2021-11-23', source='Southern Border Bulletin', topic='conflict',
note='Thai Deep South: tea-shop bomb in Yala, a defence volunteer shot in Rueso; peace talks planned; a court case over an old attack',
text='''Bomb at Yala tea shop kills one, wounds four
YALA, Thailand (Southern Border Bulletin) - A bomb hidden in a motorcycle parked outside a tea shop in Yala's Sateng sub-district exploded on Monday morning, killing a retired teacher and wounding four customers, police said.
Police Colonel Somchai Rattanakul said the device, made from a fire extinguisher packed with explosives, was set off by a mobile phone as the shop filled with people before work. No group claimed responsibility, but police suspect insurgents of the Barisan Revolusi Nasional (BRN), the main separatist movement in the southern border provinces.
In neighbouring Narathiwat, two gunmen on a motorcycle shot dead a village defence volunteer as he rode home from a mosque in Rueso district on Sunday evening, the Internal Security Operations Command (ISOC) Region 4 said.
Thai and BRN negotiators are expected to meet in Kuala Lumpur early next year under Malaysian facilitation, although both sides have said they will not resume formal talks until travel restrictions ease.
Also on Monday, the Narathiwat provincial court sentenced two men to life in prison for a 2019 bombing at a market in Tak Bai that killed three people. Defence lawyers said they would appeal.
More than 7,300 people have been killed since the insurgency reignited in 2004, according to the monitoring group Deep South Watch.''',
events=[
 dict(q='A bomb hidden in a motorcycle parked outside a tea shop', q2='as the shop filled with people before work', event_type='Explosions/Remote violence', sub_event_type='Remote explosive/landmine/IED',
      event_date='2021-11-22', time_precision=1, date_basis='anchored', place=P('Thailand', 'Yala', 'Yala', 6.53995, 101.28128, 1),
      actor1='Unidentified Armed Group (Thailand)', inter1=3, actor2='Civilians (Thailand)', inter2=7, fatalities=1, injuries=4,
      alt={'actor1': ['BRN: National Revolutionary Front']}, note='police only suspect BRN'),
 dict(q='In neighbouring Narathiwat, two gunmen', event_type='Violence against civilians', sub_event_type='Attack',
      event_date='2021-11-21', time_precision=1, date_basis='anchored', place=P('Thailand', 'Narathiwat', 'Rueso', 6.39364, 101.51847, 2),
      actor1='Unidentified Armed Group (Thailand)', inter1=3, actor2='Civilians (Thailand)', inter2=7, fatalities=1,
      alt={'sub_event_type': ['Armed clash'], 'actor2': ['Military Forces of Thailand']},
      note='a village defence volunteer off duty; ISOC is the source, not an actor'),
 dict(q='Also on Monday, the Narathiwat provincial court', event_type='Explosions/Remote violence', sub_event_type='Remote explosive/landmine/IED',
      place=P('Thailand', 'Narathiwat', 'Tak Bai', 6.25947, 102.05461, 1),
      actor1='Unidentified Armed Group (Thailand)', inter1=3, actor2='Civilians (Thailand)', inter2=7, fatalities=3, optional=True, date_basis='none',
      note='recalled bombing with a place but only a year (2019): optional; the verdict itself is not an event'),
],
no_event=[
 ('Bomb at Yala tea shop', 'headline'),
 ('Thai and BRN negotiators are expected to meet', 'expected talks'),
 ('More than 7,300 people have been killed', 'aggregate'),
]),

dict(published='2024-06-12', source='Eastern Front Live', topic='conflict',
note='live page: guided bomb on Kharkiv, drones downed over Odesa, shelling in Kherson, a Ukrainian drone on a Russian airfield (claimed), a Zelensky address',
text='''Ukraine war live: guided bomb hits Kharkiv apartment block; drones downed over Odesa
Updates from our correspondents in Ukraine. Times are Kyiv time (GMT+3).
08:05 Overnight, Russian forces launched 18 Shahed-type attack drones at southern Ukraine, the air force says. Air defences shot down all of them over the Odesa region, though falling debris damaged a warehouse in Odesa's port district. No one was hurt.
11:40 Kherson's regional governor says Russian artillery fire from across the Dnipro river hit a bus stop in the city's Dniprovskyi district this morning, killing a 64-year-old man and wounding two women.
14:20 BREAKING: A Russian guided aerial bomb has struck a nine-storey apartment building in Kharkiv's Kyivskyi district, the mayor, Ihor Terekhov, says on Telegram. At least three people are dead and 21 injured, several of them children.
15:55 Kharkiv update: the regional prosecutor now says five people were killed in the strike on the apartment building; rescuers are still searching the rubble.
17:10 Ukraine's military intelligence claims its drones struck a Russian airfield in the Krasnodar region overnight and destroyed two fighter jets. Russia's defence ministry has not commented and we could not confirm the claim.
19:30 President Volodymyr Zelensky, in his evening address, again asked Western partners for more Patriot systems. "Every day without air defence means new graves in Kharkiv," he said.
20:15 That's all for today. Kharkiv, Ukraine's second-largest city, has been hit by near-daily air attacks since the spring.''',
events=[
 dict(q='08:05 Overnight, Russian forces launched 18 Shahed-type', q2='No one was hurt', event_type='Strategic developments', sub_event_type='Disrupted weapons use',
      event_date='2024-06-12', time_precision=1, date_basis='anchored', place=P('Ukraine', 'Odesa', 'Odesa', 46.47747, 30.73262, 2),
      actor1='Military Forces of Ukraine', inter1=1, actor2='Military Forces of Russia', inter2=8,
      alt={'sub_event_type': ['Air/drone strike']},
      note='all drones downed over the region; debris in the port: disrupted weapons use (ACLED may also code the debris damage)'),
 dict(q="11:40 Kherson's regional governor says", event_type='Explosions/Remote violence', sub_event_type='Shelling/artillery/missile attack',
      event_date='2024-06-12', time_precision=1, date_basis='anchored', place=P('Ukraine', 'Kherson', 'Kherson', 46.65581, 32.6178, 1),
      actor1='Military Forces of Russia', inter1=8, actor2='Civilians (Ukraine)', inter2=7, fatalities=1, injuries=2),
 dict(q='14:20 BREAKING: A Russian guided aerial bomb', q2='rescuers are still searching the rubble', event_type='Explosions/Remote violence', sub_event_type='Air/drone strike',
      event_date='2024-06-12', time_precision=1, date_basis='anchored', place=KHARKIV,
      actor1='Military Forces of Russia', inter1=8, actor2='Civilians (Ukraine)', inter2=7, fatalities=5, injuries=21,
      alt={'fatalities': [3]}, incident='ukr-kharkiv-glide-bomb-2024-06-12',
      note='one strike reported twice with a revised toll: one event, the later figure'),
],
no_event=[
 ('Ukraine war live: guided bomb hits Kharkiv', 'headline'),
 ("17:10 Ukraine's military intelligence claims", 'unconfirmed claim, no town'),
 ('19:30 President Volodymyr Zelensky', 'speech'),
 ('Kharkiv, Ukraine', 'aggregate background'),
]),
]


ARTICLES_7 = [
dict(published='2022-09-14', source='Kyiv Review of Books and Ideas', topic='conflict',
note='analysis piece on Izyum: recalls its capture in April and its recapture on 10 September (dated), a mass grave found, vague history',
text='''Izyum: a city that changed hands twice in six months
Analysis
KYIV - When Ukrainian soldiers raised the blue-and-yellow flag over the town hall in Izyum on 10 September, they entered a city that had been under Russian control since the first days of April and had served as the hub of Moscow's push towards Sloviansk and Kramatorsk.
Izyum's history is a history of armies passing through. The town grew up around a fortress built in the seventeenth century to guard against raids from the steppe, and it was fought over repeatedly in the Second World War, when tens of thousands of soldiers died on the nearby Kremenets hills.
This spring the pattern returned. After weeks of shelling that destroyed much of the centre, Russian forces completed the capture of Izyum on 1 April, according to the Ukrainian general staff, cutting the main road between Kharkiv and the Donbas. Residents who stayed describe months in basements, with no electricity and with soldiers going door to door looking for former Ukrainian servicemen.
The recapture came suddenly. Ukraine's counter-offensive east of Kharkiv, which began on 6 September near Balakliia, tore open the Russian lines, and within four days Russian units had abandoned Izyum, leaving behind tanks and ammunition. Russia's defence ministry described the withdrawal as a planned "regrouping".
What Ukrainian investigators are finding now may shape how the war is remembered. Officials say they have begun exhuming graves in a pine forest on the edge of the town, and that some of the bodies bear signs of torture. The exhumations are expected to take weeks.
"The front has moved east, but the war has not left Izyum," said Olena Marchuk, a teacher who spent the occupation in her cellar on Pershotravneva Street. "Every family here is missing someone."
Whether Kyiv can repeat the success further south, around Kherson, is the question that military analysts are now asking. Few of them expect a quick answer.''',
events=[
 dict(q='When Ukrainian soldiers raised the blue-and-yellow flag', event_type='Battles', sub_event_type='Government regains territory',
      event_date='2022-09-10', time_precision=1, date_basis='anchored', place=P('Ukraine', 'Kharkiv', 'Izyum', 49.20875, 37.24849, 1),
      actor1='Military Forces of Ukraine', inter1=1, actor2='Military Forces of Russia', inter2=8,
      alt={'sub_event_type': ['Non-violent transfer of territory']},
      note='day and month; year from the publication date; the withdrawal is recalled again in paragraph 4'),
 dict(q='After weeks of shelling that destroyed much of the centre', event_type='Battles', sub_event_type='Non-state actor overtakes territory',
      event_date='2022-04-01', time_precision=1, date_basis='anchored', place=P('Ukraine', 'Kharkiv', 'Izyum', 49.20875, 37.24849, 1),
      actor1='Military Forces of Russia', inter1=8, actor2='Military Forces of Ukraine', inter2=1,
      alt={'sub_event_type': ['Armed clash']},
      note='recalled capture with its date; ACLED codes a foreign force taking territory with this sub-type'),
 dict(q='which began on 6 September near Balakliia', event_type='Battles', sub_event_type='Armed clash',
      event_date='2022-09-06', time_precision=1, date_basis='anchored', place=P('Ukraine', 'Kharkiv', 'Balakliya', 49.4627, 36.85951, 2),
      actor1='Military Forces of Ukraine', inter1=1, actor2='Military Forces of Russia', inter2=8, optional=True,
      note='the start of an offensive near a town on a date: a careful coder may code a battle there; optional'),
],
no_event=[
 ('Izyum: a city that changed hands', 'headline'),
 ("Izyum's history is a history of armies", 'old history'),
 ('Residents who stayed describe months in basements', 'undated occupation practices'),
 ("Russia's defence ministry described the withdrawal", 'statement'),
 ('Officials say they have begun exhuming graves', 'investigation; discovery of graves is not an event'),
 ('Whether Kyiv can repeat the success', 'speculation'),
]),

dict(published='2023-03-24', source='Le Courrier de l\'Ouest (English edition)', topic='protest',
note='pension-reform strike day: large peaceful Paris march with late clashes, a riot in Nantes, a peaceful march in Rennes, a cancelled rally in Lyon, next strike day announced',
text='''Pension anger boils over: bonfires in Paris, bank windows smashed in Rouen
PARIS, March 24 - More than a million people marched across France on Thursday, according to the interior ministry, in the ninth day of nationwide strikes and protests against President Emmanuel Macron's decision to raise the retirement age from 62 to 64 without a final vote in parliament.
In Paris, a vast and mostly good-humoured procession of union members walked from Place de la Bastille to Opera. As it broke up in the evening, groups of masked youths set fire to rubbish piles and smashed shop windows near Place de l'Opera, and police responded with tear gas and charges. The Paris police prefecture said 103 people were detained in the capital and 44 officers were hurt.
In Rouen, a few dozen protesters smashed the windows of two bank branches and set bins on fire outside the prefecture during the evening. The city's mayor condemned what he called senseless vandalism.
In Nantes, clashes broke out in the city centre after the march, with protesters throwing stones and fireworks at police lines and police firing tear gas and using a water cannon. Several cars were set alight.
In Rennes, around 20,000 people marched without incident, local organisers said.
In Lyon, a rally planned by students outside the prefecture was called off after organisers said they could not guarantee security.
The unions announced a tenth day of strikes and protests for next Tuesday. The visit of King Charles III, planned for Sunday, has been postponed.''',
events=[
 dict(q='In Paris, a vast and mostly good-humoured procession', q2='44 officers were hurt', event_type='Riots', sub_event_type='Violent demonstration',
      event_date='2023-03-23', time_precision=1, date_basis='anchored', place=P('France', 'Ile-de-France', 'Paris', 48.85341, 2.3488, 1),
      actor1='Rioters (France)', inter1=5, actor2='Police Forces of France', inter2=1, injuries=44,
      alt={'sub_event_type': ['Peaceful protest', 'Protest with intervention'], 'actor1': ['Protesters (France)']},
      note='one city, one day: a peaceful march that ended in fires and clashes, coded as the violent demonstration (ACLED may code the march separately)'),
 dict(q='In Rouen, a few dozen protesters smashed', event_type='Riots', sub_event_type='Violent demonstration',
      event_date='2023-03-23', time_precision=1, date_basis='anchored', place=P('France', 'Normandie', 'Rouen', 49.44313, 1.09932, 1),
      actor1='Rioters (France)', inter1=5, alt={'sub_event_type': ['Looting/property destruction']}, note='vandalism by protesters'),
 dict(q='In Nantes, clashes broke out in the city centre', q2='Several cars were set alight', event_type='Riots', sub_event_type='Violent demonstration',
      event_date='2023-03-23', time_precision=1, date_basis='anchored', place=P('France', 'Pays de la Loire', 'Nantes', 47.21725, -1.55336, 1),
      actor1='Rioters (France)', inter1=5, actor2='Police Forces of France', inter2=1),
 dict(q='In Rennes, around 20,000 people marched', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2023-03-23', time_precision=1, date_basis='anchored', place=P('France', 'Bretagne', 'Rennes', 48.11198, -1.67429, 1),
      actor1='Protesters (France)', inter1=6),
],
no_event=[
 ('Pension anger boils over', 'headline'),
 ('More than a million people marched across France', 'nationwide summary'),
 ("The city's mayor condemned", 'statement'),
 ('In Lyon, a rally planned by students', 'cancelled rally'),
 ('The unions announced a tenth day', 'planned strike day; postponed state visit'),
]),
]


ARTICLES_8 = [
dict(published='2025-02-03', source='Balkan Insight Weekly', topic='protest',
note='Serbian students block Novi Sad bridges; a car drives into a student blockade in Kragujevac; the canopy collapse recalled (accident)',
text='''Students hold Novi Sad's bridges for 24 hours as protest movement widens
NOVI SAD - Tens of thousands of people, led by university students, blocked all three bridges over the Danube in Novi Sad on Saturday in the largest protest yet in a movement that has shaken President Aleksandar Vucic's government.
Students who had walked for two days from Belgrade were greeted by residents handing out food and tea. The blockade began at noon and lasted 24 hours; police kept their distance and there were no incidents, the city's emergency service said.
The protests began after the concrete canopy of Novi Sad's railway station collapsed on 1 November, killing 15 people. Protesters blame corruption and negligence in the station's renovation and have stopped traffic for 15 minutes of silence every day since, one minute for each victim.
In Kragujevac on Sunday evening, a car drove into students who were blocking an intersection in the city centre, throwing a 20-year-old woman onto its bonnet. She was taken to hospital with leg injuries. Police arrested the driver, who students said was a local official of the ruling Serbian Progressive Party (SNS). The party said he had acted alone.
Vucic, speaking on television from Belgrade, repeated an offer of dialogue and accused foreign intelligence services of financing the protests, a charge the students reject.
Prime Minister Milos Vucevic resigned last week, and the government has until the end of February to form a new cabinet or call elections. The students have announced a rally in Kragujevac for 15 February, the national holiday.''',
events=[
 dict(q='Tens of thousands of people, led by university students, blocked', q2='the city\'s emergency service said', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2025-02-01', time_precision=1, date_basis='anchored', place=P('Serbia', 'Vojvodina', 'Novi Sad', 45.25167, 19.83694, 1),
      actor1='Protesters (Serbia)', inter1=6, note='one blockade across the day; the 24 hours run into Sunday (one event on the start day)'),
 dict(q='In Kragujevac on Sunday evening, a car drove into students', q2='The party said he had acted alone', event_type='Protests', sub_event_type='Protest with intervention',
      event_date='2025-02-02', time_precision=1, date_basis='anchored', place=P('Serbia', 'Sumadijski', 'Kragujevac', 44.01667, 20.91667, 1),
      actor1='Protesters (Serbia)', inter1=6, actor2='SNS: Serbian Progressive Party', inter2=3, injuries=1,
      alt={'actor2': ['Civilians (Serbia)', 'Sole Perpetrator (Serbia)']},
      note='a blockade attacked by a driver linked to the ruling party; the arrest is part of the event'),
],
no_event=[
 ("Students hold Novi Sad's bridges", 'headline'),
 ('The protests began after the concrete canopy', 'accident recalled; daily silences are an aggregate'),
 ('Vucic, speaking on television from Belgrade', 'statement from the capital'),
 ('Prime Minister Milos Vucevic resigned last week', 'resignation; a planned rally'),
]),

dict(published='2024-12-02', source='Caucasus Courier', topic='protest',
note='Georgia after the EU-talks suspension: fourth night on Rustaveli Avenue, a peaceful rally in Batumi, an opposition figure detained, aggregates',
text='''Fourth night of clashes in Tbilisi over EU suspension
TBILISI - Riot police used water cannon and tear gas for a fourth night on Sunday to clear thousands of protesters from Rustaveli Avenue outside Georgia's parliament, where demonstrators threw fireworks and stones at police lines and built barricades from metal fencing.
The interior ministry said 21 police officers were injured overnight and that 112 people were detained in Tbilisi. The Georgian Young Lawyers' Association said many of those held had been beaten on arrest.
The protests erupted on Thursday after Prime Minister Irakli Kobakhidze said his government would not pursue talks on joining the European Union until 2028.
In Batumi, the Black Sea port, several thousand people marched along the seafront on Sunday waving EU and Georgian flags. The rally ended without incident.
Early on Monday, masked officers detained Davit Lomidze, a spokesman of the opposition Coalition for Change, outside his home in Tbilisi, his party said. The ministry said he was suspected of "organising group violence". Two other opposition activists were detained in Kutaisi on Monday morning, local media reported.
President Salome Zourabichvili, whose term ends this month, said she would not step down and called the government illegitimate. Kobakhidze said there would be "no revolution" in Georgia.
Rights groups say more than 300 people have been detained across the country since Thursday.''',
events=[
 dict(q='Riot police used water cannon and tear gas for a fourth night', q2='had been beaten on arrest', event_type='Riots', sub_event_type='Violent demonstration',
      event_date='2024-12-01', time_precision=1, date_basis='anchored', place=P('Georgia', 'Tbilisi', 'Tbilisi', 41.69411, 44.83368, 1),
      actor1='Rioters (Georgia)', inter1=5, actor2='Police Forces of Georgia', inter2=1, injuries=21,
      alt={'sub_event_type': ['Protest with intervention', 'Excessive force against protesters'], 'actor1': ['Protesters (Georgia)']},
      note='fireworks and stones: violent demonstration; the 112 detentions are part of it'),
 dict(q='The protests erupted on Thursday', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2024-11-28', time_precision=1, date_basis='anchored', place=P('Georgia', 'Tbilisi', 'Tbilisi', 41.69411, 44.83368, 1),
      actor1='Protesters (Georgia)', inter1=6, optional=True, alt={'sub_event_type': ['Violent demonstration', 'Protest with intervention']},
      note='recalled first night, place from the dateline and the first paragraph; its character is not described: optional'),
 dict(q='In Batumi, the Black Sea port', q2='The rally ended without incident', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2024-12-01', time_precision=1, date_basis='anchored', place=P('Georgia', 'Adjara', 'Batumi', 41.64228, 41.63392, 1),
      actor1='Protesters (Georgia)', inter1=6),
 dict(q='Early on Monday, masked officers detained', q2='suspected of "organising group violence"', event_type='Strategic developments', sub_event_type='Arrests',
      event_date='2024-12-02', time_precision=1, date_basis='anchored', place=P('Georgia', 'Tbilisi', 'Tbilisi', 41.69411, 44.83368, 1),
      actor1='Police Forces of Georgia', inter1=1, actor2='Coalition for Change', inter2=6,
      alt={'actor2': ['Civilians (Georgia)']}, note='arrest of an opposition spokesman'),
 dict(q='Two other opposition activists were detained in Kutaisi', event_type='Strategic developments', sub_event_type='Arrests',
      event_date='2024-12-02', time_precision=1, date_basis='anchored', place=P('Georgia', 'Imereti', 'Kutaisi', 42.26791, 42.69459, 1),
      actor1='Police Forces of Georgia', inter1=1, actor2='Civilians (Georgia)', inter2=7),
],
no_event=[
 ('Fourth night of clashes in Tbilisi', 'headline'),
 ('President Salome Zourabichvili', 'statements'),
 ('Rights groups say more than 300 people', 'aggregate'),
]),

dict(published='2024-01-16', source='Rhine-Spree Post', topic='protest',
note='farmers\' tractor protest in Berlin, a counter-far-right march in Dresden; a week of blockades as aggregate; a road accident on the way',
text='''Tractors fill Berlin as farmers' protest week ends
BERLIN - Thousands of farmers drove their tractors into the centre of Berlin on Monday for a rally at the Brandenburg Gate against the government's plans to scrap tax breaks on agricultural diesel, the final act of a week of protests that disrupted roads across Germany.
Police estimated the crowd at about 10,000 people and 5,000 vehicles. Finance Minister Christian Lindner was booed and whistled at when he addressed the rally from a stage, but the protest passed off peacefully, police said.
Throughout the past week farmers, joined by hauliers and craftspeople, had blocked motorway slip roads and town centres from Schleswig-Holstein to Bavaria.
A farmer from Brandenburg was seriously injured on Sunday night when his tractor collided with a lorry on the A10 ring road as he drove towards the capital, police said.
In Dresden, around 4,000 people marched on Sunday against the far-right Alternative for Germany (AfD) after media reports that party members had attended a meeting at which the mass deportation of migrants was discussed. Organisers have called for more marches in Munich and Hamburg next weekend.
The farmers' association president, Joachim Rukwied, said farmers would "not go away" until the diesel plans were withdrawn. The government has said it will phase the subsidy out over three years rather than at once.''',
events=[
 dict(q='Thousands of farmers drove their tractors into the centre of Berlin', q2='the protest passed off peacefully, police said', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2024-01-15', time_precision=1, date_basis='anchored', place=P('Germany', 'Berlin', 'Berlin', 52.52437, 13.41053, 1),
      actor1='Protesters (Germany)', inter1=6, alt={'actor1': ['Farmers (Germany)']}, note='booing is not violence'),
 dict(q='In Dresden, around 4,000 people marched on Sunday', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2024-01-14', time_precision=1, date_basis='anchored', place=P('Germany', 'Saxony', 'Dresden', 51.05089, 13.73832, 1),
      actor1='Protesters (Germany)', inter1=6, note='march against a party; the AfD is not an actor'),
],
no_event=[
 ("Tractors fill Berlin as farmers", 'headline'),
 ('Throughout the past week farmers', 'aggregate of a week of blockades'),
 ('A farmer from Brandenburg was seriously injured', 'road accident'),
 ('Organisers have called for more marches', 'planned marches'),
 ("The farmers' association president", 'statement; policy'),
]),
]


ARTICLES_9 = [
dict(published='2025-04-16', source='Rhineland Courier', topic='security',
note='Koblenz court convicts a former Syrian intelligence officer for torture in 2011-2012; only history and court events, no codeable event',
text='''Koblenz court jails former Syrian intelligence officer for life
KOBLENZ, Germany - A German court on Tuesday sentenced a former officer of Syria's Air Force Intelligence to life in prison for crimes against humanity, finding him responsible for the torture of at least 70 detainees at a branch in Damascus in 2011 and 2012.
The Higher Regional Court in Koblenz said the man, identified only as Samer K. under German privacy rules, had supervised interrogations in which prisoners were beaten with cables, suspended from the ceiling and given electric shocks. Two detainees died of their injuries, the presiding judge said.
Prosecutors relied on the testimony of 31 survivors, several of whom travelled from Turkey and Lebanon to give evidence, and on thousands of photographs of bodies smuggled out of Syria by a military photographer.
"This judgment tells the victims that the world has not forgotten them," said Miriam Haddad, a lawyer who represented seven of the survivors.
The defendant, who arrived in Germany as an asylum seeker in 2015, denied the charges and said he had been a low-ranking clerk. His lawyers said they would appeal.
German prosecutors use the principle of universal jurisdiction to try crimes committed abroad. The same court convicted another former Syrian officer in a landmark case in 2022.
The fall of Bashar al-Assad's government in December has opened prisons and archives in Syria, and investigators say they expect more cases to reach European courts.''',
events=[],
no_event=[
 ('A German court on Tuesday sentenced', 'court ruling; the torture spans two years without a dated incident'),
 ('Two detainees died of their injuries', 'deaths within the two-year period, undated'),
 ('The same court convicted another former Syrian officer', 'earlier court case'),
 ("The fall of Bashar al-Assad's government in December", 'background without a place or day'),
]),

dict(published='2023-03-07', source='Syria Direct Voices', topic='conflict',
note='interview with a rescue volunteer in Ariha: shelling on the market last Thursday, an air strike near Idlib on Sunday, recollections of the 2020 offensive and the earthquake',
text='''"We count the shells before we count the dead": a rescuer in Ariha
Interview
Abu Khaled al-Ahmad, 38, has been a volunteer with the Syrian Civil Defence, known as the White Helmets, in the town of Ariha in Idlib province since 2014. We spoke by phone on Monday.
How has the past week been?
Hard. Last Thursday the regime shelled the vegetable market in Ariha in the middle of the morning. I counted eight shells. Three people were killed, a man who sold onions, his son and a woman shopping for her family, and eleven were wounded. We had them in the ambulances in ten minutes, but the hospital in Ariha is still damaged from the earthquake, so we drove them to Idlib city.
And on Sunday?
On Sunday a Russian jet struck a water pumping station on the edge of Idlib city. No one was killed, thank God, but two workers were hurt and half the city had no water for two days.
Who do you think is behind the shelling?
The shells come from the regime positions south of us, near Kafr Nabl and Maarat al-Numan. Everyone here knows that. The regime says it only targets "terrorists", meaning Hayat Tahrir al-Sham, but the market is full of farmers, not fighters.
You were here during the 2020 offensive.
Yes. That winter we lost count of the air strikes. Whole villages emptied in a few weeks and a million people ran north to the Turkish border. Sometimes I still dream of it.
Then the earthquake in February.
The earthquake was different. With the bombing you at least know where the danger comes from. With the earthquake the danger came from everywhere at once. We pulled 40 people from the rubble in Ariha alone.
What do you need most?
Fuel for the ambulances, and for the shelling to stop. Everyone speaks about a ceasefire, but we have had ceasefires before and the shells still come.''',
events=[
 dict(q='Last Thursday the regime shelled the vegetable market', q2='and eleven were wounded', event_type='Explosions/Remote violence', sub_event_type='Shelling/artillery/missile attack',
      event_date='2023-03-02', time_precision=1, date_basis='anchored', place=P('Syria', 'Idleb', 'Ariha', 35.81374, 36.60964, 1),
      actor1='Military Forces of Syria', inter1=1, actor2='Civilians (Syria)', inter2=7, fatalities=3, injuries=11,
      note='"last Thursday" against the interview on Monday 6 March (published 7 March)'),
 dict(q='On Sunday a Russian jet struck a water pumping station', q2='half the city had no water for two days', event_type='Explosions/Remote violence', sub_event_type='Air/drone strike',
      event_date='2023-03-05', time_precision=1, date_basis='anchored', place=P('Syria', 'Idleb', 'Idlib', 35.93062, 36.63393, 2),
      actor1='Military Forces of Russia', inter1=8, actor2='Civilians (Syria)', inter2=7, injuries=2,
      note='edge of the city'),
],
no_event=[
 ('"We count the shells before we count the dead"', 'headline'),
 ('The shells come from the regime positions south of us', 'places of the firing positions are not event places'),
 ('Yes. That winter we lost count of the air strikes', 'vague recollection of an offensive'),
 ('We pulled 40 people from the rubble', 'earthquake: disaster'),
 ('Everyone speaks about a ceasefire', 'talk of a ceasefire'),
]),

dict(published='2022-07-20', source='Hindukush Monitor', topic='security',
note='UN report on civilian casualties since the Taliban takeover: aggregates; two recalled attacks, one dated and one with only a month',
text='''UN counts more than 2,000 civilian casualties since Taliban takeover
KABUL - Attacks blamed mostly on the Islamic State group have killed or wounded more than 2,000 Afghan civilians since the Taliban seized power last August, the United Nations mission in Afghanistan said in a report on Wednesday.
The report, covering the ten months to mid-June, counts 700 civilians killed and 1,406 wounded, the majority in bombings of mosques, schools and markets in areas where the Shia Hazara minority lives. It says the total number of casualties fell sharply compared with the last years of the war, when fighting between the Taliban and the former government's forces killed thousands of civilians a year.
Among the deadliest attacks, the report lists the twin bombings outside the Abdul Rahim Shahid high school in the Dasht-e-Barchi area of west Kabul on 19 April, which killed at least six people, most of them students, and a suicide bombing at a Shia mosque in Kunduz last October that killed dozens of worshippers.
The mission also documented 160 extrajudicial killings of former government officials and soldiers, and said that Taliban fighters had used force against women protesters on several occasions.
A Taliban spokesman, speaking in Kabul, rejected the findings on killings of former officials as "propaganda" and said the authorities had announced a general amnesty.
The report calls on the Taliban to protect minority communities and to allow independent monitors access to detention sites. It warns that the economic crisis is a greater danger to civilians than the violence.''',
events=[
 dict(q='Among the deadliest attacks, the report lists', event_type='Explosions/Remote violence', sub_event_type='Remote explosive/landmine/IED',
      event_date='2022-04-19', time_precision=1, date_basis='anchored', place=P('Afghanistan', 'Kabul', 'Kabul', 34.52813, 69.17233, 1),
      actor1='Unidentified Armed Group (Afghanistan)', inter1=3, actor2='Civilians (Afghanistan)', inter2=7, fatalities=6,
      alt={'actor1': ['Islamic State (Afghanistan)']},
      note='recalled school bombing with place and date (year from the publication); the report does not name its perpetrator'),
 dict(q='and a suicide bombing at a Shia mosque in Kunduz last October', q2='killed dozens of worshippers', event_type='Explosions/Remote violence', sub_event_type='Suicide bomb',
      event_date='2021-10-15', time_precision=3, date_basis='relative', place=P('Afghanistan', 'Kunduz', 'Kunduz', 36.72895, 68.857, 1),
      actor1='Unidentified Armed Group (Afghanistan)', inter1=3, actor2='Civilians (Afghanistan)', inter2=7, fatalities=12, optional=True,
      alt={'actor1': ['Islamic State (Afghanistan)']},
      note='same sentence as the school bombing; month only ("last October"), "dozens" = 12: optional'),
],
no_event=[
 ('UN counts more than 2,000 civilian casualties', 'headline'),
 ('Attacks blamed mostly on the Islamic State group', 'aggregate'),
 ('The report, covering the ten months to mid-June', 'aggregate statistics'),
 ('The mission also documented 160 extrajudicial killings', 'aggregate'),
 ('A Taliban spokesman, speaking in Kabul', 'statement'),
]),
]


ARTICLES_10 = [
dict(published='2024-11-04', source='Bosphorus Sport', topic='sports',
note='Istanbul football derby told in battle words; flares and a pitch invader',
text='''Galatasaray survive late siege to edge Fenerbahce in derby
ISTANBUL - Galatasaray held off a furious late siege of their goal to beat Fenerbahce 2-1 in a bad-tempered Istanbul derby on Sunday night and open up a five-point lead at the top of the Super Lig.
The home side struck first after 19 minutes, when Baris Alper Yilmaz fired a low shot past the goalkeeper from the edge of the area. Fenerbahce levelled before half-time through a header at the far post, and the second half turned into a battle in midfield, with the referee showing nine yellow cards and sending off a Fenerbahce defender for a second bookable offence.
Galatasaray's winner came from the penalty spot with 12 minutes left. What followed was an onslaught: Fenerbahce threw everyone forward, hit the crossbar twice and forced three point-blank saves in stoppage time.
"We defended like soldiers," said Galatasaray's coach. "My players threw their bodies in front of every shot. This is what a derby is."
Home fans lit hundreds of flares before kick-off, filling the stadium with red smoke, and the match was halted for four minutes in the second half after a supporter ran onto the pitch. Stewards led him away and police said he would be fined. Visiting fans were barred from the match under a rule introduced after crowd trouble in previous seasons.
Fenerbahce's coach complained that the penalty decision was "an attack on the integrity of the league" and said his club would write to the federation. The two sides meet again in the cup in February.''',
no_event=[
 ('Galatasaray held off a furious late siege', 'sports'),
 ('What followed was an onslaught', 'sports'),
 ('Home fans lit hundreds of flares', 'celebrating fans and a pitch invader; not a riot'),
 ('Fenerbahce\'s coach complained that the penalty decision was "an attack', 'figurative attack'),
]),

dict(published='2023-10-15', source='Mumbai Evening Mirror', topic='sports',
note='India-Pakistan cricket match in Ahmedabad in war words; a ticket-touting arrest',
text='''Bumrah leads the attack as India crush Pakistan in Ahmedabad
AHMEDABAD, Oct 15 - Jasprit Bumrah tore through the Pakistan middle order on Saturday as India's pace attack bowled their neighbours out for 204 in front of more than 100,000 spectators at the Narendra Modi Stadium, setting up a seven-wicket win in the World Cup.
Pakistan had reached 162 for two and looked set for a big total before Mohammed Siraj struck, and then Bumrah and Kuldeep Yadav shared five wickets for 25 runs in a collapse that their captain called "a disaster". Rohit Sharma then launched a brutal assault on the Pakistan bowlers, smashing seven sixes in a 91 that ended the contest inside 33 overs.
"They came at us from the first ball. It felt like a siege out there," said one Pakistani batsman.
The match, the biggest in the tournament, was played under heavy security. Gujarat police said they had deployed about 7,000 officers around the stadium, and the crowd, overwhelmingly Indian, chanted throughout but there was no trouble.
Police arrested four men outside the ground on Friday for selling forged tickets at up to ten times their price.
The win keeps India unbeaten after three matches. Pakistan, who have never beaten India in a World Cup match, next face Australia in Bengaluru.''',
no_event=[
 ('Jasprit Bumrah tore through the Pakistan middle order', 'sports'),
 ('Rohit Sharma then launched a brutal assault', 'sports'),
 ('The match, the biggest in the tournament, was played under heavy security', 'security deployment, crowd chanting: no event'),
 ('Police arrested four men outside the ground', 'arrest in a criminal case (forged tickets)'),
]),

dict(published='2022-06-09', source='Asia Business Brief', topic='business',
note='telecom price war in India and a hostile bid in Germany',
text='''Tariff war flares again as Indian mobile operators slash prices
MUMBAI - India's three private mobile operators are locked in a new price war after the smallest of them cut the cost of its most popular prepaid plan by a fifth on Wednesday, a move analysts said could wipe out the sector's recent recovery in average revenue per user.
Bharat Connect's offer of 2 gigabytes of data a day for 199 rupees a month was matched within hours by one rival and undercut by another, which added free streaming subscriptions. Shares in all three companies fell between 3 and 6 percent in Mumbai.
"This is a war of attrition, and only the player with the deepest pockets survives it," said Neha Kapoor, a telecom analyst at a Mumbai brokerage. "Every time one of them fires a shot on price, the others have to respond."
The operators have spent heavily on 5G spectrum and are expected to announce tariff increases later this year to pay for it, which makes the cuts harder to explain, she said.
In Frankfurt, meanwhile, the German industrial group Steinhaus launched a hostile bid for its smaller rival Vellmar on Wednesday, offering shareholders 42 euros a share in cash after Vellmar's board rejected two friendly approaches. Vellmar called the offer "an opportunistic raid" and urged investors not to sell.
The battle for Vellmar, a maker of hydraulic pumps, is the third hostile takeover attempt in Germany this year.''',
no_event=[
 ("India's three private mobile operators are locked in a new price war", 'business'),
 ('"This is a war of attrition', 'figurative war'),
 ('In Frankfurt, meanwhile, the German industrial group Steinhaus launched a hostile bid', 'business'),
 ('Vellmar called the offer "an opportunistic raid"', 'figurative raid'),
]),

dict(published='2024-04-12', source='Gujarat Samachar Online (English)', topic='accident',
note='explosion and fire at a chemical factory near Bharuch; deaths, arrests of factory managers for negligence',
text='''Blast at Bharuch chemical plant kills six workers
BHARUCH - Six workers were killed and 17 injured when a reactor exploded at a pesticide factory in the Jhagadia industrial estate near Bharuch on Thursday night, setting off a fire that burned for more than five hours, officials said.
The explosion was heard several kilometres away and shattered windows in nearby villages, residents said. Fourteen fire engines from Bharuch, Ankleshwar and Vadodara fought the blaze, and villagers within a two-kilometre radius were asked to stay indoors because of toxic smoke.
District collector Alpesh Vora said the blast appeared to have been caused by overheating during a chemical reaction. "There is no sign of sabotage," he told reporters at the site on Friday.
Police arrested the factory's manager and its safety officer on Friday on charges of causing death by negligence, and the state government ordered an inquiry. The company said it was co-operating with investigators and would pay compensation to the victims' families.
The injured were taken to hospitals in Bharuch and Vadodara; four of them have burns over more than half of their bodies, doctors said.
Gujarat's chemical hubs have seen a series of deadly industrial accidents. Labour unions say inspections are too rare and that contract workers receive little safety training. A union leader said workers would hold a protest outside the district collector's office next week.''',
no_event=[
 ('Six workers were killed and 17 injured when a reactor exploded', 'industrial accident'),
 ('"There is no sign of sabotage,"', 'official rules out sabotage'),
 ("Police arrested the factory's manager", 'arrests in a negligence case'),
 ('A union leader said workers would hold a protest', 'planned protest'),
]),

dict(published='2025-01-09', source='Braj Pilgrim News', topic='accident',
note='stampede at a temple token counter in Mathura',
text='''Six killed in stampede for temple darshan tokens in Mathura
MATHURA - Six devotees were killed and more than 40 injured on Wednesday night when thousands of pilgrims surged towards counters issuing free tokens for a festival darshan at a temple in the old town, officials said.
Crowds had been waiting for hours at a distribution centre near the bus station when a gate was opened to let an ill woman out, and people at the back pushed forward believing the distribution had started, a temple board official said. Several people fell and were trampled.
"There was no violence, only panic," said a police officer who was on duty at the centre. "People were afraid they would miss their chance."
The chief minister, who visited the injured in hospital on Thursday, announced compensation for the families of the dead and suspended two officials for lapses in crowd management. The temple board said token distribution would continue with more staff and barricades, and that pilgrims would be let in to the waiting area in small groups.
Opposition parties blamed the state government for poor arrangements and said they would raise the issue in the assembly.
The festival draws hundreds of thousands of pilgrims to the temple each year.''',
no_event=[
 ('Six devotees were killed and more than 40 injured', 'stampede: not coded'),
 ('"There was no violence, only panic,"', 'accident'),
 ('The chief minister, who visited the injured', 'compensation and suspensions'),
]),
]


ARTICLES_11 = [
dict(published='2023-07-24', source='Black Sea Screen', topic='other',
note='a war film premieres at the Odesa film festival; the film\'s battle scenes; an air-raid alert interrupts the screening',
text='''War drama about the defence of a steel plant opens Odesa film festival
ODESA - A feature film about a group of marines trapped in a besieged steel plant opened the Odesa International Film Festival on Sunday, screened in a theatre basement that doubles as a bomb shelter.
"The Last Shift", directed by Oksana Dovzhenko, follows five soldiers and a nurse through the final weeks of a siege in an unnamed southern city. Its battle scenes were shot in a disused factory near Zaporizhzhia, with real soldiers on leave as extras. In one long sequence, the marines repel a tank assault through the ruins of a rolling mill; in another, a drone strike kills the group's radio operator as he calls home.
The screening was interrupted for 40 minutes by an air-raid alert, and the audience of about 300 waited in the corridors until the all-clear sounded. No strikes were reported in the city during the alert.
Dovzhenko said the script was based on dozens of interviews with soldiers and their families. "I did not want to make a film about heroes. I wanted to make a film about tiredness," she told the audience after the screening.
The festival, scaled down since the full-scale invasion, runs until Saturday and is showing 42 films, most of them Ukrainian. Organisers said part of the ticket revenue would go to a fund for wounded veterans.
Critics praised the lead performance of Andriy Polishchuk as the unit's commander, a former teacher who argues with his men over whether to surrender. The film will be released in Ukrainian cinemas in September and has been selected for a festival in Warsaw.''',
no_event=[
 ('A feature film about a group of marines trapped in a besieged steel plant', 'a film'),
 ('In one long sequence, the marines repel a tank assault', 'scenes of a film'),
 ('The screening was interrupted for 40 minutes by an air-raid alert', 'alert, no strike reported'),
]),

dict(published='2024-09-12', source='Aegean Defence Digest', topic='other',
note='Turkish naval exercise off the Aegean coast; live fire at targets; a Greek protest note',
text='''Turkish navy fires live rounds in Aegean exercise
IZMIR - The Turkish navy began a four-day exercise off its Aegean coast on Wednesday involving 25 warships, submarines and combat drones, the defence ministry said, in what it described as a routine test of readiness.
Frigates fired live missiles at floating targets west of Izmir, and special forces carried out a mock raid on an island beach, according to footage released by the ministry. F-16 jets practised attacks on a simulated enemy fleet.
"Our navy is ready to defend every inch of our blue homeland," the defence minister said in a message read out on the flagship.
Greece's foreign ministry said it had lodged a protest with Ankara over a navigational warning that, it said, covered waters under Greek responsibility. Turkish officials rejected the complaint.
The exercise comes weeks before the two NATO allies' foreign ministers are due to meet in Athens to continue talks on confidence-building measures. Relations between the neighbours have improved since 2023, when Greece sent rescue teams to help after the earthquake in southern Turkey.
Turkey holds several large naval exercises every year, most of them in the Aegean and the eastern Mediterranean. The last one in the Aegean, in the spring, ended without incident.''',
no_event=[
 ('Frigates fired live missiles at floating targets', 'military exercise'),
 ("Greece's foreign ministry said it had lodged a protest", 'diplomatic protest note'),
 ('The exercise comes weeks before the two NATO allies', 'planned talks'),
]),

dict(published='2022-08-03', source='Metro Manila Tribune', topic='crime',
note='robbery-murder of a jeepney driver by motorcycle gunmen in Quezon City; a manhunt; an ordinary-crime killing of a barangay watchman recalled',
text='''Jeepney driver shot dead in Quezon City hold-up; police hunt two suspects
QUEZON CITY - A jeepney driver was shot dead by two men on a motorcycle who robbed him of his day's earnings on Commonwealth Avenue early Tuesday, police said.
The victim, 52-year-old Rogelio Santos, had just dropped off his last passengers when the riding-in-tandem suspects flagged him down, took about 3,000 pesos and shot him twice when he resisted, according to the Quezon City Police District. He was declared dead on arrival at a nearby hospital.
Police released images from a closed-circuit camera and formed a special team to track down the suspects, who fled towards Fairview. A reward of 100,000 pesos has been offered for information leading to their arrest.
"This is a robbery, plain and simple. There is no indication that the victim was targeted for any other reason," the district's spokesperson, Major Lorna Villaflor, told reporters.
Santos's family said he had driven the same route for 20 years and had no enemies. Fellow drivers held a brief wake for him at their terminal on Tuesday night.
The killing comes a week after a barangay watchman was stabbed to death in a quarrel over a debt in the same district. Police said crime in Quezon City was down 12 percent in the first half of the year.''',
no_event=[
 ('A jeepney driver was shot dead by two men on a motorcycle', 'robbery-murder: ordinary crime'),
 ('Police released images from a closed-circuit camera', 'manhunt'),
 ('"This is a robbery, plain and simple.', 'police rule out another motive'),
 ('The killing comes a week after a barangay watchman was stabbed', 'ordinary crime; crime statistics'),
]),

dict(published='2023-11-27', source='Karachi Chronicle', topic='crime',
note='kidnapping for ransom of a trader\'s son in Karachi, rescued by police in a raid; gang members arrested',
text='''Police rescue kidnapped schoolboy, arrest four in Karachi raid
KARACHI: Police on Sunday rescued a 12-year-old boy who had been kidnapped for ransom from outside his school in Gulshan-e-Iqbal four days earlier, and arrested four members of the gang in a raid on a house in Surjani Town.
The boy, the son of a cloth trader, was snatched on Wednesday by men in a car who phoned his father hours later demanding 50 million rupees, a senior superintendent of police said at a news conference.
Investigators traced the calls to the Surjani house, where officers found the boy tied up but unhurt. One suspect fired at the police as they entered and was wounded in the exchange, the officer said; he was arrested with the others.
Police said the gang had carried out at least three other kidnappings for ransom in the city this year and that two of its members were still at large. The father thanked the police and said no ransom had been paid. The boy was reunited with his family at the police station late on Sunday and was examined by a doctor.
The Citizens-Police Liaison Committee said kidnapping for ransom cases in Karachi had fallen since 2015, but that street crime, mostly mobile phone snatchings, remained high.''',
no_event=[
 ('Police on Sunday rescued a 12-year-old boy', 'kidnapping for ransom and police rescue: ordinary crime'),
 ('One suspect fired at the police', 'exchange of fire in a criminal case'),
 ('Police said the gang had carried out at least three other kidnappings', 'criminal aggregate'),
]),

dict(published='2024-03-01', source='Dhaka Tribune Weekly', topic='disaster',
note='fire in a garment warehouse in Mirpur, Dhaka; owners questioned',
text='''Eleven dead as fire rips through Mirpur garment warehouse
DHAKA - Eleven workers were killed when a fire swept through a five-storey building used as a garment warehouse and sewing workshop in Dhaka's Mirpur area on Thursday night, fire service officials said on Friday.
The fire started on the ground floor, where bales of fabric were stored, shortly before 10 pm and spread quickly up the only staircase, trapping workers who were finishing a late shift on the upper floors. Firefighters rescued about 30 people, some of them from the roof with ladders, after a three-hour battle with the flames.
Officials suspect an electrical short circuit. The building had no fire exit and had been warned twice by the fire service about its safety, a fire service director said.
Police detained the owner of the workshop and his manager for questioning on Friday. The government formed a committee to investigate and ordered inspections of similar buildings across the capital.
Families waited outside the Dhaka Medical College morgue throughout Friday to identify the dead, many of whom were badly burned. "My sister went to work to pay for her son's school and never came back," said one man.
Garment workers' unions said they would demand compensation of at least two million taka for each family and stricter inspections of small workshops, which often operate without licences in residential buildings.
Dhaka has seen a series of deadly fires in recent years in buildings that ignore safety rules.''',
no_event=[
 ('Eleven workers were killed when a fire swept through', 'fire: disaster'),
 ('Police detained the owner of the workshop', 'questioning in a negligence case'),
 ("Garment workers' unions said they would demand", 'demands, no gathering'),
]),
]


ARTICLES_12 = [
dict(published='2024-02-06', source='Anatolian Morning Star', topic='disaster',
note='first anniversary of the 2023 earthquake in Antakya: memorials, a looting trial, reconstruction',
text='''A year after the quake, Antakya mourns amid the rubble
ANTAKYA, Turkey - Thousands of people gathered in the ruins of Antakya before dawn on Tuesday to mark the moment, one year ago, when the first of two powerful earthquakes struck southern Turkey and northern Syria, killing more than 53,000 people in Turkey alone.
At 4:17 am, the time the first tremor hit, mourners stood in silence on the banks of the Asi river holding candles and photographs of the dead. Some held up banners with the names of lost relatives; others wept quietly.
In a courtroom in the city, the trial continued of 14 men accused of looting shops and homes in the days after the disaster. Prosecutors say the men stole jewellery, phones and cash from collapsed buildings while rescuers were still searching for survivors. They deny the charges.
Separately, more than 200 contractors and building owners are facing trial across the quake zone on charges of causing deaths by negligence.
The government says it has handed over 75,000 new homes, and President Recep Tayyip Erdogan promised in a speech in Kahramanmaras that 200,000 would be ready by the end of the year. Many survivors are still living in container camps.
"They say Antakya will rise again," said Hatice Demir, 61, who lost her daughter and two grandchildren. "But our Antakya is under the ground."''',
no_event=[
 ('Thousands of people gathered in the ruins of Antakya', 'commemoration of a disaster'),
 ('At 4:17 am, the time the first tremor hit', 'a memorial gathering with no demand: not a demonstration'),
 ('In a courtroom in the city, the trial continued', 'trial for looting after a disaster: crime'),
 ('Separately, more than 200 contractors', 'negligence trials'),
 ('The government says it has handed over', 'reconstruction statement'),
]),

dict(published='2022-05-11', source='Luzon Ledger', topic='politics',
note='Philippine presidential election results; a vote-buying arrest; a peaceful count',
text='''Marcos heads for landslide as partial count gives him 31 million votes
MANILA - Ferdinand Marcos Jr, the son and namesake of the late dictator, was heading for a landslide victory in the Philippine presidential election on Wednesday, with an unofficial count of 98 percent of returns giving him more than 31 million votes, twice as many as his nearest rival.
His running mate, Sara Duterte, the daughter of the outgoing president, held an even larger lead in the separate vice-presidential race.
Vice President Leni Robredo, who came second, told supporters she would respect the result but urged them to keep fighting for "the truth". Her campaign said it had received reports of malfunctioning vote-counting machines at about 1,800 polling stations.
The Commission on Elections said voting on Monday had been largely peaceful, although police arrested 11 people across the country for vote buying. Turnout was a record 83 percent.
Marcos's campaign battle cry of national unity drew huge crowds during the three-month campaign, and his supporters celebrated outside his headquarters in Mandaluyong through the night, waving red and green flags and letting off fireworks.
Congress is expected to proclaim the winners by the end of the month. The new president takes office on June 30.''',
no_event=[
 ('Ferdinand Marcos Jr, the son and namesake', 'election result'),
 ('The Commission on Elections said voting on Monday had been largely peaceful', 'arrests for vote buying: not activists; aggregate'),
 ("Marcos's campaign battle cry of national unity", 'celebrating supporters, not a demonstration'),
]),

dict(published='2023-06-29', source='Westphalia Today', topic='other',
note='a Second World War bomb defused in Osnabrueck; 12,000 evacuated',
text='''Wartime bomb defused in Osnabrueck after 12,000 evacuated
OSNABRUECK, Germany - Bomb disposal experts defused a 500-kilogram American aerial bomb from the Second World War in Osnabrueck on Wednesday after about 12,000 residents were evacuated from the area around the main railway station.
The bomb, fitted with a chemical long-delay fuse, was discovered by construction workers digging foundations for an office building on Monday, the city said. Trains were halted for six hours, two care homes were moved and a school sports hall was opened for residents with nowhere else to go.
"These fuses are the most dangerous kind, because they can go off without warning after decades," said the head of the Lower Saxony bomb disposal service. The team needed about two hours to remove the detonator.
Allied air raids dropped more than 1.5 million tonnes of bombs on Germany during the war, and experts estimate that about one in ten failed to explode. Thousands of tonnes are still found every year, and Osnabrueck, a railway hub that was bombed heavily, has seen several large evacuations since 2017.
Residents were allowed back into their homes in the evening, and train services resumed shortly afterwards. The city thanked them for their patience and said the operation had gone "exactly as planned".''',
no_event=[
 ('Bomb disposal experts defused a 500-kilogram American aerial bomb', 'old ordnance defused: not an event'),
 ('Allied air raids dropped more than 1.5 million tonnes', 'history'),
]),

dict(published='2023-03-11', source='Gulf Diplomatic Review', topic='diplomacy',
note='Iran and Saudi Arabia agree to restore diplomatic ties in Beijing; background on a recalled 2019 attack on Saudi oil plants without a day',
text='''Iran and Saudi Arabia agree to restore ties in China-brokered deal
RIYADH - Iran and Saudi Arabia agreed on Friday to restore diplomatic relations and reopen their embassies within two months, ending a seven-year rupture between the region's rival powers, in a deal brokered by China after four days of talks in Beijing.
A joint statement said the two countries would respect each other's sovereignty and revive a security co-operation agreement signed in 2001. Their foreign ministers are expected to meet to arrange the exchange of ambassadors.
Riyadh cut ties in 2016 after protesters stormed the Saudi embassy in Tehran following the execution of a Shia cleric. Relations worsened further after a drone and missile attack on Saudi oil facilities in 2019, which Riyadh and Washington blamed on Iran; Tehran denied involvement.
Analysts said the deal could help end the war in Yemen, where Saudi Arabia leads a coalition against the Iran-aligned Houthis, although they cautioned that many issues remained. A truce in Yemen expired in October but has largely held.
The United States, which was not involved in the talks, said it welcomed any effort to reduce tensions. Israel's opposition leader called the agreement "a dangerous failure" of the government's foreign policy.
Oil prices were little changed after the announcement.''',
events=[
 dict(q='Riyadh cut ties in 2016 after protesters stormed', event_type='Riots', sub_event_type='Violent demonstration',
      date_basis='none', place=P('Iran', 'Tehran', 'Tehran', 35.69439, 51.42151, 1),
      actor1='Rioters (Iran)', inter1=5, optional=True,
      note='recalled embassy storming with its place but only a year: optional (guide rule for recalled events)'),
],
no_event=[
 ('Iran and Saudi Arabia agreed on Friday to restore diplomatic relations', 'diplomatic normalisation between states: not an ACLED agreement'),
 ('Relations worsened further after a drone and missile attack', 'recalled attack, place only "Saudi oil facilities", year only'),
 ('A truce in Yemen expired in October', 'aggregate state of a truce'),
]),
]


ARTICLES_13 = [
dict(published='2022-07-03', source='Shatt al-Arab News', topic='protest',
note='electricity protests in southern Iraq: live fire in Basra, a sit-in in Nasiriyah, a planned march, a Sadrist statement',
text='''One killed as Basra power-cut protest turns deadly
BASRA, Iraq - Security forces fired live rounds at protesters who had blocked a main road in Basra on Saturday night to denounce power cuts during a heatwave, killing one young man and wounding five others, a medical source and protest organisers said.
Hundreds of residents of the Hayaniya district had gathered on the road to the port of Umm Qasr, burning tyres and chanting against the provincial government as temperatures hovered near 50 degrees Celsius. Witnesses said shooting began when a group of protesters moved towards the gate of the local electricity directorate.
The Basra police command said in a statement that its forces had been "attacked with stones and Molotov cocktails" and had fired into the air. It said three policemen were injured and that an investigation had been opened into the death.
In Nasiriyah, about 300 people held a peaceful sit-in outside the Dhi Qar electricity distribution office on Saturday, demanding the dismissal of its director.
Organisers in Basra called for a "million-strong march" to the provincial council building next Friday.
The Sadrist movement, the largest bloc in parliament until its lawmakers resigned last month, said in a statement issued in Najaf that the government had "failed the people of the south" and should step aside.
Iraq, one of the world's largest oil producers, still cannot meet summer demand for electricity. Protests over power and jobs shook Basra in the summers of 2018 and 2019, when dozens of demonstrators were killed.''',
events=[
 dict(q='Security forces fired live rounds at protesters who had blocked a main road in Basra', q2='an investigation had been opened into the death', event_type='Protests', sub_event_type='Excessive force against protesters',
      event_date='2022-07-02', time_precision=1, date_basis='anchored', place=P('Iraq', 'Basra', 'Basra', 30.53302, 47.79747, 1),
      actor1='Protesters (Iraq)', inter1=6, actor2='Police Forces of Iraq', inter2=1, fatalities=1, injuries=5,
      alt={'sub_event_type': ['Violent demonstration'], 'actor1': ['Rioters (Iraq)'], 'actor2': ['Military Forces of Iraq']},
      note='organisers describe a road blockade; police say stones and Molotovs: alt violent demonstration. Injuries: the five protesters (three policemen per police)'),
 dict(q='In Nasiriyah, about 300 people held a peaceful sit-in', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2022-07-02', time_precision=1, date_basis='anchored', place=P('Iraq', 'Dhi-Qar', 'Nasiriyah', 31.05799, 46.25726, 1),
      actor1='Protesters (Iraq)', inter1=6),
],
no_event=[
 ('One killed as Basra power-cut protest turns deadly', 'headline'),
 ('Organisers in Basra called for a "million-strong march"', 'planned march'),
 ('The Sadrist movement, the largest bloc in parliament', 'statement from Najaf; resignation'),
 ('Protests over power and jobs shook Basra in the summers of 2018 and 2019', 'aggregate history'),
]),

dict(published='2023-05-15', source='Yemen Monitor Brief', topic='conflict',
note='local prisoner swap between the Houthis and government forces near Taiz; the large April exchange recalled; sporadic clashes vague',
text='''Houthis, government swap 12 prisoners at Taiz crossing
TAIZ (Yemen Monitor) - Yemen's Houthi movement and forces loyal to the internationally recognised government exchanged 12 prisoners on Sunday at a front-line crossing west of Taiz, in a deal arranged by local tribal mediators, officials from both sides said.
Seven government fighters and five Houthi fighters, some of whom had been held for more than three years, crossed on foot through the al-Hawban checkpoint as relatives waited on either side, a mediator told Yemen Monitor.
"This is a humanitarian gesture, and we hope it opens the door to releasing everyone," said Abdulkarim al-Sharabi, a member of the government's prisoners committee in Taiz.
The swap follows last month's exchange of nearly 900 detainees, the largest since the war began, organised by the Red Cross, with flights between Sanaa, Aden, Marib and Saudi Arabia.
Talks on a broader deal to reopen roads into Taiz, which has been largely encircled by the Houthis since 2016, remain stalled. Sporadic clashes continue on the city's outskirts, and residents say snipers still fire on the main road from time to time.
A Saudi delegation visited Sanaa in April for talks with Houthi leaders on extending a truce that expired in October, but no agreement has been announced.''',
events=[
 dict(q="Yemen's Houthi movement and forces loyal to the internationally recognised government exchanged 12 prisoners", q2='a mediator told Yemen Monitor', event_type='Strategic developments', sub_event_type='Agreement',
      event_date='2023-05-14', time_precision=1, date_basis='anchored', place=P('Yemen', 'Taizz', 'Taizz', 13.57952, 44.02091, 2),
      actor1='Houthi Movement', inter1=2, actor2='Military Forces of Yemen', inter2=1,
      alt={'actor1': ['Ansar Allah', 'Military Forces of Yemen (2017-) Houthi']},
      note='prisoner exchange: ACLED codes releases and exchanges as agreements; a crossing west of the city'),
 dict(q="The swap follows last month's exchange of nearly 900 detainees", event_type='Strategic developments', sub_event_type='Agreement',
      event_date='2023-04-15', time_precision=3, date_basis='relative', place=dict(country='Yemen', admin1=None, location='Yemen', latitude=None, longitude=None, geo_precision=3),
      actor1='Houthi Movement', inter1=2, actor2='Military Forces of Yemen', inter2=1, optional=True,
      alt={'actor1': ['Ansar Allah']},
      note='recalled exchange across several cities and a foreign country: place unclear, optional'),
],
no_event=[
 ('Houthis, government swap 12 prisoners', 'headline'),
 ('"This is a humanitarian gesture', 'statement'),
 ('Talks on a broader deal to reopen roads into Taiz', 'stalled talks; sporadic undated clashes and sniper fire'),
 ('A Saudi delegation visited Sanaa in April', 'talks, no agreement'),
]),

dict(published='2023-09-14', source='Valley Voice Srinagar', topic='conflict',
note='Kashmir: gunfight in a Pulwama village, a grenade on a paramilitary bunker in Srinagar, a property attachment, a pilgrimage ended peacefully',
text='''Two militants killed in Pulwama gunfight; grenade hurled at CRPF bunker in Srinagar
SRINAGAR, Sep 13: Two militants were killed in a gunfight with government forces in a village of south Kashmir's Pulwama district on Wednesday, police said.
Soldiers, local police and paramilitaries of the Central Reserve Police Force (CRPF) jointly cordoned off the village before dawn on a tip-off about the presence of militants, a police spokesman said. The militants opened fire when the forces approached the house where they were hiding, triggering an exchange that lasted nearly six hours. An army soldier was injured.
Police identified the slain militants as local recruits of The Resistance Front (TRF), an offshoot of the Pakistan-based Lashkar-e-Taiba, and said two AK rifles were recovered from the debris of the house.
Hours later, unidentified attackers hurled a grenade at a CRPF bunker near the Hari Singh High Street market in Srinagar. The grenade missed the bunker and exploded on the road, injuring two shopkeepers, officials said. The area was cordoned off and a search launched.
Meanwhile, police in Anantnag attached a house belonging to a militant commander based in Pakistan under anti-terror laws.
The annual Amarnath Yatra, which ended last month, passed off without any incident, officials said, with more than 450,000 pilgrims visiting the cave shrine under heavy security.
Officials say 46 militants have been killed in Jammu and Kashmir this year.''',
events=[
 dict(q='Two militants were killed in a gunfight', q2='An army soldier was injured', event_type='Battles', sub_event_type='Armed clash',
      event_date='2023-09-13', time_precision=1, date_basis='anchored', place=P('India', 'Jammu and Kashmir', 'Pulwama', 33.87405, 74.89955, 2),
      actor1='Military Forces of India', inter1=1, actor2='TRF: The Resistance Front', inter2=2, fatalities=2, injuries=1,
      alt={'actor2': ['The Resistance Front', 'Lashkar-e-Taiba']},
      note='the dateline gives Sep 13 without a year; published date gives 2023. TRF is the group; its parent is in apposition. A village of the district: precision 2'),
 dict(q='Hours later, unidentified attackers hurled a grenade', q2='injuring two shopkeepers, officials said', event_type='Explosions/Remote violence', sub_event_type='Grenade',
      event_date='2023-09-13', time_precision=1, date_basis='anchored', place=P('India', 'Jammu and Kashmir', 'Srinagar', 34.08842, 74.80298, 1),
      actor1='Unidentified Armed Group (India)', inter1=3, actor2='Central Reserve Police Force', inter2=1, injuries=2,
      alt={'actor2': ['Police Forces of India', 'Civilians (India)']}),
],
no_event=[
 ('Two militants killed in Pulwama gunfight', 'headline'),
 ('Meanwhile, police in Anantnag attached a house', 'property attachment under law: not an event'),
 ('The annual Amarnath Yatra', 'pilgrimage without incident'),
 ('Officials say 46 militants have been killed', 'aggregate'),
]),
]


ARTICLES_14 = [
dict(published='2023-09-05', source='Bengal Health Watch', topic='health',
note='record dengue outbreak in Bangladesh told in war words; a doctors\' work stoppage that did not happen',
text='''Bangladesh's war on dengue: hospitals overwhelmed as deaths pass 700
DHAKA - Bangladesh recorded 21 more dengue deaths on Monday, pushing this year's toll past 700 and making the outbreak the deadliest since records began in 2000, the Directorate General of Health Services said.
More than 145,000 people have been admitted to hospital with the mosquito-borne disease since January, and wards in Dhaka's public hospitals have run out of beds, with patients lying on mattresses in corridors and on staircases.
"We are fighting a battle on two fronts: treating the sick and attacking the mosquito where it breeds," said Dr Farzana Rahman, a public health official. City corporations in Dhaka have launched what they call a combing operation, sending teams to spray insecticide and fine owners of buildings where larvae are found.
The outbreak has spread far beyond the capital this year, with Chittagong, Barisal and Khulna divisions reporting more cases than in any previous season. Experts blame a long monsoon, rapid urbanisation and a more dangerous strain of the virus.
A planned work stoppage by junior doctors at Dhaka Medical College Hospital over unpaid allowances was called off on Sunday after the health ministry promised to pay them within a week. "Our patients come first," a spokesman for the doctors said.
Health officials have urged people to remove standing water from flower pots, tyres and rooftops, and to seek treatment at the first sign of fever. Cases usually peak in September and October.''',
no_event=[
 ('Bangladesh recorded 21 more dengue deaths', 'disease toll'),
 ('"We are fighting a battle on two fronts', 'figurative battle; spraying operation'),
 ('A planned work stoppage by junior doctors', 'strike called off; no gathering'),
]),

dict(published='2024-11-20', source='Kyiv Games Review', topic='other',
note='a Ukrainian studio releases a war video game; its missions; a power cut during the launch',
text='''Ukrainian studio releases long-delayed war shooter built in air-raid shelters
KYIV - A Kyiv studio on Wednesday released the war shooter its developers spent three years building, partly in air-raid shelters and during blackouts caused by Russian strikes on the power grid.
In the single-player campaign, players command a reconnaissance platoon through an invented war in a fictional Eastern European country, storming trenches, calling in artillery on enemy columns and defending a besieged river town against waves of armoured attacks. An online mode pits teams of 32 players against each other in battles for control of a ruined city.
Studio director Taras Melnyk said two of his programmers had joined the army and one was killed at the front last year; the game's final mission carries his name. "We did not want to turn our war into entertainment, so the war in the game is not ours," Melnyk said. "But everything we know about fear went into it."
The launch livestream was cut off for 20 minutes by a scheduled power outage in the capital, which the studio turned into a joke on social media.
Early reviews praised the game's sound design and its bleak atmosphere but criticised bugs in the online mode. The studio said it would donate a fifth of its first-month revenue to buy drones for the army, a move that has drawn some criticism from players abroad.
The game is available on personal computers and will come to consoles next year.''',
no_event=[
 ('In the single-player campaign, players command a reconnaissance platoon', 'game content'),
 ('Studio director Taras Melnyk said two of his programmers had joined the army', 'a death at an unnamed front, undated'),
 ('The launch livestream was cut off', 'scheduled power cut'),
]),
]

ARTICLES_15 = [
dict(published='2021-12-08', source='Euphrates Daily', topic='conflict',
note='an activist abducted in Nasiriyah, a bridge sit-in demanding his release, an earlier abduction recalled with a month only',
text="""Gunmen seize protest activist in Nasiriyah; friends block bridge demanding his release
NASIRIYAH, Iraq - Masked gunmen abducted a prominent protest activist as he left a cafe in central Nasiriyah late on Monday, bundling him into a pickup truck without number plates, his family and fellow activists said.
Haidar al-Shimmari, 29, a pharmacist who helped organise the 2019 sit-ins in the city's Habboubi Square, had received death threats on social media for weeks, his brother said. His phone has been switched off since the abduction.
On Tuesday, several hundred young men and women blocked the al-Zaitoun bridge for most of the day, holding up his photograph and chanting against the armed factions they blame for a string of attacks on activists. The police did not intervene, and the protesters left at sunset, vowing to return if he was not freed within 48 hours.
The interior ministry said it had formed a committee to investigate and that "no one is above the law". No group has claimed the abduction.
In March, another organiser of the Nasiriyah sit-ins was snatched by gunmen in the same district and released a week later with signs of torture, activists said.
Rights groups say dozens of protesters and activists have been killed or have disappeared in southern Iraq since the protest movement began in October 2019, and that almost no one has been brought to trial.""",
events=[
 dict(q='Masked gunmen abducted a prominent protest activist', event_type='Violence against civilians', sub_event_type='Abduction/forced disappearance',
      event_date='2021-12-06', time_precision=1, date_basis='anchored', place=P('Iraq', 'Dhi-Qar', 'Nasiriyah', 31.05799, 46.25726, 1),
      actor1='Unidentified Armed Group (Iraq)', inter1=3, actor2='Civilians (Iraq)', inter2=7,
      note='activist abducted by unidentified gunmen; no claim'),
 dict(q='On Tuesday, several hundred young men and women blocked', q2='within 48 hours', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2021-12-07', time_precision=1, date_basis='anchored', place=P('Iraq', 'Dhi-Qar', 'Nasiriyah', 31.05799, 46.25726, 1),
      actor1='Protesters (Iraq)', inter1=6, note='bridge blockade; an ultimatum is not violence'),
 dict(q='In March, another organiser of the Nasiriyah sit-ins was snatched', event_type='Violence against civilians', sub_event_type='Abduction/forced disappearance',
      event_date='2021-03-15', time_precision=3, date_basis='anchored', place=P('Iraq', 'Dhi-Qar', 'Nasiriyah', 31.05799, 46.25726, 1),
      actor1='Unidentified Armed Group (Iraq)', inter1=3, actor2='Civilians (Iraq)', inter2=7, optional=True,
      note='recalled abduction with its place and a month of the publication year: optional'),
],
no_event=[
 ('Gunmen seize protest activist in Nasiriyah', 'headline'),
 ('had received death threats on social media', 'threats'),
 ('The interior ministry said it had formed a committee', 'investigation, statement'),
 ('Rights groups say dozens of protesters', 'aggregate'),
]),

dict(published='2023-02-18', source='Rajasthan Patrika Online (English)', topic='conflict',
note='cow-vigilante lynching in an Alwar-district village; the family blocks a highway with the body; arrests in the case',
text="""Man beaten to death by mob over cattle smuggling suspicion in Alwar
ALWAR, Feb 18 - A 31-year-old dairy farmer was beaten to death and his cousin seriously injured by a mob in a village of Alwar district late on Thursday after self-styled cow protectors accused them of smuggling cattle, police said.
The two men were transporting two cows they had bought at a cattle fair in a pickup van when a group of about 25 men stopped them near the village of Ghatmika, dragged them out and beat them with sticks and rods, according to the police complaint filed by the dead man's father. The cousin was taken to a hospital in Jaipur, where his condition was stable on Saturday.
"They had the receipt from the fair. They showed it, and they were still beaten," the father said.
Police have arrested four men and identified eight others from a video of the assault that circulated on social media, the district superintendent of police said. They face charges of murder and rioting.
On Friday, relatives and villagers from the dead man's home village placed his body on the Alwar-Delhi highway and blocked traffic for five hours, demanding the arrest of all the attackers and compensation. They ended the blockade after the district administration promised an ex gratia payment.
Opposition leaders in Jaipur called the killing "a lynching that shames the state". Alwar has seen several such attacks on Muslim cattle traders and farmers since 2017.""",
events=[
 dict(q='A 31-year-old dairy farmer was beaten to death', q2='beat them with sticks and rods', event_type='Riots', sub_event_type='Mob violence',
      event_date='2023-02-16', time_precision=1, date_basis='anchored', place=P('India', 'Rajasthan', 'Alwar', 27.56246, 76.625, 2),
      actor1='Rioters (India)', inter1=5, actor2='Civilians (India)', inter2=7, fatalities=1, injuries=1,
      alt={'actor1': ['Hindu Group (India)']}, note='vigilante killing by a crowd: Mob violence; a village of the district'),
 dict(q="On Friday, relatives and villagers from the dead man", q2='promised an ex gratia payment', event_type='Protests', sub_event_type='Peaceful protest',
      event_date='2023-02-17', time_precision=1, date_basis='anchored', place=P('India', 'Rajasthan', 'Alwar', 27.56246, 76.625, 2),
      actor1='Protesters (India)', inter1=6, note='highway blockade with the body; the home village is not named, the district is'),
],
no_event=[
 ('Man beaten to death by mob', 'headline'),
 ('Police have arrested four men', 'arrests in a criminal case'),
 ('Opposition leaders in Jaipur', 'statement; aggregate since 2017'),
]),

dict(published='2024-08-20', source='Punjab Lantern', topic='conflict',
note='a mob attacks Christian homes after a blasphemy accusation in a Faisalabad-district village; police disperse it; an Ahmadi grave desecration elsewhere undated',
text="""Mob torches Christian homes after blasphemy claim near Faisalabad
FAISALABAD - A mob of several hundred men set fire to at least eight houses belonging to Christian families and a small church in a village near Jaranwala on Monday after a local cleric accused a Christian sanitary worker of desecrating pages of the Quran, police and residents said.
Most residents had fled into the fields before the crowd arrived, and no one was killed. Police said they fired tear gas to disperse the mob after it pelted officers with stones, and that three policemen were injured.
The accused man, a 34-year-old father of three, was taken into protective custody and charged under the blasphemy laws, a police spokesman said. More than 60 people have been detained on suspicion of arson and rioting.
"We heard the announcement from the mosque loudspeaker and we ran. When we came back there was nothing left," said a woman whose two-room house was burned.
Church leaders in Lahore demanded protection for minorities, and the provincial government announced compensation for the families. Human rights groups say mobs acting on blasphemy accusations, which are often linked to personal disputes, have killed dozens of people in Pakistan since the 1990s.
In a separate case, members of the Ahmadi community in the province say the graves of several Ahmadis were desecrated in recent weeks; police said they were investigating.""",
events=[
 dict(q='A mob of several hundred men set fire to at least eight houses', q2='three policemen were injured', event_type='Riots', sub_event_type='Mob violence',
      event_date='2024-08-19', time_precision=1, date_basis='anchored', place=P('Pakistan', 'Punjab', 'Jaranwala', 31.33333, 73.43333, 2),
      actor1='Rioters (Pakistan)', inter1=5, actor2='Christian Group (Pakistan)', inter2=7, injuries=3,
      alt={'actor2': ['Civilians (Pakistan)', 'Police Forces of Pakistan'], 'sub_event_type': ['Violent demonstration']},
      note='communal mob attack; police dispersal part of the same event; a village near the town'),
],
no_event=[
 ('Mob torches Christian homes', 'headline'),
 ('The accused man, a 34-year-old father of three', 'blasphemy charge; detentions in a criminal case'),
 ('Church leaders in Lahore demanded protection', 'statements; aggregate'),
 ('In a separate case, members of the Ahmadi community', 'undated desecrations discovered later (guide: not coded)'),
]),

dict(published='2022-09-22', source='Moscow Independent Bulletin', topic='protest',
note='anti-mobilisation protests in Moscow and St Petersburg with mass detentions; shelling of Shebekino blamed on Ukraine; aggregate detentions',
text="""Hundreds detained as Russians protest against mobilisation
Riot police detained hundreds of people in Moscow and St Petersburg on Wednesday evening as crowds gathered to protest against President Vladimir Putin's order to call up reservists for the war in Ukraine, the first such protests since the spring.
In Moscow, several hundred people gathered on the Arbat pedestrian street chanting "No to war!" before police in riot gear began dragging them into buses. A monitoring group said 502 people were detained in the capital, some of whom were later handed call-up papers at police stations.
In St Petersburg, police detained 480 people at a rally near St Isaac's Cathedral, where officers beat several protesters with batons, according to videos and witnesses.
The Kremlin spokesman said the protests did not reflect the mood of society. The prosecutor general's office had warned on Wednesday morning that taking part in unauthorised rallies could lead to up to 15 years in prison.
In the border region of Belgorod, governor Vyacheslav Gladkov said Ukrainian shelling had struck an industrial area of Shebekino on Wednesday afternoon, injuring two workers and setting a warehouse on fire. Ukraine does not usually comment on such reports.
The monitoring group said at least 1,300 people had been detained in 38 cities by midnight. Flights out of Russia to visa-free destinations sold out within hours of Putin's announcement.""",
events=[
 dict(q='In Moscow, several hundred people gathered on the Arbat', q2='handed call-up papers at police stations', event_type='Protests', sub_event_type='Protest with intervention',
      event_date='2022-09-21', time_precision=1, date_basis='anchored', place=P('Russia', 'Moscow', 'Moscow', 55.75222, 37.61556, 1),
      actor1='Protesters (Russia)', inter1=6, actor2='Police Forces of Russia', inter2=1,
      note='mass detentions at a peaceful protest; no dateline: the weekday is anchored by the publication date'),
 dict(q='In St Petersburg, police detained 480 people', event_type='Protests', sub_event_type='Protest with intervention',
      event_date='2022-09-21', time_precision=1, date_basis='anchored', place=P('Russia', 'Saint Petersburg', 'Saint Petersburg', 59.93863, 30.31413, 1),
      actor1='Protesters (Russia)', inter1=6, actor2='Police Forces of Russia', inter2=1,
      alt={'sub_event_type': ['Excessive force against protesters']}, note='baton beatings without serious injury reported: intervention'),
 dict(q='In the border region of Belgorod, governor', event_type='Explosions/Remote violence', sub_event_type='Shelling/artillery/missile attack',
      event_date='2022-09-21', time_precision=1, date_basis='anchored', place=P('Russia', 'Belgorod', 'Shebekino', 50.40967, 36.9136, 1),
      actor1='Military Forces of Ukraine', inter1=8, actor2='Civilians (Russia)', inter2=7, injuries=2,
      note='attributed by the governor; Ukrainian forces acting in Russia are external'),
],
no_event=[
 ('Hundreds detained as Russians protest', 'headline'),
 ('Riot police detained hundreds of people in Moscow and St Petersburg', 'summary lead of the two city events'),
 ('The Kremlin spokesman said', 'statement; warning'),
 ('The monitoring group said at least 1,300 people', 'aggregate over 38 cities'),
]),

dict(published='2022-04-26', source='Mindanao Examiner', topic='conflict',
note='ambush on a vice mayor in Maguindanao before the elections; an army clash with Dawlah Islamiyah; a poll-related plan',
text="""Vice mayor survives ambush in Maguindanao; bodyguard killed
COTABATO CITY - Gunmen ambushed the convoy of the vice mayor of Datu Piang town in Maguindanao province on Monday morning, killing one of his bodyguards and wounding his driver, police said.
Vice Mayor Ramil Usman, who is running for mayor in the 9 May elections, was on his way to a campaign rally when attackers hiding in a cornfield opened fire on his two vehicles with assault rifles, the provincial police director said. Usman escaped unhurt.
Police said they were looking into a political rivalry as a possible motive. Maguindanao has a long history of election violence; 58 people, most of them journalists, were massacred in the province in November 2009.
Separately, soldiers clashed with about 20 militants of the Islamic State-linked Dawlah Islamiyah near Datu Paglas on Sunday, killing two of them, an army brigade commander said. One soldier was wounded. The army said the militants had been extorting money from farmers in the area.
The Commission on Elections said it would place Datu Piang and several other towns under its direct control if violence continued. Police and army checkpoints have been set up on all main roads in the province.""",
events=[
 dict(q='Gunmen ambushed the convoy of the vice mayor', q2='Usman escaped unhurt', event_type='Violence against civilians', sub_event_type='Attack',
      event_date='2022-04-25', time_precision=1, date_basis='anchored', place=P('Philippines', 'Bangsamoro Autonomous Region in Muslim Mindanao', 'Datu Piang', 7.02833, 124.5025, 2),
      actor1='Unidentified Armed Group (Philippines)', inter1=3, actor2='Civilians (Philippines)', inter2=7, fatalities=1, injuries=1,
      alt={'actor2': ['Government of the Philippines']}, note='attack on a local politician on the campaign trail; a motive of political rivalry'),
 dict(q='Separately, soldiers clashed with about 20 militants', q2='One soldier was wounded', event_type='Battles', sub_event_type='Armed clash',
      event_date='2022-04-24', time_precision=1, date_basis='anchored', place=P('Philippines', 'Bangsamoro Autonomous Region in Muslim Mindanao', 'Datu Paglas', 6.76667, 124.85, 2),
      actor1='Military Forces of the Philippines', inter1=1, actor2='Dawlah Islamiyah', inter2=2, fatalities=2, injuries=1,
      alt={'actor2': ['Islamic State (Philippines)']}),
 dict(q='Maguindanao has a long history of election violence', event_type='Violence against civilians', sub_event_type='Attack',
      event_date='2009-11-15', time_precision=3, date_basis='explicit',
      place=dict(country='Philippines', admin1='Maguindanao', location='Maguindanao', latitude=None, longitude=None, geo_precision=3),
      actor1='Unidentified Armed Group (Philippines)', inter1=3, actor2='Civilians (Philippines)', inter2=7, fatalities=58, optional=True,
      note='recalled massacre with month, year and province only: optional (region, outside 2021-2025)'),
],
no_event=[
 ('Vice mayor survives ambush', 'headline'),
 ('The army said the militants had been extorting', 'undated extortion'),
 ('The Commission on Elections said it would place', 'conditional plan; checkpoints'),
]),
]

ARTICLES = ARTICLES_1 + ARTICLES_2 + ARTICLES_3 + ARTICLES_4 + ARTICLES_5 + ARTICLES_6 + ARTICLES_7 + ARTICLES_8 + ARTICLES_9 + ARTICLES_10 + ARTICLES_11 + ARTICLES_12 + ARTICLES_13 + ARTICLES_14 + ARTICLES_15
