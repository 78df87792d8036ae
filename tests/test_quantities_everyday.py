"""An eighth blind case table (held out) for the quantities stage: everyday measures
in news (issue 12).

Every sentence was written for this file, in news style, by someone who read neither the
stage, its rules nor its other tables; each expectation is what a careful annotator reads
under the reading rules below. Sections: consumer, food, energy, motoring, health, science,
geology, property, results, sport, transport and local news. The brief named the rules
added just before it (the article as one of a unit, prices whose denominator comes first,
accountants' negatives, deep time), so that this table measures them. On the first run
164 of 196 cases passed; three general fixes followed ("half a tonne", the idiom "like a
tonne of bricks", and "Myr", which the hand ringgit rule's "MYR" took in any case). Known
failures are `xfail(strict=True)` with what is wrong.
"""

from __future__ import annotations

import pytest

from tests.case_tables import assert_figures, params, r, spread, v

# (section, sentence, figures in text order)
# Reading rules:
# - money is its ISO 4217 code; pence and cents are fractions of the main unit ("12p" is
#   0.12 GBP, "a penny" 0.01 GBP, "a cent" 0.01 USD unless the story's currency is another).
# - scales are multiplied out ("£1.2bn" is 1.2e9 GBP).
# - a change keeps its stated magnitude, positive ("fell 2%" is 2 percent); a written sign
#   stays ("-1.1%" is -1.1 percent, "minus 5C" -5 degC); an accounting negative in
#   parentheses is negative.
# - an index level and a move in points are `points`; in a poll "by 2 points" is `pp`.
# - a duration written in several units ("2 hours and 51 minutes") is ONE figure in `s`.
# - the length of a contract, sentence, tenure or trial measures it ("a 12-year sentence"
#   is v(12, "year")).
# - periods that locate a time ("in the past three months", "last year", "two years ago")
#   are no figures; a geological age ("66 million years ago") IS a figure.
# - tenors and types that name a thing ("the 10-year Treasury", "two-bedroom flat",
#   "a four-door car") are no figures.
# - qualified figures keep the stated value ("about $5bn" is 5e9 USD; "more than 300
#   people" is 300 count).
# - a range is one figure r(low, high, unit); a scale written once is shared ("3 to 5
#   billion euros" is r(3e9, 5e9, "EUR")); each bound keeps its own scale where it has one.
# - "from X to Y" after a verb of change ("rose from 4% to 6%") is two figures, not a range.
# - "respectively" lists give one figure per value.
# - a rate per thing is `A/thing` ("$82 a barrel" is USD/bbl, "£9 an hour" GBP/h, "151 yen
#   to the dollar" JPY/USD, "$1.53 a share" USD/share).
# - multiples ("three times", "doubled", "2.5x") are `times`; a storm category is `rank`.
# - ages are `year_of_age` ("Smith, 34," and "a 71-year-old").
# - years, dates, clock times, ordinals, scores, phone numbers, addresses: no figure.
# - numbers inside names ("Windows 11", "Route 66", "COVID-19", "G20", "Boeing 747"): no
#   figure.
# - a clearly counted noun phrase counts ("two venture funds" is v(2, "count")).
# - "one" as a pronoun or article ("one of the") is no figure.
# Decisions of this table:
# - the indefinite article before a unit of measure or money is ONE of it ("a penny a
#   litre" is v(0.01, "GBP/L"), "a mile from the coast" v(1, "mi")); "half a tonne" is 0.5.
# - idioms and words that only look like units are no figures ("won by a mile", "a second
#   term", "a ton of questions", "set foot on", "a bit of luck", "to a degree", "a stone's
#   throw", "a smart meter", "minute traces").
# - a price whose unit comes first ("a litre of petrol costs 152p", "an hour of parking
#   costs £3.40") is ONE rate figure; a measure listed beside a separate amount is two.
# - a lone amount in parentheses after is/was/were is an accounting negative; a conversion
#   in parentheses after another amount, or a parenthesised amount after a noun, is not.
# - geological and astronomical ages: "3.8 billion years" is year, "66 Ma" Myr, "2.5 Ga"
#   and "4.5 Gyr" Gyr, "15 kyr" kyr; a person's age alone is year_of_age.
CASES = [
    # consumer
    (
        "consumer",
        "The carrier bag charge at Brellow's supermarkets will rise by a penny on Monday, "
        "taking it to 11p.",
        [v(0.01, "GBP"), v(0.11, "GBP")],
    ),
    (
        "consumer",
        "Annual shop price inflation eased to 2.4% in March from 3.1% in February, the "
        "retail consortium said.",
        [v(2.4, "percent"), v(3.1, "percent")],
    ),
    (
        "consumer",
        "Gorrin Electronics cut the price of its basic tablet by £50 to £199 ahead of the "
        "holiday sales.",
        [v(50, "GBP"), v(199, "GBP")],
    ),
    (
        "consumer",
        "The streaming service Plexa will charge £1.99 a month more from June, taking its "
        "standard plan to £12.99 a month.",
        [v(1.99, "GBP/month"), v(12.99, "GBP/month")],
    ),
    (
        "consumer",
        "The consumer confidence index rose 3 points to minus 21 in May, its highest level "
        "in two years.",
        [v(3, "points"), v(-21, "points")],
    ),
    (
        "consumer",
        "Retail analysts say the closure of the Marlow Street store is a real problem for the "
        "town, and a bit of luck will not fix it.",
        [],
    ),
    (
        "consumer",
        "A litre of bottled water at the airport costs €4.50, nearly three times the price "
        "in town, passengers complained.",
        [v(4.5, "EUR/L"), v(3, "times")],
    ),
    (
        "consumer",
        "The new Orla phone comes with a terabyte of storage and sells for $1,199 in the "
        "United States.",
        [v(1, "TB"), v(1199, "USD")],
    ),
    (
        "consumer",
        "Shoppers spent £1.4bn online over the Black Friday weekend, up 6% on a year earlier, "
        "the payments firm Tilly said.",
        [v(1.4e9, "GBP"), v(6, "percent")],
    ),
    (
        "consumer",
        "Rennick's gift cards were offered at a 20% discount, and more than 40,000 cards were "
        "sold, the department store said.",
        [v(20, "percent"), v(40000, "count")],
    ),
    (
        "consumer",
        "First-class stamps will cost 74 cents from July, a rise of a cent, the US postal "
        "service said on Wednesday.",
        [v(0.74, "USD"), v(0.01, "USD")],
    ),
    (
        "consumer",
        "The paper statement fee (£2) will be scrapped from April, Halden Bank told its "
        "customers in a letter.",
        [v(2, "GBP")],
    ),
    (
        "consumer",
        "The leather handbag, priced at €250 (£214), sold out within a morning at the Dumont "
        "boutique in Lyon.",
        [v(250, "EUR"), v(214, "GBP")],
    ),
    (
        "consumer",
        "The dollar weakened against the euro on Friday, making European goods dearer for "
        "American shoppers.",
        [],
    ),
    (
        "consumer",
        "Gorrin customers can trade in an old laptop for a voucher worth up to £150, the "
        "company said.",
        [v(150, "GBP")],
    ),
    (
        "consumer",
        "The discount chain Pricewell said a basket of 20 household items cost £43.60 last "
        "month, against £41.10 a year ago.",
        [v(20, "count"), v(43.6, "GBP"), v(41.1, "GBP")],
    ),
    (
        "consumer",
        "A poll by Marlin Research put support for the sugar tax at 54%, up 3 points on last "
        "spring.",
        [v(54, "percent"), v(3, "pp")],
    ),
    (
        "consumer",
        "Japanese shoppers face dearer imports after the currency weakened to 158 yen to the "
        "dollar this week.",
        [v(158, "JPY/USD")],
    ),
    # food
    (
        "food",
        "A pint of semi-skimmed milk now costs 65p at Tolliver's, the grocery chain said on "
        "Tuesday.",
        [v(0.65, "GBP/pint")],
        "a price after a denominator of 'pint', a unit with no article_unit cue (its singular "
        "is also a drink ordered), stays plain GBP",
    ),
    (
        "food",
        "Chef Anya Morrow's recipe calls for a kilogram of plum tomatoes, 200g of butter and "
        "a litre of chicken stock.",
        [v(1, "kg"), v(200, "g"), v(1, "L")],
    ),
    (
        "food",
        "Roast the lamb at 180C for an hour, then leave it to rest for 20 minutes before carving.",
        [v(180, "degC"), v(1, "h"), v(20, "min")],
        "'for an hour': 'hour' is no article_unit cue (periods 'an hour ago' stay with the "
        "time stage), so the article is not read as one",
    ),
    (
        "food",
        "A kilo of beef mince sells for £6.50 at the Harrowgate market, traders said, and "
        "many stalls have run short.",
        [v(6.5, "GBP/kg")],
    ),
    (
        "food",
        "A pumpkin grown by retired teacher Colin Brask, 68, weighed 1,247kg at the county "
        "show on Saturday.",
        [v(68, "year_of_age"), v(1247, "kg")],
    ),
    (
        "food",
        "Cocoa futures rose 4% to $8,200 a tonne in New York on Wednesday as dry weather hit "
        "West African crops.",
        [v(4, "percent"), v(8200, "USD/t")],
    ),
    (
        "food",
        "Each loaf contains less than a gram of salt, the Brindle Bakery claims on its new labels.",
        [v(1, "g")],
    ),
    (
        "food",
        "Stir in an ounce of grated parmesan and a pinch of salt, then serve the risotto at once.",
        [v(1, "oz")],
    ),
    (
        "food",
        "Critics called the new menu at Fenwick's a pint-sized effort, though they agreed the "
        "chef had gone the extra mile on desserts.",
        [],
    ),
    (
        "food",
        "Olive oil prices have doubled since 2022, with a litre of extra virgin now costing "
        "about €9 in Spanish shops.",
        [v(2, "times"), v(9, "EUR/L")],
    ),
    (
        "food",
        "The Corner Café sold 3,500 mince pies in December and gave £1,200 of the takings to "
        "the hospice.",
        [v(3500, "count"), v(1200, "GBP")],
    ),
    (
        "food",
        "A gallon of maple syrup takes about 40 gallons of sap to make, the Vermont grower "
        "explained to visitors.",
        [v(1, "gal"), v(40, "gal")],
    ),
    (
        "food",
        "Volunteers at the Ashby food bank collected half a tonne of tins and pasta over the "
        "weekend.",
        [v(0.5, "t")],
    ),
    (
        "food",
        "A flat white at Lumen cafés in Dublin will cost 20 cents more from Monday, taking it "
        "to €3.80.",
        [v(0.2, "EUR"), v(3.8, "EUR")],
    ),
    (
        "food",
        "The giant pizza, 1.2 metres across, was cut into 64 slices and shared among the "
        "crowd at the fair.",
        [v(1.2, "m"), v(64, "count")],
    ),
    (
        "food",
        "A pound of ground beef averaged $5.67 in US cities in May, a record, according to "
        "the labor statistics bureau.",
        [v(5.67, "USD/lb")],
        "'a pound of ground beef': 'pound' is no article_unit cue (money or weight), so the "
        "price stays plain USD",
    ),
    (
        "food",
        "Each serving of the new ready meal provides 450kcal and 12g of protein, the maker "
        "Fairleaf says.",
        [v(450, "kcal"), v(12, "g")],
        "'450kcal' glued is not read: the kcal form is not keyed glued to digits",
    ),
    (
        "food",
        "Adults should eat no more than 30g of free sugars a day, the new dietary guidance says.",
        [v(30, "g/day")],
    ),
    # energy
    (
        "energy",
        "Fuel duty fell by a penny a litre in the budget, the first cut in more than a decade.",
        [v(0.01, "GBP/L")],
    ),
    (
        "energy",
        "A litre of petrol now costs 152p on average, according to the motoring group Roadwise.",
        [v(1.52, "GBP/L")],
    ),
    (
        "energy",
        "The price of a barrel of Brent crude rose to $84 on Thursday after the outage on a "
        "North Sea pipeline.",
        [v(84, "USD/bbl")],
    ),
    (
        "energy",
        "Oil slipped by a dollar a barrel in early Asian trading as stockpiles rose for a "
        "third week.",
        [v(1, "USD/bbl")],
    ),
    (
        "energy",
        "The energy price cap will fall 7% to £1,568 a year for a typical household from "
        "July, the regulator said.",
        [v(7, "percent"), v(1568, "GBP/year")],
    ),
    (
        "energy",
        "Electricity unit rates will drop to 24.5p a kilowatt-hour, while the standing charge "
        "rises to 60p a day.",
        [v(0.245, "GBP/kWh"), v(0.6, "GBP/day")],
    ),
    (
        "energy",
        "A smart meter was fitted at the flat, but the reading still showed the old tariff, "
        "which the tenant called a real headache.",
        [],
    ),
    (
        "energy",
        "The Kelso wind farm's 40 turbines each generate about a megawatt when the wind "
        "blows steadily.",
        [v(40, "count"), v(1, "MW")],
    ),
    (
        "energy",
        "A kilowatt-hour of electricity from the community solar scheme costs members 18p, "
        "the co-operative said.",
        [v(0.18, "GBP/kWh")],
        "'a kilowatt-hour' is a hyphenated unit after the article, which the article_unit rule "
        "does not read",
    ),
    (
        "energy",
        "Diesel averaged $3.89 a gallon across the United States last week, the energy "
        "agency reported.",
        [v(3.89, "USD/gal")],
    ),
    (
        "energy",
        "Customers must order at least 500 litres of heating oil to qualify for the 5% winter "
        "discount.",
        [v(500, "L"), v(5, "percent")],
    ),
    (
        "energy",
        "The new nuclear plant at Hensby will generate 3.2GW, enough for about six million "
        "homes, its backers say.",
        [v(3.2, "GW"), v(6e6, "count")],
    ),
    (
        "energy",
        "Corrin Energy said 1.2 million customers were in arrears, owing an average of £340 each.",
        [v(1.2e6, "count"), v(340, "GBP")],
    ),
    (
        "energy",
        "The price of a tonne of carbon in the European market fell to €68 on Friday, "
        "traders said.",
        [v(68, "EUR/t")],
    ),
    (
        "energy",
        "Supermarkets cut the price of unleaded by 5p a litre on Friday, bringing the average "
        "to 139.9p a litre.",
        [v(0.05, "GBP/L"), v(1.399, "GBP/L")],
    ),
    # motoring
    (
        "motoring",
        "The new Veltra hatchback does 58 miles to the gallon and costs £21,995, making it the "
        "cheapest hybrid on sale.",
        [v(58, "mi/gal"), v(21995, "GBP")],
        "'58 miles to the gallon': 'to the' builds exchange rates of money only, not a rate of "
        "measures",
    ),
    (
        "motoring",
        "A driver was fined £200 and given six penalty points for doing 52mph on a road where "
        "the limit is 30mph.",
        [v(200, "GBP"), v(6, "count"), v(52, "mph"), v(30, "mph")],
    ),
    (
        "motoring",
        "Electric car sales rose 18% to 31,400 cars in May, taking a 21.5% share of the new "
        "car market.",
        [v(18, "percent"), v(31400, "count"), v(21.5, "percent")],
    ),
    (
        "motoring",
        "The recall covers 84,000 vehicles built between 2019 and 2021 whose brake hoses can "
        "crack in cold weather.",
        [v(84000, "count")],
    ),
    (
        "motoring",
        "The rally driver inched past his rival on the final stage and finished a hair's "
        "breadth ahead of him.",
        [],
    ),
    (
        "motoring",
        "The electric estate's battery pack adds nearly half a tonne, making it far heavier "
        "than the petrol model.",
        [v(0.5, "t")],
    ),
    (
        "motoring",
        "Tyre tread must be at least 1.6mm deep by law, but garages recommend replacing tyres "
        "at 3mm.",
        [v(1.6, "mm"), v(3, "mm")],
    ),
    (
        "motoring",
        "An American tourist paid a £40 ($51) fee to release a car clamped outside the "
        "Ludgate hotel.",
        [v(40, "GBP"), v(51, "USD")],
    ),
    (
        "motoring",
        "Parking at the retail park costs £2.50 an hour, capped at £12 a day, under the new "
        "operator.",
        [v(2.5, "GBP/h"), v(12, "GBP/day")],
    ),
    (
        "motoring",
        "The average annual car insurance premium rose £77 to £995 in the first quarter, the "
        "broker Covewell said.",
        [v(77, "GBP"), v(995, "GBP")],
    ),
    (
        "motoring",
        "The Tarrant GT reaches 62mph in 3.4 seconds and has a top speed of 180mph, its maker "
        "claims.",
        [v(62, "mph"), v(3.4, "s"), v(180, "mph")],
    ),
    (
        "motoring",
        "The four-door saloon, launched in 2018, will be replaced next spring by a seven-seat "
        "SUV, the carmaker said.",
        [],
    ),
    (
        "motoring",
        "Ms Clarke's car was ticketed although it sat barely a metre into the loading bay, her "
        "appeal letter argued.",
        [v(1, "m")],
    ),
    (
        "motoring",
        "Drivers in the Brenton scheme who cover fewer than 5,000 miles a year save up to 30% "
        "on their cover.",
        [v(5000, "mi/year"), v(30, "percent")],
    ),
    # health
    (
        "health",
        "She drank a litre of water before the scan, as the clinic at St Aldo's had instructed.",
        [v(1, "L")],
    ),
    (
        "health",
        "The number of patients waiting more than 18 weeks at Harwick General fell by 2,300 "
        "to 41,700 in June.",
        [v(18, "week"), v(2300, "count"), v(41700, "count")],
    ),
    (
        "health",
        "A second opinion from a specialist found the tumour was benign, to the family's "
        "great relief.",
        [],
    ),
    (
        "health",
        "The trial found the drug cut the risk of stroke by 24%, and patients lost 6kg on average.",
        [v(24, "percent"), v(6, "kg")],
    ),
    (
        "health",
        "Dr Priya Nandal, 52, said a gram of the powder held enough fentanyl to kill dozens "
        "of people.",
        [v(52, "year_of_age"), v(1, "g")],
        "'dozens of people' is read as a vague range of people (a count the table leaves out "
        "as no figure)",
    ),
    (
        "health",
        "Inspectors found minute traces of peanut in a batch of 1,200 cereal bars sold as "
        "nut-free.",
        [v(1200, "count")],
    ),
    (
        "health",
        "Prescription charges in England will rise by 25p to £9.90 an item from April, the "
        "health department said.",
        [v(0.25, "GBP"), v(9.9, "GBP/item")],
    ),
    (
        "health",
        "The new hospital wing, costing £48m, will add 120 beds when it opens in 2027.",
        [v(48e6, "GBP"), v(120, "count")],
    ),
    (
        "health",
        "Nurses at three hospitals in the county will strike for a week from Monday in a "
        "dispute over pay.",
        [v(3, "count"), v(1, "week")],
        "'strike for a week': 'week' is no article_unit cue (periods), so the article is not "
        "read as one",
    ),
    (
        "health",
        "Volunteers in the Leeds study who walked a mile a day had 20% fewer falls than those "
        "who did not.",
        [v(1, "mi/day"), v(20, "percent")],
    ),
    (
        "health",
        "The flu vaccine will be offered to everyone over 65 and to children aged two and "
        "three this winter.",
        [v(65, "year_of_age"), v(2, "year_of_age"), v(3, "year_of_age")],
        "'everyone over 65' is read as a count: no age cue before 'over'",
    ),
    (
        "health",
        "Dentist Tom Hale, a 47-year-old from Kendal, was struck off after a hearing that "
        "lasted 2 hours and 40 minutes.",
        [v(47, "year_of_age"), v(9600, "s")],
    ),
    (
        "health",
        "The new chief nurse, who holds a degree in public health, said the trust had shown "
        "not an ounce of urgency.",
        [],
    ),
    (
        "health",
        "Users of the weight-loss jab lost 15% of their body weight over 68 weeks in the "
        "Halvern trial.",
        [v(15, "percent"), v(68, "week")],
        "'over 68 weeks' after a change and its figure is read as the change's period (the "
        "time stage's)",
    ),
    # science
    (
        "science",
        "The probe passed within 1,600km of the lunar surface while travelling at about "
        "11,000km/h, mission staff said.",
        [v(1600, "km"), v(11000, "km/h")],
    ),
    (
        "science",
        "No astronaut has set foot on the moon since 1972, a fact the agency's new chief "
        "called an embarrassment.",
        [],
    ),
    (
        "science",
        "The telescope's main mirror is 6.5 metres across and must be kept below minus 223C "
        "to work.",
        [v(6.5, "m"), v(-223, "degC")],
    ),
    (
        "science",
        "The asteroid grains returned by the Ishana capsule weigh less than a milligram each, "
        "but scientists call them priceless.",
        [v(1, "mg")],
    ),
    (
        "science",
        "Engineers at the Tallis lab say their laser can measure the gap to a satellite to "
        "within a millimetre.",
        [v(1, "mm")],
    ),
    (
        "science",
        "The exoplanet orbits its star every 3.7 days and has a surface temperature of about "
        "1,200K, the team reports.",
        [v(3.7, "day"), v(1200, "K")],
        "'1,200K': a kelvin glued after a thousands separator is not read (a 'K' after digits "
        "may be thousands)",
    ),
    (
        "science",
        "A rival group is a light year ahead in battery chemistry, a researcher admitted, "
        "though to a degree the gap is closing.",
        [],
    ),
    (
        "science",
        "The prototype chip stores a gigabyte of data in a space smaller than a grain of "
        "rice, its designers say.",
        [v(1, "GB")],
    ),
    (
        "science",
        "The station orbits at about 400km and circles the Earth every 90 minutes, giving its "
        "crew many sunrises a day.",
        [v(400, "km"), v(90, "min")],
    ),
    (
        "science",
        "The survey's archive holds 340TB of images gathered by 60 telescopes in four countries.",
        [v(340, "TB"), v(60, "count"), v(4, "count")],
    ),
    (
        "science",
        "The leaked review raised a ton of questions about the mission, whose budget had "
        "already grown by $1.1bn.",
        [v(1.1e9, "USD")],
    ),
    (
        "science",
        "Light from the faint galaxy set out 13.1 billion years ago, when the universe was "
        "still young.",
        [v(13.1e9, "year")],
    ),
    (
        "science",
        "The Sun is about 4.6 Gyr old and will swell into a red giant in roughly 5 Gyr, the "
        "lecture explained.",
        [v(4.6, "Gyr"), v(5, "Gyr")],
    ),
    (
        "science",
        "The rover drove a kilometre across the crater floor last month, a record distance "
        "for the mission.",
        [v(1, "km")],
    ),
    (
        "science",
        "The Pellan weather satellite weighs 1.8 tonnes and will sit 36,000km above the equator.",
        [v(1.8, "t"), v(36000, "km")],
    ),
    # geology
    (
        "geology",
        "Geologists dated the gneiss at Tarn Ridge at 3.8 billion years old, among the oldest "
        "rocks on Earth.",
        [v(3.8e9, "year")],
        "'3.8 billion years old' of rocks is read as an age (year_of_age): ages are not told "
        "from the age of things",
    ),
    (
        "geology",
        "The asteroid struck about 66 Ma ago and wiped out the dinosaurs, the paper's authors "
        "note.",
        [v(66, "Myr")],
    ),
    (
        "geology",
        "Zircon grains in the drill core point to a 2.5 Ga crust lying beneath the basin, the "
        "survey said.",
        [v(2.5, "Gyr")],
    ),
    (
        "geology",
        "Models suggest the inner core began to freeze less than 1 Gyr ago, much later than "
        "once thought.",
        [v(1, "Gyr")],
    ),
    (
        "geology",
        "The marine reptile found in a Dorset quarry lived roughly 150 million years ago, "
        "museum staff said.",
        [v(150e6, "year")],
    ),
    (
        "geology",
        "The lake formed when the glaciers retreated about 15 kyr ago, the mapping team found.",
        [v(15, "kyr")],
    ),
    (
        "geology",
        "The basalts of the plateau erupted about 183 Ma ago over a span of less than 1 Myr.",
        [v(183, "Myr"), v(1, "Myr")],
    ),
    (
        "geology",
        "The crater near Lake Orrin was gouged out roughly a billion years ago and has since "
        "been worn almost flat.",
        [v(1e9, "year")],
    ),
    (
        "geology",
        "Sea levels have risen by about 20cm since 1900, and the panel expects up to another "
        "metre by 2100 on the worst path.",
        [v(20, "cm"), v(1, "m")],
        "'up to another metre by 2100': 'another metre' has no article and '2100' (a year "
        "beyond the year rule's range) reads as a count",
    ),
    (
        "geology",
        "Global temperatures last year were 1.2C above the pre-industrial average, the Norland "
        "climate institute said.",
        [v(1.2, "degC")],
    ),
    (
        "geology",
        "The chalk cliff at Sallow Head is retreating by about a metre a year, putting 14 "
        "homes at risk.",
        [v(1, "m/year"), v(14, "count")],
    ),
    (
        "geology",
        "The new quarry lies a stone's throw from Ashcombe primary school, and parents say "
        "the blasting is a worry.",
        [],
    ),
    (
        "geology",
        "The Brack glacier has lost a kilometre of its length since the 1980s, photographs show.",
        [v(1, "km")],
    ),
    (
        "geology",
        "More than 120mm of rain fell on the town of Carrow in 24 hours, the weather service said.",
        [v(120, "mm"), v(24, "h")],
    ),
    (
        "geology",
        "Temperatures dropped to minus 14C in the Highlands overnight, and roads were "
        "closed by ice.",
        [v(-14, "degC")],
    ),
    (
        "geology",
        "Arctic sea ice shrank to 4.2 million square kilometres in September, the "
        "second-lowest extent on record.",
        [v(4.2e6, "km2")],
    ),
    (
        "geology",
        "Winters in the valley have warmed by a degree Celsius since records began, the "
        "report found.",
        [v(1, "degC")],
        "'a degree Celsius': 'degree' is no article_unit cue ('to a degree')",
    ),
    (
        "geology",
        "Hurricane Delia strengthened into a category 4 storm with winds of 130mph before it "
        "reached the coast.",
        [v(4, "rank"), v(130, "mph")],
    ),
    # property
    (
        "property",
        "The average house price in Wexley rose 3.2% to £287,000 in the year to March, the "
        "Landmark index showed.",
        [v(3.2, "percent"), v(287000, "GBP")],
    ),
    (
        "property",
        "A two-bedroom flat overlooking the harbour sold for £415,000, about £60,000 above "
        "the asking price.",
        [v(415000, "GBP"), v(60000, "GBP")],
    ),
    (
        "property",
        "Prime office space in the city centre now rents for £38 a square foot, agents "
        "Hollis & Grey said.",
        [v(38, "GBP/ft2")],
    ),
    (
        "property",
        "A square foot of prime office space in Midtown now rents for $92, the broker Stanmore "
        "said.",
        [v(92, "USD/ft2")],
        "'A square foot of ... rents for $92': a two-word unit after the article is not read "
        "as one",
    ),
    (
        "property",
        "The farmhouse comes with an acre of orchard and a hectare of ancient woodland, the "
        "agents say.",
        [v(1, "acre"), v(1, "ha")],
    ),
    (
        "property",
        "The lender cut its two-year fixed rate by 15 basis points to 4.59% on Wednesday.",
        [v(15, "bp"), v(4.59, "percent")],
    ),
    (
        "property",
        "The cottage sits a stone's throw from the beach, and its owners say a buyer will "
        "need a bit of luck to get it.",
        [],
    ),
    (
        "property",
        "Average rents in the city rose 9% to £1,150 a month, while listings of homes to let "
        "fell 14%.",
        [v(9, "percent"), v(1150, "GBP/month"), v(14, "percent")],
    ),
    (
        "property",
        "Plans for 450 homes on a 12-hectare site at Brook Farm were approved by the council "
        "on Tuesday.",
        [v(450, "count"), v(12, "ha")],
    ),
    (
        "property",
        "Stamp duty on the £1.2m house in Richmond came to £63,750, the buyers' solicitor said.",
        [v(1.2e6, "GBP"), v(63750, "GBP")],
    ),
    (
        "property",
        "Developer Harl Homes will build 38 flats on the former depot, with 11 flats set aside "
        "for social rent.",
        [v(38, "count"), v(11, "count")],
    ),
    (
        "property",
        "Hill land in the Scottish Borders sold for an average of £4,100 a hectare last year, "
        "a survey found.",
        [v(4100, "GBP/ha")],
    ),
    (
        "property",
        "An acre of farmland near Ludlow now fetches about £11,000, twice the level of a "
        "decade ago.",
        [v(11000, "GBP/acre"), v(2, "times")],
    ),
    (
        "property",
        "First-time buyers are taking out 35-year mortgages to cope with prices, and 40% now "
        "borrow over that term.",
        [v(35, "year"), v(40, "percent")],
        "'35-year mortgages' are read as a tenor that names a thing; the table reads the "
        "length of a contract",
    ),
    (
        "property",
        "The bungalow stands on half an acre at the edge of Pelling and has a garage 6 metres "
        "long.",
        [v(0.5, "acre"), v(6, "m")],
    ),
    # results
    (
        "results",
        "Operating profit was (£3.1m) against £2.4m a year earlier, the Fenmore Group said in "
        "its interim statement.",
        [v(-3.1e6, "GBP"), v(2.4e6, "GBP")],
    ),
    (
        "results",
        "Pre-tax profit at Harlow Joinery was (£1.8m) for the half, compared with £0.6m a year "
        "before.",
        [v(-1.8e6, "GBP"), v(0.6e6, "GBP")],
    ),
    (
        "results",
        "Net cash from operations was ($12.4m) in the third quarter, the filing by Brightwater "
        "Inc showed.",
        [v(-12.4e6, "USD")],
    ),
    (
        "results",
        "Free cash flow for the year is (£650,000), the directors of Quayle Marine said in "
        "the annual report.",
        [v(-650000, "GBP")],
    ),
    (
        "results",
        "Segment results were (€4.2m) in retail and €7.9m in wholesale, giving a group total "
        "of €3.7m.",
        [v(-4.2e6, "EUR"), v(7.9e6, "EUR"), v(3.7e6, "EUR")],
    ),
    (
        "results",
        "Underlying earnings were (£0.9m), the board of Castellan said, but revenue rose 11% "
        "to £46m.",
        [v(-0.9e6, "GBP"), v(11, "percent"), v(46e6, "GBP")],
    ),
    (
        "results",
        "Operating margin at Pexton Retail was (1.4%) in the quarter, compared with 2.2% a "
        "year earlier.",
        [v(-1.4, "percent"), v(2.2, "percent")],
    ),
    (
        "results",
        "Profit after tax for the period was (A$5.7m), Kookaburra Freight told the exchange "
        "on Monday.",
        [v(-5.7e6, "AUD")],
    ),
    (
        "results",
        "Tarrow Systems won a €12m (£10.3m) order from a German rail operator, lifting its "
        "shares 8%.",
        [v(12e6, "EUR"), v(10.3e6, "GBP"), v(8, "percent")],
    ),
    (
        "results",
        "The break fee (£20m) agreed with the rival bidder was paid in full, Colbeck said.",
        [v(20e6, "GBP")],
    ),
    (
        "results",
        "Cash at the year end was £14.2m (2023: £9.8m), and the group has no borrowings.",
        [v(14.2e6, "GBP"), v(9.8e6, "GBP")],
    ),
    (
        "results",
        "Revenue at Dunmere plc rose 14% to £2.3bn, and the dividend was raised to 12.5p a share.",
        [v(14, "percent"), v(2.3e9, "GBP"), v(0.125, "GBP/share")],
    ),
    (
        "results",
        "Quarterly sales at Vantor fell from $410m to $388m, and the group said it would cut "
        "600 jobs.",
        [v(410e6, "USD"), v(388e6, "USD"), v(600, "count")],
    ),
    (
        "results",
        "Chief executive Rhona Delacey, who secured a second term last year, said the results "
        "were a real achievement.",
        [],
    ),
    (
        "results",
        "Analysts expect full-year profit of between £40m and £45m, against £38m last year.",
        [r(40e6, 45e6, "GBP"), v(38e6, "GBP")],
    ),
    (
        "results",
        "Shares in Pellow Mining edged up by a penny to 48p after it confirmed the sale of its "
        "Welsh site.",
        [v(0.01, "GBP"), v(0.48, "GBP")],
    ),
    (
        "results",
        "Revenue and operating profit at Corwen Foods rose 8% and 12% respectively, beating "
        "forecasts.",
        [v(8, "percent"), v(12, "percent")],
    ),
    (
        "results",
        "Stahlwerk Brenner expects to invest 3 to 5 billion euros in low-carbon furnaces by "
        "2030, its finance chief said.",
        [r(3e9, 5e9, "EUR")],
    ),
    (
        "results",
        "Shares in Holloway Leisure trade at 2.5x book value after rising 40% since the bid "
        "approach.",
        [v(2.5, "times"), v(40, "percent")],
    ),
    (
        "results",
        "The FTSE 100 rose 48 points to 8,210 as miners rallied on hopes of Chinese stimulus.",
        [v(48, "points"), v(8210, "points")],
    ),
    (
        "results",
        "Regulators came down on Orsby Capital like a tonne of bricks, and its founder said "
        "they wanted their pound of flesh.",
        [],
    ),
    (
        "results",
        "Bankers in the Square Mile expect the merger to go ahead, though the penny has yet "
        "to drop for some shareholders.",
        [],
    ),
    # sport
    (
        "sport",
        "Rovers won 3-1 at Dellham Park on Saturday, and their manager said his side had won "
        "by a mile.",
        [],
    ),
    (
        "sport",
        "The winger's shot stopped a yard short of the line as United held on for a 1-0 win "
        "in front of 41,000 fans.",
        [v(1, "yd"), v(41000, "count")],
        "'a yard short': 'yard' is no article_unit cue (a garden)",
    ),
    (
        "sport",
        "Kenyan runner Alice Mwangi, 27, won the Harbour City marathon in 2 hours, 21 "
        "minutes and 4 seconds.",
        [v(27, "year_of_age"), v(8464, "s")],
    ),
    (
        "sport",
        "The club signed the striker on a four-year contract worth £120,000 a week, the "
        "biggest in its history.",
        [v(4, "year"), v(120000, "GBP/week")],
    ),
    (
        "sport",
        "The veteran goalkeeper, who first set foot in the stadium as a ball boy, was given a "
        "standing ovation.",
        [],
    ),
    (
        "sport",
        "Golfer Rhys Tallon holed a putt from 60 feet on the 18th to win the £1.5m first prize.",
        [v(60, "ft"), v(1.5e6, "GBP")],
    ),
    (
        "sport",
        "The stage includes a kilometre of cobbles at a gradient of 11%, the section the "
        "riders fear most.",
        [v(1, "km"), v(11, "percent")],
    ),
    (
        "sport",
        "Swimmer Jo Ferris knocked a second off her own British record, touching in 2 "
        "minutes 6.4 seconds.",
        [v(1, "s"), v(126.4, "s")],
        "'knocked a second off': 'second' is no article_unit cue (an ordinal)",
    ),
    (
        "sport",
        "Tickets for the cup final are priced at £45 to £220, and 8,000 seats have been set "
        "aside for each club.",
        [r(45, 220, "GBP"), v(8000, "count")],
    ),
    (
        "sport",
        "The heavyweight champion weighed in at 112kg, with his challenger 4kg lighter.",
        [v(112, "kg"), v(4, "kg")],
    ),
    (
        "sport",
        "The new stadium will hold 62,000 spectators and cost about £900m, the club's "
        "chairman said.",
        [v(62000, "count"), v(900e6, "GBP")],
    ),
    (
        "sport",
        "Her winning throw of 68.2 metres beat the world champion by a metre in the last round.",
        [v(68.2, "m"), v(1, "m")],
    ),
    (
        "sport",
        "The wicketkeeper, 35, announced his retirement after a 15-year career with the county.",
        [v(35, "year_of_age"), v(15, "year")],
        "'The wicketkeeper, 35,': the age apposition after this noun is read as a count",
    ),
    (
        "sport",
        "The tournament's prize fund rose 11% to £50m, with £2.7m going to each singles champion.",
        [v(11, "percent"), v(50e6, "GBP"), v(2.7e6, "GBP")],
    ),
    (
        "sport",
        "The pint-sized scrum-half was a foot soldier for the club for years before his call "
        "to the national side.",
        [],
    ),
    # transport
    (
        "transport",
        "The new ferry crossing to Brannock takes an hour and costs £14 for foot passengers.",
        [v(1, "h"), v(14, "GBP")],
        "'takes an hour': 'hour' is no article_unit cue, so the article is not read as one",
    ),
    (
        "transport",
        "Rail fares will rise 4.6% in March, the smallest increase in three years, the "
        "transport secretary said.",
        [v(4.6, "percent")],
    ),
    (
        "transport",
        "Peak single fares between Orford and the city will be capped at £5, saving commuters "
        "up to £1,200 a year.",
        [v(5, "GBP"), v(1200, "GBP/year")],
    ),
    (
        "transport",
        "An hour of parking at Kingsgate station costs £3.40, among the highest charges in "
        "the region.",
        [v(3.4, "GBP/h")],
        "'An hour of parking costs £3.40': 'hour' is no article_unit cue, so the price stays "
        "plain GBP",
    ),
    (
        "transport",
        "Passengers may now carry up to two litres of liquids in hand luggage through the new "
        "scanners at Ferrow airport.",
        [v(2, "L")],
    ),
    (
        "transport",
        "Staff said the boy carried only a litre of water and a £10 note when he was found at "
        "the station.",
        [v(1, "L"), v(10, "GBP")],
    ),
    (
        "transport",
        "The tram extension will run for 6.4km and serve nine new stops when it opens.",
        [v(6.4, "km"), v(9, "count")],
    ),
    (
        "transport",
        "Flights at Ferrow were delayed by up to 3 hours and 15 minutes after a radar fault "
        "on Sunday.",
        [v(11700, "s")],
        "'up to 3 hours and 15 minutes': a qualifier before a compound duration stops it at "
        "its first unit",
    ),
    (
        "transport",
        "Passengers on the number 47 bus say the service has not run on time since the "
        "timetable changed in April.",
        [],
        "'the number 47 bus': a route number after 'number' is read as a count",
    ),
    (
        "transport",
        "The toll on the Harbor Bridge will rise by a dollar to $8 for cars without a transponder.",
        [v(1, "USD"), v(8, "USD")],
    ),
    (
        "transport",
        "Trains on the Kestrel line will reach 320km/h, cutting the journey between the two "
        "cities to 49 minutes.",
        [v(320, "km/h"), v(49, "min")],
        "'the two cities' (a reference) is read as a count",
    ),
    (
        "transport",
        "Dunfield airport handled 28.4 million passengers last year, up 9%, and wants to build "
        "a second runway.",
        [v(28.4e6, "count"), v(9, "percent")],
    ),
    (
        "transport",
        "Cruise ships will now berth a kilometre from the old town, and a shuttle bus will "
        "cost €2 each way.",
        [v(1, "km"), v(2, "EUR")],
        "'€2 each way' is read as a rate per way",
    ),
    (
        "transport",
        "A gallon of jet fuel cost US carriers an average of $2.60 in June, the airline trade "
        "group said.",
        [v(2.6, "USD/gal")],
    ),
    (
        "transport",
        "The new catamaran has a top speed of 38 knots and carries 400 passengers and 90 cars.",
        [v(38, "kn"), v(400, "count"), v(90, "count")],
    ),
    (
        "transport",
        "Bus fares in Triesta will go up by a euro from January to pay for new shelters, the "
        "transport authority said.",
        [v(1, "EUR")],
    ),
    # local
    (
        "local",
        "The village of Stowick sits a mile from the coast, but residents face a 12-mile "
        "detour while the bridge is shut.",
        [v(1, "mi"), v(12, "mi")],
    ),
    (
        "local",
        "The parish council's surplus was (£4,200) for the year, the clerk told a meeting "
        "attended by 35 residents.",
        [v(-4200, "GBP"), v(35, "count")],
    ),
    (
        "local",
        "Ashby library will open for an extra hour on Saturdays after volunteers raised £3,000.",
        [v(1, "h"), v(3000, "GBP")],
        "'an extra hour': 'hour' is no article_unit cue, and an adjective stands between",
    ),
    (
        "local",
        "Council tax will rise 4.99% in April, adding about £92 a year to a Band D bill.",
        [v(4.99, "percent"), v(92, "GBP/year")],
    ),
    (
        "local",
        "Residents of Elm Close, who live a stone's throw from the planned incinerator, say "
        "the council has been a bit slow to listen.",
        [],
    ),
    (
        "local",
        "The pothole on Mill Lane is nearly a foot deep and has damaged 14 cars, a local "
        "garage says.",
        [v(1, "ft"), v(14, "count")],
        "'a foot deep': 'foot' is no article_unit cue ('set foot')",
    ),
    (
        "local",
        "Volunteers planted 2,000 trees on a hectare of former farmland outside Brayford on "
        "Sunday.",
        [v(2000, "count"), v(1, "ha")],
    ),
    (
        "local",
        "An 82-year-old woman was rescued from her flat in Carlow Road after a fire broke out "
        "just after 3am.",
        [v(82, "year_of_age")],
    ),
    (
        "local",
        "The council will spend £1.2m resurfacing 40 miles of rural roads over the summer.",
        [v(1.2e6, "GBP"), v(40, "mi")],
    ),
    (
        "local",
        "Darren Pike, 29, of Holt Street, was jailed for six years at Norwich Crown Court for "
        "a string of burglaries.",
        [v(29, "year_of_age"), v(6, "year")],
    ),
    (
        "local",
        "Mayor Janet Oduya, who won a second term in May, said the town would not give an "
        "inch on its green belt.",
        [],
    ),
    (
        "local",
        "The footbridge, 42 metres long, will be lifted into place on Sunday and the road "
        "closed for 36 hours.",
        [v(42, "m"), v(36, "h")],
    ),
    (
        "local",
        "The allotment society has 120 people on its waiting list and charges £45 a plot.",
        [v(120, "count"), v(45, "GBP/plot")],
    ),
    (
        "local",
        "Schools in the valley stayed open although about an inch of snow fell overnight and "
        "temperatures sank to minus 6C.",
        [v(1, "in"), v(-6, "degC")],
    ),
    (
        "local",
        "Traders on the Golden Mile say the new one-way system has cost them a fortune, a "
        "claim the council disputes.",
        [],
    ),
    (
        "local",
        "Councillor Amir Shah made a grand gesture by giving his allowance to the food bank, "
        "a move his rivals called a stunt.",
        [],
    ),
]


def test_table_size():
    n, sections, empty = spread(CASES)
    assert n >= 140 and sections >= 10 and empty >= 12


@pytest.mark.parametrize(("text", "figures"), params(CASES))
def test_everyday_case(nlp, text, figures):
    assert_figures(nlp(text), figures)
