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

Security analysts say the two factions have stepped up attacks on military bases in recent months, taking advantage of the dry season, when the roads are passable.""",
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
                  incident="sdn-el-fasher-shelling-2024-05-12",
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
                  alt={"actor2": ["Civilians (Somalia)"]}, incident="som-mogadishu-checkpoint-2025-02-16",
                  note="Sunday before the Monday publication; police 7, hospital 10: 7"),
             dict(sub="Arrests", date="2025-02-17", place="Mogadishu", basis="anchored",
                  a1="Police Forces of Somalia", i1=1, a2="Civilians (Somalia)", i2=7,
                  prec=2, quote="Police said on Monday they had detained 12 people", optional=True,
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
    "Aguililla": ("Mexico", "Michoacan", 18.73843, -102.79032),
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

PLACES.update({
    "Tame": ("Colombia", "Arauca", 6.46065, -71.73618),
    "Arauca": ("Colombia", "Arauca", 7.08471, -70.75908),
    "Mirebalais": ("Haiti", "Centre", 18.83333, -72.10528),
    "Kenscoff": ("Haiti", "Ouest", 18.44773, -72.28485),
    "Port-au-Prince": ("Haiti", "Ouest", 18.53917, -72.335),
    "Puno": ("Peru", "Puno", -15.8422, -70.0199),
    "Juliaca": ("Peru", "Puno", -15.5, -70.13333),
    "Lima": ("Peru", "Lima", -12.04318, -77.02824),
    "Caracas": ("Venezuela", "Capital District", 10.48801, -66.87919),
    "Maracay": ("Venezuela", "Aragua", 10.24694, -67.59583),
    "Rio de Janeiro": ("Brazil", "Rio de Janeiro", -22.90278, -43.2075),
})

ARTICLES += [
# 013 Lagos, #EndSARS anniversary
dict(published="2024-10-21", source="Lagos Daily Mirror", topic="protest",
     note="EndSARS anniversary: police tear-gas and arrest marchers at Lekki in Lagos; peaceful rally in Abuja; recalled 2020 shooting; panel report",
     text="""Police teargas #EndSARS anniversary protesters at Lekki tollgate
Policemen on Sunday fired teargas canisters at hundreds of youths who gathered at the Lekki tollgate in Lagos to mark the fourth anniversary of the #EndSARS protests, and arrested at least nine of them, including a journalist.

The protesters, who carried Nigerian flags and placards reading "Remember Lekki", had been singing the national anthem when officers of the Rapid Response Squad moved in shortly after 9am. Those arrested were taken to the State Criminal Investigation Department at Panti, Yaba.

Lagos police spokesman Benjamin Hundeyin said the gathering had no permit and that officers had "acted with restraint". He said those detained would be released after profiling.

In Abuja, about 200 people marched from the Unity Fountain to the National Assembly without incident, with police officers walking alongside them.

The protests commemorate the night of October 20, 2020, when soldiers opened fire on demonstrators at the same tollgate. A judicial panel set up by the Lagos State Government later found that at least nine people were killed, a finding the army has rejected.

Organisers said they would return to the tollgate every year "until there is justice". Amnesty International said on Saturday that no soldier had been prosecuted over the shooting.""",
     events=[dict(sub="Protest with intervention", date="2024-10-20", place="Lagos",
                  a1="Protesters (Nigeria)", i1=6, a2="Police Forces of Nigeria", i2=1,
                  quote=("Policemen on Sunday fired teargas canisters", "had been singing the national anthem"),
                  note="Sunday; Lekki is part of Lagos; peaceful gathering broken up, arrests part of the intervention"),
             dict(sub="Peaceful protest", date="2024-10-20", place="Abuja", a1="Protesters (Nigeria)", i1=6,
                  quote="about 200 people marched from the Unity Fountain",
                  note="same day as the Lagos protest ('In Abuja' continues the Sunday report)"),
             dict(sub="Excessive force against protesters", date="2020-10-20", basis="explicit", place="Lagos",
                  a1="Military Forces of Nigeria", i1=1, a2="Protesters (Nigeria)", i2=6, fat=9,
                  quote=("The protests commemorate the night of October 20, 2020", "at least nine people were killed"),
                  note="recalled with place and date; the panel's toll, disputed by the army")],
     no_event=[("said the gathering had no permit", "police statement"),
               ("Organisers said they would return", "plan"),
               ("no soldier had been prosecuted", "statement on prosecutions")]),

# 014 Mexico, Ayotzinapa anniversary
dict(published="2024-09-27", source="Diario del Valle", topic="protest",
     note="Ayotzinapa 10th anniversary: march and attack on the Senate in Mexico City, highway blockade in Chilpancingo; recalled 2014 disappearance",
     text="""Ten years on, Ayotzinapa parents march; hooded youths attack Senate
MEXICO CITY - Tens of thousands of people marched through the centre of Mexico City on Thursday, ten years after 43 students of the Ayotzinapa teacher training college disappeared in the state of Guerrero.

Near the end of the march, a group of about 50 hooded youths broke off and threw stones and firecrackers at the Senate building on Reforma avenue, smashing windows and setting fire to a metal barrier. Riot police protecting the building used fire extinguishers against the group. No arrests were reported.

The parents of the missing students led the march behind a banner bearing the faces of their sons, and read a statement in the Zocalo accusing the army of hiding information.

In Chilpancingo, the capital of Guerrero, students from the college blocked the Autopista del Sol for several hours on Thursday morning, letting vehicles through only after drivers paid a "voluntary contribution".

The 43 were taken by municipal police in Iguala on the night of September 26, 2014, allegedly in collusion with the Guerreros Unidos drug gang, and handed over to the gang. The remains of only three have been identified.

President Andres Manuel Lopez Obrador, who leaves office next week, had promised to solve the case. A judge last month ordered the release of eight soldiers charged over the disappearance, a ruling the parents called "a slap in the face".

The parents said they would meet the incoming president, Claudia Sheinbaum, in October.""",
     events=[dict(sub="Violent demonstration", date="2024-09-26", place="Mexico City",
                  a1="Rioters (Mexico)", i1=5, a2="Police Forces of Mexico", i2=1,
                  quote=("Tens of thousands of people marched through the centre", "Riot police protecting the building"),
                  alt={"sub_event_type": ["Peaceful protest", "Protest with intervention"], "actor1": ["Protesters (Mexico)"]},
                  note="one event per place and day: the march and the breakaway attack on the Senate are coded as the riot"),
             dict(sub="Peaceful protest", date="2024-09-26", place="Chilpancingo", a1="Protesters (Mexico)", i1=6,
                  quote="students from the college blocked the Autopista del Sol",
                  note="road blockade without violence"),
             dict(sub="Abduction/forced disappearance", date="2014-09-26", basis="explicit", place="Iguala",
                  a1="Police Forces of Mexico", i1=1, a2="Civilians (Mexico)", i2=7,
                  quote="The 43 were taken by municipal police in Iguala",
                  alt={"actor1": ["Guerreros Unidos"]},
                  note="recalled with place and date; the gang named as accomplice")],
     no_event=[("read a statement in the Zocalo", "statement within the march"),
               ("had promised to solve the case", "background"),
               ("A judge last month ordered the release", "court ruling"),
               ("would meet the incoming president", "plan")]),

# 015 Michoacan, cartel war
dict(published="2024-02-21", source="Pacific Coast News", topic="security",
     note="Michoacan: National Guard clash with CJNG near Apatzingan; drone bombs on a village; a body found (optional)",
     text="""Four gunmen, guardsman killed in clash in Michoacan's Tierra Caliente
APATZINGAN, Mexico - Four suspected members of the Jalisco New Generation Cartel and a National Guard officer were killed on Tuesday in a shootout on a dirt road outside Apatzingan, in the western state of Michoacan, the state security ministry said.

The guardsmen were ambushed while patrolling near the lime orchards of the Tierra Caliente region and returned fire, the ministry said, adding that two armoured trucks and a .50-calibre rifle had been seized.

On Monday, drones dropped improvised explosives on houses in El Aguaje, a farming village in the municipality of Aguililla, wounding a woman and her grandson, residents said. They blamed the Jalisco cartel, which has been fighting rival groups known as Carteles Unidos for control of the area.

Separately, the body of a local leader of lime growers was found on Sunday at the roadside near Apatzingan, days after he had publicly denounced extortion by criminal groups. Prosecutors said they were investigating.

Michoacan Governor Alfredo Ramirez Bedolla said the federal government would send 1,200 more soldiers to the region "in the coming days".

More than 450,000 people have been killed in Mexico since the government sent the army to fight the cartels in 2006, according to official figures.""",
     events=[dict(sub="Armed clash", date="2024-02-20", place="Apatzingan", geo=2,
                  a1="Police Forces of Mexico", i1=1, a2="CJNG: Jalisco New Generation Cartel", i2=3, fat=5,
                  quote=("Four suspected members of the Jalisco New Generation Cartel", "returned fire"),
                  alt={"actor1": ["Military Forces of Mexico"]},
                  note="the National Guard (ACLED: Police Forces of Mexico National Guard); 4 + 1 killed"),
             dict(sub="Air/drone strike", date="2024-02-19", place="Aguililla", geo=2,
                  a1="CJNG: Jalisco New Generation Cartel", i1=3, a2="Civilians (Mexico)", i2=7, inj=2,
                  quote="drones dropped improvised explosives on houses in El Aguaje",
                  alt={"actor1": ["Unidentified Armed Group (Mexico)"], "sub_event_type": ["Remote explosive/landmine/IED"]},
                  note="El Aguaje is not in the gazetteer: coded at its municipal seat Aguililla, geo 2"),
             dict(sub="Attack", date="2024-02-18", place="Apatzingan", geo=2, optional=True,
                  a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=1,
                  quote="the body of a local leader of lime growers was found on Sunday",
                  note="a body found; the killing's day is not known and the motive is only suggested")],
     no_event=[("would send 1,200 more soldiers", "plan/deployment"),
               ("More than 450,000 people have been killed", "aggregate")]),

# 016 Colombia, IED in Arauca
dict(published="2025-01-27", source="Llanos Informa", topic="conflict",
     note="Arauca: roadside bomb kills two soldiers near Tame, blamed on ELN; march in Arauca city; suspended talks; aggregate displacement in Catatumbo",
     text="""Two soldiers killed by roadside bomb in Arauca; army blames ELN
BOGOTA (Llanos Informa) - Two soldiers were killed and three wounded on Saturday when an explosive device hidden beside a rural road went off as their patrol passed near Tame, in the eastern province of Arauca, the army said.

The Eighteenth Brigade said the device had been planted by the National Liberation Army (ELN), which has a strong presence in the oil-producing region on the border with Venezuela. The ELN did not comment.

On Sunday, several hundred residents of the city of Arauca marched along the riverfront dressed in white to demand an end to the violence. The march ended with a mass at the cathedral.

President Gustavo Petro suspended peace talks with the ELN earlier this month, after the group launched an offensive against dissident factions of the former FARC guerrillas in the Catatumbo region, in the northeast. "There will be no dialogue with those who kill peasants," Petro wrote on social media.

Fighting in Catatumbo has displaced more than 50,000 people since mid-January, according to the ombudsman's office, in the largest single displacement recorded in Colombia in decades. The government has declared a state of internal commotion in the region.

The ELN, founded in 1964, is the largest guerrilla group still active in Colombia, with an estimated 6,000 members.""",
     events=[dict(sub="Remote explosive/landmine/IED", date="2025-01-25", place="Tame", geo=2,
                  a1="ELN: National Liberation Army", i1=2, a2="Military Forces of Colombia", i2=1, fat=2, inj=3,
                  quote=("Two soldiers were killed and three wounded on Saturday", "The Eighteenth Brigade said the device"),
                  alt={"actor1": ["Unidentified Armed Group (Colombia)"]},
                  note="the army's attribution"),
             dict(sub="Peaceful protest", date="2025-01-26", place="Arauca", a1="Protesters (Colombia)", i1=6,
                  quote="several hundred residents of the city of Arauca marched")],
     no_event=[("suspended peace talks with the ELN", "talks suspended; offensive in Catatumbo too vague to date or place"),
               ("There will be no dialogue", "statement"),
               ("has displaced more than 50,000 people", "aggregate"),
               ("declared a state of internal commotion", "legal measure")]),

# 017 Haiti roundup
dict(published="2025-04-01", source="Caribbean Desk", topic="conflict",
     note="Haiti: Viv Ansanm take Mirebalais and free prisoners; police repel an attack on Kenscoff; lynching in Port-au-Prince",
     text="""Haiti gangs overrun Mirebalais, free hundreds of inmates
PORT-AU-PRINCE (Caribbean Desk) - Gunmen of the Viv Ansanm gang coalition overran the central Haitian town of Mirebalais on Monday, storming its police station and prison and freeing more than 500 inmates, officials said.

At least ten people were killed, including two police officers, according to the mayor's office, and thousands of residents fled towards the Dominican border. A UN spokesman said the gangs were in control of most of the town by nightfall.

The attack came a day after police and Kenyan officers of the Multinational Security Support mission fought off a gang assault on Kenscoff, in the hills above the capital, on Sunday. Police said "several bandits" were killed, without giving a number.

In the capital, a crowd in the Canape-Vert neighbourhood on Monday beat and burned to death two men they accused of being gang scouts, a practice known as "bwa kale" that has spread as residents take justice into their own hands.

Viv Ansanm, which brings together the main gangs of Port-au-Prince, has been designated a terrorist organisation by the United States. The gangs control about 85 percent of the capital, according to the UN.

The transitional presidential council said on Tuesday it had ordered "a vigorous response" and asked the Kenyan-led mission for reinforcements. More than 5,600 people were killed in gang violence last year.""",
     events=[dict(sub="Non-state actor overtakes territory", date="2025-03-31", place="Mirebalais",
                  a1="Viv Ansanm", i1=3, a2="Police Forces of Haiti", i2=1, fat=10,
                  quote=("Gunmen of the Viv Ansanm gang coalition overran", "the gangs were in control of most of the town"),
                  alt={"sub_event_type": ["Armed clash"]},
                  note="storming of the police station and prison and control of the town"),
             dict(sub="Armed clash", date="2025-03-30", place="Kenscoff",
                  a1="Police Forces of Haiti", i1=1, a2="Viv Ansanm", i2=3,
                  quote="fought off a gang assault on Kenscoff",
                  alt={"actor2": ["Unidentified Gang (Haiti)"]},
                  note="the gang is not named: the Viv Ansanm coalition is the likely attacker; 'several bandits' killed is too vague: 0"),
             dict(sub="Mob violence", date="2025-03-31", place="Port-au-Prince",
                  a1="Rioters (Haiti)", i1=5, a2="Civilians (Haiti)", i2=7, fat=2,
                  quote="a crowd in the Canape-Vert neighbourhood on Monday beat and burned",
                  note="vigilante killing by a crowd")],
     no_event=[("has been designated a terrorist organisation", "background"),
               ("it had ordered \"a vigorous response\"", "statement"),
               ("More than 5,600 people were killed", "aggregate")]),

# 018 Peru, Puno blockade
dict(published="2023-02-01", source="Andes Reporter", topic="protest",
     note="Puno: police clear a highway blockade with tear gas; a strike in Lima that largely failed; recalled Juliaca deaths",
     text="""Peru police clear Puno highway blockade as protests enter second month
PUNO, Peru - Police fired tear gas on Tuesday to clear hundreds of protesters who had blocked the highway between Puno and Juliaca for nine days with rocks and burning tyres, demanding the resignation of President Dina Boluarte.

The Health Ministry said seven people, including two police officers, were treated for injuries. Protesters said they would return to the road "as soon as the police leave".

A national strike called by unions in Lima for Tuesday largely failed to materialise: most shops and markets in the capital opened as usual, and buses ran normally, although a few hundred people marched in the centre without incident.

Puno, a mostly Aymara and Quechua region on the shores of Lake Titicaca, has been the heart of the protests that erupted after the ousting and arrest of former President Pedro Castillo on December 7.

On January 9, 17 people were killed in Juliaca when police opened fire on protesters who were trying to reach the city's airport. Prosecutors have opened an investigation into Boluarte and several ministers over the deaths.

Congress is due to vote this week on a proposal to bring forward general elections to 2023.""",
     events=[dict(sub="Protest with intervention", date="2023-01-31", place="Puno", geo=2,
                  a1="Protesters (Peru)", i1=6, a2="Police Forces of Peru", i2=1, inj=7,
                  quote=("Police fired tear gas on Tuesday to clear hundreds of protesters", "seven people, including two police officers"),
                  alt={"sub_event_type": ["Violent demonstration"], "actor1": ["Rioters (Peru)"]},
                  note="blockade of rocks and burning tyres, cleared with tear gas; on the highway between the towns"),
             dict(sub="Peaceful protest", date="2023-01-31", place="Lima", a1="Protesters (Peru)", i1=6,
                  quote="a few hundred people marched in the centre without incident",
                  note="the strike failed; the small march in the same sentence is a demonstration"),
             dict(sub="Excessive force against protesters", date="2023-01-09", place="Juliaca",
                  a1="Police Forces of Peru", i1=1, a2="Protesters (Peru)", i2=6, fat=17,
                  quote="On January 9, 17 people were killed in Juliaca",
                  alt={"sub_event_type": ["Violent demonstration"]},
                  note="recalled with place and date (year from the publication)")],
     no_event=[("Protesters said they would return", "plan"),
               ("ousting and arrest of former President Pedro Castillo on December 7", "background arrest, place not stated"),
               ("Prosecutors have opened an investigation", "investigation"),
               ("Congress is due to vote", "plan")]),

# 019 Venezuela post-election
dict(published="2024-07-30", source="Orinoco Post", topic="protest",
     note="post-election protests: tear gas in Caracas, motorbike gunmen kill a protester in Maracay, arrest of an opposition leader",
     text="""Venezuela protests spread after disputed vote; one killed in Maracay
CARACAS (Orinoco Post) - National Guard troops fired tear gas and rubber bullets on Monday at thousands of people who marched from the poor hillside district of Petare towards central Caracas to reject the official result of Sunday's presidential election.

Protesters banged pots and pans and chanted "freedom" as they walked down the motorway. Some tore down campaign posters of President Nicolas Maduro and set them alight.

In Maracay, about 100 km west of the capital, men on motorcycles whom residents described as members of pro-government "colectivos" opened fire on a group of protesters outside the city hall on Monday evening, killing a 21-year-old man, the rights group Foro Penal said.

Early on Tuesday, agents of the SEBIN intelligence service detained Rafael Urdaneta Pinto, a regional coordinator of the opposition Vente Venezuela party, at his home in Caracas, his party said.

The National Electoral Council declared Maduro the winner with 51 percent of the vote, but has not published the tallies from each polling station. The opposition says its own count shows its candidate, Edmundo Gonzalez, won by a wide margin.

Attorney General Tarek William Saab said 749 people had been arrested "for crimes" during the protests, without saying where. The opposition has called a rally in Caracas for Saturday.""",
     events=[dict(sub="Protest with intervention", date="2024-07-29", place="Caracas",
                  a1="Protesters (Venezuela)", i1=6, a2="Military Forces of Venezuela", i2=1,
                  quote=("National Guard troops fired tear gas and rubber bullets on Monday", "set them alight"),
                  alt={"sub_event_type": ["Excessive force against protesters"], "actor2": ["Police Forces of Venezuela"]},
                  note="the National Guard is a military force in Venezuela; burning posters does not make a riot"),
             dict(sub="Attack", date="2024-07-29", place="Maracay",
                  a1="Colectivos", i1=3, a2="Protesters (Venezuela)", i2=6, fat=1,
                  quote="men on motorcycles whom residents described as members of pro-government",
                  alt={"actor1": ["Unidentified Armed Group (Venezuela)"], "sub_event_type": ["Excessive force against protesters"]},
                  note="pro-government militia shooting at protesters"),
             dict(sub="Arrests", date="2024-07-30", place="Caracas",
                  a1="Police Forces of Venezuela", i1=1, a2="Civilians (Venezuela)", i2=7,
                  quote="agents of the SEBIN intelligence service detained Rafael Urdaneta Pinto",
                  alt={"actor2": ["Vente Venezuela"]},
                  note="arrest of a political leader; Tuesday = publication day")],
     no_event=[("declared Maduro the winner", "election result"),
               ("749 people had been arrested", "aggregate arrests, no place"),
               ("The opposition has called a rally", "planned rally")]),

# 020 Rio police raid; recalled 2022 raid
dict(published="2024-10-15", source="Rio Hoje", topic="security",
     note="Rio police raid on Complexo da Penha against the Comando Vermelho; recalled Vila Cruzeiro raid of May 2022",
     text="""Police raid in Rio's Penha complex leaves eight dead
RIO DE JANEIRO - Eight people were killed on Monday in a shootout between military police and suspected drug traffickers of the Comando Vermelho during a raid in the Complexo da Penha, a group of favelas in Rio de Janeiro's north zone, police said.

Around 400 officers backed by armoured vehicles and a helicopter entered the area before dawn, the state's military police said in a statement, adding that all eight dead were suspected gang members and that 12 rifles had been seized. Residents disputed that account, saying one of the dead was a motorcycle taxi driver on his way to work.

Schools and health clinics in the area were closed for the day and several bus lines were diverted. In the afternoon, dozens of residents blocked Avenida Brasil with burning tyres to protest against the killings, until police dispersed them with tear gas and stun grenades.

Governor Claudio Castro defended the operation, saying it had been planned for months on the basis of intelligence about a meeting of gang leaders.

The raid recalled the operation in the neighbouring Vila Cruzeiro favela in May 2022, in which 23 people were killed, one of the deadliest police actions in the city's history.

Human rights groups say police in Rio state kill more than 1,000 people a year. The Supreme Court has ordered the state to reduce police killings and to fit body cameras to officers' uniforms.""",
     events=[dict(sub="Armed clash", date="2024-10-14", place="Rio de Janeiro",
                  a1="Military Forces of Brazil", i1=1, a2="Comando Vermelho", i2=3, fat=8,
                  quote=("Eight people were killed on Monday in a shootout", "Residents disputed that account"),
                  alt={"actor2": ["Unidentified Gang (Brazil)", "CV: Comando Vermelho"], "actor1": ["Police Forces of Brazil"]},
                  note="ACLED codes police-gang gunfights in Brazil, and the state military police under Military Forces of Brazil"),
             dict(sub="Protest with intervention", date="2024-10-14", place="Rio de Janeiro",
                  a1="Protesters (Brazil)", i1=6, a2="Military Forces of Brazil", i2=1,
                  quote="dozens of residents blocked Avenida Brasil with burning tyres",
                  alt={"sub_event_type": ["Violent demonstration"], "actor1": ["Rioters (Brazil)"], "actor2": ["Police Forces of Brazil"]},
                  note="a tyre barricade against the killings, broken up with tear gas"),
             dict(sub="Armed clash", date="2022-05-15", prec=3, basis="explicit", place="Rio de Janeiro",
                  a1="Police Forces of Brazil", i1=1, a2="Comando Vermelho", i2=3, fat=23,
                  quote="The raid recalled the operation in the neighbouring Vila Cruzeiro favela",
                  alt={"actor2": ["Unidentified Gang (Brazil)"], "actor1": ["Military Forces of Brazil"]},
                  note="recalled with place and month; the gang is implied by 'the raid recalled'")],
     no_event=[("Governor Claudio Castro defended the operation", "statement"),
               ("kill more than 1,000 people a year", "aggregate"),
               ("The Supreme Court has ordered", "court order")]),
]

PLACES.update({
    "Sebba": ("Burkina Faso", "Sahel", 13.43641, 0.53044),
    "Ouallam": ("Niger", "Tillaberi", 14.31641, 2.08597),
    "Bamako": ("Mali", "Bamako", 12.65, -8.0),
    "Ouagadougou": ("Burkina Faso", "Centre", 12.36566, -1.53388),
    "Debre Mark'os": ("Ethiopia", "Amhara", 10.35, 37.73333),
    "Gondar": ("Ethiopia", "Amhara", 12.6, 37.46667),
    "Lalibela": ("Ethiopia", "Amhara", 12.03333, 39.03333),
    "Lamu": ("Kenya", "Lamu", -2.27169, 40.90201),
    "Acapulco": ("Mexico", "Guerrero", 16.86336, -99.8901),
    "Celaya": ("Mexico", "Guanajuato", 20.52353, -100.8157),
    "Collipulli": ("Chile", "Araucania", -37.95453, -72.43438),
    "Santiago": ("Chile", "Santiago Metropolitan", -33.45694, -70.64827),
    "Mahaddayweyne": ("Somalia", "Middle Shabelle", 2.9726, 45.5347),
})

ARTICLES += [
# 021 analysis piece, Sahel
dict(published="2025-03-31", source="The Continental Review", topic="conflict",
     note="analysis of the Sahel juntas; mostly history and aggregates; recalled Solhan (2021), Bamako (last September), Ouallam ambush (last week); a rally in Ouagadougou",
     text="""Analysis: Five years of juntas have not made the Sahel safer
By Ousmane Diarra

DAKAR - When soldiers took power in Mali in August 2020, they promised to do what elected politicians had not: defeat the jihadists. Burkina Faso's officers made the same promise twice in 2022, and Niger's in 2023. Five years on, the three countries, now joined in an Alliance of Sahel States, have expelled French troops, left the West African bloc ECOWAS and turned to Russia. Security has not improved.

"Every indicator is worse," said Fatoumata Keita, a researcher at a Dakar think tank who has tracked the conflict since 2012. "More civilians die each year, and the armed groups operate closer to the capitals."

The numbers bear her out. Monitoring groups counted more than 7,600 people killed in the central Sahel last year, against about 2,500 in 2019. In Burkina Faso, armed groups are thought to control or contest about 40 percent of the territory.

Some attacks have become landmarks. In June 2021, gunmen killed about 160 villagers at Solhan, a gold-mining village near Sebba in northeastern Burkina Faso, in a single night. Last September, fighters of the al-Qaeda-linked JNIM stormed a gendarmerie training school and the military airport in Bamako itself, killing more than 70 people, most of them trainee gendarmes. Last week, an ambush on an army convoy near Ouallam, in western Niger, killed at least 20 soldiers, according to local sources.

The juntas reply that they inherited a collapsing situation and that Western partners did more harm than good. In Ouagadougou on Saturday, several thousand people rallied peacefully in support of Captain Ibrahim Traore, waving Russian flags and portraits of the young officer.

Diplomats expect the armed groups to keep pressing on the roads that link the capitals to the coast. "The question is not whether there will be another big attack," Keita said, "but where." """,
     events=[dict(sub="Attack", date="2021-06-15", prec=3, basis="explicit", place="Sebba", geo=2,
                  a1="Unidentified Armed Group (Burkina Faso)", i1=2, a2="Civilians (Burkina Faso)", i2=7, fat=160,
                  quote="In June 2021, gunmen killed about 160 villagers at Solhan",
                  note="recalled, month and year; Solhan is not in the gazetteer: near Sebba"),
             dict(sub="Armed clash", date="2024-09-15", prec=3, place="Bamako",
                  a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2="Military Forces of Mali", i2=1, fat=70,
                  quote="fighters of the al-Qaeda-linked JNIM stormed a gendarmerie training school",
                  alt={"sub_event_type": ["Attack"], "actor2": ["Police Forces of Mali"]},
                  note="'last September' against a March 2025 publication: month only"),
             dict(sub="Armed clash", date="2025-03-24", prec=2, basis="relative", place="Ouallam", geo=2,
                  a1="Unidentified Armed Group (Niger)", i1=2, a2="Military Forces of Niger", i2=1, fat=20,
                  quote="an ambush on an army convoy near Ouallam", optional=True,
                  note="'last week' with a place: optional, week precision"),
             dict(sub="Peaceful protest", date="2025-03-29", place="Ouagadougou", a1="Protesters (Burkina Faso)", i1=6,
                  quote="several thousand people rallied peacefully in support of Captain Ibrahim Traore",
                  note="Saturday before the Monday publication; a pro-government rally")],
     no_event=[("When soldiers took power in Mali in August 2020", "background coups, no place or day"),
               ("Every indicator is worse", "quote of an analyst"),
               ("Monitoring groups counted more than 7,600 people killed", "aggregate"),
               ("are thought to control or contest about 40 percent", "aggregate"),
               ("Diplomats expect the armed groups", "expectation"),
               ("The question is not whether there will be another big attack", "speculation")]),

# 022 interview, Ethiopia
dict(published="2024-02-27", source="Horn Review", topic="conflict",
     note="interview with a doctor in Amhara: drone strike on a minibus near Debre Mark'os; recalled Fano advances in Gondar and Lalibela (August last year)",
     text="""'We bury people every week': a doctor on the war in Amhara
The conflict between Ethiopia's federal army and the Fano militia in the Amhara region has received little attention abroad. We spoke by telephone to Dr Tesfaye Alemu, who works at a hospital in Debre Mark'os, about what he sees. The interview has been edited for length.

What happened on Sunday?

A drone hit a minibus on the road just outside Debre Mark'os on Sunday afternoon. Nine passengers died, among them a mother and her baby. We received six wounded. Everyone here says it was the army's drone, because Fano has no aircraft.

Does the army say anything?

The command post says it strikes only "extremist forces". They never talk about civilians. We have asked for an investigation many times.

How did the fighting come so close?

Last August, Fano fighters entered Gondar and Lalibela and held parts of them for several days before the army pushed them out. Since then the war is everywhere in the countryside. The army controls the towns in the daytime, Fano the villages and the roads at night.

What do you need most?

Medicines, blood and fuel. The roads to Addis Ababa are often closed. Some of my colleagues have been arrested, accused of helping Fano because they treated wounded fighters. A doctor's duty is to treat everyone.

What do you expect from the coming months?

I am afraid it will get worse when the rains come and the fighters can hide in the fields. People are tired. I hope for talks, but nobody is talking.

The government declared a state of emergency in Amhara in August and extended it this month. Rights groups say more than 1,000 people have been killed in the region since July.""",
     events=[dict(sub="Air/drone strike", date="2024-02-25", place="Debre Mark'os", geo=2,
                  a1="Military Forces of Ethiopia", i1=1, a2="Civilians (Ethiopia)", i2=7, fat=9, inj=6,
                  quote=("A drone hit a minibus on the road just outside", "We received six wounded"),
                  alt={"actor1": ["Unidentified Military Forces"]},
                  note="Sunday before the Tuesday publication; the army is blamed by residents"),
             dict(sub="Non-state actor overtakes territory", date="2023-08-15", prec=3, place="Gondar",
                  a1="Fano", i1=3, a2="Military Forces of Ethiopia", i2=1,
                  quote="Fano fighters entered Gondar and Lalibela",
                  alt={"sub_event_type": ["Armed clash"], "actor1": ["Fano Militia", "Amhara Ethnic Militia (Ethiopia)"]},
                  note="'last August' = August 2023; held parts for several days"),
             dict(sub="Non-state actor overtakes territory", date="2023-08-15", prec=3, place="Lalibela",
                  a1="Fano", i1=3, a2="Military Forces of Ethiopia", i2=1,
                  quote="Fano fighters entered Gondar and Lalibela",
                  alt={"sub_event_type": ["Armed clash"], "actor1": ["Fano Militia", "Amhara Ethnic Militia (Ethiopia)"]},
                  note="second place of the same sentence")],
     no_event=[("The command post says it strikes only", "statement"),
               ("Some of my colleagues have been arrested", "undated, unplaced arrests"),
               ("I am afraid it will get worse", "expectation"),
               ("declared a state of emergency in Amhara", "legal measure"),
               ("more than 1,000 people have been killed in the region", "aggregate")]),

# 023 court case, Kenya
dict(published="2024-11-19", source="Coast Weekly", topic="security",
     note="Mombasa court convicts two over the 2023 attack on Salama, Lamu County; relatives' protest outside court",
     text="""Two jailed for life over 2023 Lamu village attack
MOMBASA - The High Court in Mombasa on Monday sentenced two men to life in prison for helping al-Shabaab militants who killed four villagers in an attack on Salama village in Lamu County on March 12, 2023.

Justice Ann Ong'injo said the prosecution had proved that Abdullahi Ali Gedi and Omar Hassan Bwana had hosted the attackers, guided them to the village and bought food for them in the days before the raid, in which houses were also set on fire.

The judge acquitted a third accused, a boda boda rider, for lack of evidence.

Outside the court, about 40 relatives of the victims held a peaceful demonstration, carrying placards that demanded compensation from the government. "Justice has been done, but our people are still afraid to go to their farms," said Mary Wanjiku, whose husband was killed in the attack.

The defence lawyer said his clients would appeal.

Lamu County, which borders Somalia, has suffered repeated attacks by al-Shabaab since 2014, when raids on Mpeketoni and nearby villages killed more than 60 people. Police say security in the Boni forest has improved since a military operation began there in 2015.""",
     events=[dict(sub="Attack", date="2023-03-12", basis="explicit", place="Lamu", geo=3,
                  a1="Al Shabaab", i1=2, a2="Civilians (Kenya)", i2=7, fat=4,
                  quote="The High Court in Mombasa on Monday sentenced two men",
                  note="recalled with place and date inside the court report; Salama is not in the gazetteer: the county, at its capital"),
             dict(sub="Peaceful protest", date="2024-11-18", place="Mombasa", a1="Protesters (Kenya)", i1=6,
                  quote="about 40 relatives of the victims held a peaceful demonstration",
                  note="Monday, the day of the ruling")],
     no_event=[("Justice Ann Ong'injo said the prosecution had proved", "court findings"),
               ("The judge acquitted a third accused", "court ruling"),
               ("would appeal", "plan"),
               ("since 2014, when raids on Mpeketoni", "recalled raids with a year only and a vague toll: background (a careful coder might code Mpeketoni 2014)"),
               ("since a military operation began there in 2015", "background")]),

# 024 statistics report, Mexico election violence
dict(published="2024-05-30", source="Reforma Semanal", topic="politics",
     note="report on election violence: aggregates; a candidate shot in Acapulco on Tuesday; recalled March killing in Celaya",
     text="""Report: 34 candidates killed ahead of Mexico's biggest election
MEXICO CITY - At least 34 candidates and hopefuls have been murdered since the campaign for Sunday's general election began in September, making it the most violent in the country's modern history, the consultancy Integralia said in a report released on Wednesday.

The report counted a further 560 attacks, threats and kidnappings against politicians, officials and their families. Most took place in Guerrero, Michoacan, Guanajuato and Chiapas, where criminal groups fight to control local governments and the public contracts that come with them.

The latest victim was Jose Alfredo Cabrera, a candidate for mayor of the small town of Coyuca de Benitez, who was shot dead on Tuesday while handing out leaflets at a market in Acapulco, the Guerrero state prosecutor said. A suspect was killed by his bodyguards at the scene.

In March, gunmen killed a mayoral hopeful in Celaya, Guanajuato, hours after she launched her campaign at a rally in the city centre.

"These are not random crimes. The cartels are choosing who can and cannot govern," said Rubi Salgado, one of the authors of the report.

More than 27,000 federal troops and National Guard officers will be deployed to protect voting on Sunday, the government said. Polls show Claudia Sheinbaum of the ruling Morena party with a wide lead.""",
     events=[dict(sub="Attack", date="2024-05-28", place="Acapulco",
                  a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=2,
                  quote=("The latest victim was Jose Alfredo Cabrera", "A suspect was killed by his bodyguards"),
                  alt={"fatalities": [1]},
                  note="Tuesday before the Thursday publication; the candidate and one attacker killed"),
             dict(sub="Attack", date="2024-03-15", prec=3, place="Celaya",
                  a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=1,
                  quote="In March, gunmen killed a mayoral hopeful in Celaya",
                  note="recalled, month of the publication year")],
     no_event=[("At least 34 candidates and hopefuls have been murdered", "aggregate"),
               ("The report counted a further 560 attacks", "aggregate"),
               ("These are not random crimes", "quote"),
               ("will be deployed to protect voting on Sunday", "plan/deployment"),
               ("Polls show Claudia Sheinbaum", "election")]),

# 025 Chile: arson in Araucania, student march in Santiago
dict(published="2023-09-27", source="Sur Austral", topic="conflict",
     note="arson attack on forestry machines near Collipulli claimed by the CAM; student march and clashes in Santiago; truckers' threat",
     text="""Hooded men torch 11 trucks in Araucania; students clash with police in Santiago
TEMUCO - Hooded men set fire to 11 trucks and two excavators at a forestry plantation near Collipulli, in the southern region of Araucania, in the early hours of Tuesday, leaving behind pamphlets signed by the Arauco-Malleco Coordinator (CAM), a radical Mapuche group, police said.

Workers at the site said about ten armed men had forced them to lie on the ground before dousing the vehicles with petrol. Nobody was hurt.

The CAM, which demands the return of ancestral lands now owned by forestry companies, has claimed dozens of similar attacks in recent years. Its leader, Hector Llaitul, was sentenced this year to 23 years in prison.

The government extended the state of emergency in Araucania and parts of Biobio for another 15 days on Tuesday. Truck drivers' unions threatened to block the main highways next week if the attacks continue.

In Santiago, thousands of secondary school students marched on Tuesday to demand more money for public education. Near the end of the march, groups of hooded youths threw stones and petrol bombs at Carabineros, who responded with water cannon and tear gas. Police said 23 people were arrested and three officers injured.""",
     events=[dict(sub="Looting/property destruction", date="2023-09-26", place="Collipulli", geo=2,
                  a1="CAM: Arauco-Malleco Coordinator", i1=3, a2="Civilians (Chile)", i2=7,
                  quote=("Hooded men set fire to 11 trucks and two excavators", "Nobody was hurt"),
                  alt={"actor1": ["Mapuche Indigenous Militia (Chile)", "Unidentified Armed Group (Chile)"], "sub_event_type": ["Attack"]},
                  note="arson of property with workers held at gunpoint; the pamphlets attribute it"),
             dict(sub="Violent demonstration", date="2023-09-26", place="Santiago",
                  a1="Rioters (Chile)", i1=5, a2="Police Forces of Chile", i2=1, inj=3,
                  quote=("thousands of secondary school students marched on Tuesday", "Police said 23 people were arrested"),
                  alt={"sub_event_type": ["Protest with intervention"], "actor1": ["Protesters (Chile)"]},
                  note="one event at Santiago for the day: stones and petrol bombs make it a riot")],
     no_event=[("has claimed dozens of similar attacks", "aggregate"),
               ("was sentenced this year to 23 years", "court sentence"),
               ("extended the state of emergency", "legal measure"),
               ("Truck drivers' unions threatened", "threat of a blockade")]),

# 026 Somalia: town changes hands without a fight, counter-attack, US strike
dict(published="2023-01-10", source="Shabelle Online", topic="conflict",
     note="Somali army and clan militia enter Mahaday after al-Shabaab withdraw; al-Shabaab counter-attack; US air strike",
     text="""Somali forces enter Mahaday after al-Shabaab pull out
MOGADISHU - Somali government troops and allied clan fighters known as Macawisley entered the town of Mahaday in Middle Shabelle region on Saturday after al-Shabaab militants withdrew overnight, a regional official said.

"Our forces did not fire a single bullet. The terrorists ran away before we arrived," said Ali Gudlawe, the deputy governor of Middle Shabelle, speaking from Jowhar.

On Sunday night, however, al-Shabaab fighters attacked the troops' new positions on the edge of the town, sparking a gun battle that lasted about two hours. Four soldiers and an unknown number of militants were killed, a military officer said.

The US Africa Command said separately it had carried out an air strike on Saturday about 30 km northeast of Mahaday, killing three al-Shabaab fighters who were attacking Somali forces. It said no civilians were hurt.

The government launched an offensive against al-Shabaab in central Somalia in August, after clan militias in Hiiraan rose up against the group. Officials say dozens of towns and villages have since been retaken.

Residents who had fled to Jowhar began returning to Mahaday on Monday, an elder said, although many shops remained shut and the market was almost empty. The Macawisley, named after the sarong worn by many rural men, are clan fighters who took up arms against al-Shabaab after the group raised taxes and forced young men to join it.

President Hassan Sheikh Mohamud has vowed to "eliminate" al-Shabaab within a year.""",
     events=[dict(sub="Non-violent transfer of territory", date="2023-01-07", place="Mahaddayweyne",
                  a1="Military Forces of Somalia", i1=1, a2="Al Shabaab", i2=2,
                  quote=("Somali government troops and allied clan fighters known as Macawisley entered", "The terrorists ran away before we arrived"),
                  alt={"sub_event_type": ["Government regains territory"]},
                  note="no fighting: a non-violent transfer (Strategic developments), not Government regains territory"),
             dict(sub="Armed clash", date="2023-01-08", place="Mahaddayweyne",
                  a1="Al Shabaab", i1=2, a2="Military Forces of Somalia", i2=1, fat=4,
                  quote="al-Shabaab fighters attacked the troops' new positions"),
             dict(sub="Air/drone strike", date="2023-01-07", place="Mahaddayweyne", geo=2,
                  a1="Military Forces of the United States", i1=8, a2="Al Shabaab", i2=2, fat=3,
                  quote="it had carried out an air strike on Saturday about 30 km northeast",
                  note="foreign forces: inter 8")],
     no_event=[("The government launched an offensive", "background; aggregate of towns retaken"),
               ("Residents who had fled to Jowhar began returning", "return of the displaced"),
               ("has vowed to \"eliminate\" al-Shabaab", "threat")]),
]

ARTICLES += [
# 027 sports
dict(published="2023-10-16", source="Pampa Deportes", topic="sports",
     note="football: Boca Juniors beat River Plate; war vocabulary ('siege', 'attack', 'shot', 'battle')",
     text="""Boca survive River siege to win Superclasico
BUENOS AIRES - Boca Juniors withstood 40 minutes of relentless pressure to beat River Plate 2-1 at La Bombonera on Saturday, ending a run of three Superclasicos without a win.

River laid siege to the Boca goal after the break, with wave after wave of attacks down the left flank. Their Colombian striker fired a shot against the post in the 71st minute and had another effort cleared off the line, but goalkeeper Sergio Romero held firm.

"It was a battle, a real war out there," said Boca's coach, who was sent to the stands by the referee after a clash with River's bench late in the first half. "My players fought for every ball like soldiers."

Boca struck first on the counter-attack in the 23rd minute, when their winger cut inside and shot low into the far corner. River equalised from the penalty spot before half-time, but a header from a corner ten minutes after the restart won it for the hosts.

The match was played without away fans, who have been banned from Argentine league games since 2013 to reduce violence. Police said the day passed without incident around the stadium, where 1,800 officers had been deployed.

The result lifts Boca to fourth in the table, three points behind River, with six rounds left. Boca next travel to Rosario, where they have not won in five years, while River host Racing in what their captain called "a final we cannot lose".""",
     no_event=[("River laid siege to the Boca goal", "sports: 'siege' and 'attacks' on a pitch"),
               ("It was a battle, a real war out there", "sports metaphor"),
               ("after a clash with River's bench", "sports: touchline row"),
               ("Police said the day passed without incident", "security deployment, nothing happened")]),

# 028 accident: tanker explosion
dict(published="2024-12-09", source="Oyo Herald", topic="accident",
     note="fuel tanker overturns and explodes near Ibadan; people scooping fuel killed; accident, not an attack",
     text="""23 dead as fuel tanker explodes on Lagos-Ibadan expressway
IBADAN - At least 23 people were killed on Sunday when a petrol tanker overturned and exploded on the Lagos-Ibadan expressway, as residents of nearby communities gathered to scoop fuel spilling from it, the Federal Road Safety Corps said.

The tanker, which was carrying 33,000 litres of petrol, lost control while descending a bridge near the Ojoo interchange shortly before 7pm, the agency's sector commander said. Within minutes, dozens of people had arrived with jerrycans and buckets.

"We were shouting at them to leave, but they would not listen. Then there was a huge blast, like a bomb," said a trader whose shop is beside the road. The fire spread to eight vehicles and several roadside stalls.

Firefighters from the Oyo State Fire Service battled the flames for more than three hours. The injured, at least 31, were taken to the University College Hospital, where doctors appealed for blood donors.

Governor Seyi Makinde declared three days of mourning and ordered an investigation into the accident. The state's police commander warned that anyone caught scooping fuel from accident scenes would be prosecuted.

Tanker explosions kill hundreds of people in Nigeria every year. Poor roads, old vehicles and the high price of fuel since subsidies were removed in 2023 have made such disasters more frequent, safety experts say.""",
     no_event=[("At least 23 people were killed on Sunday when a petrol tanker overturned", "road accident and explosion, not an attack"),
               ("Then there was a huge blast, like a bomb", "accident described with a bomb simile"),
               ("Firefighters from the Oyo State Fire Service battled", "firefighting"),
               ("Tanker explosions kill hundreds of people", "aggregate of accidents")]),

# 029 ordinary crime: kidnapping for ransom
dict(published="2024-05-06", source="Frontera Norte", topic="crime",
     note="Ciudad Juarez: a businessman kidnapped for ransom and released; arrests of the kidnappers by state police; ordinary crime",
     text="""Juarez businessman freed after family pays ransom; three arrested
CIUDAD JUAREZ, Mexico - A car dealer who was kidnapped outside his home in Ciudad Juarez last week was released on Saturday after his family paid a ransom, and police arrested three suspects on Sunday, the Chihuahua state prosecutor's office said.

The 54-year-old man, whose name was not released, was forced into a van by four men as he left for work on Tuesday. The kidnappers called his wife hours later, demanding 3 million pesos.

After several days of negotiation, the family handed over an unspecified sum at a petrol station on the southern edge of the city. The man was left, blindfolded but unharmed, on a road near the airport a few hours later.

State investigators traced the kidnappers through the mobile phones used for the calls and arrested two men and a woman at a house in the Riberas del Bravo district on Sunday. Police said they found two pistols, a van and part of the ransom money.

Prosecutor Carlos Manuel Salas said the group was a local gang of car thieves with no links to the big cartels. "This was a crime of opportunity," he said.

Kidnappings for ransom reported in Chihuahua rose by 12 percent last year, according to the national public security system, though business groups say most cases are never reported.""",
     no_event=[("was released on Saturday after his family paid a ransom", "kidnapping for ransom: ordinary crime"),
               ("was forced into a van by four men", "kidnapping for ransom"),
               ("arrested two men and a woman", "arrests in a criminal case"),
               ("Kidnappings for ransom reported in Chihuahua rose", "crime statistics")]),

# 030 business: price war, hostile bid
dict(published="2024-08-15", source="East Africa Markets", topic="business",
     note="telecoms price war in Kenya and a hostile takeover bid; conflict vocabulary only",
     text="""Price war in Kenya's data market as Airtel slashes bundles; rival faces hostile bid
NAIROBI - Airtel Kenya opened a new front in the country's mobile data price war on Wednesday, cutting the price of its monthly bundles by up to 40 percent in a direct attack on market leader Safaricom's dominance.

Analysts said the move would put pressure on margins across the industry. "This is a war of attrition, and the one with the deepest pockets wins," said Grace Mwangi, a telecoms analyst at a Nairobi brokerage.

Safaricom, which holds about two thirds of the mobile market, said it would not be drawn into "a race to the bottom" but would defend its position with better service. Its shares fell 2 percent on the Nairobi Securities Exchange.

Separately, the board of Nairobi-based internet provider Zuku Digital rejected a hostile takeover bid from a South African rival, calling the offer of 12 shillings a share "opportunistic". The bidder has said it will go directly to shareholders, setting up what one banker described as "a bruising battle for control".

The Communications Authority of Kenya said on Thursday it would monitor pricing to make sure that no operator sold below cost to drive out competitors.

Kenya has more than 66 million mobile subscriptions, and data use has grown by about a quarter each year since 2020, driven by mobile money and social media.""",
     no_event=[("opened a new front in the country's mobile data price war", "business: price war"),
               ("This is a war of attrition", "business metaphor"),
               ("rejected a hostile takeover bid", "business: hostile bid"),
               ("would monitor pricing", "regulation")]),

# 031 film about war
dict(published="2023-03-22", source="Cartelera Bogota", topic="other",
     note="review of a Colombian film about the civil war; its scenes of ambushes and massacres are fiction",
     text="""Review: 'La Selva Callada' brings Colombia's war home
BOGOTA - The first scene of "La Selva Callada" (The Silent Jungle), which opened in Colombian cinemas on Friday, is an ambush. A column of guerrillas fires on an army patrol crossing a river, and for ten minutes the camera does not leave the water, where a wounded 17-year-old soldier tries to reach the bank.

Director Lucia Arango, whose father was kidnapped by the FARC in the 1990s, said she wanted to show the war "from the height of the people who fought it, not from the height of the generals".

The film follows two brothers from a village in Meta, one recruited by the guerrillas, the other conscripted into the army, over ten years. It does not spare the audience: a massacre by paramilitaries in a village square, a bombing raid on a guerrilla camp and a landmine explosion are shown in long, unbroken takes.

Some veterans' groups have criticised the film for showing soldiers executing prisoners. Arango said every scene was based on testimony collected by the truth commission, though the characters and places are invented.

Colombia signed a peace agreement with the FARC in 2016, ending more than five decades of conflict in which more than 450,000 people died. The film has already been sold to distributors in Spain and Mexico and will be shown at the Cartagena film festival next month.""",
     no_event=[("A column of guerrillas fires on an army patrol", "fiction: a film scene"),
               ("a massacre by paramilitaries in a village square", "fiction: film scenes"),
               ("Colombia signed a peace agreement with the FARC in 2016", "background agreement, no place or day"),
               ("will be shown at the Cartagena film festival", "plan")]),

# 032 military parade and exercise
dict(published="2025-09-17", source="Capital 21", topic="other",
     note="Independence Day military parade in Mexico City and a joint exercise; drones and fighter jets; no event",
     text="""Drones and paratroopers star in Mexico's Independence Day parade
MEXICO CITY - More than 12,000 soldiers, sailors and National Guard officers marched through the Zocalo and along Reforma avenue on Tuesday in the annual military parade marking Mexico's independence, watched by President Claudia Sheinbaum and tens of thousands of spectators.

For the first time, the army showed off a squadron of surveillance drones made in Mexico, while paratroopers jumped from transport planes over the Campo Marte and fighter jets flew low over the crowd.

Troops from Brazil, Chile and Cuba also took part. The contingents had spent the previous week in a joint exercise at a base in the state of Puebla, simulating the rescue of civilians after an earthquake and an attack on a water treatment plant.

The night before, Sheinbaum had rung the bell of the National Palace and shouted the traditional "Grito" to a packed square. Vendors said sales of flags and hats were up on last year.

Defence Minister Ricardo Trevilla said the parade showed "an army of peace, at the service of the people". Some rights groups have criticised the growing role of the armed forces in public security, including the National Guard's transfer to military command last year.""",
     no_event=[("marched through the Zocalo and along Reforma avenue", "military parade, not a demonstration"),
               ("paratroopers jumped from transport planes", "parade display"),
               ("simulating the rescue of civilians after an earthquake and an attack", "military exercise, simulated attack"),
               ("shouted the traditional \"Grito\" to a packed square", "celebration crowd")]),

# 033 election
dict(published="2024-12-09", source="Gold Coast Times", topic="other",
     note="Ghana election: peaceful vote and declaration; celebrations; concession; 'battle' metaphors. Politics without an event",
     text="""Mahama wins Ghana presidency as rival concedes
ACCRA - Former President John Mahama won Ghana's presidential election, the Electoral Commission announced on Monday, completing a comeback eight years after he lost power, in a vote observers described as peaceful and orderly.

Mahama, of the opposition National Democratic Congress, took about 56 percent of the vote against 41 percent for Vice President Mahamudu Bawumia of the ruling New Patriotic Party, who conceded on Sunday before the official results were announced.

Thousands of Mahama's supporters poured into the streets of Accra on Sunday night after Bawumia's concession, dancing, singing and waving the party's flags until the early hours.

"The battle is over, and Ghana has won," Mahama told reporters outside his home. He promised to "reset" an economy battered by the worst debt crisis in a generation.

Observers from the African Union and ECOWAS said the election had been largely free of violence, although there were scattered reports of scuffles between party agents at a few polling stations in the north, which the police said were quickly brought under control.

The new president will be sworn in on January 7. Ghana, a major producer of gold and cocoa, has had peaceful transfers of power between the two main parties since 1992.""",
     no_event=[("won Ghana's presidential election", "election result"),
               ("poured into the streets of Accra on Sunday night", "celebration, not a demonstration"),
               ("The battle is over", "metaphor"),
               ("scattered reports of scuffles between party agents", "vague, unplaced, undated"),
               ("will be sworn in on January 7", "plan")]),

# 034 health
dict(published="2024-11-11", source="Sudan Health Watch", topic="health",
     note="cholera outbreak in Kassala and a vaccination campaign, in a country at war; 'battle', 'front line' used for the disease",
     text="""Sudan races to contain cholera as cases surge in Kassala
KASSALA, Sudan - Health workers in eastern Sudan began vaccinating 400,000 people against cholera on Sunday as an outbreak that has killed at least 42 people in Kassala state in the past three weeks spread to refugee camps near the Eritrean border.

"We are fighting this battle with very little ammunition," said Dr Hiba Osman, who runs the isolation centre at Kassala Teaching Hospital, where patients lie on mats in the corridors. "The front line is clean water, and we are losing it."

The World Health Organization said the vaccines were flown in last week from its stockpile. Teams of volunteers are going door to door in the city and in the Wad Sharifey camp, which shelters people who fled fighting in Khartoum and Gezira.

The outbreak has been blamed on contaminated water after heavy rains overwhelmed the city's sewage system. Sudan's health ministry has recorded more than 30,000 cholera cases nationwide since July.

The war between the army and the Rapid Support Forces, now in its second year, has destroyed or closed about 70 percent of the country's hospitals in conflict areas, according to doctors' groups, making outbreaks harder to control.

Aid agencies say they need 40 million dollars to run the campaign and supply chlorine tablets for the coming three months.""",
     no_event=[("began vaccinating 400,000 people", "health campaign"),
               ("We are fighting this battle with very little ammunition", "metaphor for a disease"),
               ("more than 30,000 cholera cases", "health statistics"),
               ("has destroyed or closed about 70 percent", "aggregate war damage, no place or day")]),

# 035 disaster: floods, military relief
dict(published="2024-05-06", source="Gaucho Agora", topic="disaster",
     note="floods in Rio Grande do Sul: deaths, missing, army rescue deployment",
     text="""Rio Grande do Sul floods: death toll rises to 83 as army joins rescue
PORTO ALEGRE, Brazil - The death toll from floods in the southern Brazilian state of Rio Grande do Sul rose to 83 on Monday, with more than 100 people missing, the state civil defence agency said, as soldiers in boats and helicopters searched for survivors on rooftops.

The Guaiba river, which runs past Porto Alegre, reached its highest level on record on Sunday, flooding the city centre, the main bus station and the airport, which has suspended all flights.

In Canoas, a city of 350,000 on the northern edge of the capital, entire neighbourhoods were under water. Residents said they had waited more than a day on their roofs before being rescued.

The federal government has sent more than 12,000 troops to help with the rescue, and the defence ministry said warships would bring drinking water and field hospitals. President Luiz Inacio Lula da Silva flew over the region on Sunday and promised money to rebuild.

Police in Porto Alegre arrested six people on Sunday for looting flooded supermarkets and for stealing boats used in the rescue, the state security department said.

Meteorologists say the rains, which began a week ago, were made worse by the El Nino climate pattern. More rain is forecast for the end of the week.""",
     no_event=[("The death toll from floods", "natural disaster"),
               ("has sent more than 12,000 troops to help with the rescue", "military relief deployment"),
               ("arrested six people on Sunday for looting flooded supermarkets", "looting during a disaster and arrests in a criminal case: not political"),
               ("More rain is forecast", "forecast")]),

# 036 ordinary crime: bank robbery and shootout
dict(published="2025-02-18", source="La Cuarta Hora", topic="crime",
     note="armed robbery of a cash van in Santiago, shootout with Carabineros, one robber killed; ordinary crime",
     text="""Robber killed in shootout with police after cash van heist in Santiago
SANTIAGO - A man was shot dead and two police officers were wounded on Monday in a gunfight between Carabineros and a gang that had just robbed a cash transport van in the commune of Maipu, in western Santiago, police said.

Five armed men in balaclavas blocked the van with two stolen cars as it left a shopping centre shortly after 10am, forced the guards out at gunpoint and escaped with cash boxes containing about 300 million pesos, according to the prosecutor's office.

A police patrol that heard the alarm chased the robbers onto the Americo Vespucio ring road, where they opened fire. One of the robbers was killed in the exchange and another was arrested at the scene. The other three escaped on foot.

"This is organised crime, with military-style tactics and weapons," said Carabineros General Marcelo Araya, adding that the gang was suspected in at least four similar robberies since December.

The government said it would send a bill to Congress to toughen sentences for armed robbery. Business owners in Maipu said the area had become more dangerous, and some called for soldiers to patrol the streets.

Chile's murder rate has nearly doubled in a decade, according to official figures, although it remains low by Latin American standards.""",
     no_event=[("A man was shot dead and two police officers were wounded", "shootout with robbers: ordinary crime"),
               ("Five armed men in balaclavas blocked the van", "armed robbery"),
               ("One of the robbers was killed in the exchange", "criminal case"),
               ("This is organised crime, with military-style tactics", "statement; aggregate of robberies"),
               ("Chile's murder rate has nearly doubled", "crime statistics")]),

# 037 diplomacy summit: calls for ceasefire, no agreement
dict(published="2025-02-17", source="Addis Standard Review", topic="diplomacy",
     note="African Union summit: calls for ceasefires in Sudan and eastern Congo, no agreement signed; new chairperson elected",
     text="""AU summit ends with calls for ceasefires but no deal on Congo or Sudan
ADDIS ABABA - African leaders ended a two-day summit in Addis Ababa on Sunday with calls for an immediate ceasefire in eastern Congo and in Sudan, but without any agreement from the warring parties, who were not at the table.

In a final communique, the African Union's heads of state urged the M23 rebels to withdraw from the cities they had seized and asked Rwanda to pull out its troops, which Kigali denies having in Congo. Congo's President Felix Tshisekedi skipped the summit, sending his prime minister.

A planned meeting between the Congolese and Rwandan delegations on the sidelines did not take place, a diplomat said. Efforts to revive the stalled Luanda and Nairobi peace processes will continue at a joint East African and Southern African summit in Dar es Salaam later this month, officials said.

On Sudan, the communique called on the army and the Rapid Support Forces to "silence the guns" and open humanitarian corridors. Neither side has agreed to return to the talks that collapsed in Jeddah last year.

Leaders elected Djibouti's foreign minister, Mahmoud Ali Youssouf, as the new chairperson of the AU Commission after seven rounds of voting, defeating a former Kenyan prime minister.

The summit also discussed financing for the AU's peacekeeping mission in Somalia, which is short of money after donors cut their contributions.""",
     no_event=[("ended a two-day summit in Addis Ababa on Sunday with calls for an immediate ceasefire", "summit: calls, no agreement"),
               ("urged the M23 rebels to withdraw", "communique demands"),
               ("A planned meeting between the Congolese and Rwandan delegations", "meeting that did not happen"),
               ("will continue at a joint East African and Southern African summit", "plan"),
               ("Neither side has agreed to return to the talks", "stalled talks"),
               ("Leaders elected Djibouti's foreign minister", "diplomatic election")]),
]

PLACES.update({
    "Thika": ("Kenya", "Kiambu", -1.03326, 37.06933),
    "Eldoret": ("Kenya", "Uasin Gishu", 0.52036, 35.26993),
    "Kano": ("Nigeria", "Kano", 12.00012, 8.51672),
})

ARTICLES += [
# 038 Mogadishu follow-up: revised toll, funerals, mortar fire
dict(published="2025-02-19", source="Horn Observer", topic="conflict",
     note="follow-up on the Mogadishu checkpoint bombing (toll revised to nine); funerals; mortar rounds near the airport on Tuesday",
     text="""Mogadishu bombing toll rises to nine; mortars land near airport
MOGADISHU, Feb 19 (Horn Observer) - The number of people killed in Sunday's suicide car bombing at a police checkpoint on the airport road in Mogadishu has risen to nine after two wounded officers died in hospital, a police spokesman said on Wednesday.

Hundreds of mourners attended the funerals of six of the officers at the police academy on Tuesday, where the police commissioner laid wreaths and promised to "hunt down every member of the network" behind the attack.

Late on Tuesday, several mortar rounds landed near the perimeter of the heavily guarded airport complex, which houses the United Nations and most foreign embassies. Security officials said there were no casualties. No group claimed the shelling, though al-Shabaab has often fired mortars at the area.

The 12 people detained after Sunday's bombing were brought before a military court on Wednesday and charged with helping to prepare the car, a prosecutor said.

Members of parliament criticised the government over the security lapses, saying the car had passed through at least two other checkpoints before it reached its target. The security minister is due to answer questions in parliament next week.

Al-Shabaab has claimed Sunday's attack, saying it had targeted police officers who "serve the apostate government".""",
     events=[dict(sub="Suicide bomb", date="2025-02-16", place="Mogadishu",
                  a1="Al Shabaab", i1=2, a2="Police Forces of Somalia", i2=1, fat=9,
                  quote="The number of people killed in Sunday's suicide car bombing",
                  incident="som-mogadishu-checkpoint-2025-02-16", alt={"fatalities": [7], "actor2": ["Civilians (Somalia)"]},
                  note="same incident as authored-a-007; the toll revised to nine"),
             dict(sub="Shelling/artillery/missile attack", date="2025-02-18", place="Mogadishu",
                  a1="Unidentified Armed Group (Somalia)", i1=2,
                  quote=("several mortar rounds landed near the perimeter", "No group claimed the shelling"),
                  alt={"actor1": ["Al Shabaab"]},
                  note="no casualties, no claim: unidentified; no target actor")],
     no_event=[("attended the funerals of six of the officers", "funeral"),
               ("were brought before a military court", "court"),
               ("Members of parliament criticised", "statement"),
               ("is due to answer questions", "plan"),
               ("Al-Shabaab has claimed Sunday's attack", "claim of responsibility for the event already coded")]),

# 039 bomb hoax
dict(published="2024-06-04", source="Kiambu Voice", topic="crime",
     note="phoned bomb threat at a school in Thika; no explosives found; a pupil arrested; not an event",
     text="""Thika school evacuated after hoax bomb call
THIKA - More than 2,000 pupils were evacuated from a secondary school in Thika on Monday after an anonymous caller told the principal that a bomb had been planted in one of the dormitories, police said.

Officers from the bomb disposal unit searched the compound for four hours with sniffer dogs but found no explosives, and lessons resumed on Tuesday morning.

Police later arrested a Form Three student who they said had made the call from a phone borrowed from a watchman, apparently to delay the start of mid-year examinations. He will be charged with creating public alarm, a police commander said.

"We take every threat seriously, even when we suspect it is a prank," the commander said. "But such calls waste resources that could be used to respond to real emergencies."

Parents who rushed to the school said they had feared the worst, recalling attacks by al-Shabaab militants on schools and colleges elsewhere in Kenya over the past decade.

It was the third hoax call to a school in Kiambu County this term, according to the county education office, and the second in Thika in a month.

The Ministry of Education said it would issue new guidelines on handling threats to schools before the next term.""",
     no_event=[("after an anonymous caller told the principal that a bomb had been planted", "hoax threat"),
               ("It was the third hoax call to a school", "aggregate of hoaxes"),
               ("found no explosives", "nothing happened"),
               ("Police later arrested a Form Three student", "arrest in a criminal case"),
               ("recalling attacks by al-Shabaab militants on schools", "vague background")]),

# 040 stampede
dict(published="2023-04-14", source="Kano Today", topic="accident",
     note="stampede at a Ramadan charity distribution in Kano; police disperse the crowd; accident",
     text="""Nine women die in stampede at Ramadan charity handout in Kano
KANO - Nine women were crushed to death and at least 20 others injured on Thursday in a stampede at a charity distribution of food and cash in Kano, northern Nigeria's largest city, police said.

Thousands of people had gathered since dawn outside the house of a local businessman who hands out rice, sugar and money each Ramadan. When the gates were opened in the afternoon, the crowd surged forward and several women fell and were trampled, witnesses said.

Police officers fired shots into the air to disperse the crowd and allow ambulances through, a police spokesman said. Nobody was hurt by the shooting.

"People are hungry. Prices have doubled in a year, so everyone came," said Aisha Bello, whose sister was among the injured.

Doctors at the Murtala Muhammad Specialist Hospital said most of the injured had broken limbs or bruises and were expected to go home within days. Two were in a serious condition.

The state governor ordered an inquiry and said charities must inform the authorities before large distributions. The businessman's family said they were "devastated" and would pay for the funerals, which took place on Friday morning in keeping with Islamic custom.

Similar stampedes at food handouts have killed dozens of people in northern Nigeria in recent years as the cost of living has soared.""",
     no_event=[("Nine women were crushed to death", "stampede: accident"),
               ("Police officers fired shots into the air to disperse the crowd", "crowd control at a charity handout, not a demonstration"),
               ("ordered an inquiry", "inquiry; funerals"),
               ("Similar stampedes at food handouts", "aggregate of accidents")]),

# 041 general strike called off; a small protest anyway
dict(published="2024-03-27", source="Lagos Business Day", topic="politics",
     note="Nigerian unions suspend a general strike after a wage deal (labour deal, not an ACLED agreement); a small protest in Lagos anyway",
     text="""Labour suspends nationwide strike after deal on minimum wage
LAGOS - Nigeria's main trade unions suspended a general strike that was due to start on Wednesday, after reaching an agreement with the federal government late on Tuesday night on a new minimum wage and relief measures for the rising cost of living.

The Nigeria Labour Congress and the Trade Union Congress said in a joint statement that the strike had been suspended for two weeks to allow the government to send a bill to the National Assembly. Banks, schools and airports opened normally on Wednesday.

In Lagos, however, about 60 union members who said they had not been told of the deal gathered outside the state secretariat in Alausa on Wednesday morning with placards demanding "a living wage", before dispersing peacefully at midday.

Under the deal, the government agreed to raise the monthly minimum wage from 30,000 naira and to distribute food from strategic reserves. The unions had originally demanded 615,000 naira.

The last general strike, in 2023, grounded flights and closed banks for a day before it too was called off.

Economists said the wage increase would add to inflation, which reached 31 percent in February, the highest in nearly three decades.""",
     events=[dict(sub="Peaceful protest", date="2024-03-27", place="Lagos", a1="Protesters (Nigeria)", i1=6,
                  quote="about 60 union members who said they had not been told of the deal",
                  alt={"actor1": ["NLC: Nigeria Labour Congress"]},
                  note="a small protest took place although the strike did not")],
     no_event=[("suspended a general strike that was due to start on Wednesday", "strike that did not happen; a wage deal is not an ACLED agreement"),
               ("Under the deal, the government agreed", "labour deal"),
               ("The last general strike, in 2023", "background strike without a demonstration"),
               ("would add to inflation", "economics")]),

# 042 mob justice
dict(published="2023-05-29", source="Rift Valley Star", topic="security",
     note="mob lynches two suspected motorcycle thieves in Eldoret (mob violence in ACLED's rules); the theft itself is crime",
     text="""Mob lynches two suspected motorbike thieves in Eldoret
ELDORET - Two men suspected of stealing a motorcycle were beaten and set on fire by a mob in the Langas area of Eldoret on Sunday evening, police said, in the latest case of mob justice in the town.

Witnesses said the two had snatched the motorcycle from a boda boda rider at knifepoint near a petrol station. Other riders chased them down, and a crowd soon gathered and began beating them with sticks and stones before dousing them with petrol. Both died at the scene.

Police arrived about half an hour later and fired in the air to disperse the crowd. Uasin Gishu police commander Peter Mulinge said officers were "working to identify those who took the law into their own hands" and that five people had been arrested on Monday.

The rider, who was treated for a cut to his arm, said the thieves had threatened to kill him.

The chairman of the town's boda boda association said riders would march to the county police headquarters next week to demand better protection from thieves, whom he accused of operating "with the blessing of some officers".

Human rights groups say mob killings are common in Kenya, where many people distrust the police and the courts. A national rights body recorded more than 100 such killings last year.""",
     events=[dict(sub="Mob violence", date="2023-05-28", place="Eldoret",
                  a1="Rioters (Kenya)", i1=5, a2="Civilians (Kenya)", i2=7, fat=2,
                  quote=("Two men suspected of stealing a motorcycle were beaten and set on fire", "Both died at the scene"),
                  note="vigilante killing by a crowd is Mob violence; the theft is not coded")],
     no_event=[("five people had been arrested on Monday", "arrests in a criminal case"),
               ("riders would march to the county police headquarters next week", "planned march"),
               ("A national rights body recorded more than 100", "aggregate")]),
]

PLACES.update({
    "Sutatausa": ("Colombia", "Cundinamarca", 5.24779, -73.85238),
    "Tome": ("Chile", "Biobio", -36.61756, -72.95593),
    "Tera": ("Niger", "Tillaberi", 14.00776, 0.75306),
    "Ayorou": ("Niger", "Tillaberi", 14.73075, 0.91739),
})

ARTICLES += [
# 043 local outlet, same El Fasher shelling as 006, with another toll
dict(published="2024-05-14", source="Darfur Voice", topic="conflict",
     note="El Fasher resistance committee's report of the Sunday shelling (same incident as the live blog, toll 8 against the doctors' 6); a drone downed",
     text="""El Fasher: resistance committee counts eight dead in Sunday shelling
EL FASHER - The El Fasher Resistance Committees said on Tuesday that eight civilians were killed when the Rapid Support Forces shelled the Abu Shouk and Al-Salam neighbourhoods in the north of the city on Sunday evening, including two children and an elderly woman who was sitting outside her house.

Doctors at the South Hospital had earlier put the toll at six. The committees said two of the wounded died overnight in a clinic that has no electricity.

The committees, a network of neighbourhood volunteers that emerged during the 2019 revolution, said they buried the dead on Monday morning in a cemetery near the market because the roads to the main cemetery were too dangerous.

On Monday night, the army's anti-aircraft guns shot down a drone over the city's airport, the army's Sixth Infantry Division said in a statement. It did not say who had launched it.

Since the fighting for El Fasher began, thousands of families have fled to the Zamzam camp south of the city, where aid groups say children are already dying of malnutrition.

The RSF says it is fighting "mercenaries" allied with the army and that it does not target residential areas.""",
     events=[dict(sub="Shelling/artillery/missile attack", date="2024-05-12", place="El Fasher",
                  a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7, fat=8,
                  quote=("eight civilians were killed when the Rapid Support Forces shelled", "two of the wounded died overnight"),
                  incident="sdn-el-fasher-shelling-2024-05-12", alt={"fatalities": [6]},
                  note="a revised toll: the doctors' earlier 6 plus two wounded who died overnight; 6 accepted"),
             dict(sub="Disrupted weapons use", date="2024-05-13", place="El Fasher",
                  a1="Military Forces of Sudan", i1=1, a2="Rapid Support Forces", i2=2,
                  quote="the army's anti-aircraft guns shot down a drone",
                  alt={"actor2": ["Unidentified Armed Group (Sudan)"]},
                  note="a drone shot down is a Disrupted weapons use; the launcher is not named, the RSF the obvious side")],
     no_event=[("they buried the dead on Monday morning", "burial"),
               ("thousands of families have fled to the Zamzam camp", "displacement aggregate"),
               ("it does not target residential areas", "denial")]),

# 044 Niger: attack on worshippers and IED on a bus
dict(published="2024-07-02", source="Tillaberi Infos", topic="conflict",
     note="Islamic State Sahel gunmen kill worshippers near Ayorou; a bus hits a mine near Tera; army statement of 'neutralised' fighters, undated",
     text="""Niger: worshippers killed near Ayorou, bus hits mine near Tera
NIAMEY - Gunmen killed 11 worshippers at a mosque in a village near Ayorou, in Niger's western Tillaberi region, during evening prayers on Sunday, local officials said on Tuesday.

The attackers, who arrived on motorcycles, ordered the faithful out of the mosque, separated the men from the women and shot the men, a local councillor said. No group has claimed the killings, but residents blamed fighters of the Islamic State Sahel Province, who have been fighting for control of the border area with Mali.

On Monday, a passenger bus travelling to Niamey hit a landmine on the road outside Tera, killing four passengers and wounding nine, the regional governor's office said.

The defence ministry said in a weekly bulletin that troops had "neutralised" 37 terrorists during operations in Tillaberi and Tahoua over the past week, and lost three soldiers.

Niger's military leaders, who took power a year ago, have ended the presence of French and American troops and turned to Russia for military support. Attacks in Tillaberi have increased since then, according to the Armed Conflict Location and Event Data project.

The governor called on residents to report "any suspicious movement" and announced a curfew on motorcycles in four districts.""",
     events=[dict(sub="Attack", date="2024-06-30", place="Ayorou", geo=2,
                  a1="Islamic State Sahel Province", i1=2, a2="Civilians (Niger)", i2=7, fat=11,
                  quote=("Gunmen killed 11 worshippers at a mosque", "residents blamed fighters of the Islamic State Sahel Province"),
                  alt={"actor1": ["Unidentified Armed Group (Niger)"]},
                  note="Sunday before the Tuesday publication; residents' attribution"),
             dict(sub="Remote explosive/landmine/IED", date="2024-07-01", place="Tera", geo=2,
                  a1="Unidentified Armed Group (Niger)", i1=2, a2="Civilians (Niger)", i2=7, fat=4, inj=9,
                  quote="a passenger bus travelling to Niamey hit a landmine")],
     no_event=[("troops had \"neutralised\" 37 terrorists", "weekly aggregate of operations"),
               ("who took power a year ago", "background"),
               ("Attacks in Tillaberi have increased", "trend"),
               ("announced a curfew on motorcycles", "security measure")]),

# 045 court ruling (non-conflict)
dict(published="2024-11-27", source="Kenya Law Review", topic="other",
     note="High Court suspends a housing levy; protests recalled vaguely; no event",
     text="""High Court suspends housing levy deductions pending appeal
NAIROBI - The High Court on Tuesday suspended the deduction of the affordable housing levy from workers' salaries until an appeal filed by a coalition of trade unions and consumer groups is heard, in a new setback for President William Ruto's flagship housing programme.

Justice Chacha Mwita said the petitioners had raised "serious constitutional questions" about whether the levy, set at 1.5 percent of gross pay, had been lawfully introduced, and that workers would suffer "irreparable harm" if deductions continued.

The Attorney General's office said it would challenge the order at the Court of Appeal "at the earliest opportunity". The Treasury warned that suspending the levy would leave a hole of 63 billion shillings in the budget.

The levy has been one of the most unpopular of Ruto's tax measures, and was among the grievances of the youth-led protests that shook the country this year. Employers' groups welcomed the ruling, saying it would give businesses "breathing room".

The government says the programme has created more than 100,000 construction jobs and will deliver 200,000 homes a year when fully running. Critics say the homes are too expensive for the workers who pay for them.

The case will be mentioned again on December 10.""",
     no_event=[("The High Court on Tuesday suspended the deduction", "court ruling"),
               ("would challenge the order at the Court of Appeal", "plan"),
               ("among the grievances of the youth-led protests", "vague background protests"),
               ("The case will be mentioned again", "scheduled hearing")]),

# 046 mine accident
dict(published="2023-03-16", source="Altiplano Noticias", topic="accident",
     note="methane explosion in a coal mine near Sutatausa; rescue; an accident",
     text="""Coal mine blast kills 11 in central Colombia
SUTATAUSA, Colombia - An explosion caused by a build-up of methane gas killed 11 miners and trapped 10 others in a chain of small coal mines near Sutatausa, in the central province of Cundinamarca, on Tuesday night, the national mining agency said.

Rescuers worked through Wednesday to reach the trapped men, some of them more than 500 metres underground. By the evening, seven had been brought out alive and taken to hospital in nearby Ubate with burns and breathing problems.

"The gas accumulated and a spark set it off. It went through the tunnels like a bomb," said a rescuer from the mining agency, speaking at the mouth of the pit as relatives waited in the rain behind a police cordon.

President Gustavo Petro declared three days of mourning and said the government would review safety rules in small mines, many of which operate without ventilation or gas detectors.

The mining agency said the mines had licences but that inspectors had found safety failings at two of them last year.

Colombia's coal mining regions suffer dozens of fatal accidents every year. In 2021, 148 miners died across the country, the highest number on record.""",
     no_event=[("An explosion caused by a build-up of methane gas killed 11 miners", "mining accident"),
               ("It went through the tunnels like a bomb", "simile"),
               ("Colombia's coal mining regions suffer dozens of fatal accidents", "aggregate")]),

# 047 video game (non-conflict)
dict(published="2025-08-05", source="Play Brasil", topic="other",
     note="a war video game set in 1932 Sao Paulo; sieges and battles are in the game; record sales",
     text="""Brazilian war game '1932' storms the sales charts
SAO PAULO - "1932", a strategy game set during the Constitutionalist Revolution in which the state of Sao Paulo rose up against the federal government, sold more than 400,000 copies in its first week, its developer said on Monday, making it the best-selling Brazilian game on record.

Players command either the Paulista rebels or the federal army across 30 missions, from the siege of the railway junction at Cruzeiro to trench battles in the Paraiba valley. Reviewers praised the detailed maps and the portrayal of the volunteers, including the many women who sewed uniforms and nursed the wounded.

"We wanted to tell a chapter of our history that most young Brazilians have never heard of," said the studio's creative director, Marina Okada. "But it is a game, not a history lesson. You can change the outcome."

The studio, which employs 85 people in Campinas, said it would release a free update next month with a new campaign set in the state capital during the bombing of its outskirts by federal aircraft.

The real uprising, which lasted three months, ended in defeat for Sao Paulo but is still commemorated every year on July 9, a state holiday.

Brazil's video game market is the largest in Latin America, worth more than 2 billion dollars a year, according to industry estimates.""",
     no_event=[("Players command either the Paulista rebels or the federal army", "game missions: fiction"),
               ("with a new campaign set in the state capital during the bombing", "game content; plan"),
               ("The real uprising, which lasted three months", "history of 1932, no day; commemoration")]),

# 048 disaster with a suspected arson arrest
dict(published="2024-02-06", source="Biobio al Dia", topic="disaster",
     note="forest fires near Tome; a suspected arsonist arrested; troops deployed; a disaster, not political violence",
     text="""Fires near Tome destroy 300 homes; man arrested on suspicion of arson
CONCEPCION, Chile - Forest fires fanned by strong winds destroyed about 300 homes on the hills around the coastal town of Tome, in the Biobio region, over the weekend, and police arrested a 42-year-old man on suspicion of starting one of the blazes, the regional government said on Tuesday.

Four people died, including a firefighter, and hundreds were evacuated to schools and sports halls. The government declared a state of catastrophe in the area, allowing the army to take part in the firefighting and to patrol abandoned neighbourhoods.

Prosecutors said the suspect had been seen burning rubbish near a eucalyptus plantation on Saturday afternoon, shortly before the fire broke out. He was charged with causing a fire through negligence and placed under house arrest.

"There is no evidence at all that this was a deliberate attack," the regional prosecutor said, responding to claims on social media that radical groups were behind the fires.

Firefighters from Argentina and Mexico arrived on Monday to help bring the last fires under control. Officials warned that temperatures above 35 degrees forecast for the coming days could rekindle the blazes.

Chile suffers hundreds of forest fires every summer. Experts blame a long drought, the spread of highly flammable pine and eucalyptus plantations and the growth of towns into the countryside.""",
     no_event=[("police arrested a 42-year-old man on suspicion of starting", "arrest in a criminal (negligence) case"),
               ("Four people died, including a firefighter", "disaster deaths; military deployment for relief"),
               ("There is no evidence at all that this was a deliberate attack", "denial of an attack"),
               ("Chile suffers hundreds of forest fires", "aggregate")]),
]
