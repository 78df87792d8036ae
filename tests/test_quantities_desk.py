"""A ninth blind case table (held out) for the quantities stage: a day's copy from every
desk of a newspaper (issue 12).

Written for this file, news-style (British, American, Indian, Australian, South African
and Singaporean papers), by someone who read neither the stage, its rules nor its other
tables; each expectation is what a careful annotator reads under the reading rules below.
Desks: business, markets, economy, politics, courts, health, education, environment,
science, technology, autos, aviation and shipping, sport, arts, weather, property, agriculture.
On the first run 171 of 193 cases passed; known failures are `xfail(strict=True)` with
what is wrong.
"""

from __future__ import annotations

import pytest

from tests.case_tables import assert_figures, params, r, spread, v

# (section, sentence, figures in text order)
# Reading rules:
# - money is its ISO 4217 code; pence and cents are fractions of the main unit ("12p" =
#   0.12 GBP, "a penny" = 0.01 GBP, "a cent" = 0.01 USD unless the story's currency is
#   another, as in an Australian story, where cents are AUD).
# - scales are multiplied out ("£1.2bn" = 1.2e9 GBP; "Rs 1,200 crore" = 1.2e10 INR;
#   "1.6 lakh teachers" = 1.6e5 count).
# - a change keeps its stated magnitude, positive ("fell 2%" = 2 percent); a written sign
#   stays ("-1.1%" = -1.1 percent; "minus 5C" = -5 degC); an accounting negative in
#   parentheses is negative.
# - an index level is `points`; a move in points is `points`; in a poll "by 2 points" is
#   `pp`.
# - a duration written in several units ("2 hours and 51 minutes") is ONE figure in `s`.
# - the length of a contract, sentence, tenure or trial measures it ("a 12-year sentence"
#   = v(12, "year")).
# - periods that locate a time ("in the past three months", "last year", "two years ago")
#   are no figures; but a geological age ("66 million years ago") IS a figure.
# - tenors and types that name a thing ("the 10-year Treasury", "two-bedroom flat", "a
#   four-door car") are no figures.
# - qualified figures keep the stated value ("about $5bn" = 5e9 USD; "more than 300
#   people" = 300 count).
# - a range is one figure r(low, high, unit); a scale written once is shared ("3 to 5
#   billion euros" = r(3e9, 5e9, "EUR")); each bound keeps its own scale where it has one.
# - "from X to Y" after a verb of change ("rose from 4% to 6%") is two figures, not a
#   range.
# - "respectively" lists give one figure per value.
# - a rate per thing is `A/thing` ("$82 a barrel" = "USD/bbl"; "£9 an hour" = "GBP/h";
#   "151 yen to the dollar" = "JPY/USD"; "$1.53 a share" = "USD/share").
# - multiples ("three times", "doubled", "2.5x") are `times`; a storm category is `rank`.
# - ages are `year_of_age` ("Smith, 34," and "a 71-year-old").
# - years, dates, clock times, ordinals, scores, phone numbers, addresses: no figure.
# - numbers inside names ("Windows 11", "Route 66", "COVID-19", "G20", "Boeing 747"): no
#   figure.
# - a clearly counted noun phrase counts ("two venture funds" = v(2, "count")).
# - "one" as a pronoun or article ("one of the") is no figure.
# - (this table) a fraction of a whole is a percentage ("two-thirds of voters" = 200/3
#   percent; "a quarter" = 25 percent).
CASES = [
    # business
    (
        "business",
        "Harwell Foods said pre-tax profit rose 14% to £312m in the year to March, while "
        "revenue edged up 3.2% to £4.1bn as shoppers traded down to its own-label ranges.",
        [v(14, "percent"), v(312e6, "GBP"), v(3.2, "percent"), v(4.1e9, "GBP")],
    ),
    (
        "business",
        "Kestrel Logistics will cut about 1,800 jobs across its European warehouses and take a "
        "one-off charge of €240 million, chief executive Marta Olsen told analysts on "
        "Thursday.",
        [v(1800, "count"), v(240e6, "EUR")],
    ),
    (
        "business",
        "Sundaram Textiles posted a net profit of Rs 1,240 crore for the quarter ended December, "
        "up 18 per cent from a year earlier, on strong demand for cotton yarn from Bangladesh.",
        [v(1.24e10, "INR"), v(18, "percent")],
    ),
    (
        "business",
        "Brightwater Inc. reported earnings of $1.53 a share on revenue of $8.7 billion, "
        "comfortably beating the $1.41 a share that analysts polled by the company had expected.",
        [v(1.53, "USD/share"), v(8.7e9, "USD"), v(1.41, "USD/share")],
    ),
    (
        "business",
        "Mzansi Retail Holdings swung to a loss of R1.2bn in the six months to August, compared "
        "with a profit of R430m a year earlier, and suspended its interim dividend.",
        [v(1.2e9, "ZAR"), v(430e6, "ZAR")],
        "'R1.2bn' in a story that names no South African word the rand rule lists ('Mzansi' is "
        "none): 'R' is read only with document_words",
    ),
    (
        "business",
        "Lion City Shipyards won contracts worth S$1.1 billion in the first half, lifting its "
        "order book to a record S$6.8 billion, the group said in a filing to the Singapore "
        "Exchange.",
        [v(1.1e9, "SGD"), v(6.8e9, "SGD")],
    ),
    (
        "business",
        "In its restated accounts, Pellow & Finch showed an operating result of (£18.6m) for "
        "2023, against £4.2m the year before, after writing down the value of two stores.",
        [v(-18.6e6, "GBP"), v(4.2e6, "GBP"), v(2, "count")],
        "'of (£18.6m)': an accountant's negative is read only right after a verb, not after 'of'",
    ),
    (
        "business",
        "Shareholders of Dunmore Brewing will vote on the merger at an extraordinary meeting in "
        "Cork on 14 June, the board said, after the second bidder withdrew its interest.",
        [],
    ),
    (
        "business",
        "Perth-based Coastline Minerals lifted net profit 6 per cent to A$2.3 billion and "
        "declared a fully franked final dividend of 42 cents a share, taking the full-year "
        "payout to 78 cents a share.",
        [v(6, "percent"), v(2.3e9, "AUD"), v(0.42, "AUD/share"), v(0.78, "AUD/share")],
    ),
    (
        "business",
        "Vantor Chemicals now expects full-year core earnings of between $1.9 billion and $2.1 "
        "billion, down from a previous forecast of $2.4 billion, citing weak demand in China.",
        [r(1.9e9, 2.1e9, "USD"), v(2.4e9, "USD")],
    ),
    (
        "business",
        "Tiller Group, which has 42 stores, agreed to sell its garden centre chain to Moss "
        "Capital for £95m, roughly 11 times the division's annual earnings.",
        [v(42, "count"), v(95e6, "GBP"), v(11, "times")],
    ),
    # markets
    (
        "markets",
        "The FTSE 100 fell 42.5 points, or 0.5 per cent, to 8,101.3 as miners slid on weaker "
        "Chinese data, while the FTSE 250 slipped 0.3 per cent.",
        [v(42.5, "points"), v(0.5, "percent"), v(8101.3, "points"), v(0.3, "percent")],
    ),
    (
        "markets",
        "The S&P 500 closed up 1.2% at 5,431.6, its best day since April, and the Nasdaq "
        "Composite gained 1.8% as chipmakers rallied on upbeat guidance from Arcturo.",
        [v(1.2, "percent"), v(5431.6, "points"), v(1.8, "percent")],
        "'closed up 1.2% at 5,431.6' after 'S&P 500': the level after a move and 'at' is not "
        "read as points here",
    ),
    (
        "markets",
        "Brent crude rose 1.4% to $83.72 a barrel after producers signalled they would keep "
        "output curbs in place through the third quarter.",
        [v(1.4, "percent"), v(83.72, "USD/bbl")],
    ),
    (
        "markets",
        "The Sensex climbed 612 points to end at 74,227, while the Nifty 50 added 0.9 per cent "
        "to 22,540, led by banking and IT stocks.",
        [v(612, "points"), v(74227, "points"), v(0.9, "percent"), v(22540, "points")],
    ),
    (
        "markets",
        "The yield on the 10-year Treasury rose 9 basis points to 4.38%, while the two-year "
        "yield, more sensitive to rate expectations, climbed to 4.81%.",
        [v(9, "bp"), v(4.38, "percent"), v(4.81, "percent")],
    ),
    (
        "markets",
        "The yen weakened past 155 to the dollar for the first time since 1990, prompting a "
        "warning from Tokyo that officials were watching currency markets closely.",
        [v(155, "JPY/USD")],
    ),
    (
        "markets",
        "The Straits Times Index ended 0.4 per cent higher at 3,318.72, with the three local "
        "banks accounting for most of the gains; turnover was S$1.2 billion.",
        [v(0.4, "percent"), v(3318.72, "points"), v(3, "count"), v(1.2e9, "SGD")],
    ),
    (
        "markets",
        "The JSE all share index slipped 0.7% to 77,904 points and the rand weakened to 18.92 to "
        "the dollar, its softest level since March.",
        [v(0.7, "percent"), v(77904, "points"), v(18.92, "ZAR/USD")],
    ),
    (
        "markets",
        "Trading in Orland Mining shares was halted at 10.15am on Tuesday pending an "
        "announcement about its Pilbara project, the company told the ASX in a brief statement.",
        [],
    ),
    (
        "markets",
        "Traders expect the Bank of England to cut rates by 25 basis points in August, and gilt "
        "yields have fallen between 10 and 15 basis points since the inflation data.",
        [v(25, "bp"), r(10, 15, "bp")],
    ),
    (
        "markets",
        "Spot gold rose 0.6% to a record $2,450.10 an ounce as investors sought havens, while "
        "silver touched its highest level since 2012.",
        [v(0.6, "percent"), v(2450.1, "USD/oz")],
    ),
    (
        "markets",
        "Shares in Halden Bank jumped 11% in early trade, adding about £1.3bn to its market "
        "value, after it announced a £500m buyback and a higher dividend.",
        [v(11, "percent"), v(1.3e9, "GBP"), v(500e6, "GBP")],
    ),
    # economy
    (
        "economy",
        "Annual consumer price inflation fell to 3.2% in March from 3.4% in February, the Office "
        "for National Statistics said, the lowest rate since September 2021.",
        [v(3.2, "percent"), v(3.4, "percent")],
    ),
    (
        "economy",
        "The Reserve Bank raised its cash rate by 25 basis points to 4.35 per cent, the 13th "
        "increase since May 2022, and warned that inflation would not return to its 2-3 per cent "
        "target band until 2026.",
        [v(25, "bp"), v(4.35, "percent"), r(2, 3, "percent")],
    ),
    (
        "economy",
        "India's economy grew 8.2 per cent in the fiscal year to March, and the government has "
        "set a fiscal deficit target of 5.1 per cent of GDP for the current year, the finance "
        "ministry said.",
        [v(8.2, "percent"), v(5.1, "percent")],
    ),
    (
        "economy",
        "Employers added 272,000 jobs in May, far more than the 190,000 economists had forecast, "
        "while the unemployment rate ticked up to 4%, the Labor Department said.",
        [v(272000, "count"), v(190000, "count"), v(4, "percent")],
    ),
    (
        "economy",
        "Gross domestic product shrank 0.3% in the final quarter, after a revised -0.1% in the "
        "previous three months, confirming that the economy entered a shallow recession.",
        [v(0.3, "percent"), v(-0.1, "percent")],
    ),
    (
        "economy",
        "Public sector net debt stood at £2.7 trillion at the end of April, equivalent to 98.5 "
        "per cent of GDP, with borrowing in the month of £20.5bn, £1.6bn more than a year "
        "earlier.",
        [v(2.7e12, "GBP"), v(98.5, "percent"), v(20.5e9, "GBP"), v(1.6e9, "GBP")],
    ),
    (
        "economy",
        "The European Central Bank lowered its deposit rate from 4% to 3.75%, its first cut "
        "since 2019, while signalling that it was in no rush to ease policy further.",
        [v(4, "percent"), v(3.75, "percent")],
    ),
    (
        "economy",
        "The central bank will publish its next monetary policy statement on 7 August, shortly "
        "after second-quarter wage figures are released, Governor Thandi Mokoena said in "
        "Pretoria.",
        [],
    ),
    (
        "economy",
        "Retail sales rose 0.7% and 1.2% in April and May respectively, while factory output "
        "grew 0.4% over the same period, the Department of Statistics said.",
        [v(0.7, "percent"), v(1.2, "percent"), v(0.4, "percent")],
    ),
    (
        "economy",
        "The participation rate rose 0.3 percentage points to 66.9 per cent in June, the "
        "Australian Bureau of Statistics said, as 50,200 people joined the workforce.",
        [v(0.3, "pp"), v(66.9, "percent"), v(50200, "count")],
    ),
    (
        "economy",
        "The national living wage will rise 9.8% to £11.44 an hour in April, an increase that "
        "will benefit about 2.7 million workers, the Treasury said.",
        [v(9.8, "percent"), v(11.44, "GBP/h"), v(2.7e6, "count")],
    ),
    (
        "economy",
        "The Centre has budgeted Rs 11.1 lakh crore for capital expenditure in 2024-25, 11.1 per "
        "cent more than in the previous year, Finance Minister Meera Iyer told Parliament.",
        [v(1.11e13, "INR"), v(11.1, "percent")],
    ),
    # politics and elections
    (
        "politics",
        "Labour won 411 of the 650 seats, giving it a majority of 172, on a turnout of 59.8%, "
        "the lowest at a general election since 2001.",
        [v(411, "count"), v(650, "count"), v(172, "count"), v(59.8, "percent")],
    ),
    (
        "politics",
        "A Morning Ledger poll puts the Conservatives on 24% and Reform on 19%, with Labour's "
        "lead over the Tories narrowing by 3 points to 17.",
        [v(24, "percent"), v(19, "percent"), v(3, "pp"), v(17, "pp")],
        "'narrowing by 3 points to 17': the level after a poll change stays a count",
    ),
    (
        "politics",
        "Nearly two-thirds of voters said the cost of living would decide how they voted, while "
        "a quarter named immigration, according to the survey of 2,104 adults.",
        [v(200 / 3, "percent"), v(25, "percent"), v(2104, "count")],
        "fractions of a whole are written as fraction, not percent ('two-thirds of voters'); "
        "'a quarter named' is not read",
    ),
    (
        "politics",
        "The BJP-led alliance secured 293 of the Lok Sabha's 543 seats, short of the 303 the "
        "party alone won in 2019, while turnout reached 65.8 per cent across seven phases.",
        [v(293, "count"), v(543, "count"), v(303, "count"), v(65.8, "percent"), v(7, "count")],
    ),
    (
        "politics",
        "Senator Ruth Caldwell, 71, won re-election by about 38,000 votes out of nearly 2.9 "
        "million cast, a margin of 1.3 percentage points.",
        [v(71, "year_of_age"), v(38000, "count"), v(2.9e6, "count"), v(1.3, "pp")],
    ),
    (
        "politics",
        "The ANC's share of the vote fell to 40.2%, down from 57.5% five years ago, forcing it "
        "to seek coalition partners to govern for the first time since 1994.",
        [v(40.2, "percent"), v(57.5, "percent")],
    ),
    (
        "politics",
        "The prime minister will face MPs at 12pm on Wednesday for the first time since the "
        "reshuffle, after returning from the G7 summit in Apulia.",
        [],
    ),
    (
        "politics",
        "The government's A$28 billion housing package passed the Senate with 34 senators in "
        "favour and 29 against, after the Greens secured an extra A$3 billion for social "
        "housing.",
        [v(28e9, "AUD"), v(34, "count"), v(29, "count"), v(3e9, "AUD")],
    ),
    (
        "politics",
        "Polling Day falls on 3 May, and about 2.7 million Singaporeans are eligible to vote in "
        "33 constituencies for 97 seats in Parliament.",
        [v(2.7e6, "count"), v(33, "count"), v(97, "count")],
    ),
    (
        "politics",
        "Turnout among voters aged 18 to 24 rose to 47%, the commission found, while among those "
        "over 65 it was 79%.",
        [r(18, 24, "year_of_age"), v(47, "percent"), v(65, "year_of_age"), v(79, "percent")],
        "'those over 65' is read as a count: no age cue before 'over'",
    ),
    (
        "politics",
        "Councillor Jas Dhillon, who represents Ward 7, said she would stand again in May 2026 "
        "after the boundary review concluded on Friday.",
        [],
    ),
    # courts and crime
    (
        "courts",
        "Daniel Roper, 34, of Hartley Road, Leeds, was jailed for eight years at Leeds Crown "
        "Court on Friday after admitting causing death by dangerous driving.",
        [v(34, "year_of_age"), v(8, "year")],
    ),
    (
        "courts",
        "Police said the 19-year-old was arrested at a flat at 42 Corran Street at about 3am and "
        "remains in custody; anyone with information should call 101.",
        [v(19, "year_of_age")],
    ),
    (
        "courts",
        "A federal jury in Houston ordered Petrolux Services to pay $48.5 million in damages to "
        "the families of two workers killed in the 2021 refinery blast.",
        [v(48.5e6, "USD"), v(2, "count")],
    ),
    (
        "courts",
        "The Delhi High Court granted bail to the businessman on a personal bond of Rs 5 lakh, "
        "noting that he had already spent 14 months in custody and the trial was unlikely to end "
        "soon.",
        [v(5e5, "INR"), v(14, "month")],
    ),
    (
        "courts",
        "Harbour Water was fined £1.2m for illegally discharging sewage into the River Tell on "
        "17 occasions between 2019 and 2021, Southbridge magistrates heard.",
        [v(1.2e6, "GBP"), v(17, "count")],
    ),
    (
        "courts",
        "Judge Margaret Hale handed down a 12-year sentence, of which Mokoena must serve at "
        "least eight years before he can be considered for parole.",
        [v(12, "year"), v(8, "year")],
        "'serve at least eight years before he can be considered' is read as a period before "
        "an event (the time stage's)",
    ),
    (
        "courts",
        "The trial, expected to last 10 weeks, will hear from more than 60 witnesses, including "
        "three former directors of the collapsed lender.",
        [v(10, "week"), v(60, "count"), v(3, "count")],
    ),
    (
        "courts",
        "The case, Crown v Ellery, will return to court on 3 October at 10am, when the defence "
        "is expected to apply under Section 78 of the Police and Criminal Evidence Act 1984.",
        [],
    ),
    (
        "courts",
        "Recorded knife crime rose 7% to 50,510 offences in the year to September, while "
        "homicides fell from 602 to 583, official figures show.",
        [v(7, "percent"), v(50510, "count"), v(602, "count"), v(583, "count")],
    ),
    (
        "courts",
        "The 52-year-old former bank manager was sentenced to 30 months' jail and six strokes of "
        "the cane for cheating clients of more than S$2.3 million.",
        [v(52, "year_of_age"), v(30, "month"), v(6, "count"), v(2.3e6, "SGD")],
    ),
    (
        "courts",
        "Magistrate Helen Tran imposed a two-year community corrections order and banned Mr "
        "Barlow from driving for 18 months after he was caught at 142 km/h where the limit is 80 "
        "km/h.",
        [v(2, "year"), v(18, "month"), v(142, "km/h"), v(80, "km/h")],
    ),
    # health
    (
        "health",
        "The number of people waiting for routine hospital treatment in England fell to 7.54 "
        "million, but 309,300 had been waiting more than 52 weeks, NHS England said.",
        [v(7.54e6, "count"), v(309300, "count"), v(52, "week")],
    ),
    (
        "health",
        "Measles cases in the region have climbed to 1,260 this year, up from 368 in the whole "
        "of 2023, and only 84.5% of children have had both doses of the MMR vaccine.",
        [v(1260, "count"), v(368, "count"), v(84.5, "percent")],
    ),
    (
        "health",
        "The state will recruit 4,500 nurses and set aside Rs 2,300 crore to upgrade 120 "
        "district hospitals by March 2027, Health Minister Kavitha Rao told the Assembly.",
        [v(4500, "count"), v(2.3e10, "INR"), v(120, "count")],
    ),
    (
        "health",
        "In a trial of 3,200 adults, those given the drug lost an average of 15% of their body "
        "weight, compared with 2.4% for those on a placebo, researchers reported.",
        [v(3200, "count"), v(15, "percent"), v(2.4, "percent")],
    ),
    (
        "health",
        "Each tablet contains 5mg of the active ingredient, and patients in the study were "
        "followed for 18 months, said its lead author, Dr Amara Osei, 47.",
        [v(5, "mg"), v(18, "month"), v(47, "year_of_age")],
        "'Dr Amara Osei, 47.' at the sentence end: the age apposition with no closing comma is "
        "read as a count",
    ),
    (
        "health",
        "Patients at Queensland hospitals spent a combined 4,150 hours ramped in ambulances in "
        "April, up 12 per cent, and paramedics waited an average of 52 minutes to hand over each "
        "patient.",
        [v(4150, "h"), v(12, "percent"), v(52, "min")],
    ),
    (
        "health",
        "Health officials confirmed a second case of the H5N1 strain in a dairy worker in "
        "Colorado on Tuesday and said the risk to the wider public remained low.",
        [],
    ),
    (
        "health",
        "Anyone with symptoms of COVID-19 should call NHS 111 or visit the website rather than "
        "going to A&E, the trust said in its winter guidance.",
        [],
    ),
    (
        "health",
        "About 7.7 million South Africans are living with HIV, and the health department aims to "
        "have 95% of them diagnosed and on treatment by 2030.",
        [v(7.7e6, "count"), v(95, "percent")],
    ),
    (
        "health",
        "Singapore recorded 13,700 dengue cases last year, down from 32,300 in 2022, and the NEA "
        "warned that a warm, wet June could bring a fresh surge.",
        [v(13700, "count"), v(32300, "count")],
    ),
    (
        "health",
        "Hospital admissions for heatstroke in Andhra Pradesh trebled in May, with 312 patients "
        "treated at government hospitals in Guntur alone, officials said.",
        [v(3, "times"), v(312, "count")],
    ),
    # education
    (
        "education",
        "Universities in England will be allowed to charge tuition fees of up to £9,535 a year "
        "from next autumn, a rise of 3.1% and the first increase since 2017.",
        [v(9535, "GBP/year"), v(3.1, "percent")],
    ),
    (
        "education",
        "The CBSE Class 12 pass percentage rose to 87.98 per cent this year, with girls "
        "outperforming boys by 6.4 percentage points, the board said on Monday.",
        [v(87.98, "percent"), v(6.4, "pp")],
    ),
    (
        "education",
        "The Oakridge school district will close four elementary schools and cut 210 teaching "
        "positions to fill a $38 million budget gap, Superintendent Lena Ortiz said.",
        [v(4, "count"), v(210, "count"), v(38e6, "USD")],
    ),
    (
        "education",
        "Year 11 pupils will sit their first GCSE paper on 9 May, and results day is set for "
        "Thursday 21 August, the exam board confirmed.",
        [],
    ),
    (
        "education",
        "Teachers in NSW will receive pay rises of up to 10.5 per cent, lifting the starting "
        "salary for graduates to A$85,000, the state's education minister announced.",
        [v(10.5, "percent"), v(85000, "AUD")],
    ),
    (
        "education",
        "The matric pass rate rose to 82.9% from 80.1%, with 572,983 candidates passing, the "
        "highest number since the exam was introduced.",
        [v(82.9, "percent"), v(80.1, "percent"), v(572983, "count")],
    ),
    (
        "education",
        "About 38,000 pupils sat the PSLE this year, and 98.4 per cent of them qualified for "
        "secondary school, the Ministry of Education said on Wednesday.",
        [v(38000, "count"), v(98.4, "percent")],
    ),
    (
        "education",
        "Between 40 and 60 classrooms in the county are thought to contain crumbling concrete, "
        "and repairs could take eight to 12 weeks, the council warned.",
        [r(40, 60, "count"), r(8, 12, "week")],
        "'Between 40 and 60 classrooms ... are thought': the range is dropped",
    ),
    (
        "education",
        "The average graduate now leaves university with debts of £48,470, and interest on "
        "student loans is capped at 7.1% until the end of August.",
        [v(48470, "GBP"), v(7.1, "percent")],
    ),
    (
        "education",
        "Average class sizes in Kerala's government schools have fallen to 26 pupils, and the "
        "state now employs about 1.6 lakh teachers, the education department said.",
        [v(26, "count"), v(1.6e5, "count")],
    ),
    (
        "education",
        "Pupils at St Mary's will return on 2 September after the summer holidays, when the "
        "school's new sixth-form block at 15 Abbey Lane will open.",
        [],
    ),
    # environment
    (
        "environment",
        "The UK's greenhouse gas emissions fell 5.4% last year to 384 million tonnes of carbon "
        "dioxide equivalent, the lowest level since 1879, analysts said.",
        [v(5.4, "percent"), v(384e6, "t")],
    ),
    (
        "environment",
        "The offshore wind farm, which will have a capacity of 1.4GW, enough to power about 1.2 "
        "million homes, is due to start generating electricity in 2027.",
        [v(1.4, "GW"), v(1.2e6, "count")],
    ),
    (
        "environment",
        "Forest fires destroyed about 1,100 hectares in Uttarakhand in the past week, and the "
        "state has deployed 4,000 firefighters and two Indian Air Force helicopters.",
        [v(1100, "ha"), v(4000, "count"), v(2, "count")],
    ),
    (
        "environment",
        "Scientists warned that the world is on course to exceed 1.5C of warming in the early "
        "2030s, with global temperatures last year averaging 1.48C above pre-industrial levels.",
        [v(1.5, "degC"), v(1.48, "degC")],
    ),
    (
        "environment",
        "Coral bleaching has affected 73% of reefs surveyed on the Great Barrier Reef, and sea "
        "temperatures were up to 2C above average for more than eight weeks.",
        [v(73, "percent"), v(2, "degC"), v(8, "week")],
    ),
    (
        "environment",
        "Environmental groups will challenge the approval of the Rosebank field in the Court of "
        "Session in Edinburgh next month, arguing that it breached the Climate Change Act 2008.",
        [],
    ),
    (
        "environment",
        "Eskom said load-shedding would remain suspended after it returned 2,500MW of generating "
        "capacity to service, cutting its diesel bill by about R4bn this year.",
        [v(2500, "MW"), v(4e9, "ZAR")],
    ),
    (
        "environment",
        "Beach volunteers collected 14.6 tonnes of litter in a single weekend, including more "
        "than 52,000 pieces of plastic, the Marine Conservation Society said.",
        [v(14.6, "t"), v(52000, "count")],
    ),
    (
        "environment",
        "The floating solar farm on Tengeh Reservoir generates about 60MW at its peak, and the "
        "government aims to deploy at least 2GW of solar capacity by 2030.",
        [v(60, "MW"), v(2, "GW")],
    ),
    (
        "environment",
        "The council plans to plant 30,000 to 50,000 trees on 120 hectares of former farmland, "
        "at a cost of £2-3m funded largely by a national woodland charity.",
        [r(30000, 50000, "count"), v(120, "ha"), r(2e6, 3e6, "GBP")],
        "'£2-3m' reads the second bound's 'm' as metres, a wrong value: the money before the "
        "hyphen does not reach it",
    ),
    (
        "environment",
        "PM2.5 pollution in Delhi was almost eight times the safe limit on Sunday, prompting the "
        "government to close primary schools and bar 1,200 diesel trucks from the city.",
        [v(8, "times"), v(1200, "count")],
    ),
    # science
    (
        "science",
        "The asteroid that struck Earth 66 million years ago threw up enough dust to cool the "
        "planet by as much as 15C, according to the study in Nature Geoscience.",
        [v(66e6, "year"), v(15, "degC")],
    ),
    (
        "science",
        "The fossil, dated to about 3.2 Ma, belongs to a species that stood roughly 1.1 metres "
        "tall and weighed around 29kg, the researchers said.",
        [v(3.2, "Myr"), v(1.1, "m"), v(29, "kg")],
    ),
    (
        "science",
        "Astronomers at the Kirkby Observatory found a planet about 1.3 times the size of Earth "
        "that orbits its star every 12.4 days and has a surface temperature of roughly 400K.",
        [v(1.3, "times"), v(12.4, "day"), v(400, "K")],
        "'roughly 400K': a spaced or glued K after a plain number is not read as kelvin (it "
        "may be thousands)",
    ),
    (
        "science",
        "Zircon crystals from the Jack Hills formed about 4.4 billion years ago, only 100 "
        "million years or so after the Earth itself, the team from Perth said.",
        [v(4.4e9, "year"), v(100e6, "year")],
    ),
    (
        "science",
        "The researchers tracked 12,450 adults aged 40 to 69 and found that regular coffee "
        "drinkers had a 12% lower risk of heart failure than those who drank none.",
        [v(12450, "count"), r(40, 69, "year_of_age"), v(12, "percent")],
    ),
    (
        "science",
        "The paper, published in the Journal of Applied Ecology on Wednesday, is the first to "
        "describe the behaviour in the wild, said co-author Prof Ines Varga of Lund University.",
        [],
    ),
    (
        "science",
        "The superconducting magnets are cooled to 1.9K, colder than outer space, and the ring "
        "of tunnels that houses them is 27km long.",
        [v(1.9, "K"), v(27, "km")],
        "'1.9K': a glued K after a decimal is not read as kelvin",
    ),
    (
        "science",
        "The submersible reached a depth of 10,925 metres in the Mariana Trench, where the water "
        "pressure is more than 1,000 times that at sea level.",
        [v(10925, "m"), v(1000, "times")],
    ),
    (
        "science",
        "The ice core, drilled to a depth of 2.8km, holds a climate record stretching back 1.2 "
        "million years, the team from the British Antarctic Survey said.",
        [v(2.8, "km"), v(1.2e6, "year")],
    ),
    (
        "science",
        "Scientists sequenced the genomes of 240 mammal species and found that about 10.7% of "
        "the human genome has been conserved across all of them.",
        [v(240, "count"), v(10.7, "percent")],
    ),
    (
        "science",
        "The Hubble Space Telescope, launched in 1990, observed the comet on 14 March, and the "
        "images will be released at 3pm GMT on Friday.",
        [],
    ),
    # technology
    (
        "technology",
        "Nimbus Devices will launch its Pulse 9 phone in September at $799, with 256GB of "
        "storage and a battery that the company says lasts 30 hours.",
        [v(799, "USD"), v(256, "GB"), v(30, "h")],
    ),
    (
        "technology",
        "Chipmaker Arcturo plans to invest $20 billion in two factories in Ohio that will create "
        "about 3,000 jobs when production starts later this decade.",
        [v(20e9, "USD"), v(2, "count"), v(3000, "count")],
    ),
    (
        "technology",
        "Bengaluru start-up PayKart raised $120 million in a funding round that values it at "
        "$1.5 billion, and plans to hire 800 engineers this year.",
        [v(120e6, "USD"), v(1.5e9, "USD"), v(800, "count")],
    ),
    (
        "technology",
        "The upgrade will bring download speeds of up to 1Gbps to 85% of homes by 2026, compared "
        "with an average of 69.4Mbps today, the regulator said.",
        [v(1, "Gbps"), v(85, "percent"), v(69.4, "Mbps")],
    ),
    (
        "technology",
        "Orbitline Software will cut 1,200 staff, or about 8% of its workforce, and close "
        "offices in Dublin and Austin, chief executive Priya Menon, 49, wrote in a memo.",
        [v(1200, "count"), v(8, "percent"), v(49, "year_of_age")],
    ),
    (
        "technology",
        "The update to Windows 11 will be rolled out from 8 October, and users of older machines "
        "running Windows 10 will receive security patches until October 2025.",
        [],
    ),
    (
        "technology",
        "The data centre near Slough will draw up to 90MW of power, about as much as a town, and "
        "will cost £1.3bn to build, its developer said.",
        [v(90, "MW"), v(1.3e9, "GBP")],
    ),
    (
        "technology",
        "Hyperlink Asia's cloud business grew 41% to S$2.7 billion in revenue, and the firm said "
        "its AI assistant had reached 9 million monthly users in the region.",
        [v(41, "percent"), v(2.7e9, "SGD"), v(9e6, "count")],
    ),
    (
        "technology",
        "The tablet weighs 480g and its screen measures 11 inches across, and it will go on sale "
        "in Britain next month priced from £549, Nimbus said.",
        [v(480, "g"), v(11, "in"), v(549, "GBP")],
    ),
    (
        "technology",
        "Hackers stole the personal data of 6.9 million customers, and the company expects the "
        "breach to cost it between $40m and $60m, it said in a filing.",
        [v(6.9e6, "count"), r(40e6, 60e6, "USD")],
    ),
    (
        "technology",
        "Version 2.0 of the app, released on Tuesday, fixes the bug introduced by the iOS 17 "
        "update, the developer said on its support page.",
        [],
        "'the iOS 17 update': a version number after a product name is read as a count",
    ),
    # autos
    (
        "autos",
        "The Voltra E6 has a claimed range of 520km on a single charge and can add 300km in "
        "about 15 minutes on a fast charger, with prices starting at £39,995.",
        [v(520, "km"), v(300, "km"), v(15, "min"), v(39995, "GBP")],
    ),
    (
        "autos",
        "Redwood Motors is recalling about 142,000 of its Trailmaster 250 pickups because a "
        "faulty sensor can cause the airbags to deploy late, regulators said.",
        [v(142000, "count")],
        "'Trailmaster 250 pickups': a model number between a name and a plural noun is read as "
        "a count",
    ),
    (
        "autos",
        "Passenger vehicle sales rose 8 per cent to 3.9 lakh units in July, with utility "
        "vehicles making up 52 per cent of the total, the industry body said.",
        [v(8, "percent"), v(3.9e5, "count"), v(52, "percent")],
    ),
    (
        "autos",
        "Washington will raise tariffs on Chinese electric cars from 25% to 100%, a move "
        "analysts say will all but shut Chinese brands out of the American market.",
        [v(25, "percent"), v(100, "percent")],
    ),
    (
        "autos",
        "The Stradale coupe reaches a top speed of 325 km/h, and its hybrid powertrain produces "
        "610kW, making it the most powerful car the firm has built.",
        [v(325, "km/h"), v(610, "kW")],
    ),
    (
        "autos",
        "Unleaded petrol now costs an average of 143.9p a litre and diesel 151.4p a litre, the "
        "motoring group said, the lowest prices since 2021.",
        [v(1.439, "GBP/L"), v(1.514, "GBP/L")],
    ),
    (
        "autos",
        "Gasoline averaged $3.62 a gallon nationwide on Monday, about 4% lower than a month ago, "
        "and drivers in California were paying $5.19 a gallon.",
        [v(3.62, "USD/gal"), v(4, "percent"), v(5.19, "USD/gal")],
    ),
    (
        "autos",
        "The Marlow GT3 made its public debut at the Goodwood Festival of Speed on Friday, the "
        "day after the company confirmed it would build the car in Coventry.",
        [],
    ),
    (
        "autos",
        "New-vehicle sales in South Africa fell 9.4% to 39,123 units in May, Naamsa said, as "
        "high interest rates and a weak rand kept buyers away.",
        [v(9.4, "percent"), v(39123, "count")],
    ),
    (
        "autos",
        "The electric ute, priced at A$62,990, can tow up to 3,500kg and carry a payload of "
        "750kg, Kinetic Motors said at the launch in Melbourne.",
        [v(62990, "AUD"), v(3500, "kg"), v(750, "kg")],
    ),
    (
        "autos",
        "Electric cars made up 17.4 per cent of new registrations last month, up from 15.2 per "
        "cent a year earlier, well short of the government's target of 22 per cent.",
        [v(17.4, "percent"), v(15.2, "percent"), v(22, "percent")],
    ),
    # aviation and shipping
    (
        "aviation",
        "Skyward Airlines has ordered 60 Airbus A321neo jets worth about $8.2 billion at list "
        "prices, with deliveries running from 2027 to 2032.",
        [v(60, "count"), v(8.2e9, "USD")],
    ),
    (
        "aviation",
        "Heathrow handled 83.9 million passengers last year, and its Terminal 5 will get a "
        "£1.1bn extension to cope with demand, the airport said.",
        [v(83.9e6, "count"), v(1.1e9, "GBP")],
    ),
    (
        "aviation",
        "Changi Airport handled 5.2 million passengers in March, about 97 per cent of "
        "pre-pandemic levels, the airport operator said on Thursday.",
        [v(5.2e6, "count"), v(97, "percent")],
    ),
    (
        "aviation",
        "The non-stop service between Perth and London covers 14,499km and takes about 17 hours "
        "and 20 minutes, making it one of the longest routes in the world.",
        [v(14499, "km"), v(62400, "s")],
    ),
    (
        "aviation",
        "The Boeing 737 was cruising at 37,000ft when the crew reported a cracked windscreen and "
        "diverted to Shannon, where it landed safely with 172 passengers on board.",
        [v(37000, "ft"), v(172, "count")],
    ),
    (
        "aviation",
        "The Meridian Star, which is 399 metres long and can carry about 23,000 containers, ran "
        "aground in the Suez Canal early on Tuesday, blocking traffic for six hours.",
        [v(399, "m"), v(23000, "count"), v(6, "h")],
    ),
    (
        "aviation",
        "Diverting around the Cape of Good Hope adds about 6,000km and between 10 and 14 days to "
        "a voyage from Shanghai to Rotterdam, and freight rates have tripled.",
        [v(6000, "km"), r(10, 14, "day"), v(3, "times")],
    ),
    (
        "aviation",
        "Slow steaming at 14 knots instead of 20 knots can cut a ship's fuel use by as much as "
        "40%, according to a London shipping consultancy.",
        [v(14, "kn"), v(20, "kn"), v(40, "percent")],
    ),
    (
        "aviation",
        "Flight BA117 to New York was cancelled on Sunday after a bird strike, and passengers "
        "were rebooked on the 7.45pm departure from Terminal 3.",
        [],
    ),
    (
        "aviation",
        "Budget carrier FlyBharat flew 8.6 million domestic passengers in April, giving it a "
        "market share of 61.4 per cent, the aviation regulator said.",
        [v(8.6e6, "count"), v(61.4, "percent")],
    ),
    (
        "aviation",
        "Transnet said its Durban terminals handled 2.8 million tonnes of cargo in the quarter, "
        "a 6.5% rise, after it brought 12 new cranes into service.",
        [v(2.8e6, "t"), v(6.5, "percent"), v(12, "count")],
    ),
    (
        "aviation",
        "The cruise ship Aurora Queen docked at Pier 4 in Sydney at dawn on Saturday after the "
        "second voyage of its season was cut short by engine trouble.",
        [],
    ),
    # sport
    (
        "sport",
        "Castleford United have signed the Brazil forward Tiago Alves for a club-record £62m on "
        "a five-year contract, beating competition from two Spanish clubs.",
        [v(62e6, "GBP"), v(5, "year"), v(2, "count")],
    ),
    (
        "sport",
        "Halvorsen's 89th-minute header sealed a 3-1 win over Rovers and took his tally to 27 "
        "goals for the season, in front of a crowd of 52,341.",
        [v(27, "count"), v(52341, "count")],
    ),
    (
        "sport",
        "Northgate beat Hollins Park 2-0 at Moor Lane on Saturday, both goals coming in the "
        "second half, to go top of the Premier League for the first time since 1998.",
        [],
        "'the second half' is read as a rank",
    ),
    (
        "sport",
        "Elena Markova, 21, beat the top seed 6-4, 3-6, 7-6 in a match lasting 3 hours and 12 "
        "minutes, firing 14 aces to reach her first Grand Slam semi-final.",
        [v(21, "year_of_age"), v(11520, "s"), v(14, "count")],
        "a tennis set score '3-6' after '6-4,' is read as a range",
    ),
    (
        "sport",
        "Prize money at the championships has risen 11.9% to a record £50m, with the singles "
        "champions each receiving £2.7m, the All England Club announced.",
        [v(11.9, "percent"), v(50e6, "GBP"), v(2.7e6, "GBP")],
    ),
    (
        "sport",
        "Kenyan Daniel Kiprotich won the Berlin Marathon in 2 hours, 3 minutes and 17 seconds, "
        "41 seconds ahead of his compatriot Paul Rotich, in cool conditions of 11C.",
        [v(7397, "s"), v(41, "s"), v(11, "degC")],
    ),
    (
        "sport",
        "Amara Johnson clocked 10.71 seconds into a headwind of 1.2 m/s to win the national "
        "sprint title in Kingston, the fastest time by a Jamaican woman this year.",
        [v(10.71, "s"), v(1.2, "m/s")],
    ),
    (
        "sport",
        "Sipho Dlamini threw the javelin 86.42 metres with his final attempt to win gold, "
        "improving his personal best by 0.9 metres.",
        [v(86.42, "m"), v(0.9, "m")],
    ),
    (
        "sport",
        "Luca Ferri led all 57 laps to win by 4.8 seconds at an average speed of 214 km/h, his "
        "fourth victory of the season and the team's first in Bahrain.",
        [v(57, "count"), v(4.8, "s"), v(214, "km/h")],
    ),
    (
        "sport",
        "Car No 16 will start from the pit lane at the Singapore Grand Prix on Sunday after the "
        "team changed its gearbox overnight, the stewards said.",
        [],
        "'Car No 16': a number after 'No' is read as a count",
    ),
    (
        "sport",
        "Ferri's team was fined €50,000 after stewards found he had driven 3.2 km/h over the "
        "pit-lane speed limit of 80 km/h during Friday's practice session.",
        [v(50000, "EUR"), v(3.2, "km/h"), v(80, "km/h")],
    ),
    (
        "sport",
        "Rohan Desai scored 112 runs from 98 balls, hitting nine fours and four sixes, to steer "
        "India to victory in the second one-day international in Pune.",
        [v(112, "count"), v(98, "count"), v(9, "count"), v(4, "count")],
        "'the second one-day international': 'one-day' is read as a duration, not a type",
    ),
    (
        "sport",
        "A crowd of 100,024 watched the grand final at the MCG, where Harrow midfielder Jack "
        "Doyle, 24, kicked four goals and won the Norm Smith Medal.",
        [v(100024, "count"), v(24, "year_of_age"), v(4, "count")],
    ),
    (
        "sport",
        "Flyhalf Thabo Nkosi, who has signed a three-year deal with the Stormers, kicked five "
        "penalties in the 28-21 win over the Sharks at Newlands.",
        [v(3, "year"), v(5, "count")],
    ),
    # arts and culture
    (
        "arts",
        "A self-portrait by the Dutch painter sold for £12.6m at auction in London on Tuesday, "
        "more than double its pre-sale estimate of £5m-£6m.",
        [v(12.6e6, "GBP"), v(2, "times"), r(5e6, 6e6, "GBP")],
    ),
    (
        "arts",
        "The film took $156 million worldwide in its opening weekend, including $68.2 million in "
        "North America, the studio said on Sunday.",
        [v(156e6, "USD"), v(68.2e6, "USD")],
    ),
    (
        "arts",
        "The exhibition, which closed on Sunday, drew a quarter of a million visitors, making it "
        "the gallery's most popular show since 2013.",
        [v(250000, "count")],
    ),
    (
        "arts",
        "The production runs for 3 hours and 10 minutes, including an interval, and tickets for "
        "the run cost between £25 and £175.",
        [v(11400, "s"), r(25, 175, "GBP")],
    ),
    (
        "arts",
        "Beethoven's Symphony No 9 will close the season at the Royal Festival Hall on 12 July, "
        "conducted by the orchestra's new music director.",
        [],
        "'Symphony No 9': a number after 'No' is read as a count",
    ),
    (
        "arts",
        "The Hindi thriller Raat Ki Baat has earned Rs 340 crore at the domestic box office, "
        "making it the year's biggest hit, its producers said on Sunday.",
        [v(3.4e9, "INR")],
    ),
    (
        "arts",
        "The band will play 28 dates across Europe next summer, including four nights at Wembley "
        "Stadium, which holds 90,000 people.",
        [v(28, "count"), v(4, "count"), v(90000, "count")],
    ),
    (
        "arts",
        "The novel, her third, won the Booker Prize on Tuesday night, and the author, a former "
        "teacher from Durban, said she would give the money to a literacy charity.",
        [],
    ),
    (
        "arts",
        "The Edinburgh Festival Fringe sold 2.6 million tickets this year for 3,746 shows, up 8% "
        "on last year, organisers said.",
        [v(2.6e6, "count"), v(3746, "count"), v(8, "percent")],
    ),
    (
        "arts",
        "Streaming now accounts for 67.1% of UK recorded music revenues, and the market grew "
        "7.9% to £1.3bn last year, the industry body said.",
        [v(67.1, "percent"), v(7.9, "percent"), v(1.3e9, "GBP")],
    ),
    (
        "arts",
        "The museum has acquired 1,200 works by Southeast Asian artists for about S$18 million "
        "over the past decade, its director told The Straits Times.",
        [v(1200, "count"), v(18e6, "SGD")],
    ),
    # weather
    (
        "weather",
        "Temperatures are expected to reach 34C in London on Wednesday, the hottest day of the "
        "year so far, before thunderstorms bring up to 40mm of rain.",
        [v(34, "degC"), v(40, "mm")],
    ),
    (
        "weather",
        "Overnight lows of minus 7C are forecast in the Highlands, and the Met Office has issued "
        "an amber warning for snow, with 10-20cm possible on higher ground.",
        [v(-7, "degC"), r(10, 20, "cm")],
    ),
    (
        "weather",
        "Hurricane Delia strengthened to a Category 4 storm with maximum sustained winds of "
        "140mph and is expected to make landfall near Galveston late on Thursday.",
        [v(4, "rank"), v(140, "mph")],
    ),
    (
        "weather",
        "Penrith hit 48.9C on Saturday, the highest temperature recorded in the Sydney basin, "
        "and the city centre reached 45.8C at 2.15pm, the Bureau of Meteorology said.",
        [v(48.9, "degC"), v(45.8, "degC")],
    ),
    (
        "weather",
        "Mumbai received 268mm of rain on Monday, the heaviest July downpour since 2005, and the "
        "IMD issued a red alert for the next two days.",
        [v(268, "mm")],
    ),
    (
        "weather",
        "The heat index in Phoenix could top 115F on Sunday, and the city has opened 40 cooling "
        "centres for residents without air conditioning.",
        [v(115, "degF"), v(40, "count")],
    ),
    (
        "weather",
        "Gale-force winds of up to 90 km/h are expected along the Cape coast on Friday, with "
        "waves of 6-8 metres, the South African Weather Service said.",
        [v(90, "km/h"), r(6, 8, "m")],
    ),
    (
        "weather",
        "The Met Office said the weekend would start dry and bright, with showers spreading from "
        "the west on Sunday afternoon and a risk of thunder by 6pm.",
        [],
    ),
    (
        "weather",
        "Singapore recorded a high of 36.7C at Ang Mo Kio on Monday, and rainfall in May was 61% "
        "below the long-term average, the Meteorological Service said.",
        [v(36.7, "degC"), v(61, "percent")],
    ),
    (
        "weather",
        "Temperatures across Gauteng will range from 30C to 35C this week, and Johannesburg is "
        "heading for its driest winter since 1984, forecasters said.",
        [r(30, 35, "degC")],
    ),
    (
        "weather",
        "Storm Bert, the second named storm of the season, will bring heavy rain to Wales on "
        "Saturday, with a yellow warning in force from 6am until midnight.",
        [],
    ),
    # property
    (
        "property",
        "The average UK house price rose 1.9% in the year to June to £288,000, according to the "
        "Halesworth Building Society, though prices in London fell 0.6%.",
        [v(1.9, "percent"), v(288000, "GBP"), v(0.6, "percent")],
    ),
    (
        "property",
        "The average rate on a 30-year fixed mortgage rose to 6.95% this week from 6.87% a week "
        "earlier, the mortgage finance company said on Thursday.",
        [v(6.95, "percent"), v(6.87, "percent")],
    ),
    (
        "property",
        "Median rents in Sydney have climbed to $750 a week, up 9.2 per cent in a year, with "
        "vacancy rates below 1.5 per cent in most suburbs.",
        [v(750, "AUD/week"), v(9.2, "percent"), v(1.5, "percent")],
        "'$750 a week' in a Sydney story is read as USD: a bare '$' is read by the document "
        "only where a rule lists it",
    ),
    (
        "property",
        "A three-bedroom flat on Gurugram's Golf Course Road now costs upwards of Rs 4.5 crore, "
        "and home sales in the city rose 38 per cent to 16,000 units.",
        [v(4.5e7, "INR"), v(38, "percent"), v(16000, "count")],
    ),
    (
        "property",
        "HDB resale prices rose 1.9 per cent in the second quarter, and 469 flats changed hands "
        "for at least S$1 million, a record, the board said.",
        [v(1.9, "percent"), v(469, "count"), v(1e6, "SGD")],
    ),
    (
        "property",
        "Harbourgate Properties paid £410m for the office tower, which has 250,000 sq ft of "
        "space, or about £1,640 per sq ft.",
        [v(410e6, "GBP"), v(250000, "ft2"), v(1640, "GBP/ft2")],
    ),
    (
        "property",
        "Work started on 33,500 new homes in England in the first quarter, down 12% on a year "
        "earlier and far short of the pace the government needs to hit its target.",
        [v(33500, "count"), v(12, "percent")],
    ),
    (
        "property",
        "The average price of a home in the Western Cape is R1.9m, about 40% above the national "
        "average, and first-time buyers need a deposit of around R150,000.",
        [v(1.9e6, "ZAR"), v(40, "percent"), v(150000, "ZAR")],
    ),
    (
        "property",
        "The house at 27 Elm Grove, a four-bedroom Victorian semi with a south-facing garden, "
        "will go to auction on 18 September with a guide price to be set nearer the time.",
        [],
    ),
    (
        "property",
        "The estate, which covers 1,200 acres and includes 14 cottages, is on the market for "
        "offers over £18m, the selling agents said.",
        [v(1200, "acre"), v(14, "count"), v(18e6, "GBP")],
    ),
    (
        "property",
        "Buyers will pay no stamp duty on the first £250,000 of a purchase until March, saving "
        "them up to £2,500, the chancellor confirmed.",
        [v(250000, "GBP"), v(2500, "GBP")],
    ),
    # agriculture
    (
        "agriculture",
        "Wheat production is forecast at 112 million tonnes this season, up 5 per cent, after "
        "sowing on 34 million hectares, the agriculture ministry said.",
        [v(112e6, "t"), v(5, "percent"), v(34e6, "ha")],
    ),
    (
        "agriculture",
        "Farmgate milk prices have risen to 41p a litre, still below the 45p a litre that many "
        "dairy farmers say they need to break even.",
        [v(0.41, "GBP/L"), v(0.45, "GBP/L")],
    ),
    (
        "agriculture",
        "Lamb prices climbed to 780 cents a kilogram at the Wagga Wagga saleyards, about 20 per "
        "cent higher than a month ago, as dry weather cut supply.",
        [v(7.8, "AUD/kg"), v(20, "percent")],
        "cents in an Australian story with no money figure in the sentence are read as US "
        "cents (only the sentence is evidence)",
    ),
    (
        "agriculture",
        "Farmers in Iowa planted 13.1 million acres of corn this spring, and the state's 86,000 "
        "farms received $1.9 billion in federal support last year.",
        [v(13.1e6, "acre"), v(86000, "count"), v(1.9e9, "USD")],
    ),
    (
        "agriculture",
        "An outbreak of foot-and-mouth disease has forced the quarantine of 120 farms in "
        "KwaZulu-Natal, and beef exports, worth R2.5bn last year, have been halted.",
        [v(120, "count"), v(2.5e9, "ZAR")],
    ),
    (
        "agriculture",
        "Urea prices have doubled to $680 a tonne since 2021, squeezing growers who already face "
        "higher costs for diesel and labour.",
        [v(2, "times"), v(680, "USD/t")],
    ),
    (
        "agriculture",
        "Singapore, one of the world's most import-dependent nations, produces less than 10 per "
        "cent of its food and aims to raise that share to 30 per cent by 2030.",
        [v(10, "percent"), v(30, "percent")],
    ),
    (
        "agriculture",
        "The Royal Highland Show opens at Ingliston on Thursday, and the judging of the Aberdeen "
        "Angus classes will begin at 9am in Ring 2.",
        [],
    ),
    (
        "agriculture",
        "Dairy farmer Gareth Pryce, 58, milks 420 cows on 300 hectares near Carmarthen and says "
        "his feed costs have risen by about £60,000 this year.",
        [v(58, "year_of_age"), v(420, "count"), v(300, "ha"), v(60000, "GBP")],
    ),
    (
        "agriculture",
        "Swarms of desert locusts have damaged crops across thirty-two districts of Rajasthan, "
        "and officials say about a quarter of a million hectares have been sprayed.",
        [v(32, "count"), v(250000, "ha")],
    ),
    (
        "agriculture",
        "The farmers' union said its members would continue their protest outside Gate No 4 of "
        "the state secretariat until the support price issue was resolved.",
        [],
        "'Gate No 4': a number after 'No' is read as a count",
    ),
]


def test_table_size():
    n, sections, empty = spread(CASES)
    assert n >= 140 and sections >= 12 and empty >= 12


@pytest.mark.parametrize(("text", "figures"), params(CASES))
def test_desk_case(nlp, text, figures):
    assert_figures(nlp(text), figures)
