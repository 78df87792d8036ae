"""A seventh blind case table (held out) for the quantities stage: regional and world news in
the house styles of many English-language papers (Indian, Pakistani, Nigerian, Kenyan, South
African, Australian, New Zealand, Singaporean and Malaysian, Philippine, Hong Kong, Irish,
Canadian, British local, Gulf and Ghanaian), on local budgets, courts, weather, farming, schools,
fares, elections, hospitals, sport, fuel and property.

The sentences were invented for this file, each in its paper's own way of writing numbers,
currencies (lakh and crore, Rs, ₹, N and ₦, KSh, R, A$, NZ$, S$, RM, ₱, HK$, €, C$, £ and p, Dh,
SR, QR, GH¢), dates and clock times, with many numbers that are not figures (years, dates, times,
ordinals, scores, phone numbers, addresses, postal codes, vehicle and road numbers, sections of
laws, ward and constituency numbers, names) and some cases with no figure at all. The
expectations were written under the reading rules of tests/test_quantities_blind.py by a helper
who read neither the stage, its rules nor its other case tables. Known failures are marked
`xfail(strict=True)` with what is wrong.

On its first run 181 of its 229 cases passed: the weakest of the seven tables, since it is
the furthest from the corpus. The misses fixed as general rules: the Gulf and Ghanaian
symbols (Dh, SR, QR, GH¢), "N" as naira in a Nigerian story, "Rs" as PKR in a Pakistani one
(currency_contexts), "a kilo", "kilogramme", "by R2 to R17" after a change verb's object,
ages in a list after one cue, a storm category in words, numbers after a phone cue ("call
999"), a scale joined by a hyphen ("C$17-billion"), a currency name read whole before a
rate ("the Qatari riyal"); 205 pass now and the 24 left are `xfail` with their cause
(cricket and hurling scores, cents and currencies the sentence alone cannot place, phone
numbers without a cue, ...).
"""

from __future__ import annotations

import pytest

from tests.case_tables import assert_figures, params, r, spread, v

# (section, sentence, figures in text order[, xfail reason])
CASES = [
    # india
    (
        "india",
        "The Brihanmumbai Municipal Corporation presented a budget of Rs 59,954 crore for "
        "2024-25, up 14.5 per cent on last year.",
        [v(5.9954e11, "INR"), v(14.5, "percent")],
    ),
    (
        "india",
        "Petrol was sold at ₹94.72 a litre in Delhi on Tuesday, while diesel cost ₹87.62 a litre.",
        [v(94.72, "INR/L"), v(87.62, "INR/L")],
    ),
    (
        "india",
        "Police arrested three men, aged 24, 27 and 31, for the robbery at a jewellery shop "
        "in Karol Bagh.",
        [v(3, "count"), v(24, "year_of_age"), v(27, "year_of_age"), v(31, "year_of_age")],
    ),
    (
        "india",
        "Prohibitory orders under Section 144 of the CrPC will remain in force in the old "
        "city until 6 am on March 12.",
        [],
    ),
    (
        "india",
        "The IMD issued a red alert after Chennai recorded 24 cm of rain in the past 24 "
        "hours, the heaviest since 2015.",
        [v(24, "cm")],
    ),
    (
        "india",
        "Over 3.2 lakh students appeared for the Class 10 board examinations, of whom 93.6 "
        "per cent passed.",
        [v(3.2e5, "count"), v(93.6, "percent")],
    ),
    (
        "india",
        "The state government announced an ex gratia of Rs 4 lakh each to the families of "
        "the 11 people killed in the landslide.",
        [v(4e5, "INR"), v(11, "count")],
    ),
    (
        "india",
        "Farmers in Nashik said onion prices crashed from Rs 32 a kg to Rs 9 a kg at the "
        "Lasalgaon market.",
        [v(32, "INR/kg"), v(9, "INR/kg")],
    ),
    (
        "india",
        "The accused, who was driving a car bearing registration number MH 12 AB 3456, was "
        "produced before the court on 14/02/2024.",
        [],
    ),
    (
        "india",
        "Turnout in the Bengaluru South constituency was 53.2 per cent, against 54.7 per "
        "cent in 2019.",
        [v(53.2, "percent"), v(54.7, "percent")],
    ),
    (
        "india",
        "The metro's Phase 2 will add 21 km of track and 18 stations at a cost of ₹10,500 crore.",
        [v(21, "km"), v(18, "count"), v(1.05e11, "INR")],
    ),
    (
        "india",
        "The Reserve Bank kept the repo rate unchanged at 6.5 per cent for the sixth "
        "straight meeting.",
        [v(6.5, "percent")],
    ),
    (
        "india",
        "For complaints, residents can call the civic helpline on 1916 or write to the ward "
        "office at Plot No. 7, Sector 15, Vashi, Navi Mumbai 400703.",
        [],
    ),
    (
        "india",
        "The heatwave pushed the mercury to 47.4°C in Banda, 5.6°C above normal for the season.",
        [v(47.4, "degC"), v(5.6, "degC")],
    ),
    (
        "india",
        "The sessions court sentenced him to seven years' rigorous imprisonment and imposed "
        "a fine of Rs 50,000.",
        [v(7, "year"), v(5e4, "INR")],
    ),
    (
        "india",
        "The Union Budget set aside ₹11.11 lakh crore for capital expenditure, or 3.4 per "
        "cent of GDP.",
        [v(1.111e13, "INR"), v(3.4, "percent")],
    ),
    (
        "india",
        "Fares on the new electric buses in Pune range from ₹10 to ₹50, the PMPML said.",
        [r(10, 50, "INR")],
    ),
    # pakistan
    (
        "pakistan",
        "The federal government raised the price of petrol to Rs272.89 per litre, an "
        "increase of Rs9.66 per litre, for the next fortnight.",
        [v(272.89, "PKR/L"), v(9.66, "PKR/L")],
        '"Rs" reads as PKR only in a story that names Pakistan; this sentence names nothing '
        "Pakistani",
    ),
    (
        "pakistan",
        "The KSE-100 index gained 1,216 points to close at 64,857 on Wednesday.",
        [v(1216, "points"), v(64857, "points")],
        'the KSE-100 is no index of the not_quantities rules, and "to close at" hangs off '
        '"close", whose subject is not the index',
    ),
    (
        "pakistan",
        "The rupee closed at 278.45 to the dollar in the interbank market, the State Bank of "
        "Pakistan said.",
        [v(278.45, "PKR/USD")],
        "an exchange rate's base is read from the amount's own currency: a bare number after \"the "
        'rupee closed at" takes no PKR',
    ),
    (
        "pakistan",
        "Polling in NA-246 Karachi and PP-160 Lahore will be held on February 8 from 8am to 5pm.",
        [],
    ),
    (
        "pakistan",
        "Pakistan's Punjab government unveiled a Rs5.4 trillion budget, including Rs842 "
        "billion for development.",
        [v(5.4e12, "PKR"), v(8.42e11, "PKR")],
    ),
    (
        "pakistan",
        "Rescue 1122 said 14 people drowned and 230 houses collapsed after heavy rain lashed Swat.",
        [v(14, "count"), v(230, "count")],
    ),
    (
        "pakistan",
        "Karachi recorded a maximum temperature of 41.5°C with humidity at 62 per cent.",
        [v(41.5, "degC"), v(62, "percent")],
    ),
    (
        "pakistan",
        "An anti-terrorism court in Rawalpindi sentenced the suspect, 29, to 14 years in prison.",
        [v(29, "year_of_age"), v(14, "year")],
    ),
    (
        "pakistan",
        "Wheat flour is selling at Rs145 per kg in Peshawar, compared with Rs118 per kg in "
        "January.",
        [v(145, "PKR/kg"), v(118, "PKR/kg")],
    ),
    (
        "pakistan",
        "Pakistan were 287 for 6 at stumps on the second day of the first Test in Multan.",
        [],
        'a cricket score ("287 for 6") reads as two counts: no rule knows cricket scores',
    ),
    (
        "pakistan",
        "The Sindh cabinet approved a minimum wage of Rs37,000 a month for unskilled workers.",
        [v(37000, "PKR/month")],
    ),
    (
        "pakistan",
        "Load-shedding of up to 10 hours was reported in parts of Hyderabad and Sukkur on Monday.",
        [v(10, "h")],
    ),
    (
        "pakistan",
        "The Election Commission of Pakistan said 128 million voters were registered, 46 per "
        "cent of them women.",
        [v(1.28e8, "count"), v(46, "percent")],
    ),
    (
        "pakistan",
        "Complaints can be lodged on the helpline 0800-55055 or at the office in Block 7, "
        "Clifton, Karachi 75600.",
        [],
        'the second half of a hyphenated helpline number ("0800-55055") is read as a count',
    ),
    (
        "pakistan",
        "The State Bank cut its policy rate by 150 basis points to 20.5 per cent.",
        [v(150, "bp"), v(20.5, "percent")],
    ),
    (
        "pakistan",
        "The Karachi bus rapid transit line is expected to cost between Rs80 and Rs100 billion.",
        [r(8e10, 1e11, "PKR")],
    ),
    # nigeria
    (
        "nigeria",
        "The Lagos State House of Assembly passed a N2.25trn budget for 2024, with N1.22trn "
        "earmarked for capital projects.",
        [v(2.25e12, "NGN"), v(1.22e12, "NGN")],
    ),
    (
        "nigeria",
        "Petrol now sells at N617 per litre at NNPC retail stations in Abuja, against N568 "
        "per litre last week.",
        [v(617, "NGN/L"), v(568, "NGN/L")],
    ),
    (
        "nigeria",
        "The naira closed at 1,482 to the dollar on the official market on Friday.",
        [v(1482, "NGN/USD")],
    ),
    (
        "nigeria",
        "The Federal Government approved a new minimum wage of ₦70,000 a month.",
        [v(70000, "NGN/month")],
    ),
    (
        "nigeria",
        "The suspect, a 35-year-old trader, was arraigned before a Federal High Court in "
        "Ikoyi on charges of fraud.",
        [v(35, "year_of_age")],
    ),
    (
        "nigeria",
        "The match at the Godswill Akpabio Stadium ended 2-1 after the Super Eagles scored "
        "in the 89th minute.",
        [],
    ),
    (
        "nigeria",
        "Flooding displaced 13,000 people in 32 communities across Kogi State, NEMA said.",
        [v(13000, "count"), v(32, "count")],
    ),
    (
        "nigeria",
        "Headline inflation rose to 29.9 per cent in January from 28.92 per cent in "
        "December, the NBS said.",
        [v(29.9, "percent"), v(28.92, "percent")],
    ),
    (
        "nigeria",
        "A bag of rice now sells for ₦77,000 in Kano, almost three times what it cost in 2022.",
        [v(77000, "NGN"), v(3, "times")],
    ),
    (
        "nigeria",
        "INEC declared the candidate winner with 455,491 votes against 401,237 votes for his "
        "closest rival.",
        [v(455491, "count"), v(401237, "count")],
    ),
    (
        "nigeria",
        "Residents can report emergencies on 112 or call the agency's control room on 0803 "
        "555 0142.",
        [],
        'an emergency number after "report emergencies on" has no phone cue',
    ),
    (
        "nigeria",
        "A vehicle with number plate KJA 453 XY was towed from Awolowo Road at about 10.30am "
        "on 12th March.",
        [],
    ),
    (
        "nigeria",
        "Cocoa traders in Ondo said prices climbed to ₦9.5 million a tonne this season.",
        [v(9.5e6, "NGN/t")],
    ),
    (
        "nigeria",
        "The university raised acceptance fees from N45,000 to N120,000, prompting a protest "
        "by students.",
        [v(45000, "NGN"), v(120000, "NGN")],
        '"N" reads as naira only in a story that names Nigeria; this sentence names nothing '
        "Nigerian",
    ),
    (
        "nigeria",
        "Lagos recorded 52 cases of cholera and five deaths in the past week, the "
        "commissioner said.",
        [v(52, "count"), v(5, "count")],
    ),
    (
        "nigeria",
        "Gunmen abducted a dozen worshippers from a church in Kaduna State on Sunday morning.",
        [v(12, "count")],
    ),
    # kenya
    (
        "kenya",
        "The National Treasury has proposed a KSh 3.9 trillion budget for the 2024/25 "
        "financial year.",
        [v(3.9e12, "KES")],
    ),
    (
        "kenya",
        "Maize is selling at KSh 42 a kilo in Eldoret markets, down from KSh 60 a kilo in March.",
        [v(42, "KES/kg"), v(60, "KES/kg")],
    ),
    (
        "kenya",
        "The Kenya Certificate of Secondary Education examination results for 2023 were "
        "released at 11am at Moi Girls School, Eldoret.",
        [],
    ),
    (
        "kenya",
        "Super petrol will retail at KSh 193.84 per litre in Nairobi from Monday, the Energy "
        "and Petroleum Regulatory Authority said.",
        [v(193.84, "KES/L")],
    ),
    (
        "kenya",
        "Police said the vehicle, registration KCA 123X, was intercepted along Thika Road at "
        "1030 hrs.",
        [],
        'a 24-hour clock time ("1030 hrs") is read as hours',
    ),
    (
        "kenya",
        "At least 38 people have died and more than 24,000 families have been displaced by "
        "the floods.",
        [v(38, "count"), v(24000, "count")],
    ),
    (
        "kenya",
        "The Central Bank of Kenya raised its benchmark rate to 13 per cent from 12.5 per cent.",
        [v(13, "percent"), v(12.5, "percent")],
    ),
    (
        "kenya",
        "The Nairobi City Marathon was won by a 24-year-old from Iten in two hours, nine "
        "minutes and 13 seconds.",
        [v(24, "year_of_age"), v(7753, "s")],
    ),
    (
        "kenya",
        "The shilling traded at 129.50 to the dollar on Thursday, its strongest level since July.",
        [v(129.5, "KES/USD")],
    ),
    (
        "kenya",
        "The court fined the businessman KSh 500,000 or, in default, two years in jail.",
        [v(5e5, "KES"), v(2, "year")],
    ),
    (
        "kenya",
        "Under Vision 2030, the county plans to build affordable homes in Ward 14 and Ward 15.",
        [],
    ),
    (
        "kenya",
        "The Nairobi Expressway toll from Mlolongo to Westlands has risen to KSh 360.",
        [v(360, "KES")],
    ),
    (
        "kenya",
        "Tea exports earned KSh 180 billion last year, with Pakistan buying 38 per cent of "
        "the crop.",
        [v(1.8e11, "KES"), v(38, "percent")],
    ),
    (
        "kenya",
        "A 15-year-old Form Two student was among four pupils arrested over the dormitory fire.",
        [v(15, "year_of_age"), v(4, "count")],
    ),
    (
        "kenya",
        "Rainfall of 120mm was recorded at the Dagoretti station, the Kenya Meteorological "
        "Department said.",
        [v(120, "mm")],
    ),
    (
        "kenya",
        "The county will pay casual workers 800 Kenyan shillings a day to clear the drains.",
        [v(800, "KES/day")],
    ),
    (
        "kenya",
        "Fines under the new county law range from KSh 500,000 to KSh 2 million.",
        [r(5e5, 2e6, "KES")],
    ),
    # south-africa
    (
        "south-africa",
        "Eskom said load shedding would be suspended from 5am on Saturday until further notice.",
        [],
    ),
    (
        "south-africa",
        "The Social Relief of Distress grant will increase to R370 a month from April.",
        [v(370, "ZAR/month")],
        '"R" reads as rand only in a story that names South Africa; this sentence names nothing '
        "South African",
    ),
    (
        "south-africa",
        "The price of 95 octane petrol will rise by 43c a litre to R24.54 a litre inland on "
        "Wednesday.",
        [v(0.43, "ZAR/L"), v(24.54, "ZAR/L")],
        '"95 octane" is read as a count, and "43c a litre" with "R" unread is not a rand cent',
    ),
    (
        "south-africa",
        "The rand weakened to 18.95 to the dollar on Tuesday after the inflation data.",
        [v(18.95, "ZAR/USD")],
    ),
    (
        "south-africa",
        "The City of Cape Town tabled a R76.4 billion budget, including R11.2 billion for "
        "capital spending.",
        [v(7.64e10, "ZAR"), v(1.12e10, "ZAR")],
    ),
    (
        "south-africa",
        "The Springboks beat New Zealand 12-11 in the final at the Stade de France.",
        [],
    ),
    (
        "south-africa",
        "The accused, 42, was sentenced to life imprisonment plus 15 years for the murder in "
        "Khayelitsha.",
        [v(42, "year_of_age"), v(15, "year")],
        '"The accused, 42,": the model tags "accused" so that the age apposition has no noun '
        "before its comma",
    ),
    (
        "south-africa",
        "The IEC said voter turnout was 58.6%, down from 66% in 2019.",
        [v(58.6, "percent"), v(66, "percent")],
    ),
    (
        "south-africa",
        "More than 1,200 learners at 14 schools in the Eastern Cape were affected by the storm.",
        [v(1200, "count"), v(14, "count")],
    ),
    (
        "south-africa",
        "Gauteng recorded temperatures of up to 36°C, while Johannesburg saw hail the size "
        "of golf balls.",
        [v(36, "degC")],
    ),
    (
        "south-africa",
        "White maize for July delivery rose 2.3% to R4,150 a tonne on the JSE.",
        [v(2.3, "percent"), v(4150, "ZAR/t")],
    ),
    (
        "south-africa",
        "Motorists can report potholes through the city's app or call 0860 555 874.",
        [],
    ),
    (
        "south-africa",
        "The matric pass rate rose to 82.9% in 2023, an increase of 2.8 percentage points.",
        [v(82.9, "percent"), v(2.8, "pp")],
    ),
    (
        "south-africa",
        "The N2 near Somerset West was closed for six hours after a truck overturned at 3.15am.",
        [v(6, "h")],
    ),
    (
        "south-africa",
        "Taxi operators in Soweto raised the fare by R2 to R17, saying fuel had become "
        "unaffordable.",
        [v(2, "ZAR"), v(17, "ZAR")],
    ),
    # australia
    (
        "australia",
        "Tropical Cyclone Wendell was upgraded to a category four system as it approached Cairns.",
        [v(4, "rank")],
    ),
    (
        "australia",
        "Sydney recorded 45.2C at Penrith on Saturday, the hottest day in the city since 2020.",
        [v(45.2, "degC")],
    ),
    (
        "australia",
        "The NSW government will spend A$1.4 billion on 12 new schools in western Sydney.",
        [v(1.4e9, "AUD"), v(12, "count")],
    ),
    (
        "australia",
        "Unleaded petrol averaged 198.5 cents a litre in Melbourne last week, according to "
        "the RACV.",
        [v(1.985, "AUD/L")],
        "cents with no money figure in the sentence are US cents: the story's country does not "
        "decide",
    ),
    (
        "australia",
        "The Reserve Bank of Australia left the cash rate at 4.35 per cent for a fifth "
        "straight meeting.",
        [v(4.35, "percent")],
    ),
    (
        "australia",
        "The Matildas drew 1-1 with Canada at Optus Stadium in front of 56,000 fans.",
        [v(56000, "count")],
    ),
    (
        "australia",
        "A 19-year-old P-plater was caught driving at 152km/h on the Hume Highway, where the "
        "limit is 100km/h.",
        [v(19, "year_of_age"), v(152, "km/h"), v(100, "km/h")],
    ),
    (
        "australia",
        "Call Triple Zero (000) in an emergency, or the SES on 132 500 for flood assistance.",
        [],
        'an emergency number in brackets and one after "the SES on" have no phone cue',
    ),
    (
        "australia",
        "The median house price in Brisbane rose 13.2 per cent over the year to A$853,000.",
        [v(13.2, "percent"), v(853000, "AUD")],
    ),
    (
        "australia",
        "Wheat growers in the Wimmera expect yields of about 2.5 tonnes a hectare after a "
        "dry spring.",
        [v(2.5, "t/ha")],
        'a rate of a unit per unit ("2.5 tonnes a hectare") is read as tonnes alone',
    ),
    (
        "australia",
        "The inquest will begin at 10am on 3 June at the Coroners Court in Lidcombe.",
        [],
    ),
    (
        "australia",
        "Innisfail received 400 millimetres of rain in the past 48 hours, forcing the "
        "evacuation of 3,000 residents.",
        [v(400, "mm"), v(3000, "count")],
    ),
    (
        "australia",
        "The Bureau of Meteorology said the minimum at Thredbo fell to minus 7.2C overnight.",
        [v(-7.2, "degC")],
    ),
    (
        "australia",
        "Victoria were 4-312 at stumps on day two of the Sheffield Shield match at the MCG.",
        [],
        'a cricket score written wickets-runs ("4-312") increases, so it is read as a range',
    ),
    (
        "australia",
        "Parramatta council approved a tower with 240 apartments and 310 parking spaces.",
        [v(240, "count"), v(310, "count")],
    ),
    # new-zealand
    (
        "new-zealand",
        "Auckland Council's annual budget of NZ$6.3 billion includes a 6.8 per cent rates rise.",
        [v(6.3e9, "NZD"), v(6.8, "percent")],
    ),
    (
        "new-zealand",
        "The Reserve Bank held the official cash rate at 5.5 per cent on Wednesday.",
        [v(5.5, "percent")],
    ),
    (
        "new-zealand",
        "State Highway 1 between Picton and Christchurch reopened at 7pm on Tuesday after a slip.",
        [],
    ),
    (
        "new-zealand",
        "The All Blacks beat Ireland 28-24 in the quarter-final in Paris.",
        [],
    ),
    (
        "new-zealand",
        "A 52-year-old man has been charged with dangerous driving after a crash on SH2 near "
        "Masterton.",
        [v(52, "year_of_age")],
    ),
    (
        "new-zealand",
        "Dairy farmers were told to expect a milk price of NZ$7.80 a kilogram of milk solids.",
        [v(7.8, "NZD/kg")],
    ),
    (
        "new-zealand",
        "Gisborne received 280mm of rain, and 1,500 homes lost power as winds reached 130km/h.",
        [v(280, "mm"), v(1500, "count"), v(130, "km/h")],
    ),
    (
        "new-zealand",
        "Unemployment rose to 4.3 per cent in the December quarter, Stats NZ said.",
        [v(4.3, "percent")],
    ),
    (
        "new-zealand",
        "Census figures show 17.8 per cent of the population identify as Māori.",
        [v(17.8, "percent")],
    ),
    (
        "new-zealand",
        "The judge in the Wellington District Court sentenced the man to 22 months' imprisonment.",
        [v(22, "month")],
    ),
    (
        "new-zealand",
        "The Interislander sailing from Wellington was delayed by three hours because of a "
        "4-metre swell.",
        [v(3, "h"), v(4, "m")],
    ),
    (
        "new-zealand",
        "Median rent in Christchurch reached NZ$580 a week, Trade Me said.",
        [v(580, "NZD/week")],
    ),
    (
        "new-zealand",
        "The bill passed its third reading with the support of 68 MPs.",
        [v(68, "count")],
    ),
    (
        "new-zealand",
        "For advice, call the after-hours clinic on 0800 555 0123 any time, day or night.",
        [],
    ),
    (
        "new-zealand",
        "Regular petrol hit NZ$2.95 a litre in Auckland on Monday, the highest price since 2022.",
        [v(2.95, "NZD/L")],
    ),
    # singapore-malaysia
    (
        "singapore-malaysia",
        "Certificate of Entitlement premiums for Category A cars rose to S$96,010 in the "
        "latest bidding exercise.",
        [v(96010, "SGD")],
    ),
    (
        "singapore-malaysia",
        "A four-room resale HDB flat in Bishan sold for a record S$1.5 million.",
        [v(1.5e6, "SGD")],
    ),
    (
        "singapore-malaysia",
        "Singapore's core inflation eased to 3.1 per cent in January.",
        [v(3.1, "percent")],
    ),
    (
        "singapore-malaysia",
        "The 34-year-old man was sentenced to 10 weeks' jail and fined S$4,000 for drink driving.",
        [v(34, "year_of_age"), v(10, "week"), v(4000, "SGD")],
    ),
    (
        "singapore-malaysia",
        "RON95 petrol will stay at RM2.05 a litre next week, while RON97 rises to RM3.47 a litre.",
        [v(2.05, "MYR/L"), v(3.47, "MYR/L")],
        '"RON95" (a fuel grade) is read as Romanian lei: the code glued to a small number '
        "modifies no noun in this parse",
    ),
    (
        "singapore-malaysia",
        "The Dewan Rakyat sitting will resume at 10am on Monday, 26 February.",
        [],
    ),
    (
        "singapore-malaysia",
        "Floods in Kelantan and Terengganu forced 41,000 people into 280 relief centres.",
        [v(41000, "count"), v(280, "count")],
    ),
    (
        "singapore-malaysia",
        "The ringgit traded at 4.78 to the US dollar on Friday.",
        [v(4.78, "MYR/USD")],
    ),
    (
        "singapore-malaysia",
        "Johor's state budget for next year is RM1.7 billion, the menteri besar said.",
        [v(1.7e9, "MYR")],
    ),
    (
        "singapore-malaysia",
        "MRT trains on the East-West Line were disrupted for about four hours during the "
        "morning peak.",
        [v(4, "h")],
    ),
    (
        "singapore-malaysia",
        "The Straits Times Index closed 0.6 per cent higher at 3,210.45 points.",
        [v(0.6, "percent"), v(3210.45, "points")],
    ),
    (
        "singapore-malaysia",
        "A lorry bearing registration number WXY 1234 was seized at the Tuas checkpoint at "
        "3.45am on 5/3/2024.",
        [],
    ),
    (
        "singapore-malaysia",
        "About 98.6 per cent of candidates passed the Primary School Leaving Examination.",
        [v(98.6, "percent")],
    ),
    (
        "singapore-malaysia",
        "Musang King durians in Raub fell to RM25 a kilogramme, from RM60 a kilogramme in June.",
        [v(25, "MYR/kg"), v(60, "MYR/kg")],
    ),
    (
        "singapore-malaysia",
        "The Employees Provident Fund declared a dividend of 5.5 per cent for conventional "
        "savings.",
        [v(5.5, "percent")],
    ),
    (
        "singapore-malaysia",
        "The ringgit and the Singapore dollar gained 0.3 per cent and 0.2 per cent respectively.",
        [v(0.3, "percent"), v(0.2, "percent")],
    ),
    # philippines
    (
        "philippines",
        "The LTFRB approved a ₱1 increase, bringing the minimum jeepney fare to ₱13.",
        [v(1, "PHP"), v(13, "PHP")],
    ),
    (
        "philippines",
        "The typhoon left 25 people dead and damaged ₱3.2 billion worth of crops in northern "
        "Luzon.",
        [v(25, "count"), v(3.2e9, "PHP")],
    ),
    (
        "philippines",
        "Inflation in the Philippines slowed to 2.8 per cent in January from 3.9 per cent in "
        "December.",
        [v(2.8, "percent"), v(3.9, "percent")],
    ),
    (
        "philippines",
        "Regular milled rice sells for 48 pesos a kilo in Quezon City markets.",
        [v(48, "PHP/kg")],
        '"pesos" in a story naming no Philippine word is Mexico\'s by default',
    ),
    (
        "philippines",
        "The barangay hall at 123 Rizal Avenue, Barangay 45, Caloocan, will open at 8am for "
        "the registration.",
        [],
    ),
    (
        "philippines",
        "The Bangko Sentral ng Pilipinas kept its key rate at 6.5 per cent.",
        [v(6.5, "percent")],
    ),
    (
        "philippines",
        "The peso closed at 56.12 to the dollar on Friday.",
        [v(56.12, "PHP/USD")],
        "an exchange rate's base is read from the amount's own currency: a bare number after \"the "
        'peso closed at" takes the default peso',
    ),
    (
        "philippines",
        "Police arrested four suspects and seized 2 kilograms of shabu worth ₱13.6 million "
        "in Cebu.",
        [v(4, "count"), v(2, "kg"), v(1.36e7, "PHP")],
    ),
    (
        "philippines",
        "The minimum wage in Metro Manila will rise to ₱645 a day.",
        [v(645, "PHP/day")],
    ),
    (
        "philippines",
        "Gilas Pilipinas beat Jordan 70-60 to win gold at the Asian Games.",
        [],
    ),
    (
        "philippines",
        "The Comelec said 68.4 million voters are registered for the May 12 polls.",
        [v(6.84e7, "count")],
    ),
    (
        "philippines",
        "A 7-year-old girl was rescued after being trapped for 12 hours under rubble in Davao.",
        [v(7, "year_of_age"), v(12, "h")],
    ),
    (
        "philippines",
        "The senator, 58, was acquitted of plunder charges involving ₱172 million in pork "
        "barrel funds.",
        [v(58, "year_of_age"), v(1.72e8, "PHP")],
    ),
    (
        "philippines",
        "The NLEX toll for Class 1 vehicles from Balintawak to Mabalacat is now PHP 387.",
        [v(387, "PHP")],
        '"Class 1 vehicles": a class number before a plural noun is read as a count',
    ),
    (
        "philippines",
        "The Pasig River ferry service will resume at 6am on Monday, 15 April.",
        [],
    ),
    # hong-kong
    (
        "hong-kong",
        "A flat of 450 sq ft in Tai Koo Shing sold for HK$7.8 million, or about HK$17,300 "
        "per sq ft.",
        [v(450, "ft2"), v(7.8e6, "HKD"), v(17300, "HKD/ft2")],
    ),
    (
        "hong-kong",
        "The Hang Seng Index fell 2.3 per cent to close at 16,340 points.",
        [v(2.3, "percent"), v(16340, "points")],
    ),
    (
        "hong-kong",
        "The Observatory issued the red rainstorm warning at 9.40pm on Thursday.",
        [],
    ),
    (
        "hong-kong",
        "MTR fares will rise by 1.8 per cent from June 30.",
        [v(1.8, "percent")],
    ),
    (
        "hong-kong",
        "Median household income was HK$30,000 a month in the fourth quarter.",
        [v(30000, "HKD/month")],
    ),
    (
        "hong-kong",
        "Hong Kong welcomed 34 million visitors last year, 64 per cent of them from mainland "
        "China.",
        [v(3.4e7, "count"), v(64, "percent")],
    ),
    (
        "hong-kong",
        "Anyone with information should call 999 or the police hotline on 2860 5012.",
        [],
    ),
    (
        "hong-kong",
        "The Observatory recorded 158.1mm of rain at its headquarters on Thursday night, the "
        "most since records began in 1884.",
        [v(158.1, "mm")],
    ),
    (
        "hong-kong",
        "The District Court jailed the 41-year-old for 18 months for assaulting a minibus driver.",
        [v(41, "year_of_age"), v(18, "month")],
    ),
    (
        "hong-kong",
        "The Legislative Council passed the bill with 89 votes in favour and none against.",
        [v(89, "count")],
    ),
    (
        "hong-kong",
        "The statutory minimum wage will rise to HK$42.10 an hour from May 1.",
        [v(42.1, "HKD/h")],
    ),
    (
        "hong-kong",
        "Kowloon Motor Bus route 1A runs between Star Ferry and Sau Mau Ping.",
        [],
    ),
    (
        "hong-kong",
        "Temperatures fell to 7.9 degrees Celsius at the Observatory and 3.1 degrees Celsius "
        "on Tai Mo Shan.",
        [v(7.9, "degC"), v(3.1, "degC")],
    ),
    (
        "hong-kong",
        "The government will hand out HK$5,000 in consumption vouchers to 6.3 million "
        "eligible residents.",
        [v(5000, "HKD"), v(6.3e6, "count")],
    ),
    (
        "hong-kong",
        "Nearly 2,000 flats in Yuen Long will go on sale at prices of between HK$4 million "
        "and HK$9 million.",
        [v(2000, "count"), r(4e6, 9e6, "HKD")],
    ),
    # ireland
    (
        "ireland",
        "There were 612 patients waiting on trolleys in Irish hospitals on Tuesday, the INMO said.",
        [v(612, "count")],
    ),
    (
        "ireland",
        "The Government's €14.1 billion housing budget includes €2.4bn for social homes.",
        [v(1.41e10, "EUR"), v(2.4e9, "EUR")],
    ),
    (
        "ireland",
        "The Leaving Cert results will be available online from 10am on Friday, 23rd August.",
        [],
    ),
    (
        "ireland",
        "Adult Leap card fares on Dublin Bus will be cut to €2, a reduction of 20 per cent.",
        [v(2, "EUR"), v(20, "percent")],
    ),
    (
        "ireland",
        "Gardaí are appealing for witnesses to a collision on the N7 near Naas at "
        "approximately 11.15pm.",
        [],
    ),
    (
        "ireland",
        "Average rent in Dublin reached €2,102 a month, 7 per cent higher than a year earlier.",
        [v(2102, "EUR/month"), v(7, "percent")],
    ),
    (
        "ireland",
        "A 43-year-old man was jailed for six years at Cork Circuit Criminal Court for "
        "possessing cocaine worth €1.2 million.",
        [v(43, "year_of_age"), v(6, "year"), v(1.2e6, "EUR")],
    ),
    (
        "ireland",
        "Met Éireann issued a status orange wind warning with gusts of up to 130km/h.",
        [v(130, "km/h")],
    ),
    (
        "ireland",
        "Turnout in the Dublin Bay South by-election was 33.5 per cent.",
        [v(33.5, "percent")],
    ),
    (
        "ireland",
        "Limerick beat Kilkenny 0-30 to 2-15 in the All-Ireland hurling final at Croke Park.",
        [],
        'a hurling score ("0-30 to 2-15", goals-points) is read as a range',
    ),
    (
        "ireland",
        "Electricity prices will rise by 10 per cent, adding about €170 a year to the "
        "average bill.",
        [v(10, "percent"), v(170, "EUR/year")],
    ),
    (
        "ireland",
        "The M50 toll for cars without a tag will rise to €3.70 in January.",
        [v(3.7, "EUR")],
    ),
    (
        "ireland",
        "Ireland's unemployment rate fell to 4.2 per cent in March, the CSO said.",
        [v(4.2, "percent")],
    ),
    (
        "ireland",
        "The herd of 85 cows was sold for €180,000 at the mart in Kilkenny.",
        [v(85, "count"), v(180000, "EUR")],
    ),
    (
        "ireland",
        "The temperature at Mount Dillon fell to minus 8.2C overnight, the lowest in Ireland "
        "this winter.",
        [v(-8.2, "degC")],
    ),
    (
        "ireland",
        "Almost a quarter of households in Donegal are in arrears on their electricity "
        "bills, the regulator said.",
        [v(0.25, "fraction")],
    ),
    # canada
    (
        "canada",
        "Toronto city council approved a 9.5 per cent property tax increase as part of its "
        "C$17-billion budget.",
        [v(9.5, "percent"), v(1.7e10, "CAD")],
    ),
    (
        "canada",
        "The Bank of Canada held its overnight rate at 5 per cent.",
        [v(5, "percent")],
    ),
    (
        "canada",
        "Highway 401 eastbound was closed at Exit 431 for several hours after a collision at "
        "2:30 a.m.",
        [],
    ),
    (
        "canada",
        "The temperature in Winnipeg dropped to minus 38C on Monday morning.",
        [v(-38, "degC")],
    ),
    (
        "canada",
        "Gas prices in Vancouver averaged 189.9 cents a litre on Thursday.",
        [v(1.899, "CAD/L")],
        "cents with no money figure in the sentence are US cents: the story's country does not "
        "decide",
    ),
    (
        "canada",
        "The Maple Leafs beat the Canadiens 4-2 on Saturday night at Scotiabank Arena.",
        [],
    ),
    (
        "canada",
        "Ontario's minimum wage rises to C$17.20 an hour on October 1.",
        [v(17.2, "CAD/h")],
    ),
    (
        "canada",
        "The wildfire has burned more than 35,000 hectares and forced 20,000 residents to flee.",
        [v(35000, "ha"), v(20000, "count")],
    ),
    (
        "canada",
        "Quebec's Bill 96 takes effect on June 1.",
        [],
    ),
    (
        "canada",
        "The RCMP said the 16-year-old was charged with second-degree murder.",
        [v(16, "year_of_age")],
    ),
    (
        "canada",
        "The average home price in the Greater Toronto Area fell 1.2 per cent to C$1.08 million.",
        [v(1.2, "percent"), v(1.08e6, "CAD")],
    ),
    (
        "canada",
        "The federal carbon rebate will be worth C$1,800 a year to a typical Alberta family.",
        [v(1800, "CAD/year")],
    ),
    (
        "canada",
        "The Liberals won 160 seats and the Conservatives 119 seats.",
        [v(160, "count"), v(119, "count")],
    ),
    (
        "canada",
        "Saskatchewan's canola crop is forecast at 8.4 million tonnes, down 3 per cent.",
        [v(8.4e6, "t"), v(3, "percent")],
    ),
    (
        "canada",
        "The TTC subway was shut between Bloor-Yonge and St. George stations for 90 minutes "
        "during the evening rush.",
        [v(90, "min")],
    ),
    # uk-local
    (
        "uk-local",
        "Band D council tax in Birmingham will rise by 9.99 per cent to £2,158 a year.",
        [v(9.99, "percent"), v(2158, "GBP/year")],
    ),
    (
        "uk-local",
        "Unleaded petrol at the Tesco in Cheltenham was selling for 144.9p a litre on Tuesday.",
        [v(1.449, "GBP/L")],
    ),
    (
        "uk-local",
        "The A38 will be closed in both directions between 8pm and 6am from Monday 4 March.",
        [],
    ),
    (
        "uk-local",
        "Residents in Ward 12 have complained that the number 42 bus no longer stops at "
        "Market Street.",
        [],
        '"the number 42 bus": a numbered noun before another noun is read as a count',
    ),
    (
        "uk-local",
        "A 23-year-old from Swindon was jailed for four years at Bristol Crown Court.",
        [v(23, "year_of_age"), v(4, "year")],
    ),
    (
        "uk-local",
        "The council has earmarked £1.2m to repair 4,500 potholes over the next year.",
        [v(1.2e6, "GBP"), v(4500, "count")],
    ),
    (
        "uk-local",
        "Only 58 per cent of pupils in the borough met the expected standard in Year 6 Sats.",
        [v(58, "percent")],
    ),
    (
        "uk-local",
        "The daily parking charge at Ipswich Hospital will go up from £2.50 to £3.20.",
        [v(2.5, "GBP"), v(3.2, "GBP")],
    ),
    (
        "uk-local",
        "Only 34.1 per cent of voters turned out for the police and crime commissioner "
        "election in Lancashire.",
        [v(34.1, "percent")],
    ),
    (
        "uk-local",
        "Flood warnings were issued after the River Severn at Shrewsbury rose to 4.8 metres.",
        [v(4.8, "m")],
    ),
    (
        "uk-local",
        "The pensioner, 82, was left with a £3,400 bill after a rogue trader fixed her roof.",
        [v(82, "year_of_age"), v(3400, "GBP")],
    ),
    (
        "uk-local",
        "Wrexham beat Stockport 2-0 at the Racecourse Ground on Saturday afternoon.",
        [],
    ),
    (
        "uk-local",
        "The pub at 14 High Street, Harrogate HG1 1HL, has been put up for sale.",
        [],
    ),
    (
        "uk-local",
        "Lambs sold for an average of 210p a kilo at Melton Mowbray market on Tuesday.",
        [v(2.1, "GBP/kg")],
        '"210p a kilo" after "sold for an average of": pence are read only in a price context '
        "the sentence lacks",
    ),
    (
        "uk-local",
        "Care workers in Norfolk will be paid at least £12.60 an hour from April, a rise of "
        "6.5 per cent.",
        [v(12.6, "GBP/h"), v(6.5, "percent")],
    ),
    # gulf
    (
        "gulf",
        "Dubai's Roads and Transport Authority raised the Salik toll to Dh6 during peak hours.",
        [v(6, "AED")],
    ),
    (
        "gulf",
        "Super 98 petrol will cost Dh3.03 a litre in the UAE in March.",
        [v(3.03, "AED/L")],
    ),
    (
        "gulf",
        "The Saudi cabinet approved a 2024 budget of SR1.25 trillion under Vision 2030.",
        [v(1.25e12, "SAR")],
    ),
    (
        "gulf",
        "Temperatures in Abu Dhabi reached 49.8°C on Sunday, the National Centre of "
        "Meteorology said.",
        [v(49.8, "degC")],
    ),
    (
        "gulf",
        "The Dubai Court of First Instance sentenced the 31-year-old to three months in jail "
        "and a fine of Dh50,000.",
        [v(31, "year_of_age"), v(3, "month"), v(50000, "AED")],
    ),
    (
        "gulf",
        "Expo City Dubai will open at 10am on 12/12/2024 for the festival.",
        [],
    ),
    (
        "gulf",
        "Qatar's GDP grew by 1.2 per cent in the third quarter, the Planning and Statistics "
        "Authority said.",
        [v(1.2, "percent")],
    ),
    (
        "gulf",
        "The Qatari riyal has been pegged at 3.64 to the US dollar since 2001.",
        [v(3.64, "QAR/USD")],
    ),
    (
        "gulf",
        "Dubai received 17.15 million international overnight visitors last year, up 19.4 "
        "per cent.",
        [v(1.715e7, "count"), v(19.4, "percent")],
    ),
    (
        "gulf",
        "Residents can call the municipality hotline on 800900 or the police on 999.",
        [],
        'the police number after "or the police on" is beyond the phone cue\'s reach',
    ),
    (
        "gulf",
        "A one-bedroom apartment in Dubai Marina now rents for AED 110,000 a year.",
        [v(110000, "AED/year")],
    ),
    (
        "gulf",
        "More than 250mm of rain fell in Al Ain in the past 24 hours, the heaviest since "
        "records began in 1949.",
        [v(250, "mm")],
    ),
    (
        "gulf",
        "Unemployment among Saudi citizens fell to 7.7 per cent, the General Authority for "
        "Statistics said.",
        [v(7.7, "percent")],
    ),
    (
        "gulf",
        "Annual fees at a private school in Sharjah went up from Dh28,000 to Dh31,500.",
        [v(28000, "AED"), v(31500, "AED")],
    ),
    (
        "gulf",
        "Al Nassr beat Al Hilal 3-1 at the Kingdom Arena in Riyadh on Friday night.",
        [],
    ),
    (
        "gulf",
        "Qatar's budget for next year allocates QR210 billion for spending.",
        [v(2.1e11, "QAR")],
    ),
    # ghana
    (
        "ghana",
        "The Bank of Ghana raised its policy rate by 100 basis points to 30 per cent.",
        [v(100, "bp"), v(30, "percent")],
    ),
    (
        "ghana",
        "The cedi traded at GH¢12.05 to the dollar on the interbank market.",
        [v(12.05, "GHS/USD")],
    ),
    (
        "ghana",
        "COCOBOD raised the producer price of cocoa to GH¢21,120 a tonne for the 2023/24 season.",
        [v(21120, "GHS/t")],
    ),
    (
        "ghana",
        "Petrol is selling at GH¢14.50 per litre at most pumps in Accra.",
        [v(14.5, "GHS/L")],
    ),
    (
        "ghana",
        "The Black Stars drew 2-2 with Egypt in Abidjan on Thursday evening.",
        [],
    ),
    (
        "ghana",
        "Inflation eased to 23.2 per cent in December from 26.4 per cent in November.",
        [v(23.2, "percent"), v(26.4, "percent")],
    ),
    (
        "ghana",
        "Illegal mining has polluted 60 per cent of the country's water bodies, the minister "
        "told Parliament.",
        [v(60, "percent")],
    ),
    (
        "ghana",
        "The 2024 budget allocates GH¢4.7 billion to free senior high school education.",
        [v(4.7e9, "GHS")],
    ),
    (
        "ghana",
        "The Electoral Commission registered 18.8 million voters ahead of the December 7 election.",
        [v(1.88e7, "count")],
    ),
    (
        "ghana",
        "The Accra Circuit Court remanded the 27-year-old suspect into police custody for "
        "two weeks.",
        [v(27, "year_of_age"), v(2, "week")],
    ),
]


@pytest.mark.parametrize("text, figures", params(CASES))
def test_regional_case(nlp, text, figures):
    assert_figures(nlp(text), figures)


def test_enough_cases_over_sections():
    n, sections, empty = spread(CASES)
    assert n >= 200 and sections >= 14 and empty >= 30
