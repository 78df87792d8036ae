"""A fourth blind case table (held out) for the quantities stage over eighteen sections (issue 12).

The sentences were written for this file, news-style, by a helper who read neither the
stage, its rules nor its other case tables, under the reading rules of
tests/test_quantities_blind.py (the same contract), with the measure codes of the output
contract given in the brief. Known failures are `xfail(strict=True)` with what is wrong.

On its first run 201 of its 225 cases passed. The misses were fixed as general rules
(CLDR symbols after the amount, one-word multiples, a stop after "kW", a fraction after
"by", names and numbered nouns, model codes, tenors over adjectives, box sizes, "to last",
shared units for number words, change words over their object, poll words); 220 pass now
and the 5 left are `xfail` with their cause.
"""

from __future__ import annotations

import pytest

from tests.case_tables import assert_figures, params, r, spread, v

# (section, sentence, figures in text order[, xfail reason]); reading rules as in
# tests/test_quantities_blind.py
CASES = [
    # weather
    (
        "weather",
        "Storm Henk brought gusts of up to 94 mph to the Cornish coast on Tuesday, while Dartmoor "
        "recorded 58mm of rain overnight.",
        [v(94, "mph"), v(58, "mm")],
    ),
    (
        "weather",
        "Temperatures in Verkhoyansk fell to minus 52C on Sunday, the lowest reading in the "
        "Siberian town since 2013.",
        [v(-52, "degC")],
    ),
    (
        "weather",
        "Hurricane Lorena strengthened into a category 4 storm overnight with maximum sustained "
        "winds of 140 mph, the National Hurricane Center said in its 5am advisory.",
        [v(4, "rank"), v(140, "mph")],
    ),
    (
        "weather",
        "Forecasters expect between 10 and 15cm of snow across the Scottish Highlands, with up to "
        "25cm on higher ground.",
        [r(10, 15, "cm"), v(25, "cm")],
    ),
    (
        "weather",
        "The Met Office issued its first amber warning of the winter at 6pm on 14 December, "
        "covering the A9 and the M74.",
        [],
    ),
    (
        "weather",
        "Typhoon Gaemi dumped 1,100 millimetres of rain on parts of Taiwan, killing at least 10 "
        "people and forcing the evacuation of more than 8,000 residents.",
        [v(1100, "mm"), v(10, "count"), v(8000, "count")],
    ),
    (
        "weather",
        "The heatwave pushed Madrid to 44.1°C, the highest June temperature since records began in "
        "1920, and Seville to 45.3°C.",
        [v(44.1, "degC"), v(45.3, "degC")],
    ),
    (
        "weather",
        "Drivers on Highway 101 near Santa Barbara were told to call 805-555-0147 before setting "
        "out after the 2am mudslide.",
        [],
    ),
    (
        "weather",
        "Pressure at the centre of the storm dropped to 952 hPa, Meteo-France said, as winds of "
        "160 km/h battered Brittany.",
        [v(952, "hPa"), v(160, "km/h")],
    ),
    (
        "weather",
        "Buffalo could see 10 to 12 inches of snow by Saturday, with winds gusting to 50 mph off "
        "Lake Erie.",
        [r(10, 12, "in"), v(50, "mph")],
    ),
    (
        "weather",
        "Forecasters said the 2023-24 season was the third El Nino summer of the past decade for "
        "eastern Australia.",
        [],
    ),
    (
        "weather",
        "Drought has left Lake Mead at 27 per cent of capacity, with the water level about 1,050 "
        "feet above sea level.",
        [v(27, "percent"), v(1050, "ft")],
    ),
    (
        "weather",
        "The area burned by wildfires in Canada this season showed a fourfold rise, to 18.5 "
        "million hectares, officials said.",
        [v(4, "times"), v(18.5e6, "ha")],
    ),
    # health
    (
        "health",
        "The NHS waiting list in England fell to 7.54 million in March, with about 309,000 "
        "patients waiting longer than the official target.",
        [v(7.54e6, "count"), v(309000, "count")],
    ),
    (
        "health",
        "Covid-19 admissions at the hospital dropped sharply after the 2021 vaccination drive, a "
        "spokesman said on Monday.",
        [],
    ),
    (
        "health",
        "Patients lost an average of 15.2kg, or about 15 per cent of body weight, over the 68-week "
        "study.",
        [v(15.2, "kg"), v(15, "percent"), v(68, "week")],
    ),
    (
        "health",
        "The WHO said measles cases in Europe rose thirtyfold, to 42,200, with children making up "
        "two-fifths of them.",
        [v(30, "times"), v(42200, "count"), v(2 / 5, "fraction")],
    ),
    (
        "health",
        "Dr Amara Okafor, 47, who runs the clinic in Enugu, said the malaria ward has only 60 "
        "beds.",
        [v(47, "year_of_age"), v(60, "count")],
    ),
    (
        "health",
        "A pack of 28 tablets will cost £9.90 under the new NHS tariff, down from £14.20.",
        [v(28, "count"), v(9.9, "GBP"), v(14.2, "GBP")],
    ),
    (
        "health",
        "Smoking among Australian adults fell to 10.6 per cent in 2022-23, down 1.6 percentage "
        "points, the survey found.",
        [v(10.6, "percent"), v(1.6, "pp")],
    ),
    (
        "health",
        "Pfizer presented the EPIC-HR results at 9am Eastern time during the second session of the "
        "IDWeek meeting.",
        [],
    ),
    (
        "health",
        "A 71-year-old man from Leeds became the first patient in the UK to receive the gene "
        "therapy, which has a list price of about £1.65m.",
        [v(71, "year_of_age"), v(1.65e6, "GBP")],
    ),
    (
        "health",
        "Obesity drugs could save the US health system between $175bn and $245bn, the think tank's "
        "report estimated.",
        [r(175e9, 245e9, "USD")],
    ),
    (
        "health",
        "Hospitals in Lagos received 3 million doses of the vaccine, enough to cover roughly a "
        "third of children in the state.",
        [v(3e6, "count"), v(1 / 3, "fraction")],
    ),
    (
        "health",
        "One of the nurses on Ward 7 at St Mary's said staff had first raised concerns three weeks "
        "ago.",
        [],
    ),
    # energy
    (
        "energy",
        "Brent crude rose 2.1% to $84.30 a barrel on Thursday after OPEC+ signalled it would "
        "extend output cuts of 2.2 million barrels a day.",
        [v(2.1, "percent"), v(84.3, "USD/bbl"), v(2.2e6, "bbl/day")],
    ),
    (
        "energy",
        "The Hornsea 3 wind farm will have a capacity of 2.9GW, enough to power more than 3 "
        "million homes.",
        [v(2.9, "GW"), v(3e6, "count")],
    ),
    (
        "energy",
        "Ofgem's price cap will fall to £1,568 a year for a typical household from July, a cut of "
        "7 per cent.",
        [v(1568, "GBP/year"), v(7, "percent")],
    ),
    (
        "energy",
        "Petrol in Germany averaged €1.78 a litre last week, while diesel cost €1.65 a litre.",
        [v(1.78, "EUR/L"), v(1.65, "EUR/L")],
    ),
    (
        "energy",
        "The utility said the new solar park at Bhadla in Rajasthan would cost Rs 2,400 crore and "
        "generate 1,200 MW.",
        [v(2.4e10, "INR"), v(1200, "MW")],
    ),
    (
        "energy",
        "EDF said reactor 2 at Flamanville would restart after its 10-year inspection, which began "
        "in 2023.",
        [],
        'a hyphenated measure that types its noun ("10-year inspection") is read as a figure; only '
        "tenors and box sizes have a noun list",
    ),
    (
        "energy",
        "Saudi Aramco posted a quarterly net profit of 121.3 billion riyals, down 14.5 per cent "
        "from a year earlier.",
        [v(121.3e9, "SAR"), v(14.5, "percent")],
    ),
    (
        "energy",
        "TotalEnergies said the Mozambique LNG project would need between 4 and 6 billion euros of "
        "fresh investment.",
        [r(4e9, 6e9, "EUR")],
    ),
    (
        "energy",
        "The battery, built by Tesla at a cost of A$160 million, can store 450 MWh of energy.",
        [v(160e6, "AUD"), v(450, "MWh")],
    ),
    (
        "energy",
        "The Energy Security Bill returns to the Commons for its third reading on 9 May, days "
        "before the G7 summit.",
        [],
    ),
    (
        "energy",
        "Poland's PGE will invest 75 billion zł in offshore wind by 2035, the company said on "
        "Wednesday.",
        [v(75e9, "PLN")],
    ),
    (
        "energy",
        "China added 217 GW of solar capacity last year, more than twice the total installed in "
        "the United States.",
        [v(217, "GW"), v(2, "times")],
    ),
    (
        "energy",
        "German day-ahead power prices fell to minus €135 per MWh on Sunday afternoon as solar "
        "output surged to 40 GW.",
        [v(-135, "EUR/MWh"), v(40, "GW")],
    ),
    # agriculture
    (
        "agriculture",
        "Milling wheat on Euronext rose 1.8 per cent to €228 a tonne on fears over Black Sea "
        "shipments.",
        [v(1.8, "percent"), v(228, "EUR/t")],
    ),
    (
        "agriculture",
        "Farmers in Punjab have sown rice on 3.2 million hectares, 8% more than last year.",
        [v(3.2e6, "ha"), v(8, "percent")],
    ),
    (
        "agriculture",
        "Brazil's soybean harvest is forecast at 147 million tonnes, the agency Conab said, while "
        "exports could earn R$280 billion.",
        [v(147e6, "t"), v(280e9, "BRL")],
    ),
    (
        "agriculture",
        "A cow on the farm produces about 30 litres of milk a day, which the cooperative buys at "
        "38p a litre.",
        [v(30, "L/day"), v(0.38, "GBP/L")],
    ),
    (
        "agriculture",
        "The John Deere 8R tractor on display at the 2024 Royal Highland Show drew crowds from "
        "10am.",
        [],
    ),
    (
        "agriculture",
        "Avian flu forced the culling of 1.5 million hens at an egg farm in Iowa, and a dozen "
        "other farms in the state are under quarantine.",
        [v(1.5e6, "count"), v(12, "count")],
    ),
    (
        "agriculture",
        "Cocoa prices have tripled since January, topping $10,000 a tonne in New York for the "
        "first time.",
        [v(3, "times"), v(10000, "USD/t")],
    ),
    (
        "agriculture",
        "The ministry said 420,000 acres of farmland in California's Central Valley would go "
        "unplanted, with losses of up to $1.7bn.",
        [v(420000, "acre"), v(1.7e9, "USD")],
    ),
    (
        "agriculture",
        "India's sugar output is expected to be between 31 and 32 million tonnes this season.",
        [r(31e6, 32e6, "t")],
    ),
    (
        "agriculture",
        "The co-op was founded in 1921 at 14 Mill Lane, Ballymena, and still meets on the first "
        "Monday of each month.",
        [],
    ),
    (
        "agriculture",
        "Lamb prices at Welshpool market averaged 285p per kg, with a lamb weighing 42kg fetching "
        "£119.",
        [v(2.85, "GBP/kg"), v(42, "kg"), v(119, "GBP")],
    ),
    (
        "agriculture",
        "Drought cut Australia's winter crop by a third, to 47.2 million tonnes, ABARES said.",
        [v(1 / 3, "fraction"), v(47.2e6, "t")],
    ),
    (
        "agriculture",
        "A pumpkin grown by a Minnesota teacher weighed 2,749 lb at the Half Moon Bay contest, "
        "earning him $9 per pound.",
        [v(2749, "lb"), v(9, "USD/lb")],
    ),
    # aviation
    (
        "aviation",
        "Ryanair carried 19.3 million passengers in July, up 11 per cent, with a load factor of "
        "96%.",
        [v(19.3e6, "count"), v(11, "percent"), v(96, "percent")],
    ),
    (
        "aviation",
        "The Boeing 787 operating flight BA117 departed Heathrow Terminal 5 at 8.25am bound for "
        "New York.",
        [],
    ),
    (
        "aviation",
        "Emirates ordered 90 Boeing 777X jets in a deal worth $52bn at list prices.",
        [v(90, "count"), v(52e9, "USD")],
    ),
    (
        "aviation",
        "The Airbus A321XLR can fly up to 8,700 km, about 15 per cent further than the A321LR.",
        [v(8700, "km"), v(15, "percent")],
    ),
    (
        "aviation",
        "The jet was cruising at 37,000 feet when it suddenly dropped about 4,000 feet, injuring "
        "30 passengers.",
        [v(37000, "ft"), v(4000, "ft"), v(30, "count")],
    ),
    (
        "aviation",
        "Heathrow handled 83.9 million passengers last year, 1.5 million more than its previous "
        "record set in 2019.",
        [v(83.9e6, "count"), v(1.5e6, "count")],
    ),
    (
        "aviation",
        "Qantas will pay A$120 million to settle the case, and each affected passenger will get "
        "between A$225 and A$450.",
        [v(120e6, "AUD"), r(225, 450, "AUD")],
    ),
    (
        "aviation",
        "The flight from Singapore to New York, at 15,349 km, takes 18 hours and 40 minutes.",
        [v(15349, "km"), v(67200, "s")],
    ),
    (
        "aviation",
        "Flight QF1 landed on runway 27L at 6.05pm after circling over Sydney for what passengers "
        "said felt like an eternity.",
        [],
    ),
    (
        "aviation",
        "Jet fuel prices rose to $2.45 a gallon, adding about $1.2bn to the airline's annual "
        "costs.",
        [v(2.45, "USD/gal"), v(1.2e9, "USD")],
    ),
    (
        "aviation",
        "The regulator fined Air India ₹30 lakh after a pilot, 59, allowed a friend into the "
        "cockpit.",
        [v(3e6, "INR"), v(59, "year_of_age")],
    ),
    (
        "aviation",
        "Delays cost European airlines about €8bn last summer; at Frankfurt, 38 per cent of "
        "flights left more than 15 minutes late.",
        [v(8e9, "EUR"), v(38, "percent"), v(15, "min")],
    ),
    # courts
    (
        "courts",
        "Mark Delaney, 42, of Bolton, was jailed for 12 years at Manchester Crown Court after "
        "admitting fraud worth £3.4m.",
        [v(42, "year_of_age"), v(12, "year"), v(3.4e6, "GBP")],
    ),
    (
        "courts",
        "The case, listed as No 2:23-cv-01147, will be heard in Courtroom 4B at 10am on 3 March.",
        [],
    ),
    (
        "courts",
        "The judge sentenced the pair to nine and seven years respectively.",
        [v(9, "year"), v(7, "year")],
    ),
    (
        "courts",
        "The trial of twenty-five defendants, expected to last six weeks, will hear from more than "
        "40 witnesses.",
        [v(25, "count"), v(6, "week"), v(40, "count")],
    ),
    (
        "courts",
        "Under Section 8 of the Human Rights Act 1998, the court can award damages, the Supreme "
        "Court ruled on Wednesday.",
        [],
    ),
    (
        "courts",
        "Prosecutors said the 24-year-old driver was travelling at 97 mph on a road where the "
        "limit is 30 mph.",
        [v(24, "year_of_age"), v(97, "mph"), v(30, "mph")],
    ),
    (
        "courts",
        "The Geneva court fined the bank CHF 2.3 million and ordered it to repay CHF 14 million to "
        "clients.",
        [v(2.3e6, "CHF"), v(14e6, "CHF")],
    ),
    (
        "courts",
        "Samsung heir Lee Jae-yong was sentenced to two and a half years in prison for bribery.",
        [v(2.5, "year")],
    ),
    (
        "courts",
        "The former mayor, 63, received a suspended sentence of 18 months and a fine of €50,000.",
        [v(63, "year_of_age"), v(18, "month"), v(50000, "EUR")],
    ),
    (
        "courts",
        "A Johannesburg court ordered the municipality to pay R12 million to the family of the "
        "boy, who was 6 when he fell into an open pit.",
        [v(12e6, "ZAR"), v(6, "year_of_age")],
    ),
    (
        "courts",
        "The appeal in Regina v Okoro will be heard on 12 June, the second such challenge since "
        "the 2019 ruling under Article 6.",
        [],
    ),
    (
        "courts",
        "Apple must pay €13bn in back taxes to Ireland, the European Court of Justice ruled, "
        "ending a legal battle that began eight years ago.",
        [v(13e9, "EUR")],
    ),
    # education
    (
        "education",
        "Tuition fees in England will rise to £9,535 a year from September, the first increase "
        "since 2017.",
        [v(9535, "GBP/year")],
    ),
    (
        "education",
        "About 27.8 per cent of A-level entries were awarded A or A*, down from 28.9 per cent last "
        "year.",
        [v(27.8, "percent"), v(28.9, "percent")],
    ),
    (
        "education",
        "Year 11 pupils at Kingsway Academy sit their first GCSE paper at 9am on 13 May in the "
        "main hall.",
        [],
    ),
    (
        "education",
        "The district will hire 1,200 teachers and cut class sizes to no more than 25 pupils.",
        [v(1200, "count"), v(25, "count")],
    ),
    (
        "education",
        "Harvard's endowment returned 9.6% in the fiscal year, lifting its value to $53.2bn.",
        [v(9.6, "percent"), v(53.2e9, "USD")],
    ),
    (
        "education",
        "Inspectors found crumbling concrete in 174 of the 3,400 schools they visited.",
        [v(174, "count"), v(3400, "count")],
    ),
    (
        "education",
        "Indian universities enrolled 4.3 crore students in 2021-22, up from 3.4 crore five years "
        "earlier.",
        [v(4.3e7, "count"), v(3.4e7, "count")],
    ),
    (
        "education",
        "Student loan interest will be capped at 7.3 per cent, 0.8 percentage points lower than "
        "the rate set in March.",
        [v(7.3, "percent"), v(0.8, "pp")],
    ),
    (
        "education",
        "South Korean families spent a record ₩27.1 trillion on private tutoring last year, the "
        "statistics agency said.",
        [v(27.1e12, "KRW")],
    ),
    (
        "education",
        "Pupils at PS 118 in Queens returned on 5 September, one of the first schools in District "
        "29 to reopen.",
        [],
    ),
    (
        "education",
        "The university will build halls of residence with 600 beds at a cost of £85m.",
        [v(600, "count"), v(85e6, "GBP")],
    ),
    (
        "education",
        "Only two-thirds of pupils leaving primary school met the expected standard in reading, "
        "writing and maths, the Department for Education said.",
        [v(2 / 3, "fraction")],
    ),
    # property
    (
        "property",
        "The average UK house price rose 1.9% in the year to March to £288,000, according to the "
        "ONS.",
        [v(1.9, "percent"), v(288000, "GBP")],
    ),
    (
        "property",
        "The two-bedroom flat in Hackney sold for £615,000, about £950 per square foot.",
        [v(615000, "GBP"), v(950, "GBP/ft2")],
    ),
    (
        "property",
        "Freddie Mac publishes its weekly survey of the 30-year mortgage at noon on Thursdays, and "
        "has done so since 1971.",
        [],
    ),
    (
        "property",
        "The average rate on a 30-year fixed mortgage fell to 6.08%, down 11 basis points from a "
        "week earlier.",
        [v(6.08, "percent"), v(11, "bp")],
    ),
    (
        "property",
        "Hong Kong home prices have dropped about 25 per cent from their 2021 peak, and a flat of "
        "400 sq ft in Tseung Kwan O is now listed at HK$5.2 million.",
        [v(25, "percent"), v(400, "ft2"), v(5.2e6, "HKD")],
    ),
    (
        "property",
        "The developer plans 1,450 homes on the 38-hectare site, a third of them classed as "
        "affordable.",
        [v(1450, "count"), v(38, "ha"), v(1 / 3, "fraction")],
    ),
    (
        "property",
        "The house at 221 Harbour Road, built in 1897, was the first on the street to be listed, "
        "the council said.",
        [],
    ),
    (
        "property",
        "A penthouse at Wallich Residence in Singapore sold for S$73.8 million, or about S$3,000 "
        "per square foot.",
        [v(73.8e6, "SGD"), v(3000, "SGD/ft2")],
    ),
    (
        "property",
        "Homes on the new estate outside Cambridge are priced from £250,000 to £1.1 million.",
        [r(250000, 1.1e6, "GBP")],
    ),
    (
        "property",
        "The Shanghai developer has liabilities of 2.4 trillion yuan and missed a $47m bond "
        "payment on Monday.",
        [v(2.4e12, "CNY"), v(47e6, "USD")],
    ),
    (
        "property",
        "Stamp duty will be charged at 5% on the portion of a price between £250,001 and £925,000.",
        [v(5, "percent"), r(250001, 925000, "GBP")],
    ),
    (
        "property",
        "Swedish house prices have fallen by 12pc, with an average flat in Stockholm now costing "
        "about 4.1 million kronor.",
        [v(12, "percent"), v(4.1e6, "SEK")],
    ),
    (
        "property",
        "Prices in London and Manchester rose 1.2% and 5.1% respectively over the year, Nationwide "
        "said.",
        [v(1.2, "percent"), v(5.1, "percent")],
    ),
    # entertainment
    (
        "entertainment",
        "Barbie took $162m in North America on its opening weekend, and $337m worldwide.",
        [v(162e6, "USD"), v(337e6, "USD")],
    ),
    (
        "entertainment",
        "Taylor Swift played the 100th show of the Eras Tour at Anfield on 13 June, starting at "
        "7.45pm.",
        [],
    ),
    (
        "entertainment",
        "Martin Scorsese's new film runs 3 hours and 26 minutes, making it the longest of his "
        "career.",
        [v(12360, "s")],
    ),
    (
        "entertainment",
        "The 79-year-old singer has sold more than 100 million records and will play 14 dates in "
        "Europe next summer.",
        [v(79, "year_of_age"), v(100e6, "count"), v(14, "count")],
    ),
    (
        "entertainment",
        "Tickets for the reunion tour cost between £73 and £355, with VIP packages at up to "
        "£1,200.",
        [r(73, 355, "GBP"), v(1200, "GBP")],
    ),
    (
        "entertainment",
        "Ocean's Eleven, The Sixth Sense and 2001: A Space Odyssey all return to BBC Two this "
        "Christmas.",
        [],
    ),
    (
        "entertainment",
        "The painting sold at Christie's for $450.3m, nearly four times its estimate.",
        [v(450.3e6, "USD"), v(4, "times")],
    ),
    (
        "entertainment",
        "The Bollywood thriller has earned ₹1,050 crore worldwide, making it the year's biggest "
        "Hindi release.",
        [v(1.05e10, "INR")],
    ),
    (
        "entertainment",
        "Spotify said the album drew 313 million streams on its first day, a record for the "
        "platform.",
        [v(313e6, "count")],
    ),
    (
        "entertainment",
        "The festival, which runs for five days, expects 210,000 visitors, each paying €340 for a "
        "full pass.",
        [v(5, "day"), v(210000, "count"), v(340, "EUR")],
    ),
    (
        "entertainment",
        "K-pop group Seventeen sold 4.5 million copies of its latest album, while its concerts in "
        "Seoul took ₩45bn.",
        [v(4.5e6, "count"), v(45e9, "KRW")],
    ),
    (
        "entertainment",
        "Channel 4's drama, set in 1980s Sheffield, airs at 9pm on Sunday after the Six Nations "
        "coverage.",
        [],
    ),
    # cricket-golf-tennis
    (
        "cricket-golf-tennis",
        "Anderson, 41, took 14 wickets in the series against India, the most by any bowler.",
        [v(41, "year_of_age"), v(14, "count")],
    ),
    (
        "cricket-golf-tennis",
        "Australia beat South Africa 3-1 to win the series, their first triumph there since 2014.",
        [],
    ),
    (
        "cricket-golf-tennis",
        "Scottie Scheffler collected $3.6m from a record purse of $20m after winning the Masters "
        "on Sunday.",
        [v(3.6e6, "USD"), v(20e6, "USD")],
    ),
    (
        "cricket-golf-tennis",
        "Djokovic won his 24th Grand Slam title after a final lasting 3 hours 44 minutes.",
        [v(13440, "s")],
    ),
    (
        "cricket-golf-tennis",
        "Ons Jabeur, ranked sixth in the world, hit a serve clocked at 194 km/h in the opening "
        "set.",
        [v(6, "rank"), v(194, "km/h")],
    ),
    (
        "cricket-golf-tennis",
        "Play at the Oval resumes at 11am, with England 2-0 up in the series and Root on 89 not "
        "out.",
        [],
        'a batter\'s score ("89 not out") reads as a bare count: no rule knows cricket scores',
    ),
    (
        "cricket-golf-tennis",
        "The Saudi-backed LIV tour offers a $25m purse at each of its 14 events.",
        [v(25e6, "USD"), v(14, "count")],
    ),
    (
        "cricket-golf-tennis",
        "Coco Gauff, 19, is now ranked third in the world, having earned more than $8m in prize "
        "money this year.",
        [v(19, "year_of_age"), v(3, "rank"), v(8e6, "USD")],
    ),
    (
        "cricket-golf-tennis",
        "The IPL franchise paid Rs 24.75 crore for Mitchell Starc, the highest price in the "
        "auction's history.",
        [v(2.475e8, "INR")],
    ),
    (
        "cricket-golf-tennis",
        "The Ryder Cup returns to Bethpage Black in 2025, with the first tee shot at 7.10am.",
        [],
    ),
    (
        "cricket-golf-tennis",
        "Wimbledon's total prize money will rise 11.9 per cent to £50m, with the singles champions "
        "receiving £2.7m each.",
        [v(11.9, "percent"), v(50e6, "GBP"), v(2.7e6, "GBP")],
    ),
    (
        "cricket-golf-tennis",
        "The pitch at Lord's measures 22 yards, but the ground slopes 2.5 metres from one side to "
        "the other.",
        [v(22, "yd"), v(2.5, "m")],
    ),
    # motorsport-athletics
    (
        "motorsport-athletics",
        "Eliud Kipchoge won the Berlin Marathon in 2:01:09, breaking his own world record by 30 "
        "seconds.",
        [v(7269, "s"), v(30, "s")],
    ),
    (
        "motorsport-athletics",
        "Max Verstappen took his first Formula 1 win in 2016 in Barcelona, driving car number 33.",
        [],
    ),
    (
        "motorsport-athletics",
        "Usain Bolt's world record of 9.58 seconds, set in Berlin, has stood since 2009.",
        [v(9.58, "s")],
    ),
    (
        "motorsport-athletics",
        "Lewis Hamilton, 39, will earn about £50m a year at Ferrari under a two-year contract.",
        [v(39, "year_of_age"), v(50e6, "GBP/year"), v(2, "year")],
    ),
    (
        "motorsport-athletics",
        "The winning car at Le Mans covered 5,325 km at an average speed of 221 km/h.",
        [v(5325, "km"), v(221, "km/h")],
    ),
    (
        "motorsport-athletics",
        "Faith Kipyegon lowered the women's mile world record to 4:07.64 in Monaco.",
        [v(247.64, "s")],
    ),
    (
        "motorsport-athletics",
        "Verstappen crossed the line first on lap 58 to win the 2023 Abu Dhabi race, his 19th "
        "victory of the season.",
        [],
    ),
    (
        "motorsport-athletics",
        "Red Bull were fined $7m and had their wind-tunnel time cut by 10 per cent for breaching "
        "the cost cap.",
        [v(7e6, "USD"), v(10, "percent")],
    ),
    (
        "motorsport-athletics",
        "Mondo Duplantis cleared 6.24 metres, adding one centimetre to his own world record.",
        [v(6.24, "m"), v(1, "cm")],
    ),
    (
        "motorsport-athletics",
        "The Formula E car reaches 322 km/h and its battery delivers 350 kW.",
        [v(322, "km/h"), v(350, "kW")],
    ),
    (
        "motorsport-athletics",
        "McLaren's crew changed all four tyres in 1.8 seconds, the fastest stop of the season.",
        [v(4, "count"), v(1.8, "s")],
    ),
    (
        "motorsport-athletics",
        "Sifan Hassan, 31, won the Olympic marathon in 2 hours 22 minutes 55 seconds.",
        [v(31, "year_of_age"), v(8575, "s")],
    ),
    # football
    (
        "football",
        "Manchester City beat Arsenal 3-1 on Sunday after trailing in the first half, going top of "
        "the Premier League.",
        [],
    ),
    (
        "football",
        "Chelsea paid £115m for Moisés Caicedo, 21, who signed an eight-year contract.",
        [v(115e6, "GBP"), v(21, "year_of_age"), v(8, "year")],
    ),
    (
        "football",
        "Erling Haaland has scored 52 goals in 53 games for City this season.",
        [v(52, "count"), v(53, "count")],
    ),
    (
        "football",
        "Kick-off at Anfield is at 4.30pm, with the turnstiles at Gate 7 opening two hours "
        "earlier.",
        [],
    ),
    (
        "football",
        "Real Madrid reported revenue of €831m, up 16%, making it the first club to pass €800m.",
        [v(831e6, "EUR"), v(16, "percent"), v(800e6, "EUR")],
    ),
    (
        "football",
        "The final lasted 90 minutes plus 11 minutes of stoppage time before extra time began.",
        [v(90, "min"), v(11, "min")],
    ),
    (
        "football",
        "Al-Hilal agreed to pay the Brazilian forward, 31, about $100m a year, according to "
        "reports.",
        [v(31, "year_of_age"), v(100e6, "USD/year")],
        'the small model tags "forward" (the player) an adverb, so the age apposition has no noun '
        "before its comma",
    ),
    (
        "football",
        "Everton were docked points in November, the first such sanction since the Premier League "
        "began in 1992.",
        [],
    ),
    (
        "football",
        "The new stadium in Lagos will hold 60,000 fans and cost ₦180 billion.",
        [v(60000, "count"), v(180e9, "NGN")],
    ),
    (
        "football",
        "Ticket prices at Tottenham rose by 6 per cent, with the cheapest season ticket now £807.",
        [v(6, "percent"), v(807, "GBP")],
    ),
    (
        "football",
        "Leicester's wage bill was 112% of turnover in 2022-23, the club's accounts show.",
        [v(112, "percent")],
    ),
    (
        "football",
        "Kylian Mbappé ran 11.2 km during the final and hit a top speed of 35.3 km/h.",
        [v(11.2, "km"), v(35.3, "km/h")],
    ),
    # space-science
    (
        "space-science",
        "The James Webb Space Telescope, which cost about $10bn, orbits 1.5 million km from Earth.",
        [v(10e9, "USD"), v(1.5e6, "km")],
    ),
    (
        "space-science",
        "Apollo 11 landed on 20 July 1969, and Artemis II is due to fly no earlier than 2026.",
        [],
    ),
    (
        "space-science",
        "SpaceX's Starship stands 121 metres tall and its Super Heavy booster has 33 Raptor "
        "engines.",
        [v(121, "m"), v(33, "count")],
    ),
    (
        "space-science",
        "The asteroid, about 50 metres wide, will pass within 38,000 km of Earth on Friday.",
        [v(50, "m"), v(38000, "km")],
    ),
    (
        "space-science",
        "Carbon dioxide at Mauna Loa peaked at 424 ppm in May, about 50% above pre-industrial "
        "levels.",
        [v(424, "ppm"), v(50, "percent")],
    ),
    (
        "space-science",
        "India's Chandrayaan-3 mission, which cost Rs 615 crore, landed near the Moon's south "
        "pole.",
        [v(6.15e9, "INR")],
    ),
    (
        "space-science",
        "The Expedition 70 crew will begin their second spacewalk at 8.15am GMT from the Quest "
        "airlock.",
        [],
    ),
    (
        "space-science",
        "Europe's Ariane 6 can lift up to 21.6 tonnes to low Earth orbit.",
        [v(21.6, "t")],
    ),
    (
        "space-science",
        "Researchers said the exoplanet is 1.3 times the size of Earth and orbits its star every "
        "11 days.",
        [v(1.3, "times"), v(11, "day")],
    ),
    (
        "space-science",
        "Arctic sea ice shrank to 4.23 million square kilometres in September, well below the "
        "1981-2010 average.",
        [v(4.23e6, "km2")],
    ),
    (
        "space-science",
        "JAXA's SLIM lander touched down within 55 metres of its target after a 20-minute descent.",
        [v(55, "m"), v(20, "min")],
    ),
    (
        "space-science",
        "The lab's new chip runs at 4.2 GHz, and its prototype quantum processor has 1,121 qubits.",
        [v(4.2, "GHz"), v(1121, "count")],
    ),
    (
        "space-science",
        "An independent review found the Mars sample return mission could cost $8-11bn.",
        [r(8e9, 11e9, "USD")],
    ),
    # elections
    (
        "elections",
        "Labour won 412 seats on 33.7 per cent of the vote, the lowest share for a majority "
        "government.",
        [v(412, "count"), v(33.7, "percent")],
    ),
    (
        "elections",
        "Polls open at 7am and close at 10pm on 4 July, with the first result from Sunderland "
        "expected before midnight.",
        [],
    ),
    (
        "elections",
        "Turnout fell to 59.7%, down 7.6 percentage points from 2019.",
        [v(59.7, "percent"), v(7.6, "pp")],
    ),
    (
        "elections",
        "The latest YouGov poll puts the Conservatives on 20%, down 2 points, and Reform on 17%.",
        [v(20, "percent"), v(2, "pp"), v(17, "percent")],
    ),
    (
        "elections",
        "Narendra Modi's BJP won 240 of the 543 seats in the Lok Sabha, short of the 272 needed "
        "for a majority.",
        [v(240, "count"), v(543, "count"), v(272, "count")],
    ),
    (
        "elections",
        "Ballots for Ward 3 and Precinct 14 were recounted on Tuesday, in one of the closest races "
        "in the county since 1998.",
        [],
    ),
    (
        "elections",
        "In Canada, individual donations to a federal party are capped at C$1,725 a year.",
        [v(1725, "CAD/year")],
    ),
    (
        "elections",
        "The incumbent, 77, won by a margin of 1.2 points, or about 120,000 votes.",
        [v(77, "year_of_age"), v(1.2, "pp"), v(120000, "count")],
    ),
    (
        "elections",
        "Sheinbaum took between 58.3% and 60.7% of the vote, according to the quick count.",
        [r(58.3, 60.7, "percent")],
    ),
    (
        "elections",
        "The Harris campaign said it had raised $1bn and recruited half a million volunteers.",
        [v(1e9, "USD"), v(500000, "count")],
    ),
    ("elections", "Thursday's vote was the first general election held in July since 1945.", []),
    (
        "elections",
        "The Liberal Democrats won 72 seats, up from 11, their best result in a century.",
        [v(72, "count"), v(11, "count")],
    ),
    # jobs
    (
        "jobs",
        "The US economy added 272,000 jobs in May, and the unemployment rate rose to 4%.",
        [v(272000, "count"), v(4, "percent")],
    ),
    (
        "jobs",
        "The UK unemployment rate rose from 4.2% to 4.4% in the three months to April.",
        [v(4.2, "percent"), v(4.4, "percent")],
    ),
    (
        "jobs",
        "The national living wage will increase by 6.7% to £12.21 an hour from April.",
        [v(6.7, "percent"), v(12.21, "GBP/h")],
    ),
    (
        "jobs",
        "Staff at the Sunderland plant moved to a four-day week in 2023, with the early shift "
        "starting at 6am, the union said.",
        [],
        '"a four-day week" names a work pattern, but is read as a duration: types over "week" are '
        "not told from lengths",
    ),
    (
        "jobs",
        "Intel will cut about 15,000 jobs, or 15 per cent of its workforce, to save $10bn.",
        [v(15000, "count"), v(15, "percent"), v(10e9, "USD")],
    ),
    (
        "jobs",
        "Boeing machinists voted to accept a four-year contract with a 38% pay rise.",
        [v(4, "year"), v(38, "percent")],
    ),
    (
        "jobs",
        "Youth unemployment in Spain stands at 26.5 per cent, more than twice the EU average.",
        [v(26.5, "percent"), v(2, "times")],
    ),
    (
        "jobs",
        "Amazon opened its BHX4 fulfilment centre near Coventry in 2018 and has hired there "
        "steadily over the past five years.",
        [],
    ),
    (
        "jobs",
        "South Africa's jobless rate climbed to 33.5%, with 8.2 million people out of work.",
        [v(33.5, "percent"), v(8.2e6, "count")],
    ),
    (
        "jobs",
        "Senior nurses in New Zealand will get a pay rise of up to NZ$10,000 a year, and 3,000 "
        "extra nurses will be hired.",
        [v(10000, "NZD/year"), v(3000, "count")],
    ),
    (
        "jobs",
        "The firm employs 4,300 people in Malaysia, where the minimum wage is RM1,500 a month.",
        [v(4300, "count"), v(1500, "MYR/month")],
    ),
    (
        "jobs",
        "Software engineers in Bangalore now earn 2.5x what they did a decade ago, a recruiter "
        "said.",
        [v(2.5, "times")],
    ),
    (
        "jobs",
        "Average weekly earnings grew 5.6%, while pay adjusted for inflation rose 2.3%.",
        [v(5.6, "percent"), v(2.3, "percent")],
    ),
    # retail
    (
        "retail",
        "Tesco's like-for-like sales rose 4.6%, and the group made a profit of £2.8bn.",
        [v(4.6, "percent"), v(2.8e9, "GBP")],
    ),
    (
        "retail",
        "A loaf of white bread now costs £1.40 on average, up from £1.10 two years ago.",
        [v(1.4, "GBP"), v(1.1, "GBP")],
    ),
    (
        "retail",
        "Currys said laptops running Windows 11 and the iPhone 15 Pro were its top sellers on "
        "Black Friday, 24 November.",
        [],
    ),
    (
        "retail",
        "Black Friday online spending in the US hit $9.8bn, up 7.5% on a year earlier.",
        [v(9.8e9, "USD"), v(7.5, "percent")],
    ),
    (
        "retail",
        "The chain will close 45 stores and shed 2,100 jobs, a spokesman said.",
        [v(45, "count"), v(2100, "count")],
    ),
    (
        "retail",
        "Coffee prices at ICA stores rose to 189 kr a kilo, 23 per cent more than in January.",
        [v(189, "SEK/kg"), v(23, "percent")],
        '"kr" is shared by the Swedish, Norwegian and Danish krone and Icelandic krona: no code is '
        "read from the symbol alone",
    ),
    (
        "retail",
        "Food inflation eased to 1.7 per cent in the year to May, from 19.2 per cent at its peak.",
        [v(1.7, "percent"), v(19.2, "percent")],
    ),
    (
        "retail",
        "Primark's Oxford Street store, opened in 2007, trades from 8am to 10pm on weekdays.",
        [],
    ),
    (
        "retail",
        "Indonesia's GoTo said the value of goods sold on its platform reached Rp 618 trillion.",
        [v(618e12, "IDR")],
    ),
    (
        "retail",
        "Dollar Tree raised its base price by 25 cents to $1.25, its first increase in decades.",
        [v(0.25, "USD"), v(1.25, "USD")],
    ),
    (
        "retail",
        "Polish discounter Biedronka reported sales of 82 billion zł and plans to open 150 new "
        "stores.",
        [v(82e9, "PLN"), v(150, "count")],
    ),
    (
        "retail",
        "Roughly 3/4 of shoppers surveyed said they had cut back on non-essential purchases.",
        [v(3 / 4, "fraction")],
    ),
    # central-banks
    (
        "central-banks",
        "The Bank of England held rates at 5.25% by a vote of 7-2 on Thursday.",
        [v(5.25, "percent")],
    ),
    (
        "central-banks",
        "The Fed cut rates by half a percentage point to a range of 4.75% to 5%.",
        [v(0.5, "pp"), r(4.75, 5, "percent")],
    ),
    (
        "central-banks",
        "The ECB raised its deposit rate by 25 basis points to 4%, its 10th consecutive increase.",
        [v(25, "bp"), v(4, "percent")],
    ),
    (
        "central-banks",
        "Jerome Powell will speak at 2.30pm in Jackson Hole, Wyoming, on the second day of the "
        "2024 symposium.",
        [],
    ),
    (
        "central-banks",
        "The yen weakened past 160 to the dollar, prompting the Bank of Japan to spend ¥9.8 "
        "trillion on intervention.",
        [v(160, "JPY/USD"), v(9.8e12, "JPY")],
    ),
    (
        "central-banks",
        "The Reserve Bank of India kept the repo rate at 6.5 per cent and forecast growth of 7.2 "
        "per cent.",
        [v(6.5, "percent"), v(7.2, "percent")],
    ),
    (
        "central-banks",
        "The 10-year Treasury yield rose 12 basis points to 4.61% after the jobs report.",
        [v(12, "bp"), v(4.61, "percent")],
    ),
    (
        "central-banks",
        "Minutes of the 30-31 January meeting are published three weeks after each decision, at "
        "2pm in Washington.",
        [],
    ),
    (
        "central-banks",
        "Brazil's central bank raised the Selic to 11.25% and signalled further increases of up to "
        "100 basis points.",
        [v(11.25, "percent"), v(100, "bp")],
    ),
    (
        "central-banks",
        "The Bank of England will shrink its bond holdings by £100bn, to about £658bn.",
        [v(100e9, "GBP"), v(658e9, "GBP")],
    ),
    (
        "central-banks",
        "Inflation in Turkey hit 75.4%, and the central bank raised rates from 45% to 50%.",
        [v(75.4, "percent"), v(45, "percent"), v(50, "percent")],
    ),
    (
        "central-banks",
        "The Swiss National Bank cut its policy rate to 1.25%, and the franc fell 0.6% against the "
        "euro.",
        [v(1.25, "percent"), v(0.6, "percent")],
    ),
    (
        "central-banks",
        "The Nigerian central bank raised its benchmark rate by 400 basis points after the naira "
        "lost about two-thirds of its value.",
        [v(400, "bp"), v(2 / 3, "fraction")],
    ),
    (
        "central-banks",
        "The FTSE 100 rose 47.3 points to 8,214.6 after the decision.",
        [v(47.3, "points"), v(8214.6, "points")],
    ),
    # shipping
    (
        "shipping",
        "Freight rates for a 40-foot container from Shanghai to Rotterdam jumped to $5,900 this "
        "week.",
        [v(5900, "USD")],
    ),
    (
        "shipping",
        "The Ever Given, which carries up to 20,000 TEU, blocked the Suez Canal for six days.",
        [v(20000, "TEU"), v(6, "day")],
    ),
    (
        "shipping",
        "The MSC Irina left Berth 14 at the Port of Felixstowe at 4am on 2 May bound for Ningbo.",
        [],
    ),
    (
        "shipping",
        "Rerouting around the Cape of Good Hope adds about 6,000 km and 10 to 14 days to a voyage "
        "from Asia to Europe.",
        [v(6000, "km"), r(10, 14, "day")],
    ),
    (
        "shipping",
        "The Baltic Dry Index fell 83 points to 1,721 on Friday.",
        [v(83, "points"), v(1721, "points")],
    ),
    (
        "shipping",
        "Maersk expects underlying profit of between $1bn and $6bn this year.",
        [r(1e9, 6e9, "USD")],
    ),
    (
        "shipping",
        "The tanker, carrying 2 million barrels of crude, was seized about 80 km off the coast of "
        "Oman.",
        [v(2e6, "bbl"), v(80, "km")],
    ),
    (
        "shipping",
        "Cosco's Pier 2 at the Port of Piraeus, built in 2010, is one of the busiest in the "
        "Mediterranean.",
        [],
    ),
    (
        "shipping",
        "Panama Canal authorities limited the draught of ships to 44 feet as Gatun Lake fell to "
        "24.6 metres.",
        [v(44, "ft"), v(24.6, "m")],
    ),
    (
        "shipping",
        "The ship's cargo of 4,000 cars, including 350 electric vehicles, was written off at a "
        "cost of $155m.",
        [v(4000, "count"), v(350, "count"), v(155e6, "USD")],
    ),
    (
        "shipping",
        "The cargo ship was travelling at about 8 knots when it lost power, 400 metres from the "
        "bridge.",
        [v(8, "kn"), v(400, "m")],
    ),
    (
        "shipping",
        "Very large crude carriers were earning about $60,000 a day on the Middle East to China "
        "route.",
        [v(60000, "USD/day")],
    ),
    (
        "shipping",
        "Rotterdam handled 438.8 million tonnes of cargo last year, down 6.1 per cent.",
        [v(438.8e6, "t"), v(6.1, "percent")],
    ),
]


def test_enough_cases_over_sections():
    n, sections, empty = spread(CASES)
    assert n >= 200 and sections == 18 and empty >= 40


@pytest.mark.parametrize(("text", "figures"), params(CASES))
def test_unseen_case(nlp, text, figures):
    assert_figures(nlp(text), figures)
