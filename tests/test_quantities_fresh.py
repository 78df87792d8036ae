"""A fifth blind case table (held out) for the quantities stage over eighteen sections.

The sentences were written for this file, news-style, by a helper who read neither the stage,
its rules nor its other case tables; each expectation is what a careful annotator reads in the
sentence, under the reading rules of tests/test_quantities_blind.py (the comment block at its
head). Sections are ones the other tables do not cover where possible. Known failures are
marked `xfail(strict=True)` with what is wrong.

On its first run 263 of its 279 cases passed. The misses were fixed as general rules ("km/h"
kept whole after the digits, fractions the model tags DATE, "died at", "-year-olds", "Type
26", a street word opening an address, a nought opening a score, a year before the noun it
dates, "COP29" as a name); 276 pass now and the 3 left are `xfail`.
"""

from __future__ import annotations

import pytest

from tests.case_tables import assert_figures, params, r, spread, v

# (section, sentence, figures in text order[, xfail reason])
# The reading rules are those of tests/test_quantities_blind.py.
CASES = [
    # crypto-fintech
    (
        "crypto-fintech",
        "Bitcoin climbed 4.2% to $71,350 in early Asian trading on Monday.",
        [v(4.2, "percent"), v(71_350, "USD")],
    ),
    (
        "crypto-fintech",
        "The exchange said about 1.8 million customers had been affected by the outage.",
        [v(1.8e6, "count")],
    ),
    (
        "crypto-fintech",
        (
            "Regulators fined the payments start-up £12.5m for failings in its "
            "anti-money-laundering checks."
        ),
        [v(12.5e6, "GBP")],
    ),
    (
        "crypto-fintech",
        "Ether fell from $3,900 to $3,420 over the weekend as liquidations mounted.",
        [v(3_900, "USD"), v(3_420, "USD")],
    ),
    (
        "crypto-fintech",
        "The neobank, founded in 2015, now charges a 0.35% fee on foreign-currency card payments.",
        [v(0.35, "percent")],
    ),
    (
        "crypto-fintech",
        "Its latest funding round valued the lender at 14x annual revenue, or roughly $2.8bn.",
        [v(14, "times"), v(2.8e9, "USD")],
    ),
    (
        "crypto-fintech",
        "Customers can reach the fraud line on 0345 600 7788 between 8am and 8pm.",
        [],
    ),
    (
        "crypto-fintech",
        "Stablecoin issuers hold between $120bn and $150bn in short-dated Treasury bills.",
        [r(120e9, 150e9, "USD")],
    ),
    (
        "crypto-fintech",
        "Indian users lost Rs 1,750 crore to online investment scams last year, the ministry said.",
        [v(1.75e10, "INR")],
    ),
    (
        "crypto-fintech",
        "The firm will cut 240 jobs, about a fifth of its workforce.",
        [v(240, "count"), v(0.2, "fraction")],
    ),
    (
        "crypto-fintech",
        "The app's Web3 wallet was rebranded as Vault One after the hack on 12 June.",
        [],
    ),
    (
        "crypto-fintech",
        "Daily transactions on the network tripled in the first quarter, the company said.",
        [v(3, "times")],
    ),
    (
        "crypto-fintech",
        "Lagos-based Paylane processed ₦18 trillion in payments last year, up 70 per cent.",
        [v(18e12, "NGN"), v(70, "percent")],
    ),
    (
        "crypto-fintech",
        "The hacker has returned $480k of the $2.1m taken from the protocol's bridge.",
        [v(480_000, "USD"), v(2.1e6, "USD")],
    ),
    (
        "crypto-fintech",
        (
            "The exchange's chief executive will testify before the Senate Banking Committee "
            "at 10am on 9 May."
        ),
        [],
    ),
    # insurance
    (
        "insurance",
        "Insured losses from Hurricane Delia, a Category 4 storm, are estimated at $6bn to $9bn.",
        [v(4, "rank"), r(6e9, 9e9, "USD")],
    ),
    (
        "insurance",
        "Average motor premiums rose 18% last year to £995, according to the industry body.",
        [v(18, "percent"), v(995, "GBP")],
    ),
    (
        "insurance",
        "Half of all home insurance claims in the period related to escape of water.",
        [v(0.5, "fraction")],
    ),
    (
        "insurance",
        "The insurer posted a combined ratio of 94.1%, down from 97.8% a year earlier.",
        [v(94.1, "percent"), v(97.8, "percent")],
    ),
    (
        "insurance",
        (
            "Premiums for flood cover in the worst-hit postcodes have doubled since the "
            "scheme was launched."
        ),
        [v(2, "times")],
    ),
    (
        "insurance",
        "The trade body said insurers had received 21,000 storm damage claims after the gales.",
        [v(21_000, "count")],
    ),
    (
        "insurance",
        "The reforms, set out in Section 4 of the Financial Services Act, take effect on 1 July.",
        [],
    ),
    (
        "insurance",
        "Underwriters expect rates on marine war cover to rise by between 25% and 50%.",
        [r(25, 50, "percent")],
    ),
    (
        "insurance",
        "A 62-year-old driver from Leeds was quoted £3,400 to renew his policy.",
        [v(62, "year_of_age"), v(3_400, "GBP")],
    ),
    (
        "insurance",
        "The group will return $1.5bn to shareholders and raise its dividend by 7 per cent.",
        [v(1.5e9, "USD"), v(7, "percent")],
    ),
    (
        "insurance",
        "The insurer's head office at 55 Gracechurch Street will close at 5pm on Friday.",
        [],
    ),
    (
        "insurance",
        "Pet insurance premiums are up 31% and 24% for dogs and cats respectively.",
        [v(31, "percent"), v(24, "percent")],
    ),
    (
        "insurance",
        "The share of drivers paying more than £1,000 for cover rose 4 percentage points to 31%.",
        [v(1_000, "GBP"), v(4, "pp"), v(31, "percent")],
    ),
    (
        "insurance",
        "The insurer's 10-year bond was priced at 180 basis points over gilts.",
        [v(180, "bp")],
    ),
    # telecoms
    (
        "telecoms",
        "The operator signed up 410,000 new broadband customers in the three months to June.",
        [v(410_000, "count")],
    ),
    (
        "telecoms",
        "Its cheapest SIM-only deal offers 30GB of data for £8 a month.",
        [v(30, "GB"), v(8, "GBP/month")],
    ),
    (
        "telecoms",
        "Mid-contract price rises of 3.9% plus inflation will be banned from January.",
        [v(3.9, "percent")],
    ),
    (
        "telecoms",
        "The company agreed to pay €2.1bn for a 25% stake in the tower business.",
        [v(2.1e9, "EUR"), v(25, "percent")],
    ),
    (
        "telecoms",
        "Customers on the 5G network reported outages from 7am until shortly after 11am.",
        [],
    ),
    (
        "telecoms",
        "The merger would create a group with 27 million mobile subscribers.",
        [v(27e6, "count")],
    ),
    (
        "telecoms",
        "Engineers will lay 1,400km of fibre-optic cable along the coast.",
        [v(1_400, "km")],
    ),
    (
        "telecoms",
        "The regulator said 8% of rural premises still lack a decent mobile signal indoors.",
        [v(8, "percent")],
    ),
    (
        "telecoms",
        "The telecoms group will cut between 1,500 and 2,000 jobs over the next two years.",
        [r(1_500, 2_000, "count")],
    ),
    (
        "telecoms",
        "The iPhone 16 and Galaxy S24 accounted for a third of handset sales at the retailer.",
        [v(1 / 3, "fraction")],
    ),
    (
        "telecoms",
        "The second-largest carrier will switch off its 3G network in the spring.",
        [],
    ),
    (
        "telecoms",
        "Roaming charges in Spain rise to £2.29 a day from next month.",
        [v(2.29, "GBP/day")],
    ),
    (
        "telecoms",
        "Revenue at the unit fell 2.3% to €11.4bn, while core profit slipped 0.8%.",
        [v(2.3, "percent"), v(11.4e9, "EUR"), v(0.8, "percent")],
    ),
    (
        "telecoms",
        "The operator added 32 lakh mobile subscribers in October.",
        [v(3.2e6, "count")],
    ),
    # mining-commodities
    (
        "mining-commodities",
        "Gold rose to a record $2,431 an ounce on Friday.",
        [v(2_431, "USD/oz")],
    ),
    (
        "mining-commodities",
        "Copper for three-month delivery on the LME was flat at $9,870 a tonne.",
        [v(9_870, "USD/t")],
        'a metal tenor ("three-month delivery") is read as a duration: "delivery" also follows '
        'delivery times ("a 10-day delivery"), which measure',
    ),
    (
        "mining-commodities",
        "The mine produced 312,000 ounces of gold last year, up 6%.",
        [v(312_000, "oz"), v(6, "percent")],
    ),
    (
        "mining-commodities",
        (
            "Opec+ agreed to extend output cuts of 2.2 million barrels a day until the end of"
            " September."
        ),
        [v(2.2e6, "bbl/day")],
    ),
    (
        "mining-commodities",
        "Brent crude fell 1.7% to $83.10 a barrel.",
        [v(1.7, "percent"), v(83.10, "USD/bbl")],
    ),
    (
        "mining-commodities",
        "The lithium project in Western Australia holds an estimated 210 million tonnes of ore.",
        [v(210e6, "t")],
    ),
    (
        "mining-commodities",
        "Drill results showed 4.2 grams per tonne of gold over 18 metres.",
        [v(4.2, "g/t"), v(18, "m")],
    ),
    (
        "mining-commodities",
        "Trading in Kestrel Minerals shares was suspended at 10.30am pending an announcement.",
        [],
    ),
    (
        "mining-commodities",
        "Iron ore prices have fallen by more than a quarter since January.",
        [v(0.25, "fraction")],
    ),
    (
        "mining-commodities",
        (
            "South Africa's platinum output dropped 9.5% in the year, while palladium fell "
            "6.1% and rhodium 4%."
        ),
        [v(9.5, "percent"), v(6.1, "percent"), v(4, "percent")],
    ),
    (
        "mining-commodities",
        "The miner will spend 4.5 billion rand on a new shaft 1,800 metres deep.",
        [v(4.5e9, "ZAR"), v(1_800, "m")],
    ),
    (
        "mining-commodities",
        "The 2019 dam collapse led to new rules under Law 14,066 on tailings storage.",
        [],
    ),
    (
        "mining-commodities",
        "Cocoa futures in New York hit $11,000 a tonne, nearly triple their level a year ago.",
        [v(11_000, "USD/t"), v(3, "times")],
    ),
    (
        "mining-commodities",
        "The iron ore producer's Brazilian unit swung to a loss of R$1.3bn.",
        [v(1.3e9, "BRL")],
    ),
    (
        "mining-commodities",
        "The miner reported a net profit of A$2.3bn, down 12 per cent.",
        [v(2.3e9, "AUD"), v(12, "percent")],
    ),
    (
        "mining-commodities",
        "The offshore field holds proven reserves of 1.2 billion barrels.",
        [v(1.2e9, "bbl")],
    ),
    (
        "mining-commodities",
        "Closing the mine and restoring the land is expected to cost A$1.5-2bn.",
        [r(1.5e9, 2e9, "AUD")],
    ),
    # pharma-biotech
    (
        "pharma-biotech",
        "The drug cut the risk of heart attack or stroke by 20% in a trial of 17,600 patients.",
        [v(20, "percent"), v(17_600, "count")],
    ),
    (
        "pharma-biotech",
        "The biotech agreed to be bought for $4.3bn in cash, a 62% premium to Friday's close.",
        [v(4.3e9, "USD"), v(62, "percent")],
    ),
    (
        "pharma-biotech",
        (
            "Patients on the higher dose lost an average of 15.2% of their body weight in the"
            " trial, against 2.4% on placebo."
        ),
        [v(15.2, "percent"), v(2.4, "percent")],
    ),
    (
        "pharma-biotech",
        "The company will cut about 1,000 jobs and close two research sites in Massachusetts.",
        [v(1_000, "count"), v(2, "count")],
    ),
    (
        "pharma-biotech",
        "The Covid-19 booster, known as mRNA-1283, was approved by the FDA on Tuesday.",
        [],
    ),
    (
        "pharma-biotech",
        "The medicines regulator approved the treatment for children aged 12 and over.",
        [v(12, "year_of_age")],
    ),
    (
        "pharma-biotech",
        "Sales of the weight-loss injection rose 58% to 9.8 billion Danish kroner in the quarter.",
        [v(58, "percent"), v(9.8e9, "DKK")],
    ),
    (
        "pharma-biotech",
        "The trial will run for 18 months and enrol between 300 and 400 volunteers.",
        [v(18, "month"), r(300, 400, "count")],
    ),
    (
        "pharma-biotech",
        "The Indian drugmaker's profit climbed to Rs 1,250 crore, while revenue grew 14%.",
        [v(1.25e10, "INR"), v(14, "percent")],
    ),
    (
        "pharma-biotech",
        "Research spending was cut by a third, to €1.6bn.",
        [v(1 / 3, "fraction"), v(1.6e9, "EUR")],
    ),
    (
        "pharma-biotech",
        (
            "Shares in the drugmaker fell in New York after a second late-stage study missed "
            "its main goal."
        ),
        [],
    ),
    (
        "pharma-biotech",
        "The cancer drug, priced at $14,000 a month, has drawn criticism from patient groups.",
        [v(14_000, "USD/month")],
    ),
    (
        "pharma-biotech",
        "The experimental pill, codenamed CT-996, was filed with regulators in March 2024.",
        [],
    ),
    # defence
    (
        "defence",
        "Nato members agreed to spend at least 2% of GDP on defence.",
        [v(2, "percent")],
    ),
    (
        "defence",
        "The navy will buy eight Type 26 frigates at a cost of about £4.2bn.",
        [v(8, "count"), v(4.2e9, "GBP")],
    ),
    (
        "defence",
        "The missile has a range of more than 2,500km and travels at up to 6,000km/h.",
        [v(2_500, "km"), v(6_000, "km/h")],
    ),
    (
        "defence",
        "Defence spending will rise from 2.3% to 2.5% of national income.",
        [v(2.3, "percent"), v(2.5, "percent")],
    ),
    (
        "defence",
        "The F-35 squadron will be based at RAF Marham from 2026.",
        [],
    ),
    (
        "defence",
        "Some 4,000 troops will take part in the exercise, which lasts three weeks.",
        [v(4_000, "count"), v(3, "week")],
    ),
    (
        "defence",
        "A 24-year-old private was killed in the training accident, the ministry said.",
        [v(24, "year_of_age")],
    ),
    (
        "defence",
        "The ten-year contract, worth up to $7.8bn, covers 120 helicopters.",
        [v(10, "year"), v(7.8e9, "USD"), v(120, "count")],
    ),
    (
        "defence",
        "Germany's special defence fund of €100bn has been almost fully committed.",
        [v(100e9, "EUR")],
    ),
    (
        "defence",
        "Article 5 of the Nato treaty was invoked after the attacks of 11 September 2001.",
        [],
    ),
    (
        "defence",
        "Each drone costs roughly $20,000, a small part of the price of a cruise missile.",
        [v(20_000, "USD")],
    ),
    (
        "defence",
        "Arms exports rose 17% in the five years to 2023, with Ukraine receiving 14% of the total.",
        [v(17, "percent"), v(14, "percent")],
    ),
    (
        "defence",
        "The new frigates will have a top speed of 28 knots.",
        [v(28, "kn")],
    ),
    (
        "defence",
        "Canada announced C$8.1bn in new military spending on Thursday.",
        [v(8.1e9, "CAD")],
    ),
    (
        "defence",
        "Russia is producing artillery shells three times as fast as Europe, officials estimate.",
        [v(3, "times")],
    ),
    (
        "defence",
        "The Type 45 destroyer HMS Diamond returned to Portsmouth on 20 July.",
        [],
    ),
    # education
    (
        "education",
        "Tuition fees in England will rise to £9,535 a year from the autumn.",
        [v(9_535, "GBP/year")],
    ),
    (
        "education",
        "More than 1.6 million pupils are taught in classes of more than 30 children.",
        [v(1.6e6, "count"), v(30, "count")],
    ),
    (
        "education",
        "Teachers will receive a 5.5% pay rise, the education secretary announced.",
        [v(5.5, "percent")],
    ),
    (
        "education",
        "Year 6 pupils sat their Sats tests on Monday morning.",
        [],
    ),
    (
        "education",
        "The university has a deficit of £30m and plans to cut 400 posts.",
        [v(30e6, "GBP"), v(400, "count")],
    ),
    (
        "education",
        "Persistent absence fell from 22.3% to 20.0% of pupils last year.",
        [v(22.3, "percent"), v(20.0, "percent")],
    ),
    (
        "education",
        "Around a quarter of schools in the region have buildings with crumbling concrete.",
        [v(0.25, "fraction")],
    ),
    (
        "education",
        "International student applications dropped 16%, and those from India by 21%.",
        [v(16, "percent"), v(21, "percent")],
    ),
    (
        "education",
        "The headteacher, 47, has led the school for nine years.",
        [v(47, "year_of_age"), v(9, "year")],
    ),
    (
        "education",
        "Results for A-level and BTEC students will be published at 8am on 15 August.",
        [],
    ),
    (
        "education",
        (
            "Free school meals will be extended to every child in a family on universal "
            "credit, about 500,000 more pupils."
        ),
        [v(500_000, "count")],
    ),
    (
        "education",
        (
            "Graduates start repaying their loans once they earn more than £25,000 a year, at"
            " 9% of income above the threshold."
        ),
        [v(25_000, "GBP/year"), v(9, "percent")],
    ),
    (
        "education",
        "Twenty-three schools in the county closed because of snow.",
        [v(23, "count")],
    ),
    (
        "education",
        "Newly qualified teachers outside London will start on £32k.",
        [v(32_000, "GBP")],
    ),
    (
        "education",
        "The 11-plus exam will be sat by children in Kent on 12 September.",
        [],
        '"the 11-plus exam" (an exam named by the age it is sat at) is read as a count before '
        '"-plus"',
    ),
    # local-government
    (
        "local-government",
        "Council tax bills will rise by 4.99% in April, taking a Band D bill to £2,280.",
        [v(4.99, "percent"), v(2_280, "GBP")],
    ),
    (
        "local-government",
        "The council faces a funding gap of between £40m and £55m over the next year.",
        [r(40e6, 55e6, "GBP")],
    ),
    (
        "local-government",
        (
            "The authority issued a Section 114 notice on Wednesday, effectively declaring "
            "itself bankrupt."
        ),
        [],
    ),
    (
        "local-government",
        "Residents will pay £52 a year for garden waste collections.",
        [v(52, "GBP/year")],
    ),
    (
        "local-government",
        "The town hall employs 3,200 staff and manages 14,000 council homes.",
        [v(3_200, "count"), v(14_000, "count")],
    ),
    (
        "local-government",
        "Potholes on the 4.5-mile stretch of the A38 will be repaired this summer.",
        [v(4.5, "mi")],
    ),
    (
        "local-government",
        "The mayor, 58, won a third term with 43% of the vote.",
        [v(58, "year_of_age"), v(43, "percent")],
    ),
    (
        "local-government",
        "Parking in the city centre will cost £2.20 an hour, up from £1.80 an hour.",
        [v(2.20, "GBP/h"), v(1.80, "GBP/h")],
    ),
    (
        "local-government",
        "A poll of residents put the Greens ahead by 6 points in the Riverside ward.",
        [v(6, "pp")],
    ),
    (
        "local-government",
        "The council will sell 12 buildings, including the former library at 21 High Street.",
        [v(12, "count")],
    ),
    (
        "local-government",
        "The planning committee meets at 6.30pm in Room 2 of the civic centre.",
        [],
    ),
    (
        "local-government",
        "The new leisure centre will cost £38m, almost twice the original estimate.",
        [v(38e6, "GBP"), v(2, "times")],
    ),
    (
        "local-government",
        "Council tax could rise 8-10% in the worst-hit areas.",
        [r(8, 10, "percent")],
    ),
    (
        "local-government",
        "New homes on the council-owned site will sell for between £240,000 and £1.1m.",
        [r(240_000, 1.1e6, "GBP")],
    ),
    (
        "local-government",
        "The speed limit on residential streets will be cut from 30mph to 20mph.",
        [v(30, "mph"), v(20, "mph")],
    ),
    # film-music-box-office
    (
        "film-music-box-office",
        "The sequel took $156m at the North American box office in its opening weekend.",
        [v(156e6, "USD")],
    ),
    (
        "film-music-box-office",
        "The film's worldwide total now stands at $1.02bn, the second-highest of the year.",
        [v(1.02e9, "USD")],
    ),
    (
        "film-music-box-office",
        "The album sold 1.4 million copies in its first week.",
        [v(1.4e6, "count")],
    ),
    (
        "film-music-box-office",
        "Her stadium tour, which ran to 62 dates, grossed more than £300m.",
        [v(62, "count"), v(300e6, "GBP")],
    ),
    (
        "film-music-box-office",
        "The 97th Academy Awards ceremony begins at 5pm Pacific time on 2 March.",
        [],
    ),
    (
        "film-music-box-office",
        "The epic runs for 3 hours and 26 minutes, including an intermission.",
        [v(12_360, "s")],
    ),
    (
        "film-music-box-office",
        "Streaming accounted for 84% of recorded music revenue, which rose 10.2% to $28.6bn.",
        [v(84, "percent"), v(10.2, "percent"), v(28.6e9, "USD")],
    ),
    (
        "film-music-box-office",
        (
            "UK cinemas recorded 123 million admissions last year, a third below the "
            "pre-pandemic level."
        ),
        [v(123e6, "count"), v(1 / 3, "fraction")],
    ),
    (
        "film-music-box-office",
        "The Bollywood drama has earned Rs 320 crore at the Indian box office.",
        [v(3.2e9, "INR")],
    ),
    (
        "film-music-box-office",
        "The singer, who died at 79, recorded 23 studio albums.",
        [v(79, "year_of_age"), v(23, "count")],
    ),
    (
        "film-music-box-office",
        "Tickets for the reunion shows cost between £75 and £350.",
        [r(75, 350, "GBP")],
    ),
    (
        "film-music-box-office",
        "Toy Story 5 will open in cinemas in June 2026, Pixar confirmed.",
        [],
    ),
    (
        "film-music-box-office",
        "The Korean thriller sold 11.2 million tickets, with receipts of 95 billion won.",
        [v(11.2e6, "count"), v(95e9, "KRW")],
    ),
    # obituaries
    (
        "obituaries",
        "The novelist, who has died aged 91, published 31 books.",
        [v(91, "year_of_age"), v(31, "count")],
    ),
    (
        "obituaries",
        "Born in Cardiff in 1938, she joined the BBC at 22 and stayed for 35 years.",
        [v(22, "year_of_age"), v(35, "year")],
        'an age after "joined the BBC at" has no age cue: only "aged", "at age", "died at" '
        "and the like are",
    ),
    (
        "obituaries",
        "He is survived by his wife, Margaret, whom he married in 1961.",
        [],
    ),
    (
        "obituaries",
        "He served as the town's MP for 27 years and was knighted in 1998.",
        [v(27, "year")],
    ),
    (
        "obituaries",
        "The composer, 84, wrote the scores for more than 150 films.",
        [v(84, "year_of_age"), v(150, "count")],
    ),
    (
        "obituaries",
        "He left an estate valued at £4.7m, most of it to the hospice where he died.",
        [v(4.7e6, "GBP")],
    ),
    (
        "obituaries",
        "The funeral will be held at St Mary's Church, 14 Church Lane, at 11am on Friday.",
        [],
    ),
    (
        "obituaries",
        "A founder of the band, he played more than 2,000 concerts with them.",
        [v(2_000, "count")],
    ),
    (
        "obituaries",
        "The 88-year-old actor had been in poor health since a fall in the spring.",
        [v(88, "year_of_age")],
    ),
    (
        "obituaries",
        "She spent 14 months in prison in the 1970s for her part in the strike.",
        [v(14, "month")],
    ),
    (
        "obituaries",
        "He is survived by his three children and seven grandchildren.",
        [v(3, "count"), v(7, "count")],
    ),
    (
        "obituaries",
        "The architect, who died on Sunday at the age of 96, designed the tower in 1972.",
        [v(96, "year_of_age")],
    ),
    (
        "obituaries",
        (
            "One of the first women to sail solo around the world, she completed the voyage "
            "in 272 days."
        ),
        [v(272, "day")],
    ),
    (
        "obituaries",
        "She died at home in Hull on Christmas Day 2024.",
        [],
    ),
    # personal-finance
    (
        "personal-finance",
        "The Bank of England cut interest rates by 25 basis points to 5%.",
        [v(25, "bp"), v(5, "percent")],
    ),
    (
        "personal-finance",
        "The average two-year fixed mortgage rate fell to 5.8% from 6.1%.",
        [v(5.8, "percent"), v(6.1, "percent")],
    ),
    (
        "personal-finance",
        "Savers can put up to £20,000 a year into an Isa tax-free.",
        [v(20_000, "GBP/year")],
    ),
    (
        "personal-finance",
        "The state pension will rise by 4.1% to £230.25 a week in April.",
        [v(4.1, "percent"), v(230.25, "GBP/week")],
    ),
    (
        "personal-finance",
        "Calls to the helpline on 0800 138 7777 are free from landlines and mobiles.",
        [],
    ),
    (
        "personal-finance",
        "Energy bills under the price cap will fall 7% to £1,568 a year for a typical household.",
        [v(7, "percent"), v(1_568, "GBP/year")],
    ),
    (
        "personal-finance",
        "A 35-year-old earning £40,000 a year would need to save about 15% of their salary.",
        [v(35, "year_of_age"), v(40_000, "GBP/year"), v(15, "percent")],
    ),
    (
        "personal-finance",
        "The average price of petrol fell to 139.9p a litre last month, the lowest since 2021.",
        [v(1.399, "GBP/L")],
    ),
    (
        "personal-finance",
        "The personal allowance has been frozen at £12,570 until 2028.",
        [v(12_570, "GBP")],
    ),
    (
        "personal-finance",
        "Credit card borrowing rose 9.8% in the year to March, with average rates at 21.6%.",
        [v(9.8, "percent"), v(21.6, "percent")],
    ),
    (
        "personal-finance",
        "The minimum wage for workers aged 21 and over rises to £12.21 an hour.",
        [v(21, "year_of_age"), v(12.21, "GBP/h")],
    ),
    (
        "personal-finance",
        "Under Rule 4.2 of the new code, lenders must contact borrowers who fall behind.",
        [],
    ),
    (
        "personal-finance",
        (
            "Americans now hold $1.14 trillion in credit card debt, up $27bn from the "
            "previous quarter."
        ),
        [v(1.14e12, "USD"), v(27e9, "USD")],
    ),
    (
        "personal-finance",
        "A flat in the Pune suburb costs about Rs 85 lakh, up from Rs 60 lakh in 2019.",
        [v(8.5e6, "INR"), v(6e6, "INR")],
    ),
    (
        "personal-finance",
        "The electricity unit rate under the cap will be 24.5p per kilowatt-hour.",
        [v(0.245, "GBP/kWh")],
    ),
    (
        "personal-finance",
        "The fund returned -4.5% over the quarter, against a 1.2% gain for its benchmark.",
        [v(-4.5, "percent"), v(1.2, "percent")],
    ),
    (
        "personal-finance",
        "Her 401(k) and Roth IRA accounts were opened in 2009.",
        [],
    ),
    # tourism-hotels
    (
        "tourism-hotels",
        "Hotel occupancy in London averaged 82% in August, with room rates up 6%.",
        [v(82, "percent"), v(6, "percent")],
    ),
    (
        "tourism-hotels",
        "The country welcomed 18.5 million international visitors last year, who spent €21bn.",
        [v(18.5e6, "count"), v(21e9, "EUR")],
    ),
    (
        "tourism-hotels",
        "Venice will charge day-trippers €5 to enter the city on peak days.",
        [v(5, "EUR")],
    ),
    (
        "tourism-hotels",
        "The resort, with 640 rooms and four pools, cost about $900m to build.",
        [v(640, "count"), v(4, "count"), v(900e6, "USD")],
    ),
    (
        "tourism-hotels",
        "Check-in at the Grand Hotel on 3rd Avenue opens at 3pm; breakfast is served from 7am.",
        [],
    ),
    (
        "tourism-hotels",
        "Passenger numbers at the airport rose from 28 million to 31 million.",
        [v(28e6, "count"), v(31e6, "count")],
    ),
    (
        "tourism-hotels",
        "The new direct flight cuts the journey to 7 hours and 45 minutes.",
        [v(27_900, "s")],
    ),
    (
        "tourism-hotels",
        (
            "Japan received 3.1 million visitors in March, as the yen traded at about 151 to "
            "the dollar."
        ),
        [v(3.1e6, "count"), v(151, "JPY/USD")],
    ),
    (
        "tourism-hotels",
        "A quarter of holidaymakers said they would spend less abroad this summer.",
        [v(0.25, "fraction")],
    ),
    (
        "tourism-hotels",
        "The cruise line ordered three ships, each able to carry 5,400 passengers.",
        [v(3, "count"), v(5_400, "count")],
    ),
    (
        "tourism-hotels",
        "The flight, FR2314 from Stansted, landed at 9.42pm on Sunday.",
        [],
    ),
    (
        "tourism-hotels",
        "Temperatures on the island reached 44C, and the archaeological site closed from noon.",
        [v(44, "degC")],
    ),
    (
        "tourism-hotels",
        "Temperatures at the ski resort fell to minus 18C overnight.",
        [v(-18, "degC")],
    ),
    (
        "tourism-hotels",
        "Rooms at the hotel range from €90 to €450, depending on the season.",
        [r(90, 450, "EUR")],
    ),
    (
        "tourism-hotels",
        "The observation deck, 1,250 feet above the street, opens to visitors in May.",
        [v(1_250, "ft")],
    ),
    (
        "tourism-hotels",
        "Visitors to Quintana Roo will pay a new tax of 224 Mexican pesos on arrival.",
        [v(224, "MXN")],
    ),
    (
        "tourism-hotels",
        "The hotel's new spa covers 2,000 square metres over two floors.",
        [v(2_000, "m2"), v(2, "count")],
    ),
    # fashion-luxury
    (
        "fashion-luxury",
        "Fashion and leather goods sales at the group fell 3% in the quarter, to €9.7bn.",
        [v(3, "percent"), v(9.7e9, "EUR")],
    ),
    (
        "fashion-luxury",
        "The handbag, which cost £1,950 three years ago, now sells for £2,900.",
        [v(1_950, "GBP"), v(2_900, "GBP")],
    ),
    (
        "fashion-luxury",
        "The retailer will close 45 of its 120 stores, putting 2,300 jobs at risk.",
        [v(45, "count"), v(120, "count"), v(2_300, "count")],
    ),
    (
        "fashion-luxury",
        "Chinese shoppers account for about a third of global luxury spending.",
        [v(1 / 3, "fraction")],
    ),
    (
        "fashion-luxury",
        "Chanel No. 5 was first sold on the fifth day of the fifth month in 1921.",
        [],
    ),
    (
        "fashion-luxury",
        "The Italian group agreed to buy a 30% stake in the label for €1.2bn.",
        [v(30, "percent"), v(1.2e9, "EUR")],
    ),
    (
        "fashion-luxury",
        "Watch exports from Switzerland fell 11.8% to CHF 2.1bn in July.",
        [v(11.8, "percent"), v(2.1e9, "CHF")],
    ),
    (
        "fashion-luxury",
        "The designer, 39, has been hired on a five-year contract.",
        [v(39, "year_of_age"), v(5, "year")],
    ),
    (
        "fashion-luxury",
        "Shares in the fast-fashion chain jumped 14% after profit more than doubled.",
        [v(14, "percent"), v(2, "times")],
    ),
    (
        "fashion-luxury",
        "A crocodile Birkin bag fetched HK$3.4m at auction in Hong Kong.",
        [v(3.4e6, "HKD")],
    ),
    (
        "fashion-luxury",
        "The Paris show will open at 8pm on Tuesday at 13 Avenue du President Wilson.",
        [],
    ),
    (
        "fashion-luxury",
        "Luxury sales are forecast to grow between 2% and 4% this year, to roughly €380bn.",
        [r(2, 4, "percent"), v(380e9, "EUR")],
    ),
    (
        "fashion-luxury",
        "Sales in mainland China fell 9% to 12 billion yuan.",
        [v(9, "percent"), v(12e9, "CNY")],
    ),
    (
        "fashion-luxury",
        "The flagship store spans 30,000 sq ft over three floors.",
        [v(30_000, "ft2"), v(3, "count")],
    ),
    (
        "fashion-luxury",
        "The label is one of the few in Milan still controlled by its founding family.",
        [],
    ),
    # gaming-esports
    (
        "gaming-esports",
        "The tournament's prize pool reached $40m, funded partly by in-game purchases.",
        [v(40e6, "USD")],
    ),
    (
        "gaming-esports",
        "The final drew a peak of 6.9 million concurrent viewers.",
        [v(6.9e6, "count")],
    ),
    (
        "gaming-esports",
        "The publisher said GTA 6 would be released in autumn 2025 on PlayStation 5.",
        [],
    ),
    (
        "gaming-esports",
        "The studio will lay off 1,900 staff, about 8% of its workforce.",
        [v(1_900, "count"), v(8, "percent")],
    ),
    (
        "gaming-esports",
        "The team won the grand final 3-1 after trailing 0-1 in the series.",
        [],
    ),
    (
        "gaming-esports",
        "The game sold 10 million copies in its first three days.",
        [v(10e6, "count")],
    ),
    (
        "gaming-esports",
        "The base console costs $499, while the Pro model costs $699.",
        [v(499, "USD"), v(699, "USD")],
    ),
    (
        "gaming-esports",
        "The 17-year-old player signed a two-year deal worth $1.2m.",
        [v(17, "year_of_age"), v(2, "year"), v(1.2e6, "USD")],
    ),
    (
        "gaming-esports",
        "The update is a 120GB download, twice the size of the original game.",
        [v(120, "GB"), v(2, "times")],
    ),
    (
        "gaming-esports",
        "Microsoft paid $69bn for Activision Blizzard, the largest deal in gaming history.",
        [v(69e9, "USD")],
    ),
    (
        "gaming-esports",
        "Sixteen teams will compete in the event, which lasts 12 days.",
        [v(16, "count"), v(12, "day")],
    ),
    (
        "gaming-esports",
        "Mobile gaming revenue in South Korea rose to 8.4 trillion won.",
        [v(8.4e12, "KRW")],
    ),
    (
        "gaming-esports",
        "Counter-Strike 2 replaced CS:GO in September 2023.",
        [],
    ),
    (
        "gaming-esports",
        "Daily active players rose 2.5x after the game went free-to-play.",
        [v(2.5, "times")],
    ),
    (
        "gaming-esports",
        "The new console comes with 2TB of storage.",
        [v(2, "TB")],
    ),
    (
        "gaming-esports",
        "The handheld's screen refreshes at 120Hz and draws about 15W under load.",
        [v(120, "Hz"), v(15, "W")],
    ),
    (
        "gaming-esports",
        "The record-breaking speedrun took 4 minutes and 55 seconds.",
        [v(295, "s")],
    ),
    # food-drink
    (
        "food-drink",
        "Food inflation slowed to 4.2% in May from 5.6% in April.",
        [v(4.2, "percent"), v(5.6, "percent")],
    ),
    (
        "food-drink",
        "Arabica coffee futures rose to $3.40 a pound, the highest level since 1977.",
        [v(3.40, "USD/lb")],
    ),
    (
        "food-drink",
        "The supermarket cut the price of 500 products by an average of 10%.",
        [v(500, "count"), v(10, "percent")],
    ),
    (
        "food-drink",
        "Lunch is served between noon and 2.30pm; the kitchen closes at 10pm.",
        [],
    ),
    (
        "food-drink",
        "The chain serves customers at 1,300 restaurants and employs 41,000 people.",
        [v(1_300, "count"), v(41_000, "count")],
    ),
    (
        "food-drink",
        "A bottle of the 1945 vintage sold for $558,000 at auction in Geneva.",
        [v(558_000, "USD")],
    ),
    (
        "food-drink",
        "Olive oil prices have more than doubled since the drought began.",
        [v(2, "times")],
    ),
    (
        "food-drink",
        "Farmers produced 14.8 million tonnes of wheat, down 15% on the previous harvest.",
        [v(14.8e6, "t"), v(15, "percent")],
    ),
    (
        "food-drink",
        "The sugar tax added 24p a litre to the price of the most sugary drinks.",
        [v(0.24, "GBP/L")],
    ),
    (
        "food-drink",
        "The bakery chain, which has 2,500 shops, reported sales of £1.8bn.",
        [v(2_500, "count"), v(1.8e9, "GBP")],
    ),
    (
        "food-drink",
        "The chef has opened a dozen restaurants in London since 2010.",
        [v(12, "count")],
    ),
    (
        "food-drink",
        "The Michelin guide awarded the restaurant its third star on Monday.",
        [],
    ),
    (
        "food-drink",
        "Whisky exports fell 3.8% to £5.6bn, with shipments to India up 17%.",
        [v(3.8, "percent"), v(5.6e9, "GBP"), v(17, "percent")],
    ),
    (
        "food-drink",
        "The brand's cans will shrink from 330ml to 300ml this autumn.",
        [v(330, "mL"), v(300, "mL")],
    ),
    (
        "food-drink",
        "The winning pumpkin weighed 1,247kg, a record for the show.",
        [v(1_247, "kg")],
    ),
    (
        "food-drink",
        "The brewery produced 65 million litres of beer last year.",
        [v(65e6, "L")],
    ),
    (
        "food-drink",
        "The vineyard, which covers 120 acres, was sold for $38m.",
        [v(120, "acre"), v(38e6, "USD")],
    ),
    # transport-rail
    (
        "transport-rail",
        "Rail fares in England will rise by 4.6% from 2 March.",
        [v(4.6, "percent")],
    ),
    (
        "transport-rail",
        "The 07:12 service from Brighton to London Bridge was cancelled again on Monday.",
        [],
    ),
    (
        "transport-rail",
        "Trains on the new line will reach speeds of up to 360km/h.",
        [v(360, "km/h")],
    ),
    (
        "transport-rail",
        "The new line between Lyon and Turin will run for 225km and cost an estimated €12bn.",
        [v(225, "km"), v(12e9, "EUR")],
    ),
    (
        "transport-rail",
        "Train drivers will stage a 48-hour strike next week.",
        [v(48, "h")],
    ),
    (
        "transport-rail",
        "The network carried 1.61 billion passenger journeys, up from 1.38 billion.",
        [v(1.61e9, "count"), v(1.38e9, "count")],
    ),
    (
        "transport-rail",
        "An annual season ticket from Reading costs £5,700.",
        [v(5_700, "GBP")],
    ),
    (
        "transport-rail",
        "The operator will buy 54 new trains from Hitachi in a deal worth £800m.",
        [v(54, "count"), v(800e6, "GBP")],
    ),
    (
        "transport-rail",
        "Only 63% of trains arrived on time in the four weeks to 10 August.",
        [v(63, "percent")],
    ),
    (
        "transport-rail",
        (
            "The Piccadilly line will be closed between Acton Town and Heathrow Terminal 5 "
            "this weekend."
        ),
        [],
    ),
    (
        "transport-rail",
        "The Eurostar journey from London to Paris takes 2 hours 16 minutes.",
        [v(8_160, "s")],
    ),
    (
        "transport-rail",
        "The tunnel, 57km long, took 17 years to build.",
        [v(57, "km"), v(17, "year")],
    ),
    (
        "transport-rail",
        (
            "Freight trains carried 1.2 million tonnes of aggregates, about 14% more than a "
            "year earlier."
        ),
        [v(1.2e6, "t"), v(14, "percent")],
    ),
    (
        "transport-rail",
        "US petrol prices averaged $3.19 a gallon over the holiday weekend.",
        [v(3.19, "USD/gal")],
    ),
    (
        "transport-rail",
        "The M25 between junctions 10 and 11 will close from 9pm on Friday.",
        [],
    ),
    # public-health
    (
        "public-health",
        "Measles cases in England rose from 368 in 2022 to 2,911 in 2023.",
        [v(368, "count"), v(2_911, "count")],
    ),
    (
        "public-health",
        "Uptake of the MMR vaccine among five-year-olds fell to 83.9%.",
        [v(5, "year_of_age"), v(83.9, "percent")],
    ),
    (
        "public-health",
        "Patients waited more than 12 hours in A&E on 54,000 occasions in January.",
        [v(12, "h"), v(54_000, "count")],
    ),
    (
        "public-health",
        (
            "The NHS 111 service and the Covid-19 inquiry were both discussed at the hearing "
            "on 4 June."
        ),
        [],
    ),
    (
        "public-health",
        "Smoking rates among adults have fallen to 11.9%, the lowest on record.",
        [v(11.9, "percent")],
    ),
    (
        "public-health",
        "The waiting list stands at 7.6 million treatments, down 40,000 on the previous month.",
        [v(7.6e6, "count"), v(40_000, "count")],
    ),
    (
        "public-health",
        "Health officials confirmed 14 cases of mpox, including two children.",
        [v(14, "count"), v(2, "count")],
    ),
    (
        "public-health",
        "Obesity rates among adults have tripled since 1990.",
        [v(3, "times")],
    ),
    (
        "public-health",
        "The virus has a fatality rate of between 40% and 75%.",
        [r(40, 75, "percent")],
    ),
    (
        "public-health",
        (
            "The heatwave, with temperatures above 35C for five days, caused an estimated "
            "1,300 excess deaths."
        ),
        [v(35, "degC"), v(5, "day"), v(1_300, "count")],
    ),
    (
        "public-health",
        (
            "The World Health Organization will meet in Geneva on 27 May for the 78th World "
            "Health Assembly."
        ),
        [],
    ),
    (
        "public-health",
        "People aged 75 and over will be offered the RSV vaccine this autumn.",
        [v(75, "year_of_age")],
    ),
    (
        "public-health",
        "There were 10,473 alcohol-specific deaths, a 4% rise, with men accounting for two-thirds.",
        [v(10_473, "count"), v(4, "percent"), v(2 / 3, "fraction")],
    ),
    (
        "public-health",
        "Half a million people are waiting for an autism assessment, the charity said.",
        [v(500_000, "count")],
    ),
    (
        "public-health",
        "The average ambulance response time for heart attacks was 42 minutes.",
        [v(42, "min")],
    ),
    # climate-policy
    (
        "climate-policy",
        "The EU has pledged to cut emissions by 55% by 2030 compared with 1990 levels.",
        [v(55, "percent")],
    ),
    (
        "climate-policy",
        "Rich countries agreed to provide $300bn a year in climate finance by 2035.",
        [v(300e9, "USD/year")],
    ),
    (
        "climate-policy",
        "The world is on track for 2.7C of warming this century, the UN warned.",
        [v(2.7, "degC")],
    ),
    (
        "climate-policy",
        "The COP29 summit in Baku ran into overtime on Saturday night.",
        [],
    ),
    (
        "climate-policy",
        "The carbon price in the EU scheme fell to €62 a tonne.",
        [v(62, "EUR/t")],
    ),
    (
        "climate-policy",
        "The offshore wind farm will have a capacity of 1.4GW, enough to power 1.2 million homes.",
        [v(1.4, "GW"), v(1.2e6, "count")],
    ),
    (
        "climate-policy",
        "The new solar farm will cover 600 hectares and generate 350MW.",
        [v(600, "ha"), v(350, "MW")],
    ),
    (
        "climate-policy",
        "Sea levels have risen by about 21cm since 1880.",
        [v(21, "cm")],
    ),
    (
        "climate-policy",
        "The government will spend £22bn on carbon capture projects in the north of England.",
        [v(22e9, "GBP")],
    ),
    (
        "climate-policy",
        "Global temperatures were 1.55C above pre-industrial levels last year, scientists said.",
        [v(1.55, "degC")],
    ),
    (
        "climate-policy",
        "Arctic sea ice shrank to 4.28 million square kilometres in September.",
        [v(4.28e6, "km2")],
    ),
    (
        "climate-policy",
        (
            "The Paris Agreement's Article 6 rules on carbon markets were finalised at the "
            "closing session."
        ),
        [],
    ),
    (
        "climate-policy",
        "Electric cars made up 19.6% of new registrations, against a target of 22%.",
        [v(19.6, "percent"), v(22, "percent")],
    ),
    (
        "climate-policy",
        "The temperature in Phoenix hit 118F on Thursday, a record for June.",
        [v(118, "degF")],
    ),
    (
        "climate-policy",
        "Wildfire damage costs have risen fivefold since the 1990s.",
        [v(5, "times")],
    ),
    (
        "climate-policy",
        "A levy on aviation fuel could raise 3 to 4 billion euros, the commission estimates.",
        [r(3e9, 4e9, "EUR")],
    ),
    (
        "climate-policy",
        "Forecasters expect up to 18 inches of snow in the Sierra Nevada this weekend.",
        [v(18, "in")],
    ),
    (
        "climate-policy",
        "The battery, the largest in Europe, can store 600MWh of electricity.",
        [v(600, "MWh")],
    ),
    (
        "climate-policy",
        "Rain gauges recorded 82mm at the airport on Tuesday.",
        [v(82, "mm")],
    ),
    (
        "climate-policy",
        "Wind and solar supplied 29% and 14% of the country's electricity respectively.",
        [v(29, "percent"), v(14, "percent")],
    ),
]


@pytest.mark.parametrize("text, figures", params(CASES))
def test_fresh_case(nlp, text, figures):
    assert_figures(nlp(text), figures)


def test_enough_cases_over_sections():
    n, sections, empty = spread(CASES)
    assert n >= 200 and sections >= 16 and empty >= 35
