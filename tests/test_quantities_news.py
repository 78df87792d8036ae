"""Quantities on general news: case tables across the sections of a newspaper.

Sentences written for these tests. Each case names the figure by its exact span text and
the value, unit (and bounds for ranges) a careful reader would write down.
"""

from __future__ import annotations

import math

import pytest

from pipeline.core.extensions import QUANTITIES

M, B, T = 1e6, 1e9, 1e12


def figures(nlp, text):
    doc = nlp(text)
    out = {}
    for s in doc.spans[QUANTITIES]:
        assert text[s.start_char : s.end_char] == s.text  # the span invariant
        out[s.text] = (s._.nf_q_value, s._.nf_q_low, s._.nf_q_high, s.label_)
    return out


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


# (section, sentence, span, value, unit)
VALUES = [
    # markets
    ("markets", "Tokyo's Nikkei +0.4% led the region.", "+0.4%", 0.4, "percent"),
    ("markets", "Frankfurt's DAX -1.1% was the laggard.", "-1.1%", -1.1, "percent"),
    (
        "markets",
        "The country ran a current account of $-12.7bn last year.",
        "$-12.7bn",
        -12.7 * B,
        "USD",
    ),
    ("markets", "Ten-year gilts yield 2.15pc after the auction.", "2.15pc", 2.15, "percent"),
    ("markets", "Inflation eased to 3.4 per cent in March.", "3.4 per cent", 3.4, "percent"),
    ("markets", "The central bank raised rates by 25 bps on Thursday.", "25 bps", 25, "bp"),
    ("markets", "Lenders cut mortgage rates by 15 basis points.", "15 basis points", 15, "bp"),
    # bare currency nouns: one currency's noun, or a shared one read by the story's country
    ("world", "Thailand will spend 50 billion baht on roads.", "50 billion baht", 50 * B, "THB"),
    ("markets", "The central bank holds 800 billion francs.", "800 billion francs", 800 * B, "CHF"),
    (
        "world",
        "Rwanda's budget rose to 2.3 trillion francs, the Rwandan finance ministry said.",
        "2.3 trillion francs",
        2.3 * T,
        "RWF",
    ),
    (
        "world",
        "Pakistan's reserves fell to 9 billion rupees, Pakistani officials said.",
        "9 billion rupees",
        9 * B,
        "PKR",
    ),
    ("world", "Russia's deficit hit 1.1 trillion roubles.", "1.1 trillion roubles", 1.1 * T, "RUB"),
    ("markets", "The ECB cut rates by a quarter point.", "a quarter point", 0.25, "pp"),
    (
        "markets",
        "The Fed raised rates by half a percentage point.",
        "half a percentage point",
        0.5,
        "pp",
    ),
    ("markets", "The bank made a half-point cut.", "a half-point", 0.5, "pp"),
    (
        "markets",
        "Yields rose a quarter of a percentage point.",
        "a quarter of a percentage point",
        0.25,
        "pp",
    ),
    ("sports", "He won the 100m in 9.8 seconds.", "100m", 100, "m"),
    ("markets", "The Dow was up 31.5 points by midday.", "31.5 points", 31.5, "points"),
    ("markets", "The FTSE 100 closed at 7,412 on Friday.", "7,412", 7412, "points"),
    # the level a change reached, and "as" is no attosecond
    (
        "markets",
        "The FTSE 100 fell 0.5 per cent to 7,400 as miners slid.",
        "7,400",
        7400,
        "points",
    ),
    ("markets", "The Nasdaq rose 1.2% to 16,300 on Monday.", "16,300", 16300, "points"),
    ("markets", "The Nasdaq 100 ended at 18,250 after the rally.", "18,250", 18250, "points"),
    ("markets", "The S&P 500 finished at 5,102 for the week.", "5,102", 5102, "points"),
    ("markets", "Shares in the miner were down 12p at 845p.", "12p", 0.12, "GBP"),
    ("markets", "Shares in the miner were down 12p at 845p.", "845p", 8.45, "GBP"),
    (
        "markets",
        "Brent crude traded at US$71.10 per barrel.",
        "US$71.10 per barrel",
        71.1,
        "USD/bbl",
    ),
    (
        "markets",
        "The bank earned 42 cents a share in the quarter.",
        "42 cents a share",
        0.42,
        "USD/share",
    ),
    ("markets", "The fund manager oversees $3.1b in assets.", "$3.1b", 3.1 * B, "USD"),
    ("markets", "The group raised $21.5M for the plant.", "$21.5M", 21.5 * M, "USD"),
    ("markets", "The firm reported sales of EUR70m for the half.", "EUR70m", 70 * M, "EUR"),
    ("markets", "The pension fund sold £350mn of gilts.", "£350mn", 350 * M, "GBP"),
    ("markets", "The bank booked a profit of €2.4bn.", "€2.4bn", 2.4 * B, "EUR"),
    ("markets", "Beijing set aside ¥50 billion for rail lines.", "¥50 billion", 50 * B, "CNY"),
    # an exchange rate, its currency written or not (the held-out table's reading rule)
    (
        "markets",
        "The yen weakened past 150 yen to the dollar.",
        "150 yen to the dollar",
        150,
        "JPY/USD",
    ),
    ("markets", "Gold rose 1.8% to $2,350 an ounce.", "$2,350 an ounce", 2350, "USD/oz"),
    ("markets", "The deal was valued at 1.2 trn won.", "1.2 trn won", 1.2 * T, "KRW"),
    ("markets", "Bond sales reached 3.5 mln euros.", "3.5 mln euros", 3.5 * M, "EUR"),
    # companies and trade
    ("trade", "Imports of 52.3 bn RMB were recorded in May.", "52.3 bn RMB", 52.3 * B, "CNY"),
    ("trade", "The startup raised nearly S$2mil from investors.", "nearly S$2mil", 2 * M, "SGD"),
    ("trade", "The miner paid A$450 million for the mine.", "A$450 million", 450 * M, "AUD"),
    ("trade", "Ottawa pledged C$1.5 billion for the port.", "C$1.5 billion", 1.5 * B, "CAD"),
    ("trade", "The tycoon paid HK$3 billion for the tower.", "HK$3 billion", 3 * B, "HKD"),
    ("trade", "The exporter earned R$2 billion abroad.", "R$2 billion", 2 * B, "BRL"),
    ("trade", "The loan was worth Rs 30,000 crore in all.", "Rs 30,000 crore", 3e11, "INR"),
    ("trade", "Rent in the city centre is RM120 a month.", "RM120 a month", 120, "MYR/month"),
    ("trade", "Palm oil rose 45 sen on the day.", "45 sen", 0.45, "MYR"),
    ("trade", "Exports rose to 9.6m tonnes of diesel.", "9.6m tonnes", 9.6 * M, "t"),
    ("trade", "The port handled 2.1 million TEUs last year.", "2.1 million TEUs", 2.1 * M, "TEU"),
    (
        "trade",
        "Office space leases for $950 per square foot.",
        "$950 per square foot",
        950,
        "USD/ft2",
    ),
    (
        "trade",
        "The bill includes penalties of $250,000 for each breach.",
        "$250,000",
        250000,
        "USD",
    ),
    (
        "trade",
        "Malaysia sold 300 million Malaysian ringgit of bonds.",
        "300 million Malaysian ringgit",
        300 * M,
        "MYR",
    ),
    (
        "trade",
        "The deal was signed for 40 million Swiss francs.",
        "40 million Swiss francs",
        40 * M,
        "CHF",
    ),
    (
        "trade",
        "Farmers received 12 billion Japanese yen in aid.",
        "12 billion Japanese yen",
        12 * B,
        "JPY",
    ),
    (
        "trade",
        "The ministry spent 5 billion Indian rupees on roads.",
        "5 billion Indian rupees",
        5 * B,
        "INR",
    ),
    ("trade", "The club paid a £4m signing fee.", "£4m", 4 * M, "GBP"),
    # tech
    ("tech", "The service has 2.8M subscribers in Europe.", "2.8M", 2.8 * M, "count"),
    ("tech", "The network reaches 25m people across the region.", "25m", 25 * M, "count"),
    ("tech", "The platform says some 7 B users log in monthly.", "some 7 B", 7 * B, "count"),
    ("tech", "Homes get a 100Mbps line with the package.", "100Mbps", 100, "Mbps"),
    ("tech", "The plan comes with a 500GB cap on data.", "500GB", 500, "GB"),
    ("tech", "Rural homes are stuck on a 10 mbps connection.", "10 mbps", 10, "Mbps"),
    ("tech", "Each packet carries a 512 byte header.", "512 byte", 512, "B"),
    ("tech", "The key is 256 bits long.", "256 bits", 256, "bit"),
    ("science", "Traffic noise peaked at 85 decibels downtown.", "85 decibels", 85, "dB"),
    ("science", "Carbon dioxide passed 420 ppm at the observatory.", "420 ppm", 420, "ppm"),
    (
        "science",
        "Ozone reached 70 parts per million in the valley.",
        "70 parts per million",
        70,
        "ppm",
    ),
    ("tech", "The phone has a 5000 mAh battery.", "5000 mAh", 5000, "mAh"),
    ("tech", "The display refreshes at 144Hz in games.", "144Hz", 144, "Hz"),
    ("tech", "The handset has a 6.7-inch screen.", "6.7-inch", 6.7, "in"),
    ("tech", "The chip runs at 3.2 GHz under load.", "3.2 GHz", 3.2, "GHz"),
    ("tech", "The drive stores 2 terabytes of video.", "2 terabytes", 2, "TB"),
    ("tech", "The data centre draws 40 megawatts at peak.", "40 megawatts", 40, "MW"),
    ("tech", "The printer uses a 0.8mm nozzle.", "0.8mm", 0.8, "mm"),
    ("tech", "The laptop weighs 1.2 kilograms.", "1.2 kilograms", 1.2, "kg"),
    ("tech", "The update is 750 megabytes in size.", "750 megabytes", 750, "MB"),
    ("tech", "The sensor is 5 nanometers across.", "5 nanometers", 5, "nm"),
    (
        "tech",
        "Thirty-four thousand five hundred seventy-one users signed the petition.",
        "Thirty-four thousand five hundred seventy-one",
        34571,
        "count",
    ),
    # autos
    ("autos", "The car reaches 100 km/h in under 4.1 seconds.", "100 km/h", 100, "km/h"),
    ("autos", "The car reaches 100 km/h in under 4.1 seconds.", "under 4.1 seconds", 4.1, "s"),
    ("autos", "The hatchback averages 34 mpg on the highway.", "34 mpg", 34, "mpg"),
    ("autos", "It has a 1.5-liter three-cylinder engine.", "1.5-liter", 1.5, "L"),
    ("autos", "The V8 produces 450 horsepower.", "450 horsepower", 450, "hp"),
    ("autos", "The truck tows 3,500 kg with ease.", "3,500 kg", 3500, "kg"),
    ("autos", "The battery gives a range of 480 km per charge.", "480 km", 480, "km"),
    ("autos", "The van has a top speed of 80km/hr.", "80km/hr", 80, "km/h"),
    ("autos", "The tank holds 60 litres of fuel.", "60 litres", 60, "L"),
    ("autos", "The model sold 1,200 units in June.", "1,200", 1200, "count"),
    ("autos", "The engine makes 500 Nm of torque at 2,000 rpm.", "2,000 rpm", 2000, "rpm"),
    # sports
    # a duration written in several units is one figure in seconds
    (
        "sports",
        "He finished in 9 hours, 56 minutes and 12 seconds.",
        "9 hours, 56 minutes and 12 seconds",
        9 * 3600 + 56 * 60 + 12,
        "s",
    ),
    ("sports", "The record fell to 3 min 26.0 sec.", "3 min 26.0 sec", 206, "s"),
    ("sports", "She waited 3 hours and then 20 minutes more.", "3 hours", 3, "h"),
    # after a part in years or months the parts stay as written (no one length in seconds)
    ("science", "The voyage took 1 year, 2 months, 5 days and 6 hours.", "5 days", 5, "day"),
    ("science", "The voyage took 1 year, 2 months, 5 days and 6 hours.", "6 hours", 6, "h"),
    ("sports", "Jones, 58, said the club would appeal.", "58", 58, "year_of_age"),
    ("sports", "The coach, a 58-year-old from Leeds, resigned.", "58-year-old", 58, "year_of_age"),
    ("sports", "The striker, 31 years old, signed a new deal.", "31 years old", 31, "year_of_age"),
    (
        "sports",
        "She ran the course in 2 hours and 14 minutes.",
        "2 hours and 14 minutes",
        8040,
        "s",
    ),
    # "N times" that counts occasions, and multiples written as words
    ("sports", "The club has won the league nine times.", "nine times", 9, "count"),
    ("tech", "The new chip is four times faster.", "four times", 4, "times"),
    ("economy", "Rents are now double the national average.", "double", 2, "times"),
    ("courts", "He must attend counselling twice a month.", "twice a month", 2, "times/month"),
    ("world", "The rebels are quadrupling their attacks.", "quadrupling", 4, "times"),
    # a compound number in words is a figure even with its noun left out
    ("world", "About three dozen were rescued.", "About three dozen", 36, "count"),
    # a number written as a power is one figure, of any base
    ("science", "Each dose holds 5x10^9 viral particles.", "5x10^9", 5e9, "count"),
    ("science", "The sample held 10^6 cells.", "10^6", 1e6, "count"),
    ("tech", "The buffer is 2^16 bytes.", "2^16 bytes", 65536, "B"),
    ("tech", "A mebibyte is 4x2^18 bytes.", "4x2^18 bytes", 4 * 2**18, "B"),
    # "a factor of" makes a multiple
    ("science", "Emissions fell by a factor of four.", "four", 4, "times"),
    # a bare number restating the figure before it takes its unit
    ("economy", "The base rate rose to 4.5 percent, from 4.25.", "4.25", 4.25, "percent"),
    ("trade", "Sailings fell to 12 a week, from 19 in May.", "19", 19, "count/week"),
    ("science", "The glacier lost 3.1 km3 of ice, 0.4 more than in 2022.", "0.4", 0.4, "km3"),
    ("trade", "The mine shipped 9,000 tonnes, 500 more workers said.", "9,000 tonnes", 9000, "t"),
    # an earlier level keeps its own scale unless the two then stay within tenfold
    ("companies", "Revenue climbed to $4.2bn, from 3.6 in 2023.", "3.6", 3.6 * B, "USD"),
    # an exchange rate against a currency the sentence names
    ("markets", "The rupee closed at 83.2 to the dollar.", "83.2 to the dollar", 83.2, "INR/USD"),
    ("markets", "The won traded at 1,350 per dollar.", "1,350 per dollar", 1350, "KRW/USD"),
    # units pint adds for displays and brewers
    ("tech", "The panel reaches 1,600 nits.", "1,600 nits", 1600, "nit"),
    ("companies", "It brewed 4 million hectolitres.", "4 million hectolitres", 4 * M, "hL"),
    # "pounds": weight, or sterling where the sentence talks money or the story has "£"
    ("sports", "The heavyweight came in at 238 pounds.", "238 pounds", 238, "lb"),
    ("autos", "The pickup hauls a 2,000-pound payload.", "2,000-pound", 2000, "lb"),
    (
        "sports",
        "The club paid 40 million pounds for the striker.",
        "40 million pounds",
        40 * M,
        "GBP",
    ),
    ("companies", "Tickets cost 85 pounds each.", "85 pounds", 85, "GBP"),
    (
        "companies",
        "The firm recalled 2 million pounds of ground beef.",
        "2 million pounds",
        2 * M,
        "lb",
    ),
    # how long something went on, even before "before"/"after"
    ("courts", "The jury sat for six hours before adjourning.", "six hours", 6, "h"),
    ("politics", "The blockade lasted three weeks after the vote.", "three weeks", 3, "week"),
    ("sports", "The club sold 40,000 season tickets.", "40,000", 40000, "count"),
    ("sports", "The stadium holds 62,000 fans.", "62,000", 62000, "count"),
    ("sports", "The winger signed for £45m on Monday.", "£45m", 45 * M, "GBP"),
    ("sports", "The boxer weighed in at 90 kg.", "90 kg", 90, "kg"),
    ("sports", "She threw the javelin 66.5 metres.", "66.5 metres", 66.5, "m"),
    ("sports", "The marathon is 26.2 miles long.", "26.2 miles", 26.2, "mi"),
    ("sports", "The yacht sailed 1,200 nautical miles.", "1,200 nautical miles", 1200, "nmi"),
    ("sports", "The owner bought a 25m yacht.", "25m", 25, "m"),
    # science and weather
    (
        "science",
        "Temperatures fell to minus 3.2 degrees overnight.",
        "minus 3.2 degrees",
        -3.2,
        "deg",
    ),
    ("science", "The lake warmed by 12 degrees in a decade.", "12 degrees", 12, "deg"),
    (
        "science",
        "Water boils at 100 degrees Celsius at sea level.",
        "100 degrees Celsius",
        100,
        "degC",
    ),
    ("science", "It was 75 degrees Fahrenheit in the shade.", "75 degrees Fahrenheit", 75, "degF"),
    ("science", "Gusts of 110mph hit the coast.", "110mph", 110, "mph"),
    ("science", "The storm's pressure fell to 960 millibars.", "960 millibars", 960, "mbar"),
    ("science", "A high of 1038 hPa sits over Scotland.", "1038 hPa", 1038, "hPa"),
    ("science", "The detector logged 140 fb-1 of collisions.", "140 fb-1", 140, "1/fb"),
    # long number words, with the noun left out
    ("politics", "The death toll rose to two hundred on Sunday.", "two hundred", 200, "count"),
    (
        "politics",
        "The census counted one million, two hundred thousand residents.",
        "one million, two hundred thousand",
        1_200_000,
        "count",
    ),
    ("politics", "Of the 500 seats, 326 are needed to govern.", "326", 326, "count"),
    ("science", "The team added 20mL of solvent.", "20mL", 20, "mL"),
    ("science", "Each tablet contains 500 milligrams of the drug.", "500 milligrams", 500, "mg"),
    (
        "science",
        "The probe travelled 1.5 million kilometres.",
        "1.5 million kilometres",
        1.5 * M,
        "km",
    ),
    ("science", "The dose was 2 mg per day.", "2 mg per day", 2, "mg/day"),
    ("science", "The rover drove 300 metres a day.", "300 metres a day", 300, "m/day"),
    ("science", "The glacier lost 3 cubic kilometres of ice.", "3 cubic kilometres", 3, "km3"),
    ("science", "The reactor runs at 1,000 megawatts.", "1,000 megawatts", 1000, "MW"),
    ("science", "The galaxy is 13 gigayears old.", "13 gigayears", 13, "Gyr"),
    ("science", "The storm dropped 250 millimetres of rain.", "250 millimetres", 250, "mm"),
    ("science", "About 3⁄4 of the samples were clean.", "About 3⁄4", 0.75, "fraction"),
    ("science", "The wall is 2 1/2 feet thick.", "2 1/2 feet", 2.5, "ft"),
    ("science", "A category 3 storm made landfall.", "3", 3, "rank"),
    ("science", "The quake had a magnitude 6.1 reading.", "6.1", 6.1, "rank"),
    ("science", "The field spans 40 hectares of wetland.", "40 hectares", 40, "ha"),
    # property
    ("property", "The flat measures 85 square metres.", "85 square metres", 85, "m2"),
    ("property", "The house sits on 2 acres of land.", "2 acres", 2, "acre"),
    (
        "property",
        "The mansion has 12,000 square feet of space.",
        "12,000 square feet",
        12000,
        "ft2",
    ),
    (
        "property",
        "Prices rose to $1,200 per square metre.",
        "$1,200 per square metre",
        1200,
        "USD/m2",
    ),
    ("property", "The average home now costs £285,000.", "£285,000", 285000, "GBP"),
    ("property", "Rents rose 4.5% over the year.", "4.5%", 4.5, "percent"),
    ("property", "The developer plans 3,000 homes on the site.", "3,000", 3000, "count"),
    ("property", "The tower rises 310 metres above the river.", "310 metres", 310, "m"),
    # politics
    ("politics", "The bill passed by 218 votes to 214.", "218", 218, "count"),
    (
        "politics",
        "Turnout was 67.3 per cent, up 1.2 percentage points.",
        "1.2 percentage points",
        1.2,
        "pp",
    ),
    ("politics", "The government will spend £2.5bn on schools.", "£2.5bn", 2.5 * B, "GBP"),
    ("politics", "The party won 326 seats.", "326", 326, "count"),
    ("politics", "The minister, 64, denied the claim.", "64", 64, "year_of_age"),
    ("politics", "The senator pledged $12 billion for roads.", "$12 billion", 12 * B, "USD"),
    (
        "politics",
        "A quarter of a million people marched.",
        "A quarter of a million",
        250000,
        "count",
    ),
    ("politics", "The council cut 1,500 jobs.", "1,500", 1500, "count"),
    ("politics", "The deficit narrowed to 4.1% of GDP.", "4.1%", 4.1, "percent"),
    (
        "science",
        "The comet passed 4.2 million miles from Earth.",
        "4.2 million miles",
        4.2 * M,
        "mi",
    ),
    # a number that reads no clock keeps the unit symbol
    ("science", "The new lattice spacing is 3.5 pm, a record.", "3.5 pm", 3.5, "pm"),
    # scientific notation, in one token or spread over four; a glued squared/cubed unit
    ("science", "The probe counted 1.2e3 impacts.", "1.2e3", 1200, "count"),
    ("science", "The dust grains were 5e-3 mm across.", "5e-3 mm", 0.005, "mm"),
    ("science", "The galaxy lies 3 x 10^5 km beyond.", "3 x 10^5 km", 3e5, "km"),
    ("science", "The error rate fell to 2.5×10−4 overall.", "2.5×10−4", 2.5e-4, "count"),
    ("science", "The cloud spans 3×10⁵ km.", "3×10⁵ km", 3e5, "km"),
    ("property", "The estate covers 12km2 of farmland.", "12km2", 12, "km2"),
    ("science", "The reservoir holds 4km^3 of water.", "4km^3", 4, "km3"),
    ("science", "The crater covers 40 km squared.", "40 km squared", 40, "km2"),
    ("science", "The lake holds 2 km cubed of water.", "2 km cubed", 2, "km3"),
    ("companies", "The brewer sells a 330 ml can.", "330 ml", 330, "mL"),
    ("companies", "The 75 cl bottle costs more.", "75 cl", 75, "cL"),
    # fractions take a measure unit; vulgar fractions; "two and a half"
    ("property", "The walls are 3/4 inch thick.", "3/4 inch", 0.75, "in"),
    ("sports", "The course adds one-half mile.", "one-half mile", 0.5, "mi"),
    ("science", "Add ½ tbsp of salt.", "½ tbsp", 0.5, "tbsp"),
    ("sports", "He ran two and a half miles.", "two and a half miles", 2.5, "mi"),
    # a glued scale looks at the word right after it; "T" is trillion next to money
    ("sports", "The club has 0.5k members.", "0.5k", 500, "count"),
    ("sports", "Runners covered 0.5k miles.", "0.5k miles", 500, "mi"),
    ("markets", "Apple is worth $3.4T on paper.", "$3.4T", 3.4 * T, "USD"),
    # a number the model tags as a DATE, listed with a figure that is none
    ("science", "Patients were given 45 and 60 mg daily.", "45", 45, "mg"),
    # an uncertainty joins the figure before it; fraction words after a small count
    ("science", "The sample weighed 5.2 ± 0.3 kg.", "5.2 ± 0.3 kg", 5.2, "kg"),
    ("science", "The drift was 9.8e-3 +/- 2e-4 mm.", "9.8e-3 +/- 2e-4 mm", 9.8e-3, "mm"),
    ("politics", "Two thirds of the seats changed hands.", "Two thirds", 2 / 3, "fraction"),
    ("markets", "One sixth of the fund is in bonds.", "One sixth", 1 / 6, "fraction"),
    # the euro sign written after the number, glued or spaced; dimes
    ("trade", "A litre of milk costs 1,20 € in Lisbon, or 1.25€ in Paris.", "1.25€", 1.25, "EUR"),
    ("sports", "Tickets cost 25 € at the gate.", "25 €", 25, "EUR"),
    ("markets", "The stock rose 3 dimes to $4.10.", "3 dimes", 0.3, "USD"),
    # rates written with a slash, a short symbol as numerator, a squared time below
    ("science", "The panels deliver 200 W/m2 at noon.", "200 W/m2", 200, "W/m2"),
    ("science", "The sled braked at 9.8 m/s² on ice.", "9.8 m/s²", 9.8, "m/s2"),
    ("science", "The dose was 2 J/m^2 per day.", "2 J/m^2 per day", 2, "J/m2/day"),
    ("science", "The decay rate is 3e-4 s-1 at room temperature.", "3e-4 s-1", 3e-4, "1/s"),
    # thousands grouped by a space; daily rates of commodity news
    ("science", "The probe flew 12 500 km past the moon.", "12 500 km", 12500, "km"),
    ("trade", "The refinery runs 250 000 bpd.", "250 000 bpd", 250000, "bbl/day"),
    ("trade", "The smelter handles 4,500 tpd of ore.", "4,500 tpd", 4500, "t/day"),
    ("sports", "She won 5 100-metre races.", "5", 5, "count"),
    # a multiple over a period is a frequency
    ("science", "Patients took the pill three times a day.", "three times a day", 3, "times/day"),
    ("sports", "The squad trains four times per week.", "four times per week", 4, "times/week"),
    # a cup is a measure only before "of"
    ("science", "Stir in 2 cups of flour.", "2 cups", 2, "cup"),
    # "in" is inches only where the parse gives it no object; a spaced capital "L" is litres
    ("tech", "The tablet is barely 0.3 in thick.", "0.3 in", 0.3, "in"),
    ("property", "Hail stones measured 2 in.", "2 in", 2, "in"),
    ("autos", "It has a 2.0 L four-cylinder engine.", "2.0 L", 2.0, "L"),
    # a scale abbreviation before the sentence's full stop (the tokenizer keeps them apart)
    ("companies", "The start-up raised $25m.", "$25m", 25 * M, "USD"),
    ("companies", "Its net loss widened to EUR85m.", "EUR85m", 85 * M, "EUR"),
    ("markets", "The group is now worth $2.174T.", "$2.174T", 2.174e12, "USD"),
    ("trade", "The carrier asked the state for $3.1bn.", "$3.1bn", 3.1 * B, "USD"),
    ("markets", "The fund now manages £5m.", "£5m", 5 * M, "GBP"),
    ("tech", "The chipmaker booked revenue of $40M. Shares rose.", "$40M", 40 * M, "USD"),
    # one-letter symbols read only glued to the digits, whatever the sentence end
    ("weather", "Night frosts of -4C hit the vineyards.", "-4C", -4, "degC"),
    ("weather", "Forecasters expect 41C on Saturday.", "41C", 41, "degC"),
    ("weather", "Dallas sweltered at 107F.", "107F", 107, "degF"),
    ("tech", "The laptop ships with a 100W charger.", "100W", 100, "W"),
    ("autos", "Top speed is limited to 250 km/h.", "250 km/h", 250, "km/h"),
    # a one-letter symbol after a slash; a prefixed unit of two words; pence in a tariff
    ("autos", "The hatchback emits 98g/km of CO2.", "98g/km", 98, "g/km"),
    ("science", "The probe left at 11.2 km/s.", "11.2 km/s", 11.2, "km/s"),
    ("tech", "The drive writes 5,500MB/s.", "5,500MB/s", 5500, "MB/s"),
    (
        "trade",
        "Wholesale power traded at EUR74 per megawatt hour.",
        "EUR74 per megawatt hour",
        74,
        "EUR/MWh",
    ),
    (
        "property",
        "The tariff rises to 27p per kilowatt hour.",
        "27p per kilowatt hour",
        0.27,
        "GBP/kWh",
    ),
    # "$US" split by the tokenizer; a sign before the currency; "m" past an adjective
    ("companies", "The miner earned $US2.3 billion.", "$US2.3 billion", 2.3 * B, "USD"),
    ("markets", "Bond funds saw -$1.2bn of flows.", "-$1.2bn", -1.2 * B, "USD"),
    ("politics", "Some 1.2m eligible voters stayed home.", "Some 1.2m", 1.2 * M, "count"),
    ("property", "A 40m tall tower rose.", "40m", 40, "m"),
    # a rate over time after the thing measured; Indian scales; long words in a DATE
    (
        "trade",
        "The field yields 80,000 barrels of crude a day.",
        "80,000 barrels of crude a day",
        80000,
        "bbl/day",
    ),
    ("science", "Adults need 2 litres of water a day.", "2 litres of water a day", 2, "L/day"),
    ("trade", "Farmers sold 300 kg of rice a week ago.", "300 kg", 300, "kg"),
    ("politics", "The budget set aside Rs 1.2 lakh crore.", "Rs 1.2 lakh crore", 1.2e12, "INR"),
    (
        "politics",
        "Sixty-one thousand two hundred ballots were spoilt.",
        "Sixty-one thousand two hundred",
        61200,
        "count",
    ),
    # "¥" is yen (CLDR's English symbol) unless the document names China more than Japan;
    # the fullwidth "￥" of Chinese typesetting the other way round; rates follow their money
    ("markets", "Tokyo shares rose as Nintendo earned ¥480bn.", "¥480bn", 480 * B, "JPY"),
    ("companies", "Sony lifted its forecast to ¥1.3tn.", "¥1.3tn", 1.3 * T, "JPY"),
    ("trade", "Sellers on Taobao paid ￥30m in fees.", "￥30m", 30 * M, "CNY"),
    ("trade", "Tokyo exporters quoted ￥30m per lot.", "￥30m per lot", 30 * M, "JPY/lot"),
    (
        "property",
        "Shanghai flats cost ¥120,000 per square metre.",
        "¥120,000 per square metre",
        120000,
        "CNY/m2",
    ),
    (
        "trade",
        "Shanghai port fees rose to ¥480 a container.",
        "¥480 a container",
        480,
        "CNY/container",
    ),
    (
        "trade",
        "Tokyo and Osaka buyers paid RMB¥90m for the yen-priced lots.",
        "RMB¥90m",
        90 * M,
        "CNY",
    ),
    ("trade", "Beijing said China's imports from Japan reached ¥1.2tn.", "¥1.2tn", 1.2 * T, "CNY"),
    # the level a move in points reached is in points, named index or not
    ("markets", "The Kospi-linked gauge fell 21.5 points to 2,655.3.", "2,655.3", 2655.3, "points"),
    ("economy", "The sentiment index rose 2.1 points to 88.4 in May.", "88.4", 88.4, "points"),
    # ages after a cue, set off by commas, and both bounds of an age range
    ("courts", "The driver, who was 19, was jailed.", "19", 19, "year_of_age"),
    ("world", "Garcia, 62, of Madrid, was freed.", "62", 62, "year_of_age"),
    ("science", "Volunteers aged 70 took part.", "70", 70, "year_of_age"),
    # points in a poll are percentage points; an index's points stay points
    ("politics", "The senator's lead shrank to 3 points in the latest poll.", "3 points", 3, "pp"),
    ("sports", "The Bulls won by 14 points.", "14 points", 14, "points"),
    (
        "economy",
        "A survey gauge of sentiment rose 2.2 points to 101.5.",
        "2.2 points",
        2.2,
        "points",
    ),
    # a bare "degrees" takes the one scale the story writes
    ("weather", "Highs of 31C are forecast, 4 degrees above normal.", "4 degrees", 4, "degC"),
    ("weather", "After a 95F afternoon it fell 20 degrees overnight.", "20 degrees", 20, "degF"),
    ("science", "The ramp rises at 12 degrees.", "12 degrees", 12, "deg"),
    # a margin after "by" is measured, even before "after"
    ("sports", "She finished clear by 41 seconds after the final climb.", "41 seconds", 41, "s"),
    ("world", "The ferry was late by 90 minutes after the storm.", "90 minutes", 90, "min"),
    # cents are the hundredth of the money beside them in the sentence, else US cents
    (
        "world",
        "Diesel in Spain costs €1.58 a litre, 9 cents less than in May.",
        "9 cents",
        0.09,
        "EUR",
    ),
    ("markets", "The Aussie bought 66.2 US cents.", "66.2 US cents", 0.662, "USD"),
    ("markets", "Sterling rose 0.4 cents against the dollar.", "0.4 cents", 0.004, "USD"),
    ("markets", "The euro rose 0.5 cents to $1.09.", "0.5 cents", 0.005, "USD"),
    ("economy", "A stamp costs 1.20 Canadian dollars, up 5 cents.", "5 cents", 0.05, "CAD"),
    # a time taken as a stopwatch writes it, in seconds; a glued "in" is inches
    ("sports", "The marathon runner finished in 2:09:44.", "2:09:44", 7784, "s"),
    ("sports", "She won the 800m in 1:57.31, a season's best.", "1:57.31", 117.31, "s"),
    ("tech", "The phone has a 6.1in display.", "6.1in", 6.1, "in"),
    # a price of one currency in another, written with its own symbol, is a rate
    ("markets", "The lira fell to ₺32.5 per dollar.", "₺32.5 per dollar", 32.5, "TRY/USD"),
    (
        "markets",
        "The rupee ended at Rs 83.2 to the dollar.",
        "Rs 83.2 to the dollar",
        83.2,
        "INR/USD",
    ),
    # news forms of currencies CLDR writes otherwise, and a scale past trillion
    ("companies", "Safaricom earned KSh 70.1bn in the half.", "KSh 70.1bn", 70.1 * B, "KES"),
    ("economy", "Reserves fell to Tk 2.1 trillion.", "Tk 2.1 trillion", 2.1e12, "BDT"),
    ("economy", "Exports reached ₫2.5 quadrillion.", "₫2.5 quadrillion", 2.5e15, "VND"),
    # half of a scale, and "and a half" before one
    ("companies", "The firm sold half a million units.", "half a million", 5e5, "count"),
    (
        "world",
        "About one and a half million people fled.",
        "About one and a half million",
        1.5e6,
        "count",
    ),
    ("world", "Half a dozen eggs were broken.", "Half a dozen", 6, "count"),
    # a multiple glued as "x"; a two-word unit with a hyphen between its words
    ("tech", "Sales have grown 2.5x since the launch.", "2.5x", 2.5, "times"),
    ("property", "The 4,500-square-foot mansion sold.", "4,500-square-foot", 4500, "ft2"),
    ("property", "A 120-square-metre flat.", "120-square-metre", 120, "m2"),
    # "rose by N to M" with no unit: the change, then the level (not a range)
    ("economy", "Approvals rose by 12,000 to 61,300 in March.", "12,000", 12000, "count"),
    ("economy", "Approvals rose by 12,000 to 61,300 in March.", "61,300", 61300, "count"),
    # a margin of error is its size, no sign
    (
        "politics",
        "The margin of error is ±3.1 percentage points.",
        "±3.1 percentage points",
        3.1,
        "pp",
    ),
    (
        "politics",
        "The poll's margin of error was plus or minus 4 points.",
        "plus or minus 4 points",
        4,
        "pp",
    ),
    # a number in words before "of" and a determiner counts some of a set
    ("sports", "The side has lost five of its last six games.", "five", 5, "count"),
    ("courts", "Two of the suspects were released on bail.", "Two", 2, "count"),
    # "N in M", "N out of M": one share
    (
        "health",
        "About 1 in 8 adults has diabetes, the survey found.",
        "About 1 in 8",
        0.125,
        "fraction",
    ),
    ("politics", "Nine out of 10 members backed the deal.", "Nine out of 10", 0.9, "fraction"),
    (
        "property",
        "One in every four homes was sold to investors.",
        "One in every four",
        0.25,
        "fraction",
    ),
    # a multiple in one word; a fraction after a change's "by"
    ("science", "Antibody levels rose sixfold after the booster.", "sixfold", 6, "times"),
    ("markets", "Trading volume jumped twentyfold on the news.", "twentyfold", 20, "times"),
    ("economy", "Output shrank by a fifth during the lockdown.", "a fifth", 0.2, "fraction"),
    # a symbol that ends in a capital, at a sentence's end
    ("autos", "The fastest charger on the route gives 150 kW.", "150 kW", 150, "kW"),
    # currency symbols CLDR's locales write after the amount
    ("companies", "The chain's sales reached 9.4 billion zł.", "9.4 billion zł", 9.4 * B, "PLN"),
    ("travel", "A tram ticket in Prague costs 40 Kč.", "40 Kč", 40, "CZK"),
    ("weather", "Gusts of 60 knots were recorded offshore.", "60 knots", 60, "kn"),
    # a number word before another's unit shares it; "to last" measures a duration
    ("courts", "The two men were jailed for six and four years respectively.", "six", 6, "year"),
    ("courts", "The inquiry is expected to last eight weeks.", "eight weeks", 8, "week"),
    # points in a sentence about votes are shares
    ("politics", "She won by 3.5 points, or 41,000 votes.", "3.5 points", 3.5, "pp"),
    # a unit spaCy keeps whole after the digits
    ("autos", "The coupe tops out at 305km/h.", "305km/h", 305, "km/h"),
    # a fraction of a thing the model tags DATE; after a qualifier and "by"; before a
    # comparison
    ("economy", "A quarter of firms plan to raise prices.", "A quarter", 0.25, "fraction"),
    ("markets", "Nickel has fallen by almost a third.", "almost a third", 1 / 3, "fraction"),
    ("economy", "Output is a fifth below its peak.", "a fifth", 0.2, "fraction"),
    # ages: "died at", plural "-year-olds"
    ("world", "The poet, who died at 88, wrote 30 books.", "88", 88, "year_of_age"),
    ("health", "Cases among four-year-olds doubled.", "four-year-olds", 4, "year_of_age"),
    # megapixels; a word in mixed case is no lower-case unit symbol ("MPs" is not "mps")
    ("tech", "The phone's main camera has a 50-megapixel sensor.", "50-megapixel", 50, "MP"),
    ("tech", "Its 12MP front camera shoots 4K video.", "12MP", 12, "MP"),
    ("politics", "More than 40 MPs backed the amendment.", "More than 40", 40, "count"),
    # a quake's magnitude is a rank on its scale, written before or after the number
    ("science", "A 6.8-magnitude earthquake shook the region.", "6.8-magnitude", 6.8, "rank"),
    ("economy", "Sales will grow from 9.5 to 11-13 billion euros.", "9.5", 9.5 * B, "EUR"),
    # index levels: after "to a record", after "ended ... at", in a sentence about an
    # index or gauge, and "the 50 mark"
    ("markets", "The Kospi surged 2.8% to a record 3,050.", "3,050", 3050, "points"),
    ("markets", "The CAC 40 ended 0.4% higher at 7,588.3.", "7,588.3", 7588.3, "points"),
    ("economy", "The consumer confidence index fell to 98.7 from 101.2.", "98.7", 98.7, "points"),
    ("economy", "The consumer confidence index fell to 98.7 from 101.2.", "101.2", 101.2, "points"),
    ("economy", "The gauge stayed above the 50 mark for a third month.", "50", 50, "points"),
    # only the moving verb's subject makes its level an index's
    (
        "economy",
        "The index showed that claims rose to 1,500 in the county.",
        "1,500",
        1500,
        "count",
    ),
    # "crowns" for the Nordic and Czech currencies; no occasions with a fraction
    (
        "companies",
        "Profit rose to 4.1 billion Norwegian crowns.",
        "4.1 billion Norwegian crowns",
        4.1 * B,
        "NOK",
    ),
    ("companies", "Leverage fell to 2.1 times from 2.6 times.", "2.6 times", 2.6, "times"),
    # "age to": a retirement or voting age
    ("politics", "The plan raises the pension age to 68.", "68", 68, "year_of_age"),
    # a currency named in several words before an exchange rate is read whole
    (
        "markets",
        "The Omani rial is fixed at 0.385 to the dollar.",
        "0.385 to the dollar",
        0.385,
        "OMR/USD",
    ),
    # a scale joined by a hyphen (Canadian and US house styles): never the bare number
    ("companies", "The province announced a $4-billion transit plan.", "$4-billion", 4 * B, "USD"),
    ("politics", "Ottawa pledged a C$250-million fund.", "C$250-million", 250 * M, "CAD"),
    # Gulf, Ghanaian and Nigerian (in a Nigerian story) symbols; a kilo
    ("world", "A taxi ride across Abu Dhabi now costs Dh45.", "Dh45", 45, "AED"),
    ("economy", "Riyadh set spending at SR1.1 trillion.", "SR1.1 trillion", 1.1e12, "SAR"),
    ("economy", "Doha plans QR80 billion of projects.", "QR80 billion", 80 * B, "QAR"),
    ("economy", "Ghana's budget gives GH¢2.1 billion to roads.", "GH¢2.1 billion", 2.1 * B, "GHS"),
    ("economy", "Lagos traders said a bag of rice now sells for N1,200.", "N1,200", 1200, "NGN"),
    ("farming", "Tomatoes fetched $3 a kilo at the market.", "$3 a kilo", 3, "USD/kg"),
    # "by" of a change verb over its object: a change and a level, not a range
    ("world", "The council raised the fee by £5 to £40.", "£5", 5, "GBP"),
    # a list of ages after one cue; a storm category in words
    ("world", "Two women, aged 33 and 41, were charged.", "33", 33, "year_of_age"),
    ("weather", "The storm weakened to a category two hurricane.", "two", 2, "rank"),
    # "N times" before a noun is a multiple of it, not a number of occasions
    ("markets", "The bid values the group at 18 times earnings.", "18 times", 18, "times"),
    ("property", "Lenders cap loans at 4.5 times annual income.", "4.5 times", 4.5, "times"),
    ("sports", "She was booked three times last season.", "three times", 3, "count"),
    # ages after "age" and "the age of" (a plural noun after the number is counted)
    ("sports", "He retired at age 36 after a knee injury.", "36", 36, "year_of_age"),
    ("world", "The novelist died at the age of 91.", "91", 91, "year_of_age"),
    ("economy", "The average age of 40 workers rose.", "40", 40, "count"),
    # a number word alone as a verb's subject or object counts people
    ("world", "Four were killed when the bridge collapsed.", "Four", 4, "count"),
    ("world", "The blast killed six and injured 30.", "six", 6, "count"),
    # "from X to Y" after a change verb and its object: two levels
    ("economy", "The central bank cut rates from 5.25% to 5%.", "5.25%", 5.25, "percent"),
    ("economy", "The central bank cut rates from 5.25% to 5%.", "5%", 5, "percent"),
    # a falling "from X to Y" after a verb other than "ranged": two levels
    ("markets", "The yield went from 4.1% to 3.8% in a week.", "4.1%", 4.1, "percent"),
    ("markets", "The yield went from 4.1% to 3.8% in a week.", "3.8%", 3.8, "percent"),
    # the article as one of an everyday unit
    ("motoring", "The new tax adds a penny to every litre sold.", "a penny", 0.01, "GBP"),
    ("world", "The shelter stands a kilometre from the border.", "a kilometre", 1, "km"),
    ("science", "Each probe carries a kilogram of fuel.", "a kilogram", 1, "kg"),
    ("economy", "The fare went up by a dollar a ride.", "a dollar a ride", 1, "USD/ride"),
    # a price whose denominator comes first, as the clause's subject or after "price of"
    ("economy", "A kilogram of coffee now sells for $9.40.", "$9.40", 9.4, "USD/kg"),
    ("energy", "The cost of a litre of heating oil climbed to 98p.", "98p", 0.98, "GBP/L"),
    ("energy", "A gallon of diesel costs $4.10, up from $3.80.", "$3.80", 3.8, "USD/gal"),
    # an accountant's negative: an amount alone in parentheses after a verb
    ("companies", "Net cash flow was ($41.2m) in the half.", "($41.2m)", -41.2 * M, "USD"),
    ("companies", "Like-for-like sales were (1.8%) lower.", "(1.8%)", -1.8, "percent"),
    # a fraction before the article of an everyday unit; "Myr" is no ringgit
    ("property", "The plot covers half a hectare of scrub.", "half a hectare", 0.5, "ha"),
    ("science", "The ice sheet grew for roughly 2 Myr.", "roughly 2 Myr", 2, "Myr"),
    ("markets", "Reserves fell to MYR 98bn.", "MYR 98bn", 98 * B, "MYR"),
    # a rate spaCy keeps as one token after the digits
    ("weather", "Gusts reached 31m/s on the ridge.", "31m/s", 31, "m/s"),
    ("science", "The capsule braked at 4.2m/s2 on re-entry.", "4.2m/s2", 4.2, "m/s2"),
    # a level_verb's "from X to Y" is two levels
    ("tech", "The phone recharges from 5% to 60% in a quarter of an hour.", "60%", 60, "percent"),
    ("economy", "The bank moved its growth forecast from 0.9% to 1.4%.", "0.9%", 0.9, "percent"),
    # "in" a span of the clock after a change measures how long it took
    ("world", "The river rose two metres in five hours.", "five hours", 5, "h"),
    # deep time is a figure, not a period the calendar places
    ("science", "The meteorite struck some 2.1 Ga ago.", "some 2.1 Ga", 2.1, "Gyr"),
    ("science", "The lake dried up about 12 kyr ago.", "about 12 kyr", 12, "kyr"),
    (
        "science",
        "The fossils date from 380 million years ago.",
        "380 million years",
        380 * M,
        "year",
    ),
]

RANGES = [
    ("science", "Adults aged 45 to 64 were screened.", "45 to 64", 45, 64, "year_of_age"),
    ("world", "Boys aged between 12 and 15 were held.", "12 and 15", 12, 15, "year_of_age"),
    # a range written figure-to-figure, each with its sign or symbol
    ("companies", "The fine could reach €40m-€60m.", "€40m-€60m", 40 * M, 60 * M, "EUR"),
    ("markets", "Analysts see 2%-2.5% growth.", "2%-2.5%", 2, 2.5, "percent"),
    ("trade", "Tickets cost £12–£18.", "£12–£18", 12, 18, "GBP"),
    # (section, sentence, span, low, high, unit): the later scale reaches back only to a
    # bare number without a scale of its own, and only if the range still increases
    # a range written falling after "from" or "between" is still a range
    ("weather", "Overnight lows ranged from -5C to -12C.", "-5C to -12C", -12, -5, "degC"),
    ("weather", "Lows from -3C to -9C are expected.", "-3C to -9C", -9, -3, "degC"),
    (
        "politics",
        "The law sets penalties from $250,000 to $1 million.",
        "$250,000 to $1 million",
        250000,
        1 * M,
        "USD",
    ),
    ("politics", "Fines run from $300 to $2 million.", "$300 to $2 million", 300, 2 * M, "USD"),
    ("trade", "The plan costs 3 to 5 billion euros.", "3 to 5 billion euros", 3 * B, 5 * B, "EUR"),
    (
        "trade",
        "Capacity will be 2 to 4 million tonnes.",
        "2 to 4 million tonnes",
        2 * M,
        4 * M,
        "t",
    ),
    (
        "markets",
        "Analysts see losses of $1.5 billion to $2 billion.",
        "$1.5 billion to $2 billion",
        1.5 * B,
        2 * B,
        "USD",
    ),
    (
        "markets",
        "The stake is worth $800 million to $1.2 billion.",
        "$800 million to $1.2 billion",
        800 * M,
        1.2 * B,
        "USD",
    ),
    (
        "trade",
        "Sales are seen between 10 and 12 million units.",
        "10 and 12 million",
        10 * M,
        12 * M,
        "count",
    ),
    ("sports", "Tickets cost from £40 to £120.", "£40 to £120", 40, 120, "GBP"),
    ("science", "The dose ranges from 5 to 10 mg.", "5 to 10 mg", 5, 10, "mg"),
    (
        "autos",
        "Prices run from 20,000 to 35,000 euros.",
        "20,000 to 35,000 euros",
        20000,
        35000,
        "EUR",
    ),
    (
        "property",
        "Homes sell for $900,000 to $1.5 million.",
        "$900,000 to $1.5 million",
        900000,
        1.5 * M,
        "USD",
    ),
    (
        "tech",
        "Shipments of 300 to 400 million phones are expected.",
        "300 to 400 million",
        300 * M,
        400 * M,
        "count",
    ),
    # a range the tokenizer keeps whole, and a first number left open by a hyphen
    ("markets", "Bond yields hovered at 3.5–4.0% all week.", "3.5–4.0%", 3.5, 4.0, "percent"),
    ("politics", "He faces a 3- to 5-year sentence.", "3- to 5-year", 3, 5, "year"),
    ("science", "The rover drove 2- to 4-meter hops.", "2- to 4-meter", 2, 4, "m"),
    # the currency written once, before the first number, is the range's: "$8-11bn"
    ("companies", "The bid values the group at $6-7bn.", "$6-7bn", 6 * B, 7 * B, "USD"),
    ("politics", "The scheme will cost £4-5bn a year.", "£4-5bn a year", 4 * B, 5 * B, "GBP/year"),
    ("markets", "Outflows reached €2 to 3 billion.", "€2 to 3 billion", 2 * B, 3 * B, "EUR"),
    ("property", "Flats let for $900-1,200 a month.", "$900-1,200 a month", 900, 1200, "USD/month"),
    ("markets", "The fund lost $3 to 4 billion.", "$3 to 4 billion", 3 * B, 4 * B, "USD"),
    # a hyphen binds tighter than "to"; the bare level before it takes its scale and unit
    (
        "economy",
        "Sales will grow from 9.5 to 11-13 billion euros.",
        "11-13 billion euros",
        11 * B,
        13 * B,
        "EUR",
    ),
    # a hyphenated range after a change verb is a range, not a change and a level
    ("markets", "The two funds raised 1-2 and 3-4 billion dollars.", "1-2", 1 * B, 2 * B, "USD"),
    # a bare range before a list's unit shares it
    ("trade", "Tickets cost 10-12 and 15-20 yuan.", "10-12", 10, 12, "CNY"),
]

NOT_QUANTITIES = [
    # (section, sentence, number text that must not be a figure)
    # names with numbers that are no counts (network generations, models, laws, groups)
    ("tech", "The carrier switched on its 5G network in the capital.", "5"),
    ("tech", "Rural towns still rely on 4G masts.", "4"),
    # a stage's name, a numbered road exit
    ("health", "The Phase 3 results will be presented in Madrid.", "3"),
    ("world", "Phase 2 of the project starts soon.", "2"),
    ("world", "The road is closed between junctions 10 and 16.", "10"),
    ("world", "The road is closed between junctions 10 and 16.", "16"),
    # a clock reading with seconds is no time taken
    ("world", "The ferry leaves at 10:30:00 each day.", "10:30:00"),
    ("tech", "The laptop ships with Windows 11 installed.", "11"),
    ("companies", "The airline ordered ten more Boeing 737 jets.", "737"),
    ("companies", "The carrier flies the A320 on short routes.", "320"),
    ("science", "Covid-19 cases fell for a third week.", "19"),
    ("politics", "Leaders of the G7 met in Rome.", "7"),
    ("politics", "The G20 summit ended without a statement.", "20"),
    ("sport", "Formula 1 returns to Monaco next month.", "1"),
    ("tech", "Lawmakers want to narrow Section 230 protections.", "230"),
    ("politics", "London triggered Article 50 in March.", "50"),
    ("companies", "The retailer filed for Chapter 11 protection.", "11"),
    ("travel", "Tourists still drive Route 66 every summer.", "66"),
    ("markets", "The FTSE 100 rose in early trade.", "100"),
    # small number words with nothing counted are idioms or references
    ("politics", "The two met in Geneva on Monday.", "two"),
    ("sports", "She is one in a million.", "a million"),
    # a spaced capital letter is a letter, not a glued symbol
    ("sports", "Pool 3 C is the toughest group.", "3"),
    # a score or a tally written like a range that does not increase
    ("sports", "Leeds beat Hull 3-1 on Saturday.", "3"),
    ("sports", "Leeds beat Hull 3-1 on Saturday.", "1"),
    ("politics", "The motion passed 61-39 in the upper house.", "39"),
    ("sports", "The sides drew 2-2 in Madrid.", "2"),
    ("markets", "The Nasdaq 100 slipped on Tuesday.", "100"),
    ("markets", "The S&P 500 hit a record.", "500"),
    ("markets", "The Russell 2000 lagged the market.", "2000"),
    ("markets", "The Stoxx 600 was flat.", "600"),
    ("tech", "Apple unveiled the iPhone 15 in September.", "15"),
    ("tech", "Google's Pixel 8 went on sale.", "8"),
    ("tech", "Microsoft will stop supporting Windows 10.", "10"),
    ("tech", "Sony cut the price of the PlayStation 5.", "5"),
    ("autos", "Tesla raised the price of the Model 3.", "3"),
    ("sports", "The Celtics won Game 7 at home.", "7"),
    ("sports", "Arsenal won 3–1 at home.", "3–1"),
    ("sports", "The club has won 3 cups since 2010.", "3 cups"),
    ("sports", "The coach is 30 W/L over three seasons.", "30 W"),
    ("sports", "Verstappen leads Formula 1 again.", "1"),
    ("politics", "The office is in ZIP code 10001.", "10001"),
    ("politics", "Police closed Route 66 overnight.", "66"),
    ("science", "Apollo 11 landed in 1969.", "11"),
    ("politics", "Officials met in Room 12.", "12"),
    ("sports", "He scored 12 in the first half.", "12 in"),
    ("markets", "Shares gained 3 in early trade.", "3 in"),
    # times of day, although "am" and "pm" are also unit symbols (attometre, picometre)
    ("markets", "Trading resumes at 9 am in Tokyo.", "9"),
    ("politics", "The vote closed at 10.45pm on Thursday.", "10.45"),
    ("sports", "Kick-off was moved to 3 pm.", "3"),
    ("tech", "The update ships at 11:30 a.m. Pacific time.", "11:30"),
    # a glued "R" outside a South African story, or after a maker, is a name
    ("autos", "The Audi R8 costs $150,000 in Johannesburg.", "R8"),
    ("science", "The R2 rover cost $2m.", "R2"),
    # numbers of models and codes after a capitalised name or an acronym, or glued to a code
    ("autos", "The Toyota GR86 and the Nissan 370 Z share a dealer.", "370"),
    ("companies", "Train ICE 524 to Munich was cancelled.", "524"),
    # a period after a superlative, or "over" right after a figure, is the time stage's
    ("economy", "The state will cut 3,000 jobs over two years.", "two"),
    ("markets", "The yen hit its weakest level in 34 years.", "34"),
    ("politics", "Turnout was the lowest in 20 years.", "20"),
    # a tenor names the instrument
    ("markets", "The two-year Treasury yield hit 4.9%.", "two-year"),
    ("markets", "Japan's 10-year JGB yield rose.", "10-year"),
    ("tech", "The Airbus A321-200 seats about 190 passengers.", "200"),
    ("companies", "The Lockheed F35-2 prototype flew.", "2"),
    # a kind's name; a nought opening a score; an address with the street word first;
    # a year before the noun it dates
    ("defence", "The navy ordered five Type 31 frigates.", "31"),
    ("sport", "Leeds came back from 0-2 down to win.", "0"),
    ("world", "Police searched a flat at 8 Rue de Lyon.", "8"),
    ("climate", "Emissions are 40% below 1990 levels.", "1990"),
    # tenors of rates, loans and metals
    ("economy", "The bank cut its one-year loan prime rate.", "one-year"),
    ("markets", "Three-month nickel fell 1%.", "Three-month"),
    # a model's code; a tenor over an adjective; a standard box size
    ("companies", "The airline took delivery of its first Boeing 787X.", "787"),
    ("property", "Buyers locked in a 15-year fixed mortgage.", "15-year"),
    ("trade", "Shipping a 20-foot container to Hamburg costs more.", "20-foot"),
]

PERIODS = [
    # periods of time belong to the time stage, not to quantities
    ("politics", "Prices rose in the past three months.", "three months"),
    ("trade", "The plant opened two years ago.", "two years"),
    ("markets", "Shares fell over the past five years.", "five years"),
    ("politics", "He resigned two days before the vote.", "two days"),
    ("economy", "Wages rose 5.2% in the three months to June.", "three months"),
    ("companies", "Profit doubled in the six months ended September 30.", "six months"),
    ("economy", "Prices climbed 3.4% in the 12 months through March.", "12 months"),
    # "in" after a verb of change and its figure: the change's period
    ("tech", "Sales have grown 2.5x in two years.", "two years"),
    ("markets", "Cocoa has more than quadrupled in two years.", "two years"),
    ("economy", "Output shrank in the final three months of the year.", "three months"),
    # "last" before a period is its anchor, unless it is the verb
    ("companies", "Sales fell in the last six weeks.", "six weeks"),
    ("science", "The observatory opened 300 years ago.", "300 years"),
]

ARTICLE_NO_FIGURE = [
    # (section, sentence): "a"/"an" before a unit's word, yet no amount
    ("sport", "The favourite won the derby by a mile."),
    ("companies", "The founder would not take a penny in salary."),
    ("retail", "The chain opened a dollar store in the mall."),
    ("markets", "Investors bought a euro-denominated bond."),
    ("politics", "The party hopes for a second term."),
    ("tech", "The update took a bit longer than planned."),
    ("world", "The minister said it would take a minute to explain."),
]


@pytest.mark.parametrize("section, text, span, value, unit", VALUES)
def test_values(nlp, section, text, span, value, unit):
    found = figures(nlp, text)
    assert span in found, f"{span!r} not among {list(found)}"
    got_value, _, _, got_unit = found[span]
    assert _close(got_value, value) and got_unit == unit, (got_value, got_unit)


@pytest.mark.parametrize("section, text, span, low, high, unit", RANGES)
def test_ranges(nlp, section, text, span, low, high, unit):
    found = figures(nlp, text)
    assert span in found, f"{span!r} not among {list(found)}"
    value, got_low, got_high, got_unit = found[span]
    assert value is None and _close(got_low, low) and _close(got_high, high), (got_low, got_high)
    assert got_unit == unit


@pytest.mark.parametrize("section, text, number", NOT_QUANTITIES)
def test_names_are_not_quantities(nlp, section, text, number):
    found = figures(nlp, text)
    assert not any(number in span for span in found), found


@pytest.mark.parametrize("section, text, span", PERIODS)
def test_periods_stay_with_time(nlp, section, text, span):
    assert not any(span in s for s in figures(nlp, text))


@pytest.mark.parametrize("section, text", ARTICLE_NO_FIGURE)
def test_article_before_a_unit_word_is_no_figure_here(nlp, section, text):
    assert figures(nlp, text) == {}


def test_a_price_per_a_unit_written_first_points_at_its_denominator(nlp):
    """ "A kilogram of coffee now sells for $9.40": one figure, USD/kg, whose item is the
    denominator's noun phrase; "a kilogram" is no figure of its own."""
    text = "A kilogram of coffee now sells for $9.40."
    (span,) = nlp(text).spans[QUANTITIES]
    assert span.text == "$9.40" and span.label_ == "USD/kg"
    start, end = span._.nf_q_item
    assert text[start:end] == "kilogram of coffee"


def test_case_count():
    assert len(VALUES) + len(RANGES) + len(NOT_QUANTITIES) + len(PERIODS) >= 150


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("It raised $25m.", ["It", "raised", "$", "25", "m", "."]),
        ("Worth $3.4B. Shares", ["Worth", "$", "3.4B", ".", "Shares"]),
        ("It peaked at 39.5C.", ["It", "peaked", "at", "39.5C", "."]),
        ("Limit: 130 km/h.", ["Limit", ":", "130", "km", "/", "h", "."]),
        # a symbol written apart that ends in a capital after a small letter
        ("The charger gives 22 kW.", ["The", "charger", "gives", "22", "kW", "."]),
        ("It draws 40 mA. Then", ["It", "draws", "40", "mA", ".", "Then"]),
        # the initials and abbreviations the tokenizer keeps whole elsewhere stay whole
        ("John M. Smith met Dr. Lee.", ["John", "M.", "Smith", "met", "Dr.", "Lee", "."]),
        # only unit symbols: a name of the same shape keeps spaCy's own reading
        ("She joined PwC. Later", ["She", "joined", "PwC.", "Later"]),
    ],
)
def test_the_stop_after_a_glued_scale_is_its_own_token(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


# (section, sentence, the figures a reader writes down: span -> value) for scores and votes:
# a pair for and against, never a range from the larger to the smaller
PAIRS = [
    # a score or tally written with a hyphen is no figure (the "score" exclusion rule);
    # written with words, its two numbers are two figures; never a falling range
    ("sport", "United won 3-1 at home on Saturday.", {}),
    ("sport", "The visitors beat them 2-0 in the final.", {}),
    ("politics", "The bill cleared the Senate in a 70-29 vote.", {}),
    ("politics", "MPs backed the motion by 310 votes to 242.", {"310": 310, "242": 242}),
]


@pytest.mark.parametrize("section, text, pair", PAIRS)
def test_scores_and_votes_are_pairs_not_ranges(nlp, section, text, pair):
    found = figures(nlp, text)
    for span, (_value, low, high, _unit) in found.items():
        assert low is None or high is None or low <= high, (span, low, high)
    assert {s: v for s, (v, *_rest) in found.items()} == pair


def test_exact_case_forms_are_keyed_as_written(nlp):
    """A hand rule with ``exact_case`` matches only as written, also when the tokenizer
    splits it from the digits: "g" (grams) is no "G"."""
    table = nlp.get_pipe("quantities").vocab.units_after
    assert ("=", "g") in table and ("g",) not in table
    assert ("=", "L") in table and ("l",) not in table


@pytest.mark.parametrize(
    "text",
    [
        "The FTSE 100 fell 0.5 per cent to 7,400 as miners slid.",  # attosecond "as"
        "The game runs at 120 fps on the new console.",  # feet a second, not frames
        "Polls close at 8 pm ET in most states.",  # exatesla "ET"
        "Sales of 40 EV models are planned.",  # exavolt "EV"
        "The firm shipped 5 TV sets an hour.",  # teravolt "TV"
        "The scanner prints at 600 dpi.",  # dry pints
        "He lived at 12 Mill Rd for years.",  # rutherford "Rd"
    ],
)
def test_words_and_names_are_no_prefixed_units(nlp, text):
    """pint's symbol for a unit nobody writes in news is an English word or a name."""
    units = {label for _, _, _, label in figures(nlp, text).values()}
    assert not units & {"as", "fps", "ET", "EV", "TV", "dpi", "Rd"}, units
