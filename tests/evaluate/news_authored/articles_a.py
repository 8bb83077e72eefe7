"""Author a's news texts (invented incidents in real places, in the author's own words) and their
hand coding; build_a.py turns them into a.jsonl.  Coordinates are those of the project's GeoNames
files (rg_cities1000_2016.csv); a place with None coordinates stands for a whole region."""

# name -> (country, admin1, latitude, longitude)
PLACES = {
    "Dikwa": ("Nigeria", "Borno", 12.03609, 13.91815),
    "Maiduguri": ("Nigeria", "Borno", 11.84692, 13.15712),
    "Bama": ("Nigeria", "Borno", 11.52147, 13.68826),
    "Djibo": ("Burkina Faso", "Sahel", 14.0994, -1.62554),
    "Gorom-Gorom": ("Burkina Faso", "Sahel", 14.4429, -0.23468),
    "Tessalit": ("Mali", "Kidal", 20.20126, 1.01186),
    "Kidal": ("Mali", "Kidal", 18.44111, 1.40778),
    "Niamey": ("Niger", "Niamey", 13.51366, 2.1098),
    "El Fasher": ("Sudan", "North Darfur", 13.62793, 25.34936),
    "Nyala": ("Sudan", "South Darfur", 12.05, 24.88333),
    "El Obeid": ("Sudan", "North Kordofan", 13.18421, 30.21669),
    "Kassala": ("Sudan", "Kassala", 15.45099, 36.39998),
    "Mogadishu": ("Somalia", "Banadir", 2.03711, 45.34375),
    "Nairobi": ("Kenya", "Nairobi", -1.28333, 36.81667),
    "Nakuru": ("Kenya", "Nakuru", -0.28333, 36.06667),
    "Mombasa": ("Kenya", "Mombasa", -4.05466, 39.66359),
}

ARTICLES = [
# 001 wire brief, Nigeria
dict(published="2024-03-14", source="Sahel Wire", topic="conflict",
     note="ISWAP raid on the army base at Dikwa, Borno; claim of a higher toll; aggregates",
     text="""Insurgents storm army base in Borno, killing seven soldiers
MAIDUGURI, Nigeria (Sahel Wire) - Fighters of the Islamic State West Africa Province overran part of an army base in Dikwa, in Nigeria's northeastern Borno state, on Tuesday night, killing at least seven soldiers, two military sources said on Thursday.

The attackers arrived in gun trucks shortly after 10 pm and fought troops for nearly three hours before withdrawing towards the Lake Chad islands, one of the sources said. An unknown number of insurgents were also killed, he added.

ISWAP claimed the raid in a statement carried by its Amaq outlet, saying its men had killed 20 soldiers and carried off weapons and ammunition. The army did not comment on the claim.

A second officer, who asked not to be named because he was not authorised to speak to reporters, said reinforcements from Marte had been sent to Dikwa on Wednesday.

Dikwa, about 90 km east of Maiduguri, hosts tens of thousands of people displaced by the conflict. Residents said they fled into the bush when the shooting started and returned only at dawn.

The army said last month it had killed more than 200 militants in operations across the northeast since January.

Boko Haram and its offshoot ISWAP have waged an insurgency since 2009 that has killed more than 40,000 people and displaced about two million in the northeast, according to the United Nations.""",
     events=[dict(sub="Armed clash", date="2024-03-12", place="Dikwa",
                  a1="Islamic State West Africa Province", i1=2, a2="Military Forces of Nigeria", i2=1, fat=7,
                  quote=("Fighters of the Islamic State West Africa Province overran", "An unknown number of insurgents"),
                  incident="nga-dikwa-base-2024-03-12",
                  alt={"actor1": ["Islamic State (West Africa)"]},
                  note="Tuesday before the Thursday publication; 7 soldiers (the group's claim of 20 is not taken); insurgent dead unknown")],
     no_event=[("ISWAP claimed the raid", "claim of responsibility and a higher, unverified toll for the same raid"),
               ("reinforcements from Marte", "troop deployment"),
               ("killed more than 200 militants", "aggregate since January"),
               ("have waged an insurgency since 2009", "aggregate background")]),

# 002 follow-up with revised toll, local outlet, same incident
dict(published="2024-03-15", source="The Borno Chronicle", topic="conflict",
     note="revised toll (11) for the Dikwa raid; burial and governor's visit; a separate abduction near Bama",
     text="""Dikwa attack: Army confirms 11 soldiers dead as Zulum visits troops
The Nigerian Army has confirmed that 11 soldiers lost their lives when terrorists of the ISWAP faction attacked the 81 Task Force Battalion location in Dikwa on Tuesday, revising upward an earlier figure of seven given by military sources.

In a statement issued in Maiduguri on Thursday, the Theatre Command spokesman, Lieutenant Colonel Ibrahim Sanni, said the gallant troops repelled the attackers after a fierce firefight and "neutralised several of the criminals", whose bodies were taken away by their fellow fighters.

The fallen soldiers were laid to rest at the military cemetery in Maimalari Barracks, Maiduguri, on Thursday afternoon in a ceremony attended by senior officers and family members.

Borno State Governor, Professor Babagana Zulum, who visited Dikwa on Thursday, commiserated with the troops and promised to rebuild the shops burnt by the insurgents during the attack. He urged residents not to abandon the town.

"Dikwa will not fall. We have come too far to go back to the days when people could not farm," the governor told a crowd at the emir's palace.

In a separate incident on Wednesday, suspected Boko Haram fighters abducted four women who had gone to fetch firewood near Bama, a community leader told our correspondent. He said the group, loyal to the faction once led by the late Abubakar Shekau, had demanded money from the families.

Security analysts say the two factions have stepped up attacks on military bases in recent months, taking advantage of the rainy season approaching.""",
     events=[dict(sub="Armed clash", date="2024-03-12", place="Dikwa",
                  a1="Islamic State West Africa Province", i1=2, a2="Military Forces of Nigeria", i2=1, fat=11,
                  quote="The Nigerian Army has confirmed that 11 soldiers",
                  incident="nga-dikwa-base-2024-03-12", alt={"fatalities": [7], "actor1": ["Islamic State (West Africa)"]},
                  note="the army's revised toll supersedes the earlier 7"),
             dict(sub="Abduction/forced disappearance", date="2024-03-13", place="Bama", geo=2,
                  a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawatai wal-Jihad", i1=2, a2="Civilians (Nigeria)", i2=7,
                  quote="suspected Boko Haram fighters abducted four women",
                  alt={"actor1": ["Unidentified Armed Group (Nigeria)"]},
                  note="Wednesday; near Bama; the faction named is JAS")],
     no_event=[("In a statement issued in Maiduguri on Thursday", "statement from the capital of the state about the same raid"),
               ("The fallen soldiers were laid to rest", "burial of the soldiers"),
               ("who visited Dikwa on Thursday", "official visit"),
               ("have stepped up attacks on military bases", "vague trend")]),

# 003 long article, Burkina Faso
dict(published="2023-11-09", source="West Africa Ledger", topic="conflict",
     note="attack on displaced people at Djibo; army reprisal claims undated; recalled market attack",
     text="""Burkina Faso: dozens killed in attack on displaced camp near besieged Djibo
By Aminata Sawadogo

OUAGADOUGOU - Gunmen attacked a camp for displaced families on the outskirts of Djibo in northern Burkina Faso on Sunday, killing at least 27 people, the regional governor's office said, in one of the deadliest assaults on civilians this year.

Survivors reached by telephone described dozens of men on motorbikes who surrounded the camp at dusk, shot at people fleeing and set fire to shelters made of straw and plastic sheeting. Local aid workers put the toll at more than 40, saying many of the bodies were buried before they could be counted.

"They came from the east, from the direction of the wells. They were shouting and shooting at everything," said Boureima, a 56-year-old farmer who lost two sons. He asked that his family name not be used.

No group has claimed the attack. The government blamed the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM), which has besieged Djibo for more than a year, cutting the town off by road and forcing the army to resupply it by air.

The army said in a statement on Tuesday that soldiers and volunteer fighters backed by drones had "neutralised dozens of terrorists" during pursuit operations in the Djibo area, without saying when or where the operations took place.

The assault was the deadliest in the Sahel region since gunmen killed 33 traders at the cattle market in Gorom-Gorom in April, according to a tally kept by a local association.

Burkina Faso's military government, which seized power in September 2022, has promised to recover all the territory lost to armed groups. Captain Ibrahim Traore's spokesman said on state television that "the perpetrators will be hunted down wherever they hide".

Violence linked to the insurgency has killed more than 16,000 people since 2015 and forced some two million from their homes, according to aid agencies. The government announced last month a general mobilisation that allows it to requisition young men for the war effort.""",
     events=[dict(sub="Attack", date="2023-11-05", place="Djibo", geo=2,
                  a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2="Civilians (Burkina Faso)", i2=7, fat=27,
                  quote=("Gunmen attacked a camp for displaced families", "set fire to shelters made of straw"),
                  alt={"actor1": ["Unidentified Armed Group (Burkina Faso)"]},
                  note="Sunday before the Thursday publication; the governor's 27, not the aid workers' 40; outskirts of Djibo; the government blames JNIM"),
             dict(sub="Armed clash", place="Djibo", geo=2, basis="none",
                  a1="Military Forces of Burkina Faso", i1=1, a2="JNIM: Group for Support of Islam and Muslims", i2=2, fat=12,
                  quote="soldiers and volunteer fighters backed by drones", optional=True,
                  alt={"actor2": ["Unidentified Armed Group (Burkina Faso)"], "sub_event_type": ["Air/drone strike"], "fatalities": [0]},
                  note="undated pursuit operations in the Djibo area; 'dozens' = 12"),
             dict(sub="Attack", date="2023-04-15", prec=3, place="Gorom-Gorom",
                  a1="Unidentified Armed Group (Burkina Faso)", i1=2, a2="Civilians (Burkina Faso)", i2=7, fat=33,
                  quote="gunmen killed 33 traders at the cattle market",
                  note="recalled: April of the publication year, month only")],
     no_event=[("No group has claimed the attack", "attribution, and the siege as background"),
               ("which seized power in September 2022", "background coup, no place or day given"),
               ("the perpetrators will be hunted down", "threat"),
               ("has killed more than 16,000 people since 2015", "aggregate"),
               ("a general mobilisation", "policy announcement")]),

# 004 Mali drone strike, disputed toll and denial
dict(published="2024-03-21", source="Sahara Dispatch", topic="conflict",
     note="Malian army drone strike near Tessalit; disputed toll and army denial of civilian deaths",
     text="""Mali army drone strike kills wedding guests, northern rebels say; army denies
BAMAKO (Sahara Dispatch) - A Malian army drone struck a gathering near Tessalit in the northern Kidal region on Monday, killing at least eight people, a local elected official said, while the separatist Strategic Framework for the Defence of the People of Azawad (CSP-DPA) said 21 civilians attending a wedding had died.

The army's general staff said in a communique that its aircraft had "neutralised a group of terrorists preparing attacks" in the area and denied that any civilians had been hit.

The official, who spoke on condition of anonymity for his safety, said the dead included a bride's uncle and three children, and that the wounded had been taken by pick-up to Algeria for treatment.

Drone strikes have become the army's main weapon in the north since it retook Kidal from the rebels in November, with help from Russian fighters. Human rights groups have documented dozens of civilian deaths in such strikes in the past year.

The CSP-DPA, a coalition of mostly Tuareg armed groups, said it would "respond with all means" and called on the United Nations to investigate. Earlier this month its fighters and the army clashed near Kidal, according to both sides, each of whom claimed to have inflicted heavy losses.

A peace agreement signed in Algiers in 2015 between Bamako and the northern groups collapsed this year after the junta declared it void.""",
     events=[dict(sub="Air/drone strike", date="2024-03-18", place="Tessalit", geo=2,
                  a1="Military Forces of Mali", i1=1, a2="Civilians (Mali)", i2=7, fat=8,
                  quote="A Malian army drone struck a gathering near Tessalit",
                  alt={"actor2": ["Unidentified Armed Group (Mali)"]},
                  note="Monday; the official's 8, not the CSP's 21; the army's denial concerns the victims, not the strike"),
             dict(sub="Armed clash", place="Kidal", geo=2, basis="relative",
                  a1="Military Forces of Mali", i1=1, a2="CSP-DPA: Strategic Framework for the Defence of the People of Azawad", i2=2,
                  quote="Earlier this month its fighters and the army clashed near Kidal", optional=True,
                  note="'earlier this month' with a place: optional")],
     no_event=[("The army's general staff said in a communique", "denial"),
               ("since it retook Kidal from the rebels in November", "background capture, no day"),
               ("Human rights groups have documented dozens", "aggregate"),
               ("would \"respond with all means\"", "threat"),
               ("A peace agreement signed in Algiers in 2015", "background agreement collapsed")]),

# 005 Niger rally, planned rally, recalled embassy attack
dict(published="2023-08-11", source="Niamey Express", topic="protest",
     note="pro-junta rally in Niamey; a rally planned for next week; recalled July 30 embassy attack",
     text="""Thousands rally in Niamey behind junta as ECOWAS deadline passes
NIAMEY - Several thousand supporters of Niger's new military rulers gathered at the Seyni Kountche stadium in Niamey on Friday, waving Russian and Nigerien flags and chanting slogans against France and the West African bloc ECOWAS.

The rally passed off peacefully under the watch of police, who searched people at the stadium gates. Speakers from the M62 movement, which organised the event, called on young people to sign up as volunteers "to defend the homeland" if ECOWAS carries out its threat of military intervention.

The movement said it would hold a sit-in outside the base housing French troops near the airport next week, and would stay there "until the last French soldier has left".

ECOWAS leaders meeting in Abuja on Thursday ordered the activation of a standby force, though they said they still preferred a negotiated solution. Niger's junta has said any attack would get an "immediate and energetic" response.

Tension has been high in the capital since July 30, when a crowd tried to force its way into the French embassy and set one of its doors on fire before police dispersed it with tear gas. France closed its visa section afterwards.

General Abdourahamane Tiani seized power on July 26, detaining President Mohamed Bazoum, who remains held with his wife and son in the presidential palace.""",
     events=[dict(sub="Peaceful protest", date="2023-08-11", place="Niamey",
                  a1="Protesters (Niger)", i1=6, quote=("Several thousand supporters of Niger's new military rulers", "The rally passed off peacefully"),
                  note="Friday = the publication day; a rally in support of the junta is still a demonstration"),
             dict(sub="Violent demonstration", date="2023-07-30", place="Niamey",
                  a1="Rioters (Niger)", i1=5, a2="Police Forces of Niger", i2=1,
                  quote="when a crowd tried to force its way into the French embassy",
                  alt={"sub_event_type": ["Protest with intervention"], "actor1": ["Protesters (Niger)"]},
                  note="recalled with its date; a door set alight, dispersed with tear gas"),
             dict(sub="Arrests", date="2023-07-26", place="Niamey", optional=True,
                  a1="Military Forces of Niger", i1=1, a2="Government of Niger", i2=1,
                  quote="General Abdourahamane Tiani seized power on July 26",
                  alt={"sub_event_type": ["Other"], "actor2": ["Civilians (Niger)"]},
                  note="recalled coup and detention of the president in the palace; optional: background, actor coding unclear")],
     no_event=[("would hold a sit-in outside the base", "planned protest"),
               ("ordered the activation of a standby force", "decision, threat; abroad"),
               ]),

# 006 live-blog roundup, Sudan
dict(published="2024-05-13", source="Horn Today live", topic="conflict",
     note="live blog, Sudan war: RSF shelling El Fasher, army air strike on Nyala, fighting near El Obeid, protest in Kassala",
     text="""Sudan war live: shelling in El Fasher, air strike on Nyala market
Monday 13 May 2024

16:05 - That is all for today. Here is a summary of the main developments.

15:10 - The RSF's political adviser, speaking to us from Nairobi, denied that its forces target civilians and said the deaths in El Fasher were caused by "army aircraft". We could not verify either side's account.

14:00 - Several hundred people marched through the centre of Kassala in the east this morning, calling on the army to distribute weapons to residents so they can defend the city against the RSF. Witnesses said the march ended peacefully outside the state governor's office.

12:20 - The UN humanitarian coordinator said more than 130 people have been killed in El Fasher since fighting for the city intensified on Friday, calling the situation "catastrophic". The city is the last major town in Darfur not held by the paramilitaries.

11:45 - Fighting between the army and the RSF broke out this morning on the eastern outskirts of El Obeid, the capital of North Kordofan, residents told us. Heavy gunfire and artillery could be heard from the city centre. There was no immediate word on casualties.

09:30 - A military aircraft bombed the livestock market in Nyala early on Monday, killing 11 people and wounding dozens, according to the Emergency Lawyers, a group of Sudanese lawyers that tracks abuses. Nyala, Sudan's second city, has been held by the Rapid Support Forces since October.

08:10 - Good morning. The Rapid Support Forces shelled residential districts in the north of El Fasher on Sunday evening, killing at least six civilians, doctors at the city's South Hospital said. Among the dead were two children.

RSF commander Mohamed Hamdan Dagalo warned at the weekend that his men would "enter El Fasher within days".""",
     events=[dict(sub="Peaceful protest", date="2024-05-13", place="Kassala", a1="Protesters (Sudan)", i1=6,
                  quote="Several hundred people marched through the centre of Kassala",
                  note="'this morning' in an entry of a blog dated Monday 13 May 2024"),
             dict(sub="Armed clash", date="2024-05-13", place="El Obeid", geo=2,
                  a1="Military Forces of Sudan", i1=1, a2="Rapid Support Forces", i2=2,
                  quote="Fighting between the army and the RSF broke out this morning",
                  note="eastern outskirts of El Obeid"),
             dict(sub="Air/drone strike", date="2024-05-13", place="Nyala",
                  a1="Military Forces of Sudan", i1=1, a2="Civilians (Sudan)", i2=7, fat=11, inj=12,
                  quote="A military aircraft bombed the livestock market in Nyala",
                  note="only the army flies aircraft; 'dozens' wounded = 12"),
             dict(sub="Shelling/artillery/missile attack", date="2024-05-12", place="El Fasher",
                  a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7, fat=6,
                  quote=("The Rapid Support Forces shelled residential districts", "Among the dead were two children"),
                  note="Sunday evening, the day before the blog's date")],
     no_event=[("denied that its forces target civilians", "denial"),
               ("more than 130 people have been killed in El Fasher", "aggregate since Friday"),
               ("has been held by the Rapid Support Forces since October", "background capture"),
               ("would \"enter El Fasher within days\"", "threat")]),

# 007 Mogadishu suicide bombing; recalled 2022 bombings
dict(published="2025-02-17", source="Banadir Post", topic="conflict",
     note="al-Shabaab suicide car bomb at a police checkpoint in Mogadishu; arrests; recalled October 2022 bombings",
     text="""Suicide car bomber kills seven at Mogadishu checkpoint
MOGADISHU (Banadir Post) - A suicide bomber drove a car packed with explosives into a police checkpoint on the road to Mogadishu's airport on Sunday, killing at least seven people, most of them police officers, a police spokesman said.

Doctors at Madina hospital said they had received ten bodies and 15 wounded, several of them in critical condition. Witnesses said the blast shattered the windows of shops and a tea house across the road.

The al-Qaeda-linked al-Shabaab group said in a statement broadcast on its Andalus radio that it had carried out the attack, which it said targeted "apostate forces".

Police said on Monday they had detained 12 people in the Hodan district in connection with the bombing, including the owner of a garage where the car is believed to have been fitted with explosives.

President Hassan Sheikh Mohamud condemned the attack and vowed to press on with what he called "total war" against the group.

It was the deadliest bombing in the capital since October 2022, when two car bombs exploded at the education ministry junction, killing more than 100 people.

Al-Shabaab has fought for more than 15 years to topple Somalia's federal government and impose its strict interpretation of Islamic law. Despite losing ground in central regions to an army offensive since 2022, it still controls large parts of the countryside.""",
     events=[dict(sub="Suicide bomb", date="2025-02-16", place="Mogadishu",
                  a1="Al Shabaab", i1=2, a2="Police Forces of Somalia", i2=1, fat=7, inj=15,
                  quote=("A suicide bomber drove a car packed with explosives", "Doctors at Madina hospital said"),
                  alt={"actor2": ["Civilians (Somalia)"]},
                  note="Sunday before the Monday publication; police 7, hospital 10: 7"),
             dict(sub="Arrests", date="2025-02-17", place="Mogadishu", basis="anchored",
                  a1="Police Forces of Somalia", i1=1, a2="Civilians (Somalia)", i2=7,
                  quote="Police said on Monday they had detained 12 people", optional=True,
                  alt={"actor2": ["Al Shabaab"]},
                  note="counter-terror sweep; the day of the arrests is not fixed (said on Monday)"),
             dict(sub="Remote explosive/landmine/IED", date="2022-10-15", prec=3, basis="explicit", place="Mogadishu",
                  a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, fat=100,
                  quote="when two car bombs exploded at the education ministry junction",
                  alt={"actor1": ["Unidentified Armed Group (Somalia)"], "sub_event_type": ["Suicide bomb"]},
                  note="recalled with place and month; perpetrator not named in the text")],
     no_event=[("said in a statement broadcast on its Andalus radio", "claim of responsibility"),
               ("condemned the attack and vowed", "statement"),
               ("Despite losing ground in central regions", "background")]),

# 008 Kenya anniversary protests
dict(published="2025-06-26", source="Nairobi Times", topic="protest",
     note="anniversary protests: tear gas in Nairobi with two shot dead, riot in Nakuru, calm march in Mombasa; recalled 2024 parliament storming",
     text="""Two shot dead as police battle protesters on anniversary of parliament storming
NAIROBI - Police fired tear gas and water cannon at thousands of young protesters in Nairobi on Wednesday as they marked a year since demonstrators broke into parliament, and two men were shot dead near the Kenyatta International Convention Centre, a rights group said.

The Independent Medical-Legal Unit said the two, aged 19 and 24, had been hit by live bullets fired by officers who were chasing a group of demonstrators down Harambee Avenue. Police spokeswoman Muthoni Kariuki said the force would investigate "any claim of misconduct".

In Nakuru, about 160 km north-west of the capital, youths set fire to a police post and looted shops along the Kenyatta Avenue after officers tried to break up their march. Police said 14 people had been arrested there.

In Mombasa, several hundred people marched peacefully to the county offices carrying placards with photographs of those killed last year, and dispersed in the afternoon.

Wednesday's protests were called to honour those who died on June 25, 2024, when demonstrators against a finance bill overran police lines and forced their way into the parliament building, setting part of it on fire. Rights groups say at least 60 people have been killed by police during protests since then.

Interior Cabinet Secretary Kipchumba Murkomen warned on Tuesday that anyone attacking police stations would be "dealt with firmly". Activists have called a further day of action on July 7, the Saba Saba anniversary.""",
     events=[dict(sub="Excessive force against protesters", date="2025-06-25", place="Nairobi",
                  a1="Police Forces of Kenya", i1=1, a2="Protesters (Kenya)", i2=6, fat=2,
                  quote=("Police fired tear gas and water cannon at thousands", "had been hit by live bullets"),
                  alt={"sub_event_type": ["Protest with intervention"]},
                  note="Wednesday; live fire killing two marchers"),
             dict(sub="Violent demonstration", date="2025-06-25", place="Nakuru",
                  a1="Rioters (Kenya)", i1=5, a2="Police Forces of Kenya", i2=1,
                  quote="youths set fire to a police post and looted shops",
                  note="arrests in the same sentence are part of the riot"),
             dict(sub="Peaceful protest", date="2025-06-25", place="Mombasa", a1="Protesters (Kenya)", i1=6,
                  quote="several hundred people marched peacefully to the county offices"),
             dict(sub="Violent demonstration", date="2024-06-25", basis="explicit", place="Nairobi",
                  a1="Rioters (Kenya)", i1=5, a2="Police Forces of Kenya", i2=1,
                  quote="when demonstrators against a finance bill overran police lines",
                  incident="ken-nairobi-parliament-2024-06-25",
                  alt={"sub_event_type": ["Excessive force against protesters", "Protest with intervention"], "actor1": ["Protesters (Kenya)"]},
                  note="recalled with its date; no toll given for that day in this text")],
     no_event=[("the force would investigate", "statement"),
               ("at least 60 people have been killed by police", "aggregate since then"),
               ("warned on Tuesday that anyone attacking", "warning"),
               ("Activists have called a further day of action", "planned protest")]),
]

PLACES.update({
    "Mocimboa": ("Mozambique", "Cabo Delgado", -11.31667, 40.35),
    "Sake": ("Democratic Republic of Congo", "North Kivu", -1.57386, 29.04339),
    "Goma": ("Democratic Republic of Congo", "North Kivu", -1.67409, 29.22845),
    "Beni": ("Democratic Republic of Congo", "North Kivu", 0.49113, 29.47306),
    "Butembo": ("Democratic Republic of Congo", "North Kivu", 0.14164, 29.29117),
    "Gusau": ("Nigeria", "Zamfara", 12.17024, 6.66412),
    "Lagos": ("Nigeria", "Lagos", 6.45407, 3.39467),
    "Abuja": ("Nigeria", "Federal Capital Territory", 9.05785, 7.49508),
    "Mexico City": ("Mexico", "Ciudad de Mexico", 19.42847, -99.12766),
    "Chilpancingo": ("Mexico", "Guerrero", 17.5506, -99.50578),
    "Iguala": ("Mexico", "Guerrero", 18.34928, -99.53936),
    "Apatzingan": ("Mexico", "Michoacan", 19.08864, -102.35704),
})

ARTICLES += [
# 009 Mozambique wire
dict(published="2024-05-07", source="Indian Ocean Wire", topic="conflict",
     note="Cabo Delgado: insurgents kill two farmers near Mocimboa; Rwandan troops fight insurgents; looting of aid",
     text="""Mozambique insurgents behead farmers, clash with Rwandan troops
PEMBA, Mozambique (Indian Ocean Wire) - Islamic State-linked insurgents beheaded two farmers in their fields outside Mocimboa da Praia on Saturday, a local administrator said, and fought Rwandan troops near the coastal town the following day.

The administrator, speaking by telephone from Pemba, the provincial capital, said the men had gone to harvest cassava when they were seized by about ten fighters. Their bodies were found by relatives in the evening.

On Sunday, Rwandan soldiers deployed in Cabo Delgado under a bilateral agreement clashed with a group of insurgents about 15 km south of Mocimboa da Praia, killing five of them, a Rwandan army statement said. The statement did not report any Rwandan casualties.

Residents said a separate group of fighters had looted a warehouse of food aid in a village on the Messalo river last week, but the report could not be confirmed.

The Islamic State's Mozambique branch has in recent weeks claimed a string of attacks across Macomia and Muidumbe districts, mostly on Christian villagers. More than a million people have been displaced since the insurgency began in 2017, according to the UN.

President Filipe Nyusi, speaking at a ceremony in Maputo on Monday, said the situation in the province was "under control" and that displaced people should return home.""",
     events=[dict(sub="Attack", date="2024-05-04", place="Mocimboa", geo=2,
                  a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, fat=2,
                  quote=("Islamic State-linked insurgents beheaded two farmers", "The administrator, speaking by telephone from Pemba"),
                  alt={"actor1": ["Islamist Militia (Mozambique)"]},
                  note="Saturday; outside the town"),
             dict(sub="Armed clash", date="2024-05-05", place="Mocimboa", geo=2,
                  a1="Military Forces of Rwanda", i1=8, a2="Islamic State Mozambique Province", i2=2, fat=5,
                  quote="Rwandan soldiers deployed in Cabo Delgado under a bilateral agreement clashed",
                  alt={"actor2": ["Islamist Militia (Mozambique)"]},
                  note="foreign forces: inter 8; 15 km south of the town"),
             dict(sub="Looting/property destruction", place="Mocimboa", geo=3, basis="relative",
                  a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, optional=True,
                  quote="had looted a warehouse of food aid",
                  note="unnamed village, 'last week', unconfirmed")],
     no_event=[("claimed a string of attacks across Macomia", "aggregate of claims"),
               ("More than a million people have been displaced", "aggregate"),
               ("speaking at a ceremony in Maputo on Monday", "statement from the capital")]),

# 010 DR Congo, Sake falls to M23 (wire)
dict(published="2025-01-24", source="Great Lakes Wire", topic="conflict",
     note="M23 take Sake after fighting with the army and Wazalendo; shells hit Goma; Rwanda denial",
     text="""M23 rebels seize Sake, tighten grip around Goma
GOMA, Democratic Republic of Congo (Great Lakes Wire) - M23 rebels took control of the town of Sake, 25 km west of Goma, on Thursday after fighting with the Congolese army and allied Wazalendo militias that began on Tuesday, residents and a UN source said.

Soldiers and militia fighters were seen fleeing along the road towards Goma on Thursday morning, followed by thousands of civilians carrying mattresses and cooking pots. By the afternoon, rebel fighters were patrolling the town's main market, a resident said.

Several shells landed in the Mugunga area on the western edge of Goma on Thursday, killing three civilians and wounding 12, a doctor at the city's main hospital said. The army said the shells had been fired from rebel positions in the hills above Sake.

Rwanda, which UN experts say has thousands of troops inside Congo fighting alongside the M23, has repeatedly denied backing the group. "These accusations are baseless," a government spokeswoman in Kigali said on Thursday.

More than 400,000 people have been displaced by fighting in North Kivu since the start of the year, according to the UN refugee agency. Goma, a city of some two million, is now almost encircled.

Congo's government spokesman said in Kinshasa that the army would "not let Goma fall" and that a counter-offensive was being prepared.""",
     events=[dict(sub="Non-state actor overtakes territory", date="2025-01-23", place="Sake",
                  a1="M23: March 23 Movement", i1=2, a2="Military Forces of the Democratic Republic of Congo", i2=1,
                  quote=("M23 rebels took control of the town of Sake", "By the afternoon, rebel fighters were patrolling"),
                  incident="cod-sake-m23-2025-01-23",
                  alt={"actor2": ["Wazalendo"]}, note="Thursday; the army and Wazalendo flee"),
             dict(sub="Armed clash", date="2025-01-21", place="Sake", optional=True,
                  a1="M23: March 23 Movement", i1=2, a2="Military Forces of the Democratic Republic of Congo", i2=1,
                  quote="M23 rebels took control of the town of Sake",
                  note="fighting 'began on Tuesday' and went on for days; the daily clashes are not told one by one"),
             dict(sub="Shelling/artillery/missile attack", date="2025-01-23", place="Goma",
                  a1="M23: March 23 Movement", i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=3, inj=12,
                  quote=("Several shells landed in the Mugunga area", "The army said the shells had been fired"),
                  incident="cod-goma-shells-2025-01-23",
                  alt={"actor1": ["Unidentified Armed Group (Democratic Republic of Congo)"]},
                  note="the army attributes the shells to the rebels")],
     no_event=[("has repeatedly denied backing the group", "denial"),
               ("More than 400,000 people have been displaced", "aggregate"),
               ("a counter-offensive was being prepared", "plan")]),

# 011 DR Congo, local outlet, same Sake incident; ADF attack near Beni; Butembo protest
dict(published="2025-01-25", source="Kivu Matin", topic="conflict",
     note="local roundup: Sake under M23 (same incident), shells on Goma (same), ADF massacre near Beni, students' march in Butembo",
     text="""Nord-Kivu: Sake aux mains du M23, nouvelle tuerie des ADF a Beni
GOMA - The situation remained tense on Friday in Sake, the chef-lieu of the groupement of Kamuronza in Masisi territory, which fell on Thursday to the M23/AFC rebellion after the retreat of the FARDC and of the Wazalendo resistance fighters.

Local civil society reported that at least three people died on Thursday in Mugunga, in the west of Goma, when bombs fired from the Sake hills fell on the IDP sites. Civil society leader Jean-Paul Kambale called on the government to "take its responsibilities".

In Beni territory, the ADF rebels killed 18 civilians with machetes and guns in the village of Mantumbi, about 30 km from Beni town, in the night of Wednesday to Thursday, according to the administrator of the territory, Colonel Charles Ehuta. He said the FARDC had launched pursuit operations.

In Butembo, pupils and students took to the streets on Friday to demand that the government send reinforcements to the front. The police dispersed the march with tear gas near the Rond-point Kikyo, and five students were briefly arrested, said a student leader.

The M23 has been occupying large parts of Rutshuru and Masisi since 2022. The Luanda process, the talks mediated by Angola between Kinshasa and Kigali, has not produced any result since December, when a planned summit was cancelled.""",
     events=[dict(sub="Non-state actor overtakes territory", date="2025-01-23", place="Sake",
                  a1="M23: March 23 Movement", i1=2, a2="Military Forces of the Democratic Republic of Congo", i2=1,
                  quote="which fell on Thursday to the M23/AFC rebellion",
                  incident="cod-sake-m23-2025-01-23", alt={"actor2": ["Wazalendo"]},
                  note="the takeover recalled in the local roundup: same incident"),
             dict(sub="Shelling/artillery/missile attack", date="2025-01-23", place="Goma",
                  a1="M23: March 23 Movement", i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=3,
                  quote="at least three people died on Thursday in Mugunga",
                  incident="cod-goma-shells-2025-01-23",
                  alt={"actor1": ["Unidentified Armed Group (Democratic Republic of Congo)"]},
                  note="fired from the Sake hills (held by the M23); same incident as in 010"),
             dict(sub="Attack", date="2025-01-22", prec=2, place="Beni", geo=2,
                  a1="ADF: Allied Democratic Forces", i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=18,
                  quote="the ADF rebels killed 18 civilians with machetes",
                  note="night of Wednesday to Thursday: precision 2; Mantumbi is not in the gazetteer, 30 km from Beni"),
             dict(sub="Protest with intervention", date="2025-01-24", place="Butembo",
                  a1="Protesters (Democratic Republic of Congo)", i1=6, a2="Police Forces of the Democratic Republic of Congo", i2=1,
                  quote=("pupils and students took to the streets on Friday", "five students were briefly arrested"),
                  note="tear gas on a peaceful march")],
     no_event=[('called on the government to "take its responsibilities"', "statement"),
               ("He said the FARDC had launched pursuit operations", "pursuit announced, no clash reported"),
               ("has been occupying large parts of Rutshuru and Masisi since 2022", "background"),
               ("The Luanda process", "stalled talks")]),

# 012 Zamfara abduction and rescue
dict(published="2024-09-03", source="Northern Star (Kaduna)", topic="conflict",
     note="bandits abduct worshippers near Gusau; army rescue in a gunfight; aggregate kidnappings",
     text="""Bandits abduct 37 worshippers in Zamfara; troops rescue 11
GUSAU - Armed bandits on Friday abducted 37 worshippers from a mosque in a village near Gusau, the Zamfara State capital, during Jumat prayers, residents and police said.

Witnesses said the gunmen, who came on more than 40 motorcycles, surrounded the mosque and marched the worshippers into the forest. Two men who tried to flee were shot dead.

The police spokesman in the state, Yazid Abubakar, confirmed the abduction and said tactical teams had been deployed to the area.

Troops of Operation Fansan Yamma on Sunday rescued 11 of the captives after a gunfight with the bandits in a forest about 20 km from Gusau, in which three of the kidnappers were killed, the army said in a statement.

The family of one of the remaining captives said the bandits had called on Monday to demand N50 million for their release.

Zamfara has been one of the states worst hit by bandit gangs that raid villages, steal cattle and kidnap for ransom. A local rights group says more than 1,400 people have been kidnapped in the state since January.

Governor Dauda Lawal said on Monday the state would not negotiate with the bandits and asked residents to "cooperate with security agencies".""",
     events=[dict(sub="Abduction/forced disappearance", date="2024-08-30", place="Gusau", geo=2,
                  a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=2,
                  quote=("Armed bandits on Friday abducted 37 worshippers", "Two men who tried to flee were shot dead"),
                  alt={"actor1": ["Bandits (Nigeria)"]},
                  note="mass abduction by armed gangs is coded by ACLED in north-west Nigeria (unlike a single kidnapping for ransom); two killed"),
             dict(sub="Armed clash", date="2024-09-01", place="Gusau", geo=2,
                  a1="Military Forces of Nigeria", i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=3,
                  quote="on Sunday rescued 11 of the captives after a gunfight",
                  note="rescue in a gunfight, 20 km from Gusau")],
     no_event=[("tactical teams had been deployed", "deployment"),
               ("had called on Monday to demand N50 million", "ransom demand"),
               ("more than 1,400 people have been kidnapped", "aggregate"),
               ("would not negotiate with the bandits", "statement")]),
]
