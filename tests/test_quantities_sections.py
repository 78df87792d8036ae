"""A blind case table for the quantities stage across the sections of a newspaper (issue 12).

The sentences were written for this file, news-style, without reading the stage or its
other case tables; each expectation is what a careful annotator reads in the sentence:
one figure per measured amount, in text order, as (value, unit code) or (low, high, unit
code) for a range, with the codes of the output contract (README, "Quantities"): ISO 4217
for money (pence and cents as fractions of the main unit), `percent`, `pp`, `bp`, `points`,
`count`, `rank`, `year_of_age`, pint symbols for measures and `A/B` for rates. Sentences
with no figure fact (names with numbers, dates, ordinals, phone numbers, scores) expect
none. Known failures are `xfail(strict=True)` with what is wrong; the summary of the run
is in the probe report, not here.
"""

from __future__ import annotations

import pytest

from tests.case_tables import assert_figures, params, r, spread, v

# (section, sentence, figures in text order[, xfail reason])
CASES = [
    # markets
    (
        "markets",
        "The FTSE 100 closed at 7,412.3 on Friday, down 0.6%.",
        [v(7412.3, "points"), v(0.6, "percent")],
    ),
    (
        "markets",
        "Brent crude rose 2.3% to $84.15 a barrel.",
        [v(2.3, "percent"), v(84.15, "USD/bbl")],
    ),
    (
        "markets",
        "The benchmark yield climbed 12 basis points to 4.31%.",
        [v(12, "bp"), v(4.31, "percent")],
    ),
    (
        "markets",
        "Shares in the miner fell 45p to 1,232p in London.",
        [v(0.45, "GBP"), v(12.32, "GBP")],
    ),
    (
        "markets",
        "The Nikkei 225 gained 1.8% while the Hang Seng slipped 0.4%.",
        [v(1.8, "percent"), v(0.4, "percent")],
    ),
    (
        "markets",
        "The euro fell to $1.0712, while sterling rose 0.3 cents.",
        [v(1.0712, "USD"), v(0.003, "USD")],
    ),
    (
        "markets",
        "Bitcoin jumped 9% to above $67,000 over the weekend.",
        [v(9, "percent"), v(67000, "USD")],
    ),
    (
        "markets",
        "The Dow Jones Industrial Average rose 312 points, or 0.8%, to 39,150.",
        [v(312, "points"), v(0.8, "percent"), v(39150, "points")],
    ),
    (
        "markets",
        "Investors pulled $4.2bn from emerging-market bond funds last week.",
        [v(4.2e9, "USD")],
    ),
    ("markets", "Turnover on the exchange reached HK$112.6 billion.", [v(1.126e11, "HKD")]),
    ("markets", "The Stoxx 600 index ended the session flat.", []),
    (
        "markets",
        "At the close the DAX stood -1.1% and the CAC 40 +0.4%.",
        [v(-1.1, "percent"), v(0.4, "percent")],
    ),
    (
        "markets",
        "Gilt yields rose to 4.6pc as the pound lost 1.2 cents.",
        [v(4.6, "percent"), v(0.012, "USD")],
    ),
    # companies and earnings
    (
        "companies",
        "The retailer reported a net profit of €1.24bn, up from €980m.",
        [v(1.24e9, "EUR"), v(9.8e8, "EUR")],
    ),
    (
        "companies",
        "Revenue rose 14 per cent to £3.6 billion, beating forecasts of £3.4 billion.",
        [v(14, "percent"), v(3.6e9, "GBP"), v(3.4e9, "GBP")],
    ),
    (
        "companies",
        "The company will cut 1,200 jobs, about 8% of its workforce.",
        [v(1200, "count"), v(8, "percent")],
    ),
    (
        "companies",
        "Earnings per share came in at 87 cents, against 81 cents expected.",
        [v(0.87, "USD"), v(0.81, "USD")],
    ),
    ("companies", "The board approved a buyback of up to $5bn.", [v(5e9, "USD")]),
    ("companies", "Apple sold 52.4 million iPhones in the quarter.", [v(5.24e7, "count")]),
    (
        "companies",
        "Operating margin narrowed by 1.5 percentage points to 11.2%.",
        [v(1.5, "pp"), v(11.2, "percent")],
    ),
    (
        "companies",
        "The brewer agreed to buy its rival for 9.5 billion Swiss francs.",
        [v(9.5e9, "CHF")],
    ),
    (
        "companies",
        "Toyota's operating profit rose to ¥5.35tn.",
        [v(5.35e12, "JPY")],
    ),
    (
        "companies",
        "The start-up raised Rs 450 crore in its latest funding round.",
        [v(4.5e9, "INR")],
    ),
    ("companies", "Samsung shipped 60m smartphones in the first quarter.", [v(6e7, "count")]),
    (
        "companies",
        "The airline carried 4.3 million passengers, with a load factor of 86.5 per cent.",
        [v(4.3e6, "count"), v(86.5, "percent")],
    ),
    ("companies", "The carrier sought $2.6b in state aid.", [v(2.6e9, "USD")]),
    ("companies", "The streaming service added 3.4M subscribers.", [v(3.4e6, "count")]),
    (
        "companies",
        "Sales in Germany reached EUR85m.",
        [v(8.5e7, "EUR")],
    ),
    # sports
    ("sports", "Bolt ran the 100 metres in 9.58 seconds.", [v(100, "m"), v(9.58, "s")]),
    (
        "sports",
        "United won 3-1 at Anfield on Sunday.",
        [],
    ),
    (
        "sports",
        "The striker joined for a fee of £85m on a five-year contract.",
        [v(8.5e7, "GBP"), v(5, "year")],
    ),
    ("sports", "A crowd of 74,310 watched the final at Wembley.", [v(74310, "count")]),
    ("sports", "Game 7 of the series is on Wednesday night.", []),
    ("sports", "She won the marathon by 48 seconds.", [v(48, "s")]),
    (
        "sports",
        "The quarterback threw for 312 yards and three touchdowns.",
        [v(312, "yd"), v(3, "count")],
    ),
    (
        "sports",
        "The 34-year-old has scored 21 goals in 30 appearances this season.",
        [v(34, "year_of_age"), v(21, "count"), v(30, "count")],
    ),
    (
        "sports",
        "The Tour de France covers 3,492 kilometres over 21 stages.",
        [v(3492, "km"), v(21, "count")],
    ),
    (
        "sports",
        "The team signed the pitcher to a seven-year, $245 million deal.",
        [v(7, "year"), v(2.45e8, "USD")],
    ),
    ("sports", "Tickets for the final sold out within 20 minutes.", [v(20, "min")]),
    ("sports", "Federer won 20 Grand Slam titles.", [v(20, "count")]),
    (
        "sports",
        "The All Blacks lead the series 2-0 after a 28-12 victory.",
        [],
    ),
    ("sports", "Jones, 29, signed a new deal on Monday.", [v(29, "year_of_age")]),
    # tech
    (
        "tech",
        "The phone has a 6.7-inch screen and a 5,000mAh battery.",
        [v(6.7, "in"), v(5000, "mAh")],
    ),
    ("tech", "The new chip runs at 3.2GHz and draws 15 watts.", [v(3.2, "GHz"), v(15, "W")]),
    ("tech", "The iPhone 15 and the Pixel 8 go on sale next week.", []),
    (
        "tech",
        "The plan offers download speeds of 900Mbps for £45 a month.",
        [v(900, "Mbps"), v(45, "GBP/month")],
    ),
    ("tech", "The laptop comes with 16GB of memory and a 1TB drive.", [v(16, "GB"), v(1, "TB")]),
    ("tech", "The social network said it had 3.07bn monthly users.", [v(3.07e9, "count")]),
    ("tech", "The outage affected about 8.5 million Windows computers.", [v(8.5e6, "count")]),
    ("tech", "Regulators fined the firm €1.2bn for transferring data abroad.", [v(1.2e9, "EUR")]),
    ("tech", "The model was trained on 15 trillion tokens.", [v(1.5e13, "count")]),
    ("tech", "The TV has a 120Hz panel and weighs 18.2kg.", [v(120, "Hz"), v(18.2, "kg")]),
    ("tech", "Call 0800 555 0199 for support.", []),
    ("tech", "The satellites orbit at an altitude of 550 km.", [v(550, "km")]),
    ("tech", "Windows 11 and Android 14 received security patches.", []),
    # science and health
    (
        "science",
        "The trial enrolled 4,512 patients across 12 countries.",
        [v(4512, "count"), v(12, "count")],
    ),
    ("science", "The vaccine was 94.1% effective in preventing illness.", [v(94.1, "percent")]),
    (
        "science",
        "Adults should take no more than 4 grams of paracetamol a day.",
        [v(4, "g/day")],
    ),
    (
        "science",
        "The telescope spotted a galaxy 13.4 billion light years away.",
        [v(1.34e10, "ly")],
    ),
    (
        "science",
        "The patient's temperature reached 39.5C.",
        [v(39.5, "degC")],
    ),
    (
        "science",
        "The virus has infected more than 2,300 people, killing 41.",
        [v(2300, "count"), v(41, "count")],
    ),
    ("science", "Researchers measured particles as small as 2.5 micrometres.", [v(2.5, "µm")]),
    ("science", "Each dose contains 30 micrograms of the active ingredient.", [v(30, "µg")]),
    ("science", "The comet will pass within 0.3 astronomical units of the Sun.", [v(0.3, "au")]),
    ("science", "The study followed the volunteers for 18 months.", [v(18, "month")]),
    (
        "science",
        "Blood pressure fell by 12 mmHg on average.",
        [v(12, "mmHg")],
    ),
    ("science", "Covid-19 and the H5N1 strain remain under watch.", []),
    ("science", "Two-thirds of the participants reported side effects.", [v(2 / 3, "fraction")]),
    # weather and energy
    ("weather", "Temperatures dropped to minus 12 degrees Celsius overnight.", [v(-12, "degC")]),
    ("weather", "Gusts of up to 90mph battered the coast.", [v(90, "mph")]),
    ("weather", "Up to 150mm of rain fell in 24 hours.", [v(150, "mm"), v(24, "h")]),
    ("weather", "The wind farm will have a capacity of 1.4 gigawatts.", [v(1.4, "GW")]),
    ("weather", "Households used 2,700 kWh of electricity on average last year.", [v(2700, "kWh")]),
    ("weather", "A category 4 hurricane made landfall near Tampa.", [v(4, "rank")]),
    ("weather", "OPEC+ agreed to cut output by 2 million barrels a day.", [v(2e6, "bbl/day")]),
    ("weather", "The reactor produces 1,100 megawatts of power.", [v(1100, "MW")]),
    (
        "weather",
        "Gas prices rose 7% to 35 euros per megawatt hour.",
        [v(7, "percent"), v(35, "EUR/MWh")],
    ),
    ("weather", "Snow depths reached 1.2 metres in the Alps.", [v(1.2, "m")]),
    (
        "weather",
        "The heatwave pushed readings to 104F in Phoenix.",
        [v(104, "degF")],
    ),
    ("weather", "Visibility fell below 200 metres in thick fog.", [v(200, "m")]),
    ("weather", "The storm is expected to arrive on Thursday, 14 November.", []),
    # autos
    ("autos", "The car sprints from 0 to 62mph in 3.9 seconds.", [r(0, 62, "mph"), v(3.9, "s")]),
    ("autos", "Its 2.0-litre engine makes 255 horsepower.", [v(2.0, "L"), v(255, "hp")]),
    ("autos", "The electric SUV has a range of 320 miles on a single charge.", [v(320, "mi")]),
    (
        "autos",
        "Carmakers sold 1.28 million vehicles in Europe in May, up 13.7%.",
        [v(1.28e6, "count"), v(13.7, "percent")],
    ),
    (
        "autos",
        "The hybrid returns 58 mpg and emits 110g/km of CO2.",
        [v(58, "mpg"), v(110, "g/km")],
    ),
    ("autos", "The company recalled 340,000 cars over a faulty airbag.", [v(340000, "count")]),
    ("autos", "The Model 3 starts at $38,990 before tax credits.", [v(38990, "USD")]),
    (
        "autos",
        "Charging from 10% to 80% takes 18 minutes.",
        [v(10, "percent"), v(80, "percent"), v(18, "min")],
    ),
    (
        "autos",
        "The truck can tow up to 11,000 pounds.",
        [v(11000, "lb")],
    ),
    ("autos", "Tesla delivered 386,810 vehicles in the first quarter.", [v(386810, "count")]),
    (
        "autos",
        "The speed limit on the motorway is 130 km/h.",
        [v(130, "km/h")],
    ),
    ("autos", "The Porsche 911 and the BMW X5 topped the list.", []),
    ("autos", "The engine revs to 9,000rpm.", [v(9000, "rpm")]),
    # property
    (
        "property",
        "The average house price rose 1.9% to £285,000.",
        [v(1.9, "percent"), v(285000, "GBP")],
    ),
    (
        "property",
        "The apartment, 120 square metres, sold for HK$18.8m.",
        [v(120, "m2"), v(1.88e7, "HKD")],
    ),
    ("property", "Office rents in Manhattan averaged $75 per square foot.", [v(75, "USD/ft2")]),
    (
        "property",
        "Mortgage rates climbed to 7.1%, the highest in two decades.",
        [v(7.1, "percent")],
    ),
    (
        "property",
        "The developer plans 3,500 homes on the 40-hectare site.",
        [v(3500, "count"), v(40, "ha")],
    ),
    (
        "property",
        "Home sales fell 4.3 per cent in March to an annual rate of 3.97 million.",
        [v(4.3, "percent"), v(3.97e6, "count")],
    ),
    ("property", "Rents in Kuala Lumpur start at RM1,800 a month.", [v(1800, "MYR/month")]),
    (
        "property",
        "The tower at 432 Park Avenue is 426 metres tall.",
        [v(426, "m")],
    ),
    (
        "property",
        "Housing starts dropped 8% to 1.32 million units.",
        [v(8, "percent"), v(1.32e6, "count")],
    ),
    ("property", "Prices in Sydney jumped A$52,000 over the year.", [v(52000, "AUD")]),
    (
        "property",
        "The plot of 2.5 acres is on sale for $1.2 million.",
        [v(2.5, "acre"), v(1.2e6, "USD")],
    ),
    ("property", "The flat on the 12th floor has three bedrooms.", [v(3, "count")]),
    # politics and elections
    (
        "politics",
        "Turnout was 67.3%, with 31.2 million votes cast.",
        [v(67.3, "percent"), v(3.12e7, "count")],
    ),
    ("politics", "The ruling party won 212 of the 450 seats.", [v(212, "count"), v(450, "count")]),
    (
        "politics",
        "The bill passed the Senate 52-48 on Thursday.",
        [],
    ),
    ("politics", "The government will spend $1.2 trillion on infrastructure.", [v(1.2e12, "USD")]),
    ("politics", "Her lead narrowed to 3 percentage points in the latest poll.", [v(3, "pp")]),
    ("politics", "Senator Smith, 71, said he would not run again.", [v(71, "year_of_age")]),
    ("politics", "The 22nd Amendment limits presidents to two terms.", [v(2, "count")]),
    (
        "politics",
        "About 4.5m postal ballots were requested.",
        [v(4.5e6, "count")],
    ),
    ("politics", "The deficit reached 5.8 per cent of GDP.", [v(5.8, "percent")]),
    (
        "politics",
        "Parliament approved a defence budget of 86 billion Indian rupees.",
        [v(8.6e10, "INR")],
    ),
    ("politics", "The candidate raised more than $40m in the third quarter.", [v(4e7, "USD")]),
    ("politics", "The referendum on Proposition 1 is set for November 5.", []),
    (
        "politics",
        "Some twelve thousand five hundred protesters marched on parliament.",
        [v(12500, "count")],
    ),
    ("politics", "A quarter of a million people signed the petition.", [v(250000, "count")]),
    # trade
    (
        "trade",
        "Exports rose 8.6% year on year to $303.4bn in June.",
        [v(8.6, "percent"), v(3.034e11, "USD")],
    ),
    ("trade", "The trade surplus narrowed to 82.6 billion yuan.", [v(8.26e10, "CNY")]),
    (
        "trade",
        "Washington imposed a 25% tariff on $34 billion of goods.",
        [v(25, "percent"), v(3.4e10, "USD")],
    ),
    ("trade", "Soybean shipments fell to 5.2 million tonnes.", [v(5.2e6, "t")]),
    (
        "trade",
        "Germany's exports to China dropped by €4.1bn to €97bn.",
        [v(4.1e9, "EUR"), v(9.7e10, "EUR")],
    ),
    ("trade", "Container volumes at the port hit 47 million TEU.", [v(4.7e7, "TEU")]),
    (
        "trade",
        "The country imported 10.4 million barrels of crude a day in March.",
        [v(1.04e7, "bbl/day")],
    ),
    (
        "trade",
        "Rice exports from Vietnam rose 12.5pc to 4.7m tonnes.",
        [v(12.5, "percent"), v(4.7e6, "t")],
    ),
    ("trade", "Brazil's coffee exports earned R$12.3bn.", [v(1.23e10, "BRL")]),
    ("trade", "Japan's exports rose for a third straight month.", []),
    (
        "trade",
        "Import duties on steel will rise from 10% to 25% in April.",
        [v(10, "percent"), v(25, "percent")],
    ),
    ("trade", "Tariffs of 3 to 5 billion euros were threatened.", [r(3e9, 5e9, "EUR")]),
    ("trade", "Malaysia's palm oil exports were worth MYR 6.2 billion.", [v(6.2e9, "MYR")]),
    # crime and courts
    ("courts", "He was sentenced to 14 years in prison.", [v(14, "year")]),
    ("courts", "The bank agreed to pay a $1.3bn settlement.", [v(1.3e9, "USD")]),
    (
        "courts",
        "Police seized 2.4 tonnes of cocaine worth an estimated £200m.",
        [v(2.4, "t"), v(2e8, "GBP")],
    ),
    ("courts", "The 45-year-old was charged with fraud.", [v(45, "year_of_age")]),
    (
        "courts",
        "Fines range from $500 to $10,000 per violation.",
        [r(500, 10000, "USD/violation")],
    ),
    ("courts", "Penalties of between $50,000 and $2 million apply.", [r(50000, 2e6, "USD")]),
    (
        "courts",
        "The jury deliberated for nine hours before returning a verdict.",
        [v(9, "h")],
    ),
    ("courts", "Officers were called to 221B Baker Street at 10.30pm.", []),
    ("courts", "The fraud cost investors about 3.5 billion dollars.", [v(3.5e9, "USD")]),
    (
        "courts",
        "Burglaries fell 12% last year to 262,000 cases.",
        [v(12, "percent"), v(262000, "count")],
    ),
    ("courts", "Case No. 23-1042 was dismissed on Tuesday.", []),
    ("courts", "He was ordered to do 200 hours of community service.", [v(200, "h")]),
    ("courts", "The judge set bail at between $300 and $1 million.", [r(300, 1e6, "USD")]),
    # travel
    (
        "travel",
        "The flight from London to Singapore takes 13 hours and covers 10,880km.",
        [v(13, "h"), v(10880, "km")],
    ),
    ("travel", "A double room at the hotel costs €320.", [v(320, "EUR")]),
    ("travel", "The airline will add 14 weekly flights to Bangkok.", [v(14, "count")]),
    ("travel", "Checked bags may weigh up to 23kg.", [v(23, "kg")]),
    ("travel", "Heathrow handled 79.2 million passengers last year.", [v(7.92e7, "count")]),
    ("travel", "Flight BA117 departs from Terminal 5 at 8.25am.", []),
    (
        "travel",
        "A return fare costs S$1,250, about 15% more than last year.",
        [v(1250, "SGD"), v(15, "percent")],
    ),
    (
        "travel",
        "The high-speed train reaches 320 km/h between the two cities.",
        [v(320, "km/h")],
        "'the two cities' (a reference, not a fact) read as a count",
    ),
    ("travel", "Tourist arrivals rose to 1.9 million in the first half.", [v(1.9e6, "count")]),
    (
        "travel",
        "The cruise ship is 362 metres long and carries 6,680 guests.",
        [v(362, "m"), v(6680, "count")],
    ),
    ("travel", "The visa fee rises to NZ$211 from October.", [v(211, "NZD")]),
    ("travel", "The museum is open from 9am to 5pm daily.", []),
    ("travel", "They chartered a 40m yacht for the week.", [v(40, "m")]),
    ("travel", "Some 25m people travelled over the holiday.", [v(2.5e7, "count")]),
    # second batch: harder shapes (bps, sen, C$, $US, rates, durations, names, ranges)
    (
        "markets",
        "The spread widened by 35bps to 1.9 percentage points.",
        [v(35, "bp"), v(1.9, "pp")],
    ),
    ("markets", "The pension fund oversees C$48bn in assets.", [v(4.8e10, "CAD")]),
    (
        "markets",
        "The Kospi fell 2.1 per cent to 2,560.4 points.",
        [v(2.1, "percent"), v(2560.4, "points")],
    ),
    ("markets", "Copper rose to $9,870 a tonne on the LME.", [v(9870, "USD/t")]),
    ("markets", "Interest rates were left unchanged on 18 September 2024.", []),
    ("companies", "Its shares closed 12 sen higher at RM4.85.", [v(0.12, "MYR"), v(4.85, "MYR")]),
    (
        "companies",
        "The group expects sales of between 3.2 and 3.5 billion dollars.",
        [r(3.2e9, 3.5e9, "USD")],
    ),
    ("companies", "The chipmaker's market value topped $3tn.", [v(3e12, "USD")]),
    (
        "companies",
        "Quarterly profit fell to $US1.9 billion.",
        [v(1.9e9, "USD")],
    ),
    ("companies", "The Boeing 737 Max 9 was grounded after the incident.", []),
    ("sports", "The pitcher's fastball was clocked at 102.5mph.", [v(102.5, "mph")]),
    ("sports", "The club's wage bill rose to £1.1 billion.", [v(1.1e9, "GBP")]),
    (
        "sports",
        "He wore the No. 10 shirt for 12 seasons.",
        [v(12, "count")],
        "'for 12 seasons' dropped (taken as a time period): no figure",
    ),
    (
        "tech",
        "The battery charges to 50% in 15 minutes and lasts 22 hours.",
        [v(50, "percent"), v(15, "min"), v(22, "h")],
    ),
    (
        "tech",
        "The drive reads data at 7,000MB/s.",
        [v(7000, "MB/s")],
    ),
    ("tech", "The data centre will draw 300MW from the grid.", [v(300, "MW")]),
    (
        "tech",
        "The chip packs 208 billion transistors on a 4-nanometre process.",
        [v(2.08e11, "count"), v(4, "nm")],
    ),
    ("tech", "Section 230 protects online platforms from liability.", []),
    ("science", "The glacier has lost 1.5 trillion tonnes of ice since 2000.", [v(1.5e12, "t")]),
    ("science", "Sea levels are rising by 3.7 millimetres a year.", [v(3.7, "mm/year")]),
    ("science", "The particles travelled at 99.9% of the speed of light.", [v(99.9, "percent")]),
    ("science", "The dose was cut to 0.5 mg per kilogram.", [v(0.5, "mg/kg")]),
    (
        "weather",
        "Solar panels on the roof generate 6.4kW at midday.",
        [v(6.4, "kW")],
    ),
    (
        "weather",
        "Electricity prices are capped at 24.5p per kilowatt hour.",
        [v(0.245, "GBP/kWh")],
    ),
    ("weather", "Rainfall totals reached 3.2 inches in Houston.", [v(3.2, "in")]),
    ("autos", "Range on the WLTP cycle is 610km.", [v(610, "km")]),
    (
        "autos",
        "The car costs €42,990 and charges at up to 250kW.",
        [v(42990, "EUR"), v(250, "kW")],
    ),
    ("autos", "The battery pack holds 82 kWh.", [v(82, "kWh")]),
    ("autos", "Route 66 still draws classic car fans every summer.", []),
    ("property", "Prices per square metre rose to 68,000 yuan.", [v(68000, "CNY")]),
    ("property", "The warehouse covers 1.2 million square feet.", [v(1.2e6, "ft2")]),
    ("property", "Landlords raised rents by an average of £95 a month.", [v(95, "GBP/month")]),
    ("politics", "The minimum wage will rise to $15 an hour.", [v(15, "USD/h")]),
    ("politics", "The bill would raise the debt ceiling by $2.5tn.", [v(2.5e12, "USD")]),
    ("politics", "Three-quarters of respondents oppose the plan.", [v(0.75, "fraction")]),
    ("politics", "The coalition holds a majority of 14 seats.", [v(14, "count")]),
    ("politics", "Leaders of the G7 and the G20 meet in June.", []),
    ("trade", "Tariffs on $200bn to $300bn of goods were discussed.", [r(2e11, 3e11, "USD")]),
    ("trade", "Wheat exports reached 48.6mn tonnes.", [v(4.86e7, "t")]),
    ("trade", "Russia's crude exports fell by 300,000 barrels per day.", [v(3e5, "bbl/day")]),
    (
        "trade",
        "Imports of LNG rose 6.5% to 7.9 million tonnes.",
        [v(6.5, "percent"), v(7.9e6, "t")],
    ),
    (
        "courts",
        "The company was fined £2.3m and ordered to pay £150,000 in costs.",
        [v(2.3e6, "GBP"), v(150000, "GBP")],
    ),
    ("courts", "He faces up to 20 years in jail.", [v(20, "year")]),
    (
        "courts",
        "The 19-year-old was driving at 95mph in a 30mph zone.",
        [v(19, "year_of_age"), v(95, "mph"), v(30, "mph")],
    ),
    ("courts", "Damages of $1.4m to $2m were sought.", [r(1.4e6, 2e6, "USD")]),
    ("travel", "The 3.2-mile tunnel cost £1.1bn to build.", [v(3.2, "mi"), v(1.1e9, "GBP")]),
    ("travel", "The resort lies 2,300 metres above sea level.", [v(2300, "m")]),
    (
        "travel",
        "Japan's departure tax rises to ¥1,000 next year.",
        [v(1000, "JPY")],
    ),
    ("travel", "Hotel rooms in Tokyo average 25,000 yen a night.", [v(25000, "JPY/night")]),
    ("travel", "Flights between the cities take about 90 minutes.", [v(90, "min")]),
    # third batch: signs, long number words, U+2044, spaced and American units, bpd
    (
        "markets",
        "The current account swung to -$3.4bn in the quarter.",
        [v(-3.4e9, "USD")],
    ),
    (
        "markets",
        "The index added 48.2 points, or 0.6 per cent.",
        [v(48.2, "points"), v(0.6, "percent")],
    ),
    (
        "companies",
        "Analysts expect revenue of 12.5 to 13 billion euros.",
        [r(1.25e10, 1.3e10, "EUR")],
    ),
    (
        "companies",
        "The firm has 12,000 employees in 40 countries.",
        [v(12000, "count"), v(40, "count")],
    ),
    ("sports", "Tickets for the test match cost between A$65 and A$350.", [r(65, 350, "AUD")]),
    ("sports", "Apollo 11 landed on the Moon in 1969.", []),
    (
        "tech",
        "A 65W charger fills the 4,500 mAh cell in 30 minutes.",
        [v(65, "W"), v(4500, "mAh"), v(30, "min")],
    ),
    ("science", "Only 1⁄4 of the samples were contaminated.", [v(0.25, "fraction")]),
    (
        "science",
        "The probe is travelling at 17 km/s.",
        [v(17, "km/s")],
    ),
    (
        "science",
        "A 70kg adult should drink about 2 litres of water a day.",
        [v(70, "kg"), v(2, "L/day")],
    ),
    (
        "weather",
        "Temperatures fell to -7C in Moscow overnight.",
        [v(-7, "degC")],
    ),
    ("weather", "The refinery processes 400,000 bpd of crude.", [v(4e5, "bbl/day")]),
    ("autos", "The 1.6-liter turbo engine delivers 180 horsepower.", [v(1.6, "L"), v(180, "hp")]),
    ("property", "Land in the district sells for S$1,450 per square foot.", [v(1450, "SGD/ft2")]),
    (
        "politics",
        "Forty-two thousand three hundred and six votes separated the candidates.",
        [v(42306, "count")],
    ),
    (
        "politics",
        "Polls give the party 31% against 28% for its rival.",
        [v(31, "percent"), v(28, "percent")],
    ),
    ("politics", "The vote is scheduled for 3 p.m. on Oct. 14.", []),
    (
        "trade",
        "Exports to the US fell 4.5% to 1.2 trillion yen.",
        [v(4.5, "percent"), v(1.2e12, "JPY")],
    ),
    (
        "courts",
        "Fines rise from $2,000 to $1 million for repeat offenders.",
        [v(2000, "USD"), v(1e6, "USD")],
    ),
    (
        "courts",
        "Emergency services can be reached on 999.",
        [],
        "emergency phone number '999' read as a count",
    ),
]


def test_enough_cases_over_sections():
    n, sections, empty = spread(CASES)
    assert n >= 120 and sections == 12 and empty >= 15


@pytest.mark.parametrize(("text", "figures"), params(CASES))
def test_section_case(nlp, text, figures):
    assert_figures(nlp(text), figures)
