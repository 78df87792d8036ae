"""A second blind case table (held out) for the quantities stage over twelve sections (issue 12).

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
# Reading rules where the README is silent (one line each):
# - a change keeps its stated magnitude, positive ("fell 2%" is 2 percent); a written sign stays.
# - an index level is `points`, like a move in points; "by 2 points" in a poll is `pp`.
# - a duration written in several units ("2 hours and 51 minutes") is one figure in `s`.
# - the length of a contract, sentence, tenure or trial measures it: `year`, `week`, `h`...
# - a rate per thing is `A/thing`: `USD/share`, `JPY/night`, `count/day`, `times/week`.
# - data rates are `Mbit/s` (pint reads "Mbps" as megabaud); miles per gallon is `mi/gal`.
# - "three times", "tripled", "doubled" as a multiple are `times`; "won four times" is a count.
# - an exchange rate ("151 yen to the dollar") is `JPY/USD`.
# - tenors and types that name a thing ("the 10-year Treasury", "three-cylinder") are not figures.
CASES = [
    # markets
    (
        "markets",
        "The FTSE 100 fell 0.8% to 7,412.35, its lowest close since March, while sterling "
        "slipped 0.3 cents to $1.2641.",
        [v(0.8, "percent"), v(7412.35, "points"), v(0.003, "USD"), v(1.2641, "USD")],
    ),
    (
        "markets",
        "Tokyo's Nikkei 225 rose 1.2%, or 412 points, to 34,880 as the yen weakened past "
        "151 to the dollar.",
        [v(1.2, "percent"), v(412, "points"), v(34880, "points"), v(151, "JPY/USD")],
    ),
    (
        "markets",
        "Brent crude climbed 1.8% to $82.30 a barrel, while US crude added 95 cents to $78.10.",
        [v(1.8, "percent"), v(82.30, "USD/bbl"), v(0.95, "USD"), v(78.10, "USD")],
    ),
    (
        "markets",
        "The yield on the 10-year Treasury rose 7 basis points to 4.36%, the highest since "
        "November.",
        [v(7, "bp"), v(4.36, "percent")],
    ),
    (
        "markets",
        "Gold hit a record $2,431.50 an ounce before easing 1.2% in late trade.",
        [v(2431.50, "USD/oz"), v(1.2, "percent")],
    ),
    (
        "markets",
        "Shares in the lender slumped 14% to 312p after it warned that bad loans could reach "
        "£1.2bn.",
        [v(14, "percent"), v(3.12, "GBP"), v(1.2e9, "GBP")],
    ),
    (
        "markets",
        "The Dax ended -1.1% and the CAC 40 +0.4% on Friday.",
        [v(-1.1, "percent"), v(0.4, "percent")],
    ),
    (
        "markets",
        "Bitcoin traded at about $67,000, down from a peak of nearly $73,800 in March.",
        [v(67000, "USD"), v(73800, "USD")],
    ),
    (
        "markets",
        "Turnover on the Johannesburg exchange was R14.2bn, against R17bn a day earlier.",
        [v(14.2e9, "ZAR"), v(17e9, "ZAR")],
    ),
    (
        "markets",
        "About 1.9 billion shares changed hands, 12% below the recent average.",
        [v(1.9e9, "count"), v(12, "percent")],
    ),
    (
        "markets",
        "The Sensex jumped 1,100 points, or 1.5%, to close at 74,227.6.",
        [v(1100, "points"), v(1.5, "percent"), v(74227.6, "points")],
    ),
    (
        "markets",
        "Foreign investors bought a net ₹3,200 crore of Indian shares on Tuesday.",
        [v(3.2e10, "INR")],
    ),
    (
        "markets",
        "The Kospi lost 0.6% as Samsung Electronics fell 2.1% to 78,400 won.",
        [v(0.6, "percent"), v(2.1, "percent"), v(78400, "KRW")],
    ),
    (
        "markets",
        "The SNB's sight deposits rose by 1.3 billion francs to 470.2 billion francs.",
        [v(1.3e9, "CHF"), v(470.2e9, "CHF")],
    ),
    ("markets", "Stocks slide as Nasdaq 100 sheds 2.3%", [v(2.3, "percent")]),
    (
        "markets",
        "Trading resumes at 9:30 a.m. on Monday, March 4, the exchange said.",
        [],
    ),
    (
        "markets",
        "The S&P 500 gained 12.5 points, or 0.24%, to 5,234.18, while the Dow added 0.4%.",
        [v(12.5, "points"), v(0.24, "percent"), v(5234.18, "points"), v(0.4, "percent")],
    ),
    (
        "markets",
        "Investors pulled $4.7bn from equity funds in the week to Wednesday, the most since 2022.",
        [v(4.7e9, "USD")],
    ),
    (
        "markets",
        "Copper, aluminium and zinc rose 3%, 2% and 1.5% respectively on the London Metal "
        "Exchange.",
        [v(3, "percent"), v(2, "percent"), v(1.5, "percent")],
    ),
    (
        "markets",
        "Brazil's real firmed 0.7% and the Bovespa rose 1,050 points to 128,400.",
        [v(0.7, "percent"), v(1050, "points"), v(128400, "points")],
    ),
    (
        "markets",
        "The 30-year mortgage rate averaged 6.82%, up from 6.74% a week earlier, Freddie Mac said.",
        [v(6.82, "percent"), v(6.74, "percent")],
    ),
    (
        "markets",
        "The Hang Seng China Enterprises Index and the Stoxx 600 both opened at 8 a.m. GMT.",
        [],
    ),
    # companies
    (
        "companies",
        "Acme Corp said quarterly revenue rose 8% to $12.4 billion and earnings were $1.53 a "
        "share, beating forecasts.",
        [v(8, "percent"), v(12.4e9, "USD"), v(1.53, "USD/share")],
    ),
    (
        "companies",
        "The board raised the dividend to 45 cents a share and approved a $5bn buyback.",
        [v(0.45, "USD/share"), v(5e9, "USD")],
    ),
    (
        "companies",
        "Nordholm will cut 1,450 jobs, about 6% of its workforce, and close three plants by 2026.",
        [v(1450, "count"), v(6, "percent"), v(3, "count")],
    ),
    (
        "companies",
        "The retailer, which has 312 stores in the UK, reported a pre-tax loss of £48.6m for the "
        "year to January.",
        [v(312, "count"), v(48.6e6, "GBP")],
    ),
    (
        "companies",
        "Toyota raised its full-year operating profit forecast to ¥4.9 trillion, about 30% higher "
        "than a year earlier.",
        [v(4.9e12, "JPY"), v(30, "percent")],
    ),
    (
        "companies",
        "The deal values the company at €3.2bn, or €18.50 a share, a premium of 27% to Friday's "
        "close.",
        [v(3.2e9, "EUR"), v(18.50, "EUR/share"), v(27, "percent")],
    ),
    (
        "companies",
        "Ratan Textiles posted net profit of Rs 412 crore, up 19%, on sales of Rs 5,300 crore.",
        [v(4.12e9, "INR"), v(19, "percent"), v(5.3e10, "INR")],
    ),
    (
        "companies",
        "Shipments of the Model Y fell to 98,000 units, while the Cybertruck accounted for about "
        "4,000.",
        [v(98000, "count"), v(4000, "count")],
    ),
    (
        "companies",
        "Chief executive Maria Lund, 52, will step down after 11 years in the role, the company "
        "said.",
        [v(52, "year_of_age"), v(11, "year")],
    ),
    (
        "companies",
        "Vestergaard's shares have tripled since its listing, giving it a market value of "
        "95 billion Danish kroner.",
        [v(3, "times"), v(95e9, "DKK")],
    ),
    (
        "companies",
        "The airline ordered 150 Airbus A321neo jets with options for 50 more, worth $19bn at "
        "list prices.",
        [v(150, "count"), v(50, "count"), v(19e9, "USD")],
    ),
    (
        "companies",
        "The Boeing 737 MAX 9 returned to service after Alaska Airlines completed inspections, "
        "the FAA said.",
        [],
    ),
    (
        "companies",
        "Samsung expects operating profit of 6.6 trillion won for the first quarter, more than "
        "10 times the 640 billion won of a year ago.",
        [v(6.6e12, "KRW"), v(10, "times"), v(640e9, "KRW")],
    ),
    (
        "companies",
        "The startup raised $45m at a $1.2bn valuation in a round led by two venture funds.",
        [v(45e6, "USD"), v(1.2e9, "USD"), v(2, "count")],
    ),
    (
        "companies",
        "Margins narrowed by 150 basis points to 11.2%, the company said in a statement.",
        [v(150, "bp"), v(11.2, "percent")],
    ),
    (
        "companies",
        "The brewer sold 2.3 million hectolitres of beer in the quarter, 4% less than a year ago.",
        [v(2.3e6, "hL"), v(4, "percent")],
    ),
    (
        "companies",
        "Prosus reported revenue of $2.6bn, while its South African unit earned R3.1bn.",
        [v(2.6e9, "USD"), v(3.1e9, "ZAR")],
    ),
    (
        "companies",
        "Unilever to cut 7,500 jobs in €800m savings drive",
        [v(7500, "count"), v(800e6, "EUR")],
    ),
    (
        "companies",
        "Kroll joined the Fortune 500 for the first time this year, the magazine said.",
        [],
    ),
    (
        "companies",
        "The settlement is expected to cost $2m-$3m, and senior engineers there earn about $180k.",
        [r(2e6, 3e6, "USD"), v(180000, "USD")],
    ),
    (
        "companies",
        "Zentek's net income rose to Rs 450 mn from Rs 390 mn, on orders of 3 lakh units.",
        [v(450e6, "INR"), v(390e6, "INR"), v(300000, "count")],
    ),
    (
        "companies",
        "The company's annual meeting will be held on May 14 at its headquarters at "
        "500 Oracle Parkway.",
        [],
    ),
    # economy
    (
        "economy",
        "Inflation eased to 3.2% in March from 3.4% in February, the Office for National "
        "Statistics said.",
        [v(3.2, "percent"), v(3.4, "percent")],
    ),
    (
        "economy",
        "The central bank raised its key rate by 25 basis points to 5.5%, the 11th increase "
        "since 2022.",
        [v(25, "bp"), v(5.5, "percent")],
    ),
    (
        "economy",
        "Unemployment rose 0.2 percentage points to 4.1%, with 175,000 jobs added in April.",
        [v(0.2, "pp"), v(4.1, "percent"), v(175000, "count")],
    ),
    (
        "economy",
        "GDP grew at an annualised rate of 1.6% in the first quarter, down from 3.4% in the "
        "fourth.",
        [v(1.6, "percent"), v(3.4, "percent")],
    ),
    (
        "economy",
        "Japan's trade deficit narrowed to ¥366.5 billion in April as exports rose 8.3%.",
        [v(366.5e9, "JPY"), v(8.3, "percent")],
    ),
    (
        "economy",
        "China's retail sales rose 3.1% year on year to 3.9 trillion yuan, the statistics "
        "bureau said.",
        [v(3.1, "percent"), v(3.9e12, "CNY")],
    ),
    (
        "economy",
        "The budget deficit is forecast at 4.5 per cent of GDP, or about £110bn, next year.",
        [v(4.5, "percent"), v(110e9, "GBP")],
    ),
    (
        "economy",
        "Average weekly earnings rose 5.7pc to £687, while prices climbed 3.2pc.",
        [v(5.7, "percent"), v(687, "GBP"), v(3.2, "percent")],
    ),
    (
        "economy",
        "India's economy expanded 8.2%, with the fiscal deficit at ₹16.5 lakh crore.",
        [v(8.2, "percent"), v(1.65e13, "INR")],
    ),
    (
        "economy",
        "The minimum wage will rise to £11.44 an hour from April, a 9.8% increase.",
        [v(11.44, "GBP/h"), v(9.8, "percent")],
    ),
    (
        "economy",
        "Mortgage approvals fell to 61,300 in March, from 62,100 the month before.",
        [v(61300, "count"), v(62100, "count")],
    ),
    (
        "economy",
        "Brazil's central bank cut the Selic by half a percentage point to 10.75%.",
        [v(0.5, "pp"), v(10.75, "percent")],
    ),
    (
        "economy",
        "Core prices rose 0.3% on the month and 3.8% on the year, in line with forecasts.",
        [v(0.3, "percent"), v(3.8, "percent")],
    ),
    (
        "economy",
        "Household debt reached $17.5 trillion, up $184bn from the previous quarter.",
        [v(17.5e12, "USD"), v(184e9, "USD")],
    ),
    (
        "economy",
        "The Fed's next meeting is on June 11-12, and minutes of the last one are due at 2 p.m. "
        "on Wednesday.",
        [],
    ),
    (
        "economy",
        "Nigeria's inflation hit 33.2%, the highest in nearly three decades, as the naira lost "
        "about 70% of its value.",
        [v(33.2, "percent"), v(70, "percent")],
    ),
    (
        "economy",
        "Remittances to Mexico rose 7.6% to $63.3 billion, or about 1.08 trillion pesos.",
        [v(7.6, "percent"), v(63.3e9, "USD"), v(1.08e12, "MXN")],
    ),
    (
        "economy",
        "The Riksbank held its policy rate at 4% and said it may cut later this year.",
        [v(4, "percent")],
    ),
    (
        "economy",
        "Consumer confidence fell 4.3 points to 97.1, the lowest reading since 2021.",
        [v(4.3, "points"), v(97.1, "points")],
    ),
    (
        "economy",
        "Growth is forecast at between 5 and 7% next year, the finance ministry said.",
        [r(5, 7, "percent")],
    ),
    (
        "economy",
        "A quarter of a million people claimed jobless benefits last month, up 12,000.",
        [v(250000, "count"), v(12000, "count")],
    ),
    (
        "economy",
        "The Bank of England's Monetary Policy Committee meets for the third time this year on "
        "Thursday.",
        [],
    ),
    # sports
    (
        "sports",
        "Arsenal beat Chelsea 5-0 at the Emirates, with 60,260 fans in attendance.",
        [v(60260, "count")],
    ),
    (
        "sports",
        "Ronaldo, 39, has now scored 128 goals in 206 appearances for Portugal.",
        [v(39, "year_of_age"), v(128, "count"), v(206, "count")],
    ),
    (
        "sports",
        "The Lakers won 112-104 in Game 7 to reach the finals for the first time since 2020.",
        [],
    ),
    (
        "sports",
        "Kipchoge covered the 42.195 km in 2 hours, 1 minute and 9 seconds.",
        [v(42.195, "km"), v(7269, "s")],
    ),
    (
        "sports",
        "The club paid a £105m transfer fee and will pay the striker £325,000 a week on a "
        "five-year contract.",
        [v(105e6, "GBP"), v(325000, "GBP/week"), v(5, "year")],
    ),
    (
        "sports",
        "Verstappen won by 22.4 seconds after starting from pole, his 58th victory in Formula 1.",
        [v(22.4, "s")],
    ),
    (
        "sports",
        "The Springboks, who have won the World Cup four times, beat the All Blacks 12-11.",
        [v(4, "count")],
    ),
    (
        "sports",
        "She cleared 2.04 metres in the high jump, 3 cm short of the world record.",
        [v(2.04, "m"), v(3, "cm")],
    ),
    (
        "sports",
        "The 23-year-old signed a contract worth $240 million over 10 years with the Dodgers.",
        [v(23, "year_of_age"), v(240e6, "USD"), v(10, "year")],
    ),
    (
        "sports",
        "Djokovic won 6-3, 7-6, 6-2 in a final that lasted 2 hours and 51 minutes.",
        [v(10260, "s")],
    ),
    (
        "sports",
        "The marathon drew 55,000 runners and raised more than £60 million for charity.",
        [v(55000, "count"), v(60e6, "GBP")],
    ),
    (
        "sports",
        "The 49ers face the Chiefs in Super Bowl LVIII at 6:30 p.m. on Feb. 11.",
        [],
    ),
    (
        "sports",
        "Messi, who has won eight Ballon d'Or awards, earns about $54m a year at Inter Miami.",
        [v(8, "count"), v(54e6, "USD/year")],
    ),
    (
        "sports",
        "The pitcher threw 102 pitches, topping out at 101 mph, in seven innings.",
        [v(102, "count"), v(101, "mph"), v(7, "count")],
    ),
    (
        "sports",
        "Tickets for the final cost between €70 and €950, and 1.2 million requests were received.",
        [r(70, 950, "EUR"), v(1.2e6, "count")],
    ),
    (
        "sports",
        "The Tour de France's 21 stages cover 3,492 km, with about 52,000 metres of climbing.",
        [v(21, "count"), v(3492, "km"), v(52000, "m")],
    ),
    (
        "sports",
        "The fight lasted just 71 seconds, and the purse was a reported $50 million.",
        [v(71, "s"), v(50e6, "USD")],
    ),
    (
        "sports",
        "England play Italy in the second round at Wembley on Saturday, with kickoff at 8pm.",
        [],
    ),
    (
        "sports",
        "Wimbledon's prize money rises 11.9% to £50m, with the singles champions getting £2.7m "
        "each.",
        [v(11.9, "percent"), v(50e6, "GBP"), v(2.7e6, "GBP")],
    ),
    (
        "sports",
        "Manchester City won 4-1 and Real Madrid drew 2-2 in the Champions League.",
        [],
    ),
    # tech
    (
        "tech",
        "The phone has a 6.7-inch screen, a 5,000mAh battery and 256GB of storage, and costs "
        "$1,199.",
        [v(6.7, "in"), v(5000, "mAh"), v(256, "GB"), v(1199, "USD")],
    ),
    (
        "tech",
        "Apple unveiled the iPhone 16 Pro and the Apple Watch Series 10 at its Cupertino event.",
        [],
    ),
    (
        "tech",
        "The chipmaker's revenue jumped 262% to $26bn as data-centre sales tripled.",
        [v(262, "percent"), v(26e9, "USD"), v(3, "times")],
    ),
    (
        "tech",
        "The service now has 260 million subscribers, adding 9.3m in the quarter.",
        [v(260e6, "count"), v(9.3e6, "count")],
    ),
    (
        "tech",
        "The new fibre line offers 900Mbps downloads for £35 a month.",
        [v(900, "Mbit/s"), v(35, "GBP/month")],
        "data rate coded 'Mbps' (pint: megabaud), not 'Mbit/s'",
    ),
    (
        "tech",
        "The data centre will draw up to 300MW and cover 120,000 square feet.",
        [v(300, "MW"), v(120000, "ft2")],
    ),
    (
        "tech",
        "The outage lasted about 4 hours and affected some 8.5 million Windows computers.",
        [v(4, "h"), v(8.5e6, "count")],
    ),
    ("tech", "Microsoft to invest ¥440bn in Japan AI push", [v(440e9, "JPY")]),
    (
        "tech",
        "The model was trained on 15 trillion tokens using 16,000 GPUs.",
        [v(15e12, "count"), v(16000, "count")],
    ),
    (
        "tech",
        "The display refreshes at 120Hz and reaches 2,000 nits of peak brightness.",
        [v(120, "Hz"), v(2000, "nit")],
    ),
    (
        "tech",
        "Windows 11 and Android 15 will both get the update, along with Pixel 8 and Galaxy S24 "
        "phones.",
        [],
    ),
    (
        "tech",
        "The laptop weighs 1.24kg, is 15.5mm thick and charges at 65W.",
        [v(1.24, "kg"), v(15.5, "mm"), v(65, "W")],
    ),
    (
        "tech",
        "Cyber attacks rose 38% last year, with the average ransom payment reaching $1.5m, the "
        "report said.",
        [v(38, "percent"), v(1.5e6, "USD")],
    ),
    (
        "tech",
        "Baidu said its chatbot has 300 million users and answers 200 million queries a day.",
        [v(300e6, "count"), v(200e6, "count/day")],
    ),
    (
        "tech",
        "The smartphone market grew 7.8% to 289.4 million units in the first quarter, IDC said.",
        [v(7.8, "percent"), v(289.4e6, "count")],
    ),
    (
        "tech",
        "Infosys won a $1.5 billion deal and lifted its revenue guidance to 3%-4% growth.",
        [v(1.5e9, "USD"), r(3, 4, "percent")],
    ),
    (
        "tech",
        "The satellite beams data at 10Gbps from an orbit of 550 km.",
        [v(10, "Gbit/s"), v(550, "km")],
        "data rate coded 'Gbps' (pint: gigabaud), not 'Gbit/s'",
    ),
    (
        "tech",
        "A 2TB drive now costs about €90, against €150 two years ago.",
        [v(2, "TB"), v(90, "EUR"), v(150, "EUR")],
    ),
    (
        "tech",
        "TikTok's parent ByteDance is valued at $268bn, about 1.8 trillion yuan.",
        [v(268e9, "USD"), v(1.8e12, "CNY")],
    ),
    (
        "tech",
        "Google's Gemini 1.5 and OpenAI's GPT-4o were tested alongside Meta's Llama 3.",
        [],
    ),
    # science/health
    (
        "science",
        "The trial enrolled 1,200 patients aged 18 to 65 and found a 23% reduction in risk.",
        [v(1200, "count"), r(18, 65, "year_of_age"), v(23, "percent")],
    ),
    (
        "science",
        "The drug cut body weight by an average of 15%, or about 16 kg, in a 68-week trial.",
        [v(15, "percent"), v(16, "kg"), v(68, "week")],
    ),
    (
        "science",
        "The asteroid, about 140 metres wide, will pass within 1.9 million km of Earth.",
        [v(140, "m"), v(1.9e6, "km")],
    ),
    (
        "science",
        "Measles cases rose to 58,000 in Europe, more than three times the 2022 total.",
        [v(58000, "count"), v(3, "times")],
    ),
    (
        "science",
        "Adults should get at least 150 minutes of moderate exercise a week, the WHO says.",
        [v(150, "min/week")],
    ),
    (
        "science",
        "The hospital has 1,150 beds, and the waiting list stands at 7.5 million people, NHS "
        "figures show.",
        [v(1150, "count"), v(7.5e6, "count")],
    ),
    (
        "science",
        "The telescope's mirror is 6.5 metres across and it operates at minus 233 degrees Celsius.",
        [v(6.5, "m"), v(-233, "degC")],
    ),
    (
        "science",
        "The COVID-19 variant, known as JN.1, was first detected in Luxembourg, the WHO said.",
        [],
    ),
    (
        "science",
        "A 10 mg dose lowered blood pressure by 8 mmHg in the study.",
        [v(10, "mg"), v(8, "mmHg")],
    ),
    (
        "science",
        # life expectancy is a length of life, `year`, not an age of a person
        "Life expectancy at birth rose to 81.3 years, up 1.1 years on 2022.",
        [v(81.3, "year"), v(1.1, "year")],
    ),
    (
        "science",
        "The vaccine was 91% effective in a trial of 30,000 volunteers across 12 countries.",
        [v(91, "percent"), v(30000, "count"), v(12, "count")],
    ),
    (
        "science",
        "Researchers sequenced 3.2 billion base pairs in under 5 hours.",
        [v(3.2e9, "count"), v(5, "h")],
    ),
    (
        "science",
        "The glacier has lost about 30 metres of thickness since 2000, or 1.3 metres a year.",
        [v(30, "m"), v(1.3, "m/year")],
    ),
    (
        "science",
        "Sea ice covered 14.2 million square kilometres in March, 0.6 million below the average.",
        [v(14.2e6, "km2"), v(0.6e6, "km2")],
    ),
    (
        "science",
        "A 75-year-old woman from Ohio became the 5th person to receive the implant.",
        [v(75, "year_of_age")],
    ),
    (
        "science",
        "The particles travel at 99.9999991% of the speed of light around a 27 km ring.",
        [v(99.9999991, "percent"), v(27, "km")],
    ),
    (
        "science",
        "Obesity rates doubled between 1990 and 2022, to more than 1 billion people, the study "
        "found.",
        [v(2, "times"), v(1e9, "count")],
    ),
    (
        "science",
        "Each pill contains 500 micrograms and costs 12 rupees.",
        [v(500, "µg"), v(12, "INR")],
    ),
    (
        "science",
        "The study followed 48,000 adults for 10 years and found a 12% higher risk of stroke.",
        [v(48000, "count"), v(10, "year"), v(12, "percent")],
    ),
    (
        "science",
        "The Apollo 11 crew splashed down on July 24, 1969, in the Pacific.",
        [],
    ),
    # weather/energy
    (
        "weather",
        # a difference of temperature keeps the scale's code
        "Temperatures hit 47.2C in Seville on Sunday, 3 degrees above the previous record.",
        [v(47.2, "degC"), v(3, "degC")],
    ),
    (
        "weather",
        "Storm Ciarán brought gusts of 104mph and 150mm of rain to parts of Cornwall.",
        [v(104, "mph"), v(150, "mm")],
    ),
    (
        "weather",
        "The category 4 hurricane made landfall with winds of 150 mph, cutting power to "
        "1.2 million homes.",
        [v(4, "rank"), v(150, "mph"), v(1.2e6, "count")],
    ),
    (
        "weather",
        "The wind farm's 100 turbines will generate 1.2GW, enough to power 1 million homes.",
        [v(100, "count"), v(1.2, "GW"), v(1e6, "count")],
    ),
    (
        "weather",
        "Petrol prices rose 4p to 152.3p a litre, the RAC said.",
        [v(0.04, "GBP"), v(1.523, "GBP/L")],
    ),
    (
        "weather",
        "Gas prices in the US averaged $3.61 a gallon, up 12 cents from a month earlier.",
        [v(3.61, "USD/gal"), v(0.12, "USD")],
    ),
    (
        "weather",
        "Germany's solar output reached a record 40 GW at midday, about 60% of demand.",
        [v(40, "GW"), v(60, "percent")],
    ),
    (
        "weather",
        "The heatwave warning runs until 9pm on Thursday, the Met Office said on 0370 900 0100.",
        [],
    ),
    (
        "weather",
        "Snowfall of up to 40 cm is expected above 800 metres, with lows of -15C.",
        [v(40, "cm"), v(800, "m"), v(-15, "degC")],
    ),
    (
        "weather",
        "The reactor produces 1,600 megawatts and cost €13.2bn, nearly four times its original "
        "budget.",
        [v(1600, "MW"), v(13.2e9, "EUR"), v(4, "times")],
    ),
    (
        "weather",
        "Opec+ agreed to cut output by 2.2 million barrels a day, or roughly 2% of global demand.",
        [v(2.2e6, "bbl/day"), v(2, "percent")],
    ),
    (
        "weather",
        "Household energy bills will fall 7% to £1,568 a year from July.",
        [v(7, "percent"), v(1568, "GBP/year")],
    ),
    (
        "weather",
        "The drought has left the reservoir at 23% of capacity, holding 1.4 billion cubic metres.",
        [v(23, "percent"), v(1.4e9, "m3")],
    ),
    (
        "weather",
        "Japan's utilities paid ¥12 a kilowatt-hour for solar power last year.",
        [v(12, "JPY/kWh")],
    ),
    (
        "weather",
        "The battery plant will store 3,200 megawatt-hours and cost $1.1bn.",
        [v(3200, "MWh"), v(1.1e9, "USD")],
    ),
    (
        "weather",
        "Wildfires burned more than 18.4 million hectares in Canada, about the size of Syria.",
        [v(18.4e6, "ha")],
    ),
    (
        "weather",
        "It was 104F in Phoenix, the 30th straight day above 100 degrees.",
        [v(104, "degF"), v(100, "degF")],
    ),
    (
        "weather",
        "Coal's share of power fell 5 percentage points to 31% as emissions dropped 9%.",
        [v(5, "pp"), v(31, "percent"), v(9, "percent")],
    ),
    (
        "weather",
        "Eskom's tariffs rose 12.7%, adding about R150 a month to bills.",
        [v(12.7, "percent"), v(150, "ZAR/month")],
    ),
    (
        "weather",
        "The Met Office issued an amber warning for the A30 and the M5 from 6 a.m. on Saturday.",
        [],
    ),
    (
        "weather",
        "Twenty-three people died and about two dozen were injured when the levee broke.",
        [v(23, "count"), v(24, "count")],
    ),
    # autos/transport
    (
        "autos",
        "The SUV has a 1.5-liter three-cylinder engine producing 181 horsepower and returns "
        "34 mpg.",
        [v(1.5, "L"), v(181, "hp"), v(34, "mi/gal")],
        "'34 mpg' coded 'mpg', not 'mi/gal'",
    ),
    (
        "autos",
        "The car reaches 100 km/h in 3.2 seconds and has a range of 560 km.",
        [v(100, "km/h"), v(3.2, "s"), v(560, "km")],
    ),
    (
        "autos",
        "Tesla delivered 386,810 vehicles in the first quarter, down 8.5%.",
        [v(386810, "count"), v(8.5, "percent")],
    ),
    (
        "autos",
        "BYD sold 3.02 million cars last year and plans a 35,000 yuan hatchback.",
        [v(3.02e6, "count"), v(35000, "CNY")],
    ),
    (
        "autos",
        "The train, which reaches 320 km/h, will cut the journey from 4 hours to 2 hours "
        "20 minutes.",
        [v(320, "km/h"), v(4, "h"), v(8400, "s")],
    ),
    (
        "autos",
        "Route 66 and Interstate 40 were closed near Flagstaff, the Arizona Department of "
        "Transportation said.",
        [],
    ),
    (
        "autos",
        "Flights were delayed by up to 3 hours after 1,500 cancellations across Europe.",
        [v(3, "h"), v(1500, "count")],
    ),
    (
        "autos",
        "The airline carried 14.8 million passengers in May, filling 94% of seats.",
        [v(14.8e6, "count"), v(94, "percent")],
    ),
    (
        "autos",
        "Passengers endured a 3-hour delay and were offered €250 each in compensation.",
        [v(3, "h"), v(250, "EUR")],
    ),
    (
        "autos",
        "Motorists caught going 31 mph in the 20 mph zone face a £100 fine and three penalty "
        "points.",
        [v(31, "mph"), v(20, "mph"), v(100, "GBP"), v(3, "count")],
    ),
    (
        "autos",
        "The truck was carrying 24 tonnes of steel when it overturned on the M6.",
        [v(24, "t")],
    ),
    (
        "autos",
        # "over five years" is the period of the plan: the time stage's
        "Volkswagen will invest €180bn over five years, including €15bn in China.",
        [v(180e9, "EUR"), v(15e9, "EUR")],
    ),
    (
        "autos",
        "The Airbus A350-1000 can fly 16,100 km with 350 to 410 passengers.",
        [v(16100, "km"), r(350, 410, "count")],
    ),
    (
        "autos",
        "Ships rerouted around the Cape add about 3,500 nautical miles and 10 days to the voyage.",
        [v(3500, "nmi"), v(10, "day")],
    ),
    (
        "autos",
        "Uber's trips rose 21% to 2.6 billion, with gross bookings of $37.7bn.",
        [v(21, "percent"), v(2.6e9, "count"), v(37.7e9, "USD")],
    ),
    ("autos", "Ford recalls 1.9m Explorers over trim fault", [v(1.9e6, "count")]),
    (
        "autos",
        "Norway's new bridge is 1.6 km long, rises 52 metres and cost 4.5 billion Norwegian "
        "kroner.",
        [v(1.6, "km"), v(52, "m"), v(4.5e9, "NOK")],
    ),
    (
        "autos",
        "Diesel at Indian pumps costs ₹89.6 a litre after a cut of ₹2.",
        [v(89.6, "INR/L"), v(2, "INR")],
    ),
    (
        "autos",
        "The Cessna 172 stalled at 1,200 feet and landed 400 yards short of the runway.",
        [v(1200, "ft"), v(400, "yd")],
    ),
    (
        "autos",
        "The Porsche 911 GT3 and the BMW M3 are built at plants in Stuttgart and Munich.",
        [],
    ),
    # property
    (
        "property",
        "UK house prices rose 1.6% in the year to April, taking the average to £285,000, "
        "Nationwide said.",
        [v(1.6, "percent"), v(285000, "GBP")],
    ),
    (
        "property",
        "The penthouse, which spans 8,255 square feet, sold for $72.5 million, or about $8,800 "
        "per square foot.",
        [v(8255, "ft2"), v(72.5e6, "USD"), v(8800, "USD/ft2")],
    ),
    (
        "property",
        "Rents in Dublin average €2,100 a month, up 6.4% on a year earlier.",
        [v(2100, "EUR/month"), v(6.4, "percent")],
    ),
    (
        "property",
        "The developer will build 1,800 homes on the 45-hectare site, 30% of them affordable.",
        [v(1800, "count"), v(45, "ha"), v(30, "percent")],
    ),
    (
        "property",
        "The mansion at 1600 Summit Drive, listed by Coldwell Banker, was built in 1928.",
        [],
    ),
    (
        "property",
        "Housing starts fell 14.7% to an annual rate of 1.32 million units in March.",
        [v(14.7, "percent"), v(1.32e6, "count")],
    ),
    (
        "property",
        "Hong Kong home prices have fallen about 25% from their 2021 peak, with a typical flat "
        "costing HK$8.5m.",
        [v(25, "percent"), v(8.5e6, "HKD")],
    ),
    (
        "property",
        # the number of bedrooms is what a property table records
        "The three-bedroom flat, 95 sq m, was listed at 1.2 million euros.",
        [v(3, "count"), v(95, "m2"), v(1.2e6, "EUR")],
        "the count in 'three-bedroom' missed",
    ),
    (
        "property",
        "Mortgage rates in Australia sit at about 6.3%, and the median Sydney house costs A$1.59m.",
        [v(6.3, "percent"), v(1.59e6, "AUD")],
    ),
    (
        "property",
        "China's new home prices fell for the 10th month, down 0.6% in May, across 70 cities.",
        [v(0.6, "percent"), v(70, "count")],
    ),
    (
        "property",
        "The office tower's occupancy dropped to 62%, and its value was written down by "
        "$400 million to $310 million.",
        [v(62, "percent"), v(400e6, "USD"), v(310e6, "USD")],
    ),
    (
        "property",
        "Stamp duty on a £500,000 home will rise by £2,500, or 17%, the Treasury said.",
        [v(500000, "GBP"), v(2500, "GBP"), v(17, "percent")],
    ),
    (
        "property",
        "Land in Tokyo's Ginza district costs about ¥42 million per square metre.",
        [v(42e6, "JPY/m2")],
    ),
    (
        "property",
        "Dubai sold 40,000 homes worth 150 billion dirhams last year.",
        [v(40000, "count"), v(150e9, "AED")],
    ),
    (
        "property",
        "The agency lists 5,400 homes, priced between $250,000 and $1.2 million.",
        [v(5400, "count"), r(250000, 1.2e6, "USD")],
    ),
    (
        "property",
        "Commercial property values in Germany fell 12.1%, the steepest drop since records "
        "began in 2003.",
        [v(12.1, "percent")],
    ),
    (
        "property",
        "A 2,000-acre ranch near Austin was listed for $40 million, or $20,000 an acre.",
        [v(2000, "acre"), v(40e6, "USD"), v(20000, "USD/acre")],
    ),
    (
        "property",
        "São Paulo apartments average R$10,500 per square metre, up 5% this year.",
        [v(10500, "BRL/m2"), v(5, "percent")],
    ),
    (
        "property",
        "Viewings are by appointment on 020 7946 0958, and the sale completes on Sept. 30.",
        [],
    ),
    # politics/elections
    (
        "politics",
        "Labour won 412 of the 650 seats on 33.7% of the vote, with turnout at 59.8%.",
        [v(412, "count"), v(650, "count"), v(33.7, "percent"), v(59.8, "percent")],
    ),
    (
        "politics",
        "The Senate passed the bill 68-32, sending the $95bn package to the House.",
        [v(95e9, "USD")],
    ),
    (
        "politics",
        "The president, 81, trails his rival by 2 points in a poll of 1,500 likely voters.",
        [v(81, "year_of_age"), v(2, "pp"), v(1500, "count")],
    ),
    (
        "politics",
        "Section 230 of the Communications Decency Act and the 14th Amendment were both cited "
        "in the ruling.",
        [],
    ),
    (
        "politics",
        "Modi's BJP won 240 seats, 32 short of the 272 needed for a majority.",
        [v(240, "count"), v(32, "count"), v(272, "count")],
    ),
    (
        "politics",
        "The government will spend £22bn on defence next year, 2.5% of GDP, up from 2.3%.",
        [v(22e9, "GBP"), v(2.5, "percent"), v(2.3, "percent")],
    ),
    (
        "politics",
        "Some 64 million people voted in the European Parliament elections, which fill 720 seats.",
        [v(64e6, "count"), v(720, "count")],
    ),
    (
        "politics",
        "The ballot measure, Proposition 36, passed with 68.4% support.",
        [v(68.4, "percent")],
    ),
    (
        "politics",
        "The minister, who is 44, said the plan would create 250,000 jobs within a decade.",
        [v(44, "year_of_age"), v(250000, "count")],
    ),
    ("politics", "Macron's approval falls to 28%, lowest since 2018", [v(28, "percent")]),
    (
        "politics",
        "Polls opened at 7 a.m. and close at 8 p.m., with results expected after 11 p.m.",
        [],
    ),
    (
        "politics",
        "Voters in 27 states cast 48.7 million early ballots, up from 36 million four years ago.",
        [v(27, "count"), v(48.7e6, "count"), v(36e6, "count")],
    ),
    (
        "politics",
        "The House voted 220 to 207 to approve the measure, which caps spending at $1.59 trillion.",
        [v(220, "count"), v(207, "count"), v(1.59e12, "USD")],
    ),
    (
        "politics",
        "The candidate raised $52 million in the third quarter, three times as much as in the "
        "second.",
        [v(52e6, "USD"), v(3, "times")],
    ),
    (
        "politics",
        "South Africa's ANC fell to 40.2% from 57.5%, losing its majority for the first time in "
        "30 years.",
        [v(40.2, "percent"), v(57.5, "percent")],
    ),
    (
        "politics",
        "The coalition holds a majority of just four seats in the 150-seat chamber.",
        [v(4, "count"), v(150, "count")],
    ),
    (
        "politics",
        "G7 leaders pledged $50bn for Ukraine, funded by profits on about €190bn of frozen "
        "Russian assets.",
        [v(50e9, "USD"), v(190e9, "EUR")],
    ),
    (
        "politics",
        "The senator, 67, has served for 36 years and chairs 2 committees.",
        [v(67, "year_of_age"), v(36, "year"), v(2, "count")],
    ),
    (
        "politics",
        "Thirty-four thousand five hundred and seventy-one voters signed the petition, the "
        "council said.",
        [v(34571, "count")],
    ),
    (
        "politics",
        "Article 50 was triggered on March 29, 2017, two years before the UK left.",
        [],
    ),
    # world/trade
    (
        "world",
        "China's exports rose 8.7% to $307.7bn in July, while imports fell 3.4%, leaving a "
        "surplus of $84.6bn.",
        [v(8.7, "percent"), v(307.7e9, "USD"), v(3.4, "percent"), v(84.6e9, "USD")],
    ),
    (
        "world",
        "The EU imposed tariffs of up to 38.1% on Chinese electric cars, on top of the existing "
        "10% duty.",
        [v(38.1, "percent"), v(10, "percent")],
    ),
    (
        "world",
        "Washington raised tariffs on $18bn of Chinese goods, quadrupling the rate on EVs to 100%.",
        [v(18e9, "USD"), v(4, "times"), v(100, "percent")],
    ),
    (
        "world",
        "India's merchandise exports were $437bn last year, and the government targets "
        "$1 trillion by 2030.",
        [v(437e9, "USD"), v(1e12, "USD")],
    ),
    (
        "world",
        "Turkey raised its key rate to 50% as the lira lost 8% against the dollar this year.",
        [v(50, "percent"), v(8, "percent")],
    ),
    (
        "world",
        "Russia's oil revenue fell 24% to 1.1 trillion roubles in the first half.",
        [v(24, "percent"), v(1.1e12, "RUB")],
    ),
    (
        "world",
        "The Panama Canal cut transits to 24 a day, from about 36 normally, because of drought.",
        [v(24, "count/day"), v(36, "count/day")],
    ),
    (
        "world",
        "Ukraine shipped 1.2 million tonnes of grain through the Black Sea corridor last month.",
        [v(1.2e6, "t")],
    ),
    (
        "world",
        "The G20 summit in Rio runs from Nov. 18 to Nov. 19, and the BRICS meet in Kazan.",
        [],
    ),
    (
        "world",
        "Swiss watch exports fell 2.7% to 2.2 billion francs in June.",
        [v(2.7, "percent"), v(2.2e9, "CHF")],
    ),
    (
        "world",
        "The IMF agreed to an $8bn programme for Egypt, roughly 380 billion Egyptian pounds.",
        [v(8e9, "USD"), v(380e9, "EGP")],
    ),
    (
        "world",
        "Thailand expects 36 million foreign visitors, spending about 1.9 trillion baht.",
        [v(36e6, "count"), v(1.9e12, "THB")],
    ),
    (
        "world",
        "About 2.9 million people have fled Sudan, and 18 million face acute hunger, the UN said.",
        [v(2.9e6, "count"), v(18e6, "count")],
    ),
    (
        "world",
        "Soybean shipments to China fell 35% to 5.3 million tonnes, worth $2.8bn.",
        [v(35, "percent"), v(5.3e6, "t"), v(2.8e9, "USD")],
    ),
    (
        "world",
        "Indonesia's nickel output rose to 1.8 million tonnes, about 50% of world supply.",
        [v(1.8e6, "t"), v(50, "percent")],
    ),
    (
        "world",
        "Poland's defence budget is 159 billion zlotys, or 4.1% of GDP, the highest in NATO.",
        [v(159e9, "PLN"), v(4.1, "percent")],
    ),
    (
        "world",
        "Japan's exports to China jump 11% to ¥1.6trn",
        [v(11, "percent"), v(1.6e12, "JPY")],
    ),
    (
        "world",
        "Vietnam's trade surplus was $8.6bn in the first five months, with exports up 15.2% to "
        "$156.8bn.",
        [v(8.6e9, "USD"), v(15.2, "percent"), v(156.8e9, "USD")],
    ),
    (
        "world",
        "Mexico overtook China as the largest US trading partner, with $798bn in two-way trade.",
        [v(798e9, "USD")],
    ),
    (
        "world",
        "The WTO's 13th ministerial conference opened in Abu Dhabi on Feb. 26.",
        [],
    ),
    # courts/crime/travel
    (
        "courts",
        "The judge sentenced Smith, 34, to 12 years in prison and ordered him to pay $2.3m in "
        "restitution.",
        [v(34, "year_of_age"), v(12, "year"), v(2.3e6, "USD")],
    ),
    (
        "courts",
        "The firm was fined £7.5m for failing to protect the data of 1.6 million customers.",
        [v(7.5e6, "GBP"), v(1.6e6, "count")],
    ),
    (
        "courts",
        "Police seized 2.4 tonnes of cocaine worth an estimated €180m in Rotterdam.",
        [v(2.4, "t"), v(180e6, "EUR")],
    ),
    (
        "courts",
        "The case, Smith v. Jones, No. 22-1234, will be heard at 10 a.m. in Courtroom 4B.",
        [],
    ),
    (
        "courts",
        "Fines for each breach range from $250,000 to $1 million under the new law.",
        [r(250000, 1e6, "USD")],
    ),
    (
        "courts",
        "The jury awarded $4.6 billion in damages to 22 women who said the talc caused cancer.",
        [v(4.6e9, "USD"), v(22, "count")],
    ),
    (
        "courts",
        "A 17-year-old boy was arrested after a car hit 6 pedestrians at about 40 mph.",
        [v(17, "year_of_age"), v(6, "count"), v(40, "mph")],
    ),
    (
        "courts",
        "The burglar stole watches worth about £400,000 from a home on 14 Elm Road.",
        [v(400000, "GBP")],
    ),
    (
        "courts",
        "The trial lasted 11 weeks and heard from 82 witnesses.",
        [v(11, "week"), v(82, "count")],
    ),
    (
        "courts",
        "Bail was set at 500,000 rand, and the accused must report to police twice a week.",
        [v(500000, "ZAR"), v(2, "times/week")],
    ),
    (
        "courts",
        "Murders in the city fell 17% to 386 last year, the lowest since 2014.",
        [v(17, "percent"), v(386, "count")],
    ),
    (
        "courts",
        "Heathrow handled 79.2 million passengers last year, and a new runway would add "
        "260,000 flights a year.",
        [v(79.2e6, "count"), v(260000, "count/year")],
    ),
    (
        "courts",
        "A week in Bali costs about 15 million rupiah, or roughly $950, including flights.",
        [v(15e6, "IDR"), v(950, "USD")],
    ),
    (
        "courts",
        "Schengen visa fees rise to €90 from €80 on June 11.",
        [v(90, "EUR"), v(80, "EUR")],
    ),
    (
        "courts",
        "The cruise ship, 365 metres long, carries up to 7,600 passengers and 2,350 crew.",
        [v(365, "m"), v(7600, "count"), v(2350, "count")],
    ),
    (
        "courts",
        "Venice will charge day-trippers €5 on 29 days between April and July.",
        [v(5, "EUR"), v(29, "day")],
    ),
    (
        "courts",
        "Hotels charge ¥38,000 a night in peak season, about double the 2019 rate, Tokyo "
        "officials said.",
        [v(38000, "JPY/night"), v(2, "times")],
    ),
    (
        "courts",
        "The fraudster, who posed as a 29-year-old, conned victims out of ₹1.2 crore.",
        [v(29, "year_of_age"), v(1.2e7, "INR")],
    ),
    (
        "courts",
        "The EU fined Apple €1.8bn, and the case took almost 5 years, officials said.",
        [v(1.8e9, "EUR"), v(5, "year")],
    ),
    (
        "courts",
        "Flight BA 117 to New York departs from Terminal 5 at 11:40 a.m.",
        [],
    ),
    (
        "courts",
        "Two dozen officers searched the property at 221 Baker Street for 9 hours.",
        [v(24, "count"), v(9, "h")],
    ),
]


def test_enough_cases_over_sections():
    n, sections, empty = spread(CASES)
    assert n >= 200 and sections == 12 and empty >= 25


@pytest.mark.parametrize(("text", "figures"), params(CASES))
def test_heldout_case(nlp, text, figures):
    assert_figures(nlp(text), figures)
