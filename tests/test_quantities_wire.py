"""A sixth blind case table (held out) for the quantities stage: wire-style long sentences.

The sentences are the long, dense ones of Reuters/AP/Bloomberg business and general news,
25 to 45 words each, often with three to six figures: levels mixed with changes ("rose 3.2%
to $4.1bn"), comparisons with a prior period, "respectively" lists, qualifiers, ranges,
guidance and analysts' estimates, attributions, with ages, clock times, dates, years and
numbers inside names in the same sentences; about thirty sentences hold no figure at all.
Every sentence was invented for this file, over fifteen sections. It was written under the
reading rules of tests/test_quantities_blind.py (the comment block at its head) by a helper who read
neither the stage, its rules nor its other case tables; each expectation is what a careful
annotator reads in the sentence, and where a sentence was ambiguous under the rules it was
rewritten rather than guessed. Known failures are marked `xfail(strict=True)` with what is
wrong.

On its first run 209 of its 227 cases passed. The misses were fixed as general rules (index
levels after "to a record", after "ended ... at", after any verb in a sentence about an
index, or named by an ``index_word`` such as "index" or "gauge", and "the 50 mark"; tenors of
rates, loans and metals; "Swedish crowns"; "the final three months"; "age to 67"; no
occasions with a fraction, "from 2.3 times"); 223 pass now and the 4 left are `xfail`.
"""

from __future__ import annotations

import pytest

from tests.case_tables import assert_figures, params, r, spread, v

# (section, sentence, figures in text order[, xfail reason]); reading rules as in
# tests/test_quantities_blind.py
CASES = [
    # earnings
    (
        "earnings",
        "Norvale Foods said third-quarter revenue rose 6.4% to 5.8 billion euros, ahead of "
        "the 5.7 billion euros analysts had expected, and kept its forecast for organic "
        "growth of between 6% and 8% this year.",
        [v(6.4, "percent"), v(5.8e9, "EUR"), v(5.7e9, "EUR"), r(6, 8, "percent")],
    ),
    (
        "earnings",
        "Quarterly net profit at Halden Steel fell 18% to $412 million from $502 million a "
        "year earlier, as average selling prices dropped by about $60 a tonne, the company "
        "said in a statement on Thursday.",
        [v(18, "percent"), v(412e6, "USD"), v(502e6, "USD"), v(60, "USD/t")],
    ),
    (
        "earnings",
        "Brightwell Retail forecast full-year sales of $12.1bn to $12.4bn, below the $12.6bn "
        "expected by analysts according to LSEG data, sending its shares down 9.3% in "
        "extended trading after the 4 p.m. close.",
        [r(12.1e9, 12.4e9, "USD"), v(12.6e9, "USD"), v(9.3, "percent")],
    ),
    (
        "earnings",
        "Revenue at Corvex's cloud and advertising units rose 14% and 9% respectively, to "
        "$28.9 billion and $64.6 billion, while operating costs climbed 5% to $51.2 billion, "
        "the company said on Tuesday.",
        [
            v(14, "percent"),
            v(9, "percent"),
            v(28.9e9, "USD"),
            v(64.6e9, "USD"),
            v(5, "percent"),
            v(51.2e9, "USD"),
        ],
    ),
    (
        "earnings",
        "The Zurich-based insurer posted a first-half net profit of 2.1 billion Swiss francs, "
        "up 11% on the year, and said its solvency ratio stood at 237%, well above its 160% "
        "target, sending the shares to a record.",
        [v(2.1e9, "CHF"), v(11, "percent"), v(237, "percent"), v(160, "percent")],
    ),
    (
        "earnings",
        "Shares of the company, which reports fourth-quarter results after the bell on Jan. "
        "29, have lagged the S&P 500 since its chief executive stepped down in the second "
        "half of 2023, according to LSEG data.",
        [],
    ),
    (
        "earnings",
        "Tokyo-based Kaito Electronics raised its annual operating profit forecast by 8% to "
        "640 billion yen, assuming an exchange rate of 145 yen to the dollar for the rest of "
        "the fiscal year ending in March.",
        [v(8, "percent"), v(640e9, "JPY"), v(145, "JPY/USD")],
    ),
    (
        "earnings",
        "The bank set aside 1.4 billion pounds for bad loans in the quarter, nearly three "
        "times the 480 million pounds a year ago, and said it would cut about 2,500 jobs by "
        "the end of 2026.",
        [v(1.4e9, "GBP"), v(3, "times"), v(480e6, "GBP"), v(2500, "count")],
    ),
    (
        "earnings",
        "Wexford Brands, which owns more than 40 beverage labels, said comparable sales grew "
        "3.1% in the quarter to June, short of the 3.8% rise forecast by 14 analysts polled "
        "by Visible Alpha.",
        [v(40, "count"), v(3.1, "percent"), v(3.8, "percent"), v(14, "count")],
    ),
    (
        "earnings",
        "Gross margin narrowed by 120 basis points to 41.6%, while the company's cash pile "
        "swelled to 9.3 billion Swedish crowns at the end of September, chief financial "
        "officer Anna Berg, 49, told reporters.",
        [v(120, "bp"), v(41.6, "percent"), v(9.3e9, "SEK"), v(49, "year_of_age")],
    ),
    (
        "earnings",
        "The results, which were published at 7 a.m. in London on Wednesday, were the first "
        "since the group completed its takeover of a rival in the third quarter and moved its "
        "listing to the FTSE 100.",
        [],
    ),
    (
        "earnings",
        "Indian software exporter Sarvana Tech reported a quarterly net profit of Rs 1,520 "
        "crore, up 7.9% from a year earlier, and said it added 3,100 employees, taking its "
        "headcount to about 241,000.",
        [v(1.52e10, "INR"), v(7.9, "percent"), v(3100, "count"), v(241000, "count")],
    ),
    (
        "earnings",
        "Operating income more than doubled to 3.6 billion euros from 1.7 billion euros, "
        "helped by a gain of about 900 million euros from the sale of its stake in a Spanish "
        "joint venture, the group said.",
        [v(2, "times"), v(3.6e9, "EUR"), v(1.7e9, "EUR"), v(900e6, "EUR")],
    ),
    (
        "earnings",
        "The retailer guided for second-quarter earnings before interest and tax of between "
        "310 million and 340 million pounds, and said it would return 500 million pounds to "
        "shareholders through a buyback starting in April.",
        [r(310e6, 340e6, "GBP"), v(500e6, "GBP")],
    ),
    (
        "earnings",
        "Adjusted earnings before interest, taxes, depreciation and amortisation rose 22% to "
        "8.4 billion reais, beating the 8.1 billion reais consensus, while net debt fell to "
        "1.9 times EBITDA from 2.3 times.",
        [v(22, "percent"), v(8.4e9, "BRL"), v(8.1e9, "BRL"), v(1.9, "times"), v(2.3, "times")],
    ),
    # markets
    (
        "markets",
        "The Stoxx 600 closed up 0.8% at 512.4 points on Friday, its best week since early "
        "March, while Germany's DAX added 1.1% and the FTSE 100 gained 0.5% to 8,210.7.",
        [
            v(0.8, "percent"),
            v(512.4, "points"),
            v(1.1, "percent"),
            v(0.5, "percent"),
            v(8210.7, "points"),
        ],
    ),
    (
        "markets",
        "The Dow Jones Industrial Average fell 412.6 points, or 1.1%, to 38,920.3, the S&P "
        "500 lost 1.4% to 5,102.8 and the Nasdaq Composite dropped 2.1% to 15,880.4 by 3:30 "
        "p.m. in New York.",
        [
            v(412.6, "points"),
            v(1.1, "percent"),
            v(38920.3, "points"),
            v(1.4, "percent"),
            v(5102.8, "points"),
            v(2.1, "percent"),
            v(15880.4, "points"),
        ],
    ),
    (
        "markets",
        "Japan's Nikkei 225 jumped 3.4% to a record 41,250 on Monday as the yen weakened past "
        "158 to the dollar, while the broader Topix index rose 2.9% to 2,860.1, according to "
        "exchange data.",
        [
            v(3.4, "percent"),
            v(41250, "points"),
            v(158, "JPY/USD"),
            v(2.9, "percent"),
            v(2860.1, "points"),
        ],
    ),
    (
        "markets",
        "Benchmark 10-year Treasury yields rose 11 basis points to 4.62%, the biggest daily "
        "jump since October, while the two-year yield, which tracks interest rate "
        "expectations, climbed 9 basis points to 4.98%.",
        [v(11, "bp"), v(4.62, "percent"), v(9, "bp"), v(4.98, "percent")],
    ),
    (
        "markets",
        "Trading in the shares was halted on the Hong Kong exchange at 10:15 a.m. on Tuesday "
        "pending an announcement, the first suspension since the company listed there in "
        "2019, a filing showed.",
        [],
    ),
    (
        "markets",
        "About 14.2 billion shares changed hands on U.S. exchanges, compared with a daily "
        "average of 11.8 billion shares this year, LSEG data showed, as the Cboe Volatility "
        "Index jumped 6.3 points to 27.9.",
        [v(14.2e9, "count"), v(11.8e9, "count"), v(6.3, "points"), v(27.9, "points")],
    ),
    (
        "markets",
        "Bitcoin fell as much as 7% to $58,400, its lowest since February, before recovering "
        "to trade about 4% lower at $60,100 by 1400 GMT, wiping nearly $90 billion off the "
        "value of the crypto market.",
        [v(7, "percent"), v(58400, "USD"), v(4, "percent"), v(60100, "USD"), v(90e9, "USD")],
    ),
    (
        "markets",
        "The pan-European banks index slid 2.4%, with Aldora Bank and Banca Veneta down 3.1% "
        "and 2.8% respectively, after the European Central Bank signalled it could cut "
        "interest rates as early as June.",
        [v(2.4, "percent"), v(3.1, "percent"), v(2.8, "percent")],
    ),
    (
        "markets",
        "The index, whose members include the largest listed companies in the euro zone, "
        "rebalances on the third Friday of March, June, September and December, with changes "
        "announced after the close at 5:30 p.m. Central European Time.",
        [],
    ),
    (
        "markets",
        "Shares in Pellham Mining soared 38% to 412 pence, their biggest daily rise on "
        "record, valuing the company at about 3.3 billion pounds, after it said a drilling "
        "programme had found copper at a depth of 600 metres.",
        [v(38, "percent"), v(4.12, "GBP"), v(3.3e9, "GBP"), v(600, "m")],
    ),
    (
        "markets",
        "Investors pulled $4.7 billion from U.S. equity funds in the week to Wednesday, the "
        "largest weekly outflow since January, while bond funds drew inflows of $2.3 billion, "
        "according to EPFR data cited by BofA.",
        [v(4.7e9, "USD"), v(2.3e9, "USD")],
    ),
    (
        "markets",
        "The Euro Stoxx 50 index ended 0.3% lower at 4,930.2, while Italian 10-year bond "
        "yields fell 6 bps to 3.71%, narrowing the gap over German Bunds to 118 basis points, "
        "the tightest since 2021.",
        [v(0.3, "percent"), v(4930.2, "points"), v(6, "bp"), v(3.71, "percent"), v(118, "bp")],
    ),
    (
        "markets",
        "Hong Kong's Hang Seng index tumbled 1,320 points, or 6.1%, to 20,310 on Tuesday, its "
        "steepest fall since 2008, as mainland investors bought a net HK$12.6 billion of "
        "local shares through the Stock Connect scheme.",
        [v(1320, "points"), v(6.1, "percent"), v(20310, "points"), v(12.6e9, "HKD")],
    ),
    (
        "markets",
        "Gold miners outperformed, with the sector up 4.2% for the session, while the MSCI "
        "All-Country World index, which tracks shares in 47 countries, edged down 0.1% to "
        "802.6 by late afternoon in Europe.",
        [v(4.2, "percent"), v(47, "count"), v(0.1, "percent"), v(802.6, "points")],
    ),
    # economy
    (
        "economy",
        "U.S. consumer prices rose 0.3% in March and 3.5% from a year earlier, above the 3.4% "
        "economists polled by Reuters had forecast, while core inflation held at 3.8%, the "
        "Labor Department said on Wednesday.",
        [v(0.3, "percent"), v(3.5, "percent"), v(3.4, "percent"), v(3.8, "percent")],
    ),
    (
        "economy",
        "Nonfarm payrolls increased by 272,000 jobs last month, well above the 190,000 jobs "
        "forecast by economists, and the unemployment rate ticked up 0.1 percentage point to "
        "4.0%, its highest level since January 2022.",
        [v(272000, "count"), v(190000, "count"), v(0.1, "pp"), v(4.0, "percent")],
    ),
    (
        "economy",
        "Britain's economy grew 0.6% in the first quarter, ending a shallow recession, after "
        "contracting 0.3% in the final three months of 2023, the Office for National "
        "Statistics said, though output per head remained 0.7% lower than a year earlier.",
        [v(0.6, "percent"), v(0.3, "percent"), v(0.7, "percent")],
    ),
    (
        "economy",
        "China's exports rose 8.7% year-on-year in July to $300.6 billion, while imports fell "
        "2.3%, leaving a trade surplus of $84.7 billion, customs data showed, compared with a "
        "forecast surplus of $99 billion.",
        [v(8.7, "percent"), v(300.6e9, "USD"), v(2.3, "percent"), v(84.7e9, "USD"), v(99e9, "USD")],
    ),
    (
        "economy",
        "The euro zone's composite purchasing managers' index rose to 52.3 in May from 51.7 "
        "in April, with the services gauge at 53.1 and manufacturing still below the 50 mark "
        "that separates growth from contraction.",
        [v(52.3, "points"), v(51.7, "points"), v(53.1, "points"), v(50, "points")],
        '"with the services gauge at 53.1": the parse does not attach "at" to the gauge, so '
        "the level stays a count",
    ),
    (
        "economy",
        "The figures, due at 8:30 a.m. Eastern on the first Friday of the month, will be the "
        "last jobs report before the Federal Reserve's policy meeting on Sept. 17 and 18, and "
        "the first since Labor Day.",
        [],
    ),
    (
        "economy",
        "Germany's Ifo business climate index fell to 86.4 in October from 87.7, below all 28 "
        "forecasts in a Reuters poll, and the institute cut its 2025 growth forecast for "
        "Europe's largest economy to 0.2% from 0.4%.",
        [
            v(86.4, "points"),
            v(87.7, "points"),
            v(28, "count"),
            v(0.2, "percent"),
            v(0.4, "percent"),
        ],
    ),
    (
        "economy",
        "Japan's economy shrank an annualised 2.0% in the April-June quarter, a sharper "
        "contraction than the 1.2% fall expected, as private consumption, which accounts for "
        "more than 50% of output, dropped 0.7%.",
        [v(2.0, "percent"), v(1.2, "percent"), v(50, "percent"), v(0.7, "percent")],
    ),
    (
        "economy",
        "India's retail inflation eased to 4.85% in March from 5.09% in February, within the "
        "central bank's 2% to 6% tolerance band, as vegetable prices rose 28.3% and cereal "
        "prices 8.4%, government data showed.",
        [
            v(4.85, "percent"),
            v(5.09, "percent"),
            r(2, 6, "percent"),
            v(28.3, "percent"),
            v(8.4, "percent"),
        ],
    ),
    (
        "economy",
        "Retail sales in Britain fell 2.3% in volume terms in June, the biggest drop since "
        "December, with clothing stores reporting a 5.1% decline, while spending online rose "
        "to 27.8% of all sales from 26.1%.",
        [v(2.3, "percent"), v(5.1, "percent"), v(27.8, "percent"), v(26.1, "percent")],
    ),
    (
        "economy",
        "Brazil's economy expanded 2.9 percent last year, beating the 1.5 percent forecast "
        "made in January, while the country's unemployment rate dropped to 7.4%, the lowest "
        "since 2014, and some 100.9 million people were in work.",
        [v(2.9, "percent"), v(1.5, "percent"), v(7.4, "percent"), v(100.9e6, "count")],
    ),
    (
        "economy",
        "Canada's annual inflation rate slowed to 2.5% in July, while the Bank of Canada's "
        "preferred core measures averaged about 2.7%, and average wages rose 5.2% to C$35.60 "
        "an hour, Statistics Canada said.",
        [v(2.5, "percent"), v(2.7, "percent"), v(5.2, "percent"), v(35.60, "CAD/h")],
    ),
    (
        "economy",
        "Australia added 64,100 jobs in March, more than double the 30,000 jobs economists "
        "expected, pushing the jobless rate down to 3.7% from 3.9%, and the participation "
        "rate hit a record 66.8%.",
        [
            v(64100, "count"),
            v(2, "times"),
            v(30000, "count"),
            v(3.7, "percent"),
            v(3.9, "percent"),
            v(66.8, "percent"),
        ],
    ),
    (
        "economy",
        "The statistics office, which revised its methodology in 2022, publishes a flash "
        "estimate at the end of each quarter and a second estimate in the following month, a "
        "spokeswoman said on Monday.",
        [],
    ),
    (
        "economy",
        "Turkey's annual inflation slowed to 61.8% in July from 71.6% in June, as the central "
        "bank kept its policy rate at 50%, though monthly price rises of 3.2% were still "
        "above the 2.9% forecast.",
        [
            v(61.8, "percent"),
            v(71.6, "percent"),
            v(50, "percent"),
            v(3.2, "percent"),
            v(2.9, "percent"),
        ],
    ),
    (
        "economy",
        "Swiss consumer prices fell 0.2% in November, leaving annual inflation at -0.1%, the "
        "first negative reading since 2021, while the currency held near 0.94 francs to the "
        "euro, official data showed on Tuesday.",
        [v(0.2, "percent"), v(-0.1, "percent"), v(0.94, "CHF/EUR")],
    ),
    # central-banks
    (
        "central-banks",
        "The Federal Reserve cut its benchmark overnight rate by 50 basis points to between "
        "4.75% and 5.00% on Wednesday, its first reduction since 2020, and policymakers "
        "projected a further 50 basis points of cuts by year-end.",
        [v(50, "bp"), r(4.75, 5.00, "percent"), v(50, "bp")],
    ),
    (
        "central-banks",
        "The Bank of England held Bank Rate at 5.25% for a sixth straight meeting, with two "
        "policymakers backing a cut to 5%, minutes published at noon showed, and markets "
        "moved to price in a reduction in August.",
        [v(5.25, "percent"), v(2, "count"), v(5, "percent")],
    ),
    (
        "central-banks",
        "The European Central Bank lowered its deposit rate by 25 basis points to 3.50%, and "
        "staff projections put inflation at 2.5% this year, 2.2% in 2025 and 1.9% in 2026, "
        "the bank's president told reporters.",
        [v(25, "bp"), v(3.50, "percent"), v(2.5, "percent"), v(2.2, "percent"), v(1.9, "percent")],
    ),
    (
        "central-banks",
        "The Bank of Japan raised its short-term policy rate to 0.25% from 0.1% and said it "
        "would cut monthly government bond purchases to about 3 trillion yen from nearly 6 "
        "trillion yen by early 2026.",
        [v(0.25, "percent"), v(0.1, "percent"), v(3e12, "JPY"), v(6e12, "JPY")],
    ),
    (
        "central-banks",
        "Brazil's central bank raised the Selic rate by 100 basis points to 12.25%, the "
        "largest increase since 2022, and signalled two more hikes of the same size, citing a "
        "21% fall in the real against the dollar this year.",
        [v(100, "bp"), v(12.25, "percent"), v(2, "count"), v(21, "percent")],
    ),
    (
        "central-banks",
        "The central bank's next decision is due at 2 p.m. on Thursday, Dec. 18, followed by "
        "the governor's news conference at 2:30 p.m. and the publication of its quarterly "
        "monetary policy report in February.",
        [],
    ),
    (
        "central-banks",
        "The Fed said its balance sheet, which peaked near $9 trillion in 2022, had shrunk to "
        "about $7.1 trillion, and that it would cap the monthly runoff of Treasuries at $25 "
        "billion, down from $60 billion, starting in June.",
        [v(9e12, "USD"), v(7.1e12, "USD"), v(25e9, "USD"), v(60e9, "USD")],
    ),
    (
        "central-banks",
        "Governor Sanjay Rao, 58, said the Reserve Bank of India would keep the repo rate at "
        "6.50% and cut the cash reserve ratio by 50 basis points to 4%, releasing about Rs "
        "1.16 lakh crore into the banking system.",
        [v(58, "year_of_age"), v(6.50, "percent"), v(50, "bp"), v(4, "percent"), v(1.16e12, "INR")],
    ),
    (
        "central-banks",
        "Markets are pricing in about 75 basis points of easing by the Bank of Canada by "
        "December, with a 60% chance of a cut at the next meeting, after the bank lowered its "
        "key rate to 4.5% in July.",
        [v(75, "bp"), v(60, "percent"), v(4.5, "percent")],
    ),
    (
        "central-banks",
        "The Swiss National Bank trimmed its policy rate to 1.0% from 1.25% and said it was "
        "willing to intervene in foreign exchange markets, after the franc strengthened about "
        "4% against the euro since the start of the year.",
        [v(1.0, "percent"), v(1.25, "percent"), v(4, "percent")],
    ),
    (
        "central-banks",
        "The minutes of the January meeting, released on Wednesday, showed policymakers were "
        "divided over the timing of the first cut and wanted more evidence that wage growth "
        "was easing before moving in the spring.",
        [],
    ),
    (
        "central-banks",
        "Turkey's central bank kept its one-week repo rate at 50%, where it has stood since "
        "March, and raised the reserve requirement on lira deposits by 4 percentage points, a "
        "move expected to drain about 300 billion lira.",
        [v(50, "percent"), v(4, "pp"), v(300e9, "TRY")],
    ),
    (
        "central-banks",
        "The People's Bank of China cut the one-year loan prime rate by 10 basis points to "
        "3.35% and the five-year rate, a reference for mortgages, by 25 basis points to "
        "3.85%, while injecting 500 billion yuan through its lending facility.",
        [v(10, "bp"), v(3.35, "percent"), v(25, "bp"), v(3.85, "percent"), v(500e9, "CNY")],
    ),
    (
        "central-banks",
        "The Reserve Bank of Australia held its cash rate at 4.35% for an eighth straight "
        "meeting, and forecast that trimmed mean inflation would not return to the midpoint "
        "of its 2% to 3% target band until 2026.",
        [v(4.35, "percent"), r(2, 3, "percent")],
    ),
    (
        "central-banks",
        "Deputy Governor Maria Lindqvist, 63, whose six-year term on the board ends in 2030, "
        "said Sweden's policy rate of 2.75% could fall by another 25 basis points before the "
        "summer, when inflation is expected to be about 2%.",
        [v(63, "year_of_age"), v(6, "year"), v(2.75, "percent"), v(25, "bp"), v(2, "percent")],
    ),
    (
        "central-banks",
        "The Bank of Korea lowered its base rate by 25 basis points to 3.0% as the won slid "
        "past 1,450 to the dollar, and it expects the economy to grow 1.9% next year, down "
        "from its earlier forecast of 2.1%.",
        [v(25, "bp"), v(3.0, "percent"), v(1450, "KRW/USD"), v(1.9, "percent"), v(2.1, "percent")],
    ),
    # commodities
    (
        "commodities",
        "Brent crude futures rose 2.3% to $83.40 a barrel by 1330 GMT, while U.S. West Texas "
        "Intermediate crude gained 2.2% to $79.10 a barrel, after OPEC+ agreed to extend its "
        "output cuts into the second quarter.",
        [v(2.3, "percent"), v(83.40, "USD/bbl"), v(2.2, "percent"), v(79.10, "USD/bbl")],
    ),
    (
        "commodities",
        "OPEC+ members agreed to raise output by 411,000 barrels per day in July, the third "
        "such increase, bringing the total added since April to about 1.37 million barrels "
        "per day, two sources told Reuters.",
        [v(411000, "bbl/day"), v(1.37e6, "bbl/day"), v(2, "count")],
    ),
    (
        "commodities",
        "Spot gold climbed 1.4% to a record $2,431.20 an ounce, extending this year's gain to "
        "nearly 18%, while silver jumped 3.2% to $31.85 an ounce and platinum rose 0.9% to "
        "$1,012 per ounce.",
        [
            v(1.4, "percent"),
            v(2431.20, "USD/oz"),
            v(18, "percent"),
            v(3.2, "percent"),
            v(31.85, "USD/oz"),
            v(0.9, "percent"),
            v(1012, "USD/oz"),
        ],
    ),
    (
        "commodities",
        "Three-month copper on the London Metal Exchange rose 2.1% to $10,380 a tonne, as "
        "inventories in LME-registered warehouses fell by 12,450 tonnes to 104,300 tonnes, "
        "the lowest since February.",
        [v(2.1, "percent"), v(10380, "USD/t"), v(12450, "t"), v(104300, "t")],
    ),
    (
        "commodities",
        "U.S. crude inventories fell by 4.2 million barrels in the week to May 24 to 454.7 "
        "million barrels, the Energy Information Administration said, compared with analysts' "
        "expectations for a draw of 1.9 million barrels.",
        [v(4.2e6, "bbl"), v(454.7e6, "bbl"), v(1.9e6, "bbl")],
    ),
    (
        "commodities",
        "Trading on the Chicago Board of Trade resumes at 7 p.m. Central Time on Sunday, and "
        "the exchange's December contract, the most active, expires on the first business day "
        "of the month, a CME spokesperson said.",
        [],
    ),
    (
        "commodities",
        "Arabica coffee futures surged 5.8% to $3.42 per lb, the highest since 1977, after "
        "frost hit about 15% of Brazil's growing area, while cocoa rose 2.6% to $8,450 a "
        "tonne in New York.",
        [
            v(5.8, "percent"),
            v(3.42, "USD/lb"),
            v(15, "percent"),
            v(2.6, "percent"),
            v(8450, "USD/t"),
        ],
    ),
    (
        "commodities",
        "Iron ore for September delivery on the Dalian Commodity Exchange fell 3.3% to 742 "
        "yuan a tonne, while benchmark ore in Singapore slipped 2.9% to $98.50 a tonne, as "
        "Chinese steel output dropped 8% to 87 million tonnes.",
        [
            v(3.3, "percent"),
            v(742, "CNY/t"),
            v(2.9, "percent"),
            v(98.50, "USD/t"),
            v(8, "percent"),
            v(87e6, "t"),
        ],
    ),
    (
        "commodities",
        "European benchmark gas prices at the Dutch TTF hub rose 6% to 41.20 euros per "
        "megawatt hour, their highest since December, with storage sites about 74% full, "
        "compared with 90% a year earlier, industry data showed.",
        [v(6, "percent"), v(41.20, "EUR/MWh"), v(74, "percent"), v(90, "percent")],
    ),
    (
        "commodities",
        "The kingdom's state oil company cut the July official selling price of its Arab "
        "Light crude to Asia to a premium of $1.50 a barrel over the Oman/Dubai average, from "
        "$1.90 a barrel in June, a pricing document showed.",
        [v(1.50, "USD/bbl"), v(1.90, "USD/bbl")],
    ),
    (
        "commodities",
        "Wheat exports from Russia, the world's top supplier, are expected to reach 48 "
        "million tonnes in the season, down from a record 55.5 million tonnes, as drought cut "
        "yields in the south by as much as 30%, consultancy SovEcon said.",
        [v(48e6, "t"), v(55.5e6, "t"), v(30, "percent")],
    ),
    (
        "commodities",
        "Lithium carbonate prices in China have fallen about 80% from their peak to 75,000 "
        "yuan a tonne, pushing miners to cut output, and Australia's Tanoa Minerals said it "
        "would lay off 600 workers, or 12% of its staff.",
        [v(80, "percent"), v(75000, "CNY/t"), v(600, "count"), v(12, "percent")],
    ),
    (
        "commodities",
        "Traders said the cargo, loaded in late March at the Ras Tanura terminal, was the "
        "first shipment of the grade to Europe since the start of the Red Sea disruptions, "
        "according to ship-tracking data from Kpler.",
        [],
    ),
    (
        "commodities",
        "Aluminium on the London Metal Exchange rose as much as 9.4% to $2,803 a tonne, the "
        "biggest intraday jump on record, after Washington and London banned imports of "
        "Russian metal produced after April 13.",
        [v(9.4, "percent"), v(2803, "USD/t")],
    ),
    (
        "commodities",
        "India's sugar output is forecast to fall 2% to 32 million tonnes in the season that "
        "began on Oct. 1, while ethanol makers will divert about 4.5 million tonnes, the "
        "Indian Sugar Mills Association said.",
        [v(2, "percent"), v(32e6, "t"), v(4.5e6, "t")],
    ),
    # m-and-a
    (
        "m-and-a",
        "Meridian Pharma agreed to buy Calloway Biosciences for $14.6 billion in cash, a 48% "
        "premium to Calloway's closing price on Friday, in a deal expected to close in the "
        "first half of 2025, the companies said.",
        [v(14.6e9, "USD"), v(48, "percent")],
    ),
    (
        "m-and-a",
        "The deal, which includes about $2.1 billion of debt, values the target at roughly 17 "
        "times its expected earnings for next year, and the buyer said it expects cost "
        "savings of $450 million to $500 million by 2027.",
        [v(2.1e9, "USD"), v(17, "times"), r(450e6, 500e6, "USD")],
    ),
    (
        "m-and-a",
        "Shareholders in the target will own about 38% of the combined group, which will be "
        "worth roughly 31 billion euros and employ more than 90,000 people in 60 countries, "
        "the companies said in a joint statement.",
        [v(38, "percent"), v(31e9, "EUR"), v(90000, "count"), v(60, "count")],
    ),
    (
        "m-and-a",
        "Three people familiar with the matter said the private equity firm was in talks to "
        "sell a 25% stake in the software business at a valuation of around $8 billion, "
        "including debt, and that a deal could be announced within weeks.",
        [v(3, "count"), v(25, "percent"), v(8e9, "USD")],
    ),
    (
        "m-and-a",
        "The companies said the merger, first announced in the second quarter, still required "
        "approval from regulators in Brussels and Beijing and from shareholders at a special "
        "meeting scheduled for 10 a.m. on Nov. 12.",
        [],
    ),
    (
        "m-and-a",
        "British regulators gave the 7.5 billion pound takeover the go-ahead after the buyer "
        "agreed to sell 42 stores and a distribution centre of 600,000 square feet in the "
        "Midlands, ending a review that lasted 14 months.",
        [v(7.5e9, "GBP"), v(42, "count"), v(600000, "ft2"), v(14, "month")],
    ),
    (
        "m-and-a",
        "Japan's Nakamura Holdings raised its offer for the U.S. convenience chain by 12% to "
        "$47 billion, or about 7.1 trillion yen, its second sweetened bid since August, after "
        "the board rejected the earlier proposal as too low.",
        [v(12, "percent"), v(47e9, "USD"), v(7.1e12, "JPY")],
    ),
    (
        "m-and-a",
        "The chipmaker will pay a break fee of $1.5 billion if the acquisition fails to win "
        "regulatory approval, the filing showed, and the buyer has agreed to keep the "
        "target's 4,300 employees in Israel until at least 2030.",
        [v(1.5e9, "USD"), v(4300, "count")],
    ),
    (
        "m-and-a",
        "Activist investor Harlow Capital, which holds a stake of about 4.9% worth some 1.3 "
        "billion pounds, urged the board to sell the group's insurance arm, which it valued "
        "at between 5 billion and 6 billion pounds.",
        [v(4.9, "percent"), v(1.3e9, "GBP"), r(5e9, 6e9, "GBP")],
    ),
    (
        "m-and-a",
        "Mexico's largest bottler agreed to buy a Brazilian rival for 9.8 billion reais, or "
        "about $1.9 billion, adding 11 plants and roughly 14,000 workers and lifting its "
        "share of the Brazilian soft drink market to nearly 30%.",
        [v(9.8e9, "BRL"), v(1.9e9, "USD"), v(11, "count"), v(14000, "count"), v(30, "percent")],
    ),
    (
        "m-and-a",
        "The offer of 2.3 billion Australian dollars, pitched at a 35% premium to the "
        "undisturbed share price, was backed by the target's board and by two major "
        "shareholders who together own 19.6% of the register.",
        [v(2.3e9, "AUD"), v(35, "percent"), v(2, "count"), v(19.6, "percent")],
    ),
    (
        "m-and-a",
        "A spokesperson for the buyer declined to comment on Monday, and a representative for "
        "the seller, which was founded in 1987 and is backed by a Boston-based private equity "
        "fund, did not respond to a request sent after 6 p.m.",
        [],
    ),
    (
        "m-and-a",
        "Deal values in Asia fell 18% in the first nine months of the year to $388 billion, "
        "the lowest since 2013, although 84 transactions were worth more than $1 billion, up "
        "from 71 deals a year earlier, Dealogic data showed.",
        [v(18, "percent"), v(388e9, "USD"), v(84, "count"), v(1e9, "USD"), v(71, "count")],
    ),
    (
        "m-and-a",
        "The Korean conglomerate will sell its 37.5% holding in the battery venture to its "
        "joint venture partner for 2.8 trillion won, freeing cash to fund a plant in Georgia "
        "that is to employ 3,000 people.",
        [v(37.5, "percent"), v(2.8e12, "KRW"), v(3000, "count")],
    ),
    (
        "m-and-a",
        "Under the terms, the seller will retain a 20% stake and receive up to $600 million "
        "in additional payments if the unit's revenue tops $2 billion in any fiscal year "
        "through 2028, the statement said.",
        [v(20, "percent"), v(600e6, "USD"), v(2e9, "USD")],
    ),
    # autos
    (
        "autos",
        "Volterra Motors delivered 386,800 vehicles in the first quarter, down 8.5% from a "
        "year earlier and well short of the 449,000 vehicles expected by analysts, as sales "
        "of its Vela 3 sedan slowed in China and Europe.",
        [v(386800, "count"), v(8.5, "percent"), v(449000, "count")],
    ),
    (
        "autos",
        "The European Union will impose tariffs of up to 38.1% on electric vehicles imported "
        "from China from July, on top of the standard 10% car duty, after an investigation "
        "that lasted nine months, officials said.",
        [v(38.1, "percent"), v(10, "percent"), v(9, "month")],
    ),
    (
        "autos",
        "Germany's Rheinauto cut its annual operating margin forecast to between 7% and 8% "
        "from as much as 9%, citing weak demand in China, where deliveries fell 15% to "
        "712,000 cars in the first nine months.",
        [r(7, 8, "percent"), v(9, "percent"), v(15, "percent"), v(712000, "count")],
    ),
    (
        "autos",
        "The carmaker will recall about 240,000 pickup trucks in the United States and Canada "
        "because a faulty sensor could disable airbags for passengers weighing less than 105 "
        "pounds, the National Highway Traffic Safety Administration said.",
        [v(240000, "count"), v(105, "lb")],
    ),
    (
        "autos",
        "Production at the plant, which builds the F-150 Lightning, will pause from Monday "
        "until the end of the month, and staff will be offered retraining, the company said "
        "on Friday in an emailed statement.",
        [],
    ),
    (
        "autos",
        "The new battery gives the SUV a range of 620 km on a single charge and can be "
        "recharged from 10% to 80% in 18 minutes, the company said, with prices in Germany "
        "starting at 54,900 euros.",
        [v(620, "km"), v(10, "percent"), v(80, "percent"), v(18, "min"), v(54900, "EUR")],
    ),
    (
        "autos",
        "U.S. auto sales rose 2.9% in June to about 1.32 million vehicles, according to Cox "
        "Automotive, while the average transaction price for a new car fell 1.2% to $48,100 "
        "and incentives climbed to 7.2% of the sticker price.",
        [
            v(2.9, "percent"),
            v(1.32e6, "count"),
            v(1.2, "percent"),
            v(48100, "USD"),
            v(7.2, "percent"),
        ],
    ),
    (
        "autos",
        "The union said 12,700 workers would walk out at three plants at midnight if no deal "
        "was reached, seeking a 40% pay rise over a four-year contract, while the company has "
        "offered 20% and a $5,000 signing bonus.",
        [
            v(12700, "count"),
            v(3, "count"),
            v(40, "percent"),
            v(4, "year"),
            v(20, "percent"),
            v(5000, "USD"),
        ],
    ),
    (
        "autos",
        "Japan's Sakura Motor said operating profit in the April-June quarter jumped 45% to "
        "1.3 trillion yen, helped by a weak yen averaging 156 to the dollar, and it kept its "
        "target of selling 10.9 million vehicles this year.",
        [v(45, "percent"), v(1.3e12, "JPY"), v(156, "JPY/USD"), v(10.9e6, "count")],
    ),
    (
        "autos",
        "China's Huayun Auto sold 3.02 million new energy vehicles last year, up 62%, "
        "overtaking its U.S. rival, and plans to open a plant in Hungary that will employ "
        "about 10,000 people, the company said.",
        [v(3.02e6, "count"), v(62, "percent"), v(10000, "count")],
    ),
    (
        "autos",
        "The company's chief executive, who took over in 2020, will present the strategy at "
        "the Paris Motor Show on Oct. 14, the first time the carmaker has used the event for "
        "a capital markets update.",
        [],
    ),
    (
        "autos",
        "Britain's vehicle output fell 13.8% to 779,600 cars and vans last year, the Society "
        "of Motor Manufacturers and Traders said, and battery-electric models accounted for "
        "28.9% of production, up from 19.6%.",
        [v(13.8, "percent"), v(779600, "count"), v(28.9, "percent"), v(19.6, "percent")],
    ),
    (
        "autos",
        "A 25% tariff on imported cars and light trucks would add an average of $6,700 to the "
        "price of a vehicle, analysts at a consultancy estimated, and could cut U.S. sales "
        "next year by about 1 million units.",
        [v(25, "percent"), v(6700, "USD"), v(1e6, "count")],
    ),
    (
        "autos",
        "The 59-year-old engineer, who spent 31 years at the company, will take over as chief "
        "executive on April 1, after his predecessor stepped down following a 22% slump in "
        "the shares since January.",
        [v(59, "year_of_age"), v(31, "year"), v(22, "percent")],
    ),
    (
        "autos",
        "The truck, which can tow up to 11,000 pounds and carry a payload of 2,100 pounds, "
        "goes on sale in the spring at $69,995, and its battery pack, which stores 200 kWh, "
        "gives it about 480 miles of range.",
        [v(11000, "lb"), v(2100, "lb"), v(69995, "USD"), v(200, "kWh"), v(480, "mi")],
    ),
    # tech
    (
        "tech",
        "Chipmaker Aurion forecast fourth-quarter revenue of about $37.5 billion, above "
        "estimates of $37.1 billion, after data centre sales jumped 112% to $30.8 billion in "
        "the three months to October, sending its shares up 4%.",
        [v(37.5e9, "USD"), v(37.1e9, "USD"), v(112, "percent"), v(30.8e9, "USD"), v(4, "percent")],
    ),
    (
        "tech",
        "The social media group said it had 3.29 billion daily active users in the second "
        "quarter, up 7%, and raised its forecast for capital spending this year to between "
        "$37 billion and $40 billion, sending shares up 6% after hours.",
        [v(3.29e9, "count"), v(7, "percent"), r(37e9, 40e9, "USD"), v(6, "percent")],
    ),
    (
        "tech",
        "Smartphone shipments worldwide grew 6.5% to 302 million units in the July-September "
        "quarter, research firm Canalys said, with the market leader shipping 60.6 million "
        "phones, including its new Galaxy S24 line.",
        [v(6.5, "percent"), v(302e6, "count"), v(60.6e6, "count")],
    ),
    (
        "tech",
        "The update, which brings the assistant to devices running iOS 18 and Windows 11, "
        "will roll out in the United States first, followed by Britain and Australia in the "
        "second half of next year.",
        [],
    ),
    (
        "tech",
        "The company will invest $10 billion to build a data centre campus in Ohio with up to "
        "1.5 gigawatts of capacity, creating about 1,200 construction jobs and 300 permanent "
        "positions, the state's governor said.",
        [v(10e9, "USD"), v(1.5, "GW"), v(1200, "count"), v(300, "count")],
    ),
    (
        "tech",
        "The European Commission fined the search company 2.4 billion euros, or about 2.8% of "
        "its global turnover, and gave it 90 days to change its practices or face penalties "
        "of up to 5% of average daily revenue.",
        [v(2.4e9, "EUR"), v(2.8, "percent"), v(90, "day"), v(5, "percent")],
    ),
    (
        "tech",
        "South Korea's Hanul Semiconductor said it would spend 20 trillion won on a new chip "
        "plant in Yongin, about 40 km south of Seoul, that is due to start producing "
        "high-bandwidth memory in 2027.",
        [v(20e12, "KRW"), v(40, "km")],
    ),
    (
        "tech",
        "The outage, which lasted 4 hours and 38 minutes, affected about 8.5 million Windows "
        "computers worldwide and grounded more than 3,000 flights, according to the software "
        "maker and aviation analytics firm Cirium.",
        [v(16680, "s"), v(8.5e6, "count"), v(3000, "count")],
    ),
    (
        "tech",
        "The streaming service added 8.1 million subscribers in the quarter to reach 277.7 "
        "million paying members, and said it would raise the price of its standard plan in "
        "the United States to $17.99 a month from $15.49 a month.",
        [v(8.1e6, "count"), v(277.7e6, "count"), v(17.99, "USD/month"), v(15.49, "USD/month")],
    ),
    (
        "tech",
        "Shipments of PCs rose 3.4% to 64.9 million units, IDC said, as companies replaced "
        "machines ahead of the end of support for Windows 10 in October 2025, and average "
        "selling prices rose about 5%.",
        [v(3.4, "percent"), v(64.9e6, "count"), v(5, "percent")],
    ),
    (
        "tech",
        "The chip, made on a process the company calls its A16 node, will be unveiled at the "
        "developer conference in San Jose at 10 a.m. Pacific on Tuesday, the first such event "
        "since 2019 to be held in person.",
        [],
    ),
    (
        "tech",
        "The startup raised $640 million in a Series D round led by a Saudi fund, valuing it "
        "at $4.6 billion, more than twice its valuation of $2.1 billion in January, and plans "
        "to hire about 400 engineers by the end of next year.",
        [v(640e6, "USD"), v(4.6e9, "USD"), v(2, "times"), v(2.1e9, "USD"), v(400, "count")],
    ),
    (
        "tech",
        "The company said its new AI model was trained on 12 trillion tokens using 24,000 "
        "Nvidia H100 chips in a training run that lasted 61 days, and that its largest "
        "version, with 340 billion parameters, would be free for developers.",
        [v(12e12, "count"), v(24000, "count"), v(61, "day"), v(340e9, "count")],
    ),
    (
        "tech",
        "Hackers accessed the personal details of about 9.7 million customers, including "
        "roughly 1.2 million credit card numbers, and demanded a ransom of $10 million, the "
        "Australian health insurer said in a statement to the stock exchange on Monday.",
        [v(9.7e6, "count"), v(1.2e6, "count"), v(10e6, "USD")],
    ),
    (
        "tech",
        "Semiconductor sales worldwide rose 18.7% to $149.9 billion in the second quarter, "
        "the Semiconductor Industry Association said, with sales in the Americas and China up "
        "40.1% and 21.6% respectively, and those in Europe down 11.2%.",
        [
            v(18.7, "percent"),
            v(149.9e9, "USD"),
            v(40.1, "percent"),
            v(21.6, "percent"),
            v(11.2, "percent"),
        ],
    ),
    (
        "tech",
        "The company said its cloud storage plans would start at $9.99 a month for 2 TB, and "
        "that users on the free tier would see their storage limit cut to 5 GB from 15 GB "
        "from next March.",
        [v(9.99, "USD/month"), v(2, "TB"), v(5, "GB"), v(15, "GB")],
    ),
    # energy
    (
        "energy",
        "The offshore wind farm, with 1.2 gigawatts of capacity and 84 turbines standing 260 "
        "metres tall, will power about 1 million homes when it starts operating in 2027, the "
        "Danish developer said on Wednesday.",
        [v(1.2, "GW"), v(84, "count"), v(260, "m"), v(1e6, "count")],
    ),
    (
        "energy",
        "Britain's Norland Energy said adjusted profit fell 30% to $2.8 billion in the "
        "quarter, as oil output slipped 2% to 1.1 million barrels per day, and it cut its "
        "share buyback for the next quarter to $1.75 billion.",
        [v(30, "percent"), v(2.8e9, "USD"), v(2, "percent"), v(1.1e6, "bbl/day"), v(1.75e9, "USD")],
    ),
    (
        "energy",
        "Germany generated 59.7% of its electricity from renewable sources in the first half, "
        "up from 52.4%, with wind turbines producing 73.4 terawatt hours and solar panels "
        "41.7 terawatt hours, the BDEW association said.",
        [v(59.7, "percent"), v(52.4, "percent"), v(73.4, "TWh"), v(41.7, "TWh")],
    ),
    (
        "energy",
        "The regulator raised the price cap on household energy bills by 10% to 1,717 pounds "
        "a year for a typical dual-fuel customer from October, equivalent to an increase of "
        "about 149 pounds a year, it said on Friday.",
        [v(10, "percent"), v(1717, "GBP/year"), v(149, "GBP/year")],
    ),
    (
        "energy",
        "The reactor, which was taken offline in 2011 after the Fukushima disaster, restarted "
        "at 3 p.m. local time on Tuesday, and its operator said full commercial operation "
        "would begin in the first week of December.",
        [],
    ),
    (
        "energy",
        "Electricity demand from data centres in the United States could reach 9% of total "
        "consumption by 2030, up from about 4% now, requiring some 47 gigawatts of new "
        "generating capacity, according to an industry study.",
        [v(9, "percent"), v(4, "percent"), v(47, "GW")],
    ),
    (
        "energy",
        "U.S. gasoline prices averaged $3.52 a gallon on Monday, up from $3.34 a gallon a "
        "week earlier, motoring club AAA said, while diesel rose 2% to $4.05 a gallon, the "
        "highest since November.",
        [v(3.52, "USD/gal"), v(3.34, "USD/gal"), v(2, "percent"), v(4.05, "USD/gal")],
    ),
    (
        "energy",
        "The solar park, spread over 1,400 hectares in Rajasthan, will have a capacity of "
        "1,800 megawatts and cost about Rs 9,000 crore, with power sold under a 25-year "
        "contract at Rs 2.5 per kilowatt hour.",
        [v(1400, "ha"), v(1800, "MW"), v(9e10, "INR"), v(25, "year"), v(2.5, "INR/kWh")],
    ),
    (
        "energy",
        "A heatwave pushed power demand in Texas to a record 85,900 megawatts on Tuesday "
        "afternoon, with temperatures above 40C across the state, and real-time wholesale "
        "prices briefly spiked to $5,000 per megawatt hour, grid operator data showed.",
        [v(85900, "MW"), v(40, "degC"), v(5000, "USD/MWh")],
    ),
    (
        "energy",
        "The pipeline, which will run 1,100 km from the Caspian coast and carry up to 500,000 "
        "barrels of oil per day, is expected to cost $7 billion, and construction will take "
        "about four years, officials said.",
        [v(1100, "km"), v(500000, "bbl/day"), v(7e9, "USD"), v(4, "year")],
    ),
    (
        "energy",
        "Calder Petroleum said its output in the Permian basin hit a record 1.4 million "
        "barrels of oil per day and that it would cut capital spending by 8% next year to "
        "between $22 billion and $24 billion.",
        [v(1.4e6, "bbl/day"), v(8, "percent"), r(22e9, 24e9, "USD")],
    ),
    (
        "energy",
        "The energy ministry's auction, the fifth of its kind, closes at noon on Friday, and "
        "results will be published on the ministry's website in the first quarter alongside "
        "the updated national grid plan for 2035.",
        [],
    ),
    (
        "energy",
        "China added 217 gigawatts of solar capacity last year, more than the United States "
        "has installed in total, and wind additions rose 66% to 76 gigawatts, the National "
        "Energy Administration said on Friday.",
        [v(217, "GW"), v(66, "percent"), v(76, "GW")],
    ),
    (
        "energy",
        "The utility will pay 4.6 billion euros for a portfolio of 1,200 onshore wind "
        "turbines with a combined capacity of 3.1 gigawatts, enough to supply about 2 million "
        "homes, the company said in a statement.",
        [v(4.6e9, "EUR"), v(1200, "count"), v(3.1, "GW"), v(2e6, "count")],
    ),
    (
        "energy",
        "Battery storage capacity in California rose to 13,391 megawatts, up from about 500 "
        "megawatts in 2019, allowing the grid to store solar power for the evening peak "
        "between 7 p.m. and 9 p.m., state officials said.",
        [v(13391, "MW"), v(500, "MW")],
    ),
    # airlines
    (
        "airlines",
        "Skyward Airlines carried a record 14.3 million passengers in July, up 6% from a year "
        "earlier, with a load factor of 89.4%, and said it expects a full-year operating "
        "profit of 1.4 billion euros to 1.6 billion euros.",
        [v(14.3e6, "count"), v(6, "percent"), v(89.4, "percent"), r(1.4e9, 1.6e9, "EUR")],
    ),
    (
        "airlines",
        "The Gulf carrier placed an order for 50 Airbus A350-1000 jets and 40 Boeing 777X "
        "planes worth about $52 billion at list prices, the biggest order at this year's "
        "Dubai Airshow, which runs until Nov. 17.",
        [v(50, "count"), v(40, "count"), v(52e9, "USD")],
    ),
    (
        "airlines",
        "Airlines cancelled more than 2,600 flights on Sunday as the storm brought gusts of "
        "up to 120 km/h, with about 40% of departures from Amsterdam's Schiphol scrapped, "
        "according to tracking website FlightAware.",
        [v(2600, "count"), v(120, "km/h"), v(40, "percent")],
    ),
    (
        "airlines",
        "The Boeing 737 MAX 9 jets were grounded on Jan. 6 after a cabin panel failed shortly "
        "after take-off from Portland, and inspections began the following week, the Federal "
        "Aviation Administration said.",
        [],
        '"737 MAX 9" without the maker before it: the model numbers are read as counts',
    ),
    (
        "airlines",
        "The airline will cut 1,500 jobs, or about 7% of its workforce, retire 24 older "
        "Airbus A320 jets and reduce capacity by 5% this winter, after fuel costs jumped 28% "
        "to 3.2 billion pounds in the first half.",
        [
            v(1500, "count"),
            v(7, "percent"),
            v(24, "count"),
            v(5, "percent"),
            v(28, "percent"),
            v(3.2e9, "GBP"),
        ],
    ),
    (
        "airlines",
        "The new nonstop route between Sydney and London, about 17,000 km, will take up to 22 "
        "hours, and the airline's Airbus A350-1000ULR jets will carry 238 passengers, "
        "compared with about 300 seats on a standard layout.",
        [v(17000, "km"), v(22, "h"), v(238, "count"), v(300, "count")],
    ),
    (
        "airlines",
        "Jet fuel prices in Singapore rose 3% to $104.50 a barrel, while the International "
        "Air Transport Association cut its industry profit forecast to $30.5 billion from "
        "$31.5 billion, citing delays in deliveries of new aircraft.",
        [v(3, "percent"), v(104.50, "USD/bbl"), v(30.5e9, "USD"), v(31.5e9, "USD")],
    ),
    (
        "airlines",
        "Passengers on the flight, which diverted to Bangkok after severe turbulence at "
        "37,000 feet over Myanmar, said the plane dropped about 6,000 feet in three minutes, "
        "and 71 people were treated in hospital.",
        [v(37000, "ft"), v(6000, "ft"), v(3, "min"), v(71, "count")],
    ),
    (
        "airlines",
        "Low-cost carrier Fjordair raised average fares by 12% to 54 euros, and its chief "
        "executive, 63, said the airline would add 30 new routes and base four more aircraft "
        "in Poland in the summer season.",
        [v(12, "percent"), v(54, "EUR"), v(63, "year_of_age"), v(30, "count"), v(4, "count")],
    ),
    (
        "airlines",
        "The airport's third runway, first proposed in the 1990s, is due to open in 2035 "
        "after planning approval, and Terminal 5 will be expanded starting in the second half "
        "of the decade, the operator said on Thursday.",
        [],
    ),
    (
        "airlines",
        "India's Vayu Airways finalised an order for 250 narrowbody jets and 70 widebodies, "
        "with options for another 100 aircraft, in a deal that analysts estimated at $34 "
        "billion after typical discounts of around 50%.",
        [v(250, "count"), v(70, "count"), v(100, "count"), v(34e9, "USD"), v(50, "percent")],
    ),
    (
        "airlines",
        "Air traffic controllers in France will strike for 48 hours from Thursday, the union "
        "said, and the civil aviation authority asked airlines to cut about 30% of flights at "
        "Paris Orly and 20% at Marseille.",
        [v(48, "h"), v(30, "percent"), v(20, "percent")],
    ),
    (
        "airlines",
        "The carrier posted a quarterly net loss of 210 million Australian dollars versus a "
        "profit of A$92 million a year earlier, as its Boeing 787 fleet was grounded for 11 "
        "days for engine checks, hitting revenue by about A$60 million.",
        [v(210e6, "AUD"), v(92e6, "AUD"), v(11, "day"), v(60e6, "AUD")],
    ),
    (
        "airlines",
        "Global air passenger traffic, measured in revenue passenger kilometres, rose 10.4% "
        "in 2024 and is expected to grow about 8% this year, IATA said, with airlines "
        "carrying a record 4.9 billion passengers.",
        [v(10.4, "percent"), v(8, "percent"), v(4.9e9, "count")],
    ),
    (
        "airlines",
        "A spokeswoman said the 26-year-old first officer and her 41-year-old captain had "
        "flown a combined 12,400 hours, and the aircraft, delivered in 2016, had passed its "
        "last major maintenance check in March.",
        [v(26, "year_of_age"), v(41, "year_of_age"), v(12400, "h")],
    ),
    # politics
    (
        "politics",
        "The Senate passed the $1.2 trillion spending package early on Saturday, shortly "
        "after a midnight deadline, averting a partial shutdown of agencies that employ more "
        "than 2 million federal workers.",
        [v(1.2e12, "USD"), v(2e6, "count")],
    ),
    (
        "politics",
        "The Centre Alliance won 14.3% of the vote and 12 seats, while the Social Democrats "
        "took 31.2% and 158 seats, leaving them 13 seats short of a majority in parliament, "
        "according to official results on Monday.",
        [v(14.3, "percent"), v(12, "count"), v(31.2, "percent"), v(158, "count"), v(13, "count")],
    ),
    (
        "politics",
        "A poll of 2,014 adults conducted between Oct. 3 and Oct. 5 showed the challenger "
        "leading by 4 points, with 47% support against 43% for the incumbent and a margin of "
        "error of 3 percentage points.",
        [v(2014, "count"), v(4, "pp"), v(47, "percent"), v(43, "percent"), v(3, "pp")],
    ),
    (
        "politics",
        "The president, who was sworn in for a second term on Jan. 20, will address a joint "
        "session of Congress at 9 p.m. Eastern on March 4, the White House said, and the "
        "opposition's response will follow.",
        [],
    ),
    (
        "politics",
        "The 78-year-old prime minister, who has led the country for 14 years, faces a "
        "confidence vote on Monday that requires the backing of at least 100 lawmakers, after "
        "three coalition partners quit over a plan to raise the retirement age to 67.",
        [v(78, "year_of_age"), v(14, "year"), v(100, "count"), v(3, "count"), v(67, "year_of_age")],
    ),
    (
        "politics",
        "The bill would raise the minimum wage to $17 an hour by 2028 from $7.25 an hour, "
        "affecting about 22 million workers, the Congressional Budget Office estimated, while "
        "costing some 700,000 jobs.",
        [v(17, "USD/h"), v(7.25, "USD/h"), v(22e6, "count"), v(700000, "count")],
    ),
    (
        "politics",
        "Finance Minister Kasia Nowak, 47, said the budget deficit would narrow to 5.5% of "
        "gross domestic product next year from 6.3%, with defence spending rising to a record "
        "4.7% of GDP, or about 187 billion zlotys.",
        [
            v(47, "year_of_age"),
            v(5.5, "percent"),
            v(6.3, "percent"),
            v(4.7, "percent"),
            v(187e9, "PLN"),
        ],
    ),
    (
        "politics",
        "Voter turnout was 66.7%, the highest since 1992, and the ruling party won two-thirds "
        "of the 248 seats in the upper house, giving it the votes to amend the constitution, "
        "the electoral commission said.",
        [v(66.7, "percent"), v(2 / 3, "fraction"), v(248, "count")],
    ),
    (
        "politics",
        "The former mayor, 56, was sentenced to 12 years in prison and fined 4.5 million "
        "reais for taking bribes worth about 20 million reais from construction firms between "
        "2013 and 2018, a federal court ruled.",
        [v(56, "year_of_age"), v(12, "year"), v(4.5e6, "BRL"), v(20e6, "BRL")],
    ),
    (
        "politics",
        "Lawmakers approved a package of 90 billion euros in loans for Ukraine covering 2026 "
        "and 2027, with the first tranche of 16 billion euros due in April, and agreed to "
        "extend sanctions on 1,700 individuals and entities.",
        [v(90e9, "EUR"), v(16e9, "EUR"), v(1700, "count")],
    ),
    (
        "politics",
        "The G7 leaders, meeting in Italy for the group's 50th summit, issued a communique on "
        "Friday evening calling for a ceasefire and for reform of the World Trade "
        "Organization by the end of the decade.",
        [],
    ),
    (
        "politics",
        "The government will spend 3.5 billion pounds on border security by 2030, hire 1,000 "
        "new officers and issue no more than 90,000 skilled worker visas next year, the "
        "interior minister told parliament on Tuesday.",
        [v(3.5e9, "GBP"), v(1000, "count"), v(90000, "count")],
    ),
    (
        "politics",
        "About 100,000 protesters, according to police, marched 3 km from the central station "
        "to parliament on Sunday, the largest demonstration since 2017, demanding the "
        "resignation of the 64-year-old interior minister.",
        [v(100000, "count"), v(3, "km"), v(64, "year_of_age")],
    ),
    (
        "politics",
        "Washington raised tariffs on $18 billion of Chinese imports, including a 100% duty "
        "on electric vehicles and 50% on solar cells, and Beijing retaliated with levies of "
        "up to 15% on U.S. farm goods.",
        [v(18e9, "USD"), v(100, "percent"), v(50, "percent"), v(15, "percent")],
    ),
    (
        "politics",
        "Legislators voted to lower the voting age to 16 and to limit the president to two "
        "terms of six years each, changes that take effect after the next election, the "
        "speaker of the assembly said on Wednesday.",
        [v(16, "year_of_age"), v(2, "count"), v(6, "year")],
    ),
    # disasters
    (
        "disasters",
        "Hurricane Delphine made landfall near Cedar Key as a Category 3 storm with maximum "
        "sustained winds of 120 mph, the National Hurricane Center said, knocking out power "
        "to more than 3 million homes and businesses.",
        [v(3, "rank"), v(120, "mph"), v(3e6, "count")],
    ),
    (
        "disasters",
        "At least 217 people were killed in the floods and 89 people remain missing after up "
        "to 300 mm of rain fell in eight hours on Tuesday night, regional officials said on "
        "Thursday.",
        [v(217, "count"), v(89, "count"), v(300, "mm"), v(8, "h")],
    ),
    (
        "disasters",
        "The wildfire has burned more than 14,000 acres in the hills north of Los Angeles and "
        "destroyed about 1,200 structures, and was 12% contained on Saturday, as winds "
        "gusting to 60 mph were forecast to ease.",
        [v(14000, "acre"), v(1200, "count"), v(12, "percent"), v(60, "mph")],
    ),
    (
        "disasters",
        "The earthquake struck at 4:17 a.m. local time on Monday near the border, the U.S. "
        "Geological Survey said, and rescuers in the provinces of Hatay and Kahramanmaras "
        "were working through the night.",
        [],
    ),
    (
        "disasters",
        "The earthquake struck at a depth of 10 km about 80 km southwest of the capital, and "
        "aftershocks continued for 36 hours, damaging 4,500 buildings, the disaster agency "
        "said, putting losses at about $2.5 billion.",
        [v(10, "km"), v(80, "km"), v(36, "h"), v(4500, "count"), v(2.5e9, "USD")],
    ),
    (
        "disasters",
        "Temperatures reached 48.8C in the city on Wednesday, the highest ever recorded in "
        "Europe, while authorities in 23 provinces issued red alerts and the health ministry "
        "said heat had killed at least 62 people since Sunday.",
        [v(48.8, "degC"), v(23, "count"), v(62, "count")],
    ),
    (
        "disasters",
        "Insured losses from natural catastrophes reached $108 billion in 2023, the fourth "
        "year in a row above $100 billion, reinsurer Helvetic Re said, with severe "
        "thunderstorms in the United States accounting for about $58 billion.",
        [v(108e9, "USD"), v(100e9, "USD"), v(58e9, "USD")],
    ),
    (
        "disasters",
        "Typhoon Kalani, packing gusts of up to 230 km/h, forced the evacuation of about "
        "320,000 people in the Philippines and was expected to dump 400 mm of rain before "
        "weakening on Friday morning.",
        [v(230, "km/h"), v(320000, "count"), v(400, "mm")],
    ),
    (
        "disasters",
        "A blizzard dumped as much as 1.2 metres of snow in parts of upstate New York, where "
        "temperatures fell to minus 18C overnight, and left roughly 140,000 customers without "
        "power for up to 3 days.",
        [v(1.2, "m"), v(-18, "degC"), v(140000, "count"), v(3, "day")],
    ),
    (
        "disasters",
        "The national weather service upgraded its warning to the highest level at 11 p.m. on "
        "Saturday, the first time it had done so since the system was introduced in 2013, and "
        "schools along the coast were closed on Monday.",
        [],
    ),
    (
        "disasters",
        "The dam, built in the 1970s, gave way after the reservoir rose 2 metres above its "
        "safe limit, sweeping away a bridge 30 metres long and flooding about 6,000 hectares "
        "of farmland along a stretch of about 50 km of the river.",
        [v(2, "m"), v(30, "m"), v(6000, "ha"), v(50, "km")],
    ),
    (
        "disasters",
        "The river at the capital peaked at 7.8 metres on Tuesday, 2.4 metres above the "
        "danger mark, forcing about 25,000 residents from their homes, and the army set up 58 "
        "relief camps, officials said.",
        [v(7.8, "m"), v(2.4, "m"), v(25000, "count"), v(58, "count")],
    ),
    (
        "disasters",
        "The tornado, with peak winds of about 170 mph, carved a path 1 mile wide and 25 "
        "miles long through the county, destroying 300 homes and killing 11 people, the "
        "National Weather Service said.",
        [v(170, "mph"), v(1, "mi"), v(25, "mi"), v(300, "count"), v(11, "count")],
    ),
    (
        "disasters",
        "Drought has cut the level of the Panama Canal's Gatun Lake by about 1.8 metres, "
        "forcing authorities to limit vessels' draft to 44 feet and leaving more than 160 "
        "ships waiting to cross on Monday, the canal authority said.",
        [v(1.8, "m"), v(44, "ft"), v(160, "count")],
    ),
    (
        "disasters",
        "Aid agencies said 1.2 million people needed food assistance after the cyclone, a "
        "Category 4 storm, flattened 80% of homes on the island, and the United Nations "
        "launched an appeal for $150 million.",
        [v(1.2e6, "count"), v(4, "rank"), v(80, "percent"), v(150e6, "USD")],
    ),
    # health
    (
        "health",
        "In a trial of 3,400 adults that lasted 72 weeks, patients on the higher dose lost an "
        "average of 20.9% of their body weight, compared with 3.1% for those on a placebo, "
        "the drugmaker said on Saturday.",
        [v(3400, "count"), v(72, "week"), v(20.9, "percent"), v(3.1, "percent")],
    ),
    (
        "health",
        "The vaccine was 91% effective at preventing severe disease in people aged 60 and "
        "over, and the company expects to deliver 50 million doses this year, generating "
        "about $1.2 billion in sales, its chief executive said.",
        [v(91, "percent"), v(60, "year_of_age"), v(50e6, "count"), v(1.2e9, "USD")],
    ),
    (
        "health",
        "Waiting lists for hospital treatment in England fell to 7.54 million cases in "
        "August, the lowest since March 2023, though 3.9% of patients had waited more than 52 "
        "weeks, against a target of 1%.",
        [v(7.54e6, "count"), v(3.9, "percent"), v(52, "week"), v(1, "percent")],
    ),
    (
        "health",
        "The drug, approved for Type 2 diabetes in 2017 and for weight loss in 2021, is one "
        "of the most prescribed medicines in the country, and a generic version could reach "
        "pharmacies in the second half of 2026.",
        [],
    ),
    (
        "health",
        "Health officials confirmed 14 new human cases of the H5N1 bird flu strain, bringing "
        "this year's total to 58 cases, and said all of the patients, aged between 22 and 67, "
        "had worked on dairy or poultry farms.",
        [v(14, "count"), v(58, "count"), r(22, 67, "year_of_age")],
    ),
    (
        "health",
        "The hospital group will cut 1,100 positions and close two maternity units to save "
        "180 million dollars a year, after losing $410 million in the first half as nursing "
        "costs rose 14%, the company said.",
        [v(1100, "count"), v(2, "count"), v(180e6, "USD/year"), v(410e6, "USD"), v(14, "percent")],
    ),
    (
        "health",
        "About 105,000 people died of drug overdoses in the United States last year, down 3%, "
        "the Centers for Disease Control and Prevention said, while deaths involving fentanyl "
        "dropped 2% and those involving methamphetamine rose 2.1%.",
        [v(105000, "count"), v(3, "percent"), v(2, "percent"), v(2.1, "percent")],
    ),
    (
        "health",
        "A measles outbreak in Texas has grown to 146 cases, most of them in children aged 5 "
        "to 17 who were not vaccinated, and two people have been admitted to hospital, state "
        "health officials said on Tuesday.",
        [v(146, "count"), r(5, 17, "year_of_age"), v(2, "count")],
    ),
    (
        "health",
        "Mobile clinics will offer free screening to people aged 50 to 74, and the programme, "
        "costing 1.3 billion euros, is expected to cut deaths from bowel cancer by up to 15%, "
        "the health minister told parliament.",
        [r(50, 74, "year_of_age"), v(1.3e9, "EUR"), v(15, "percent")],
    ),
    (
        "health",
        "The drugmaker will cut the list price of its most widely used inhalers by up to 70% "
        "and cap patients' out-of-pocket costs at $35 a month from June, after lawmakers "
        "questioned its prices at a hearing.",
        [v(70, "percent"), v(35, "USD/month")],
    ),
    (
        "health",
        "The World Health Organization, which declared the mpox outbreak a public health "
        "emergency of international concern in August, will convene its emergency committee "
        "again on the second Thursday of November in Geneva.",
        [],
    ),
    (
        "health",
        "Junior doctors in England walked out for five days from 7 a.m. on Wednesday, "
        "demanding a 35% pay rise, as about 52,000 appointments and operations were "
        "cancelled, NHS England said on Thursday.",
        [v(5, "day"), v(35, "percent"), v(52000, "count")],
    ),
    (
        "health",
        "The study, which followed 120,000 people for an average of 11.4 years, found that "
        "people who had high blood pressure in middle age had a 20% higher risk of dementia, "
        "and that the risk rose to 35% for those who were also obese.",
        [v(120000, "count"), v(11.4, "year"), v(20, "percent"), v(35, "percent")],
    ),
    (
        "health",
        "South Africa will spend 12 billion rand on the first phase of its national health "
        "insurance scheme, which covers about 62 million people, and plans to hire 3,000 "
        "nurses by 2027, the health minister said.",
        [v(12e9, "ZAR"), v(62e6, "count"), v(3000, "count")],
    ),
    (
        "health",
        "The patient, a 53-year-old man, received a kidney from a genetically edited pig in a "
        "procedure that lasted about 4 hours, and spent 11 days in hospital before going "
        "home, surgeons at the Boston hospital said.",
        [v(53, "year_of_age"), v(4, "h"), v(11, "day")],
    ),
    # sport-business
    (
        "sport-business",
        "The league agreed a four-year domestic broadcasting deal worth 6.7 billion pounds, "
        "up 4% on the current contract, which will give fans access to 270 live matches, up "
        "from 200 matches, the chief executive said.",
        [v(4, "year"), v(6.7e9, "GBP"), v(4, "percent"), v(270, "count"), v(200, "count")],
    ),
    (
        "sport-business",
        "The 29-year-old striker joined the Saudi club on a three-year contract worth about "
        "600 million euros, after his former team accepted a transfer fee of 90 million euros "
        "plus add-ons of up to 10 million euros.",
        [v(29, "year_of_age"), v(3, "year"), v(600e6, "EUR"), v(90e6, "EUR"), v(10e6, "EUR")],
    ),
    (
        "sport-business",
        "Organisers sold about 3.1 million tickets for the tournament, generating revenue of "
        "$1.1 billion, and the final, at a stadium with 82,500 seats, sold out within 45 "
        "minutes, the governing body said.",
        [v(3.1e6, "count"), v(1.1e9, "USD"), v(82500, "count"), v(45, "min")],
    ),
    (
        "sport-business",
        "The Formula One team, which won its first constructors' title in 1998, will unveil "
        "its new car at Silverstone on Feb. 14, ahead of the first pre-season test in "
        "Bahrain, a team spokeswoman said.",
        [],
    ),
    (
        "sport-business",
        "A consortium led by a U.S. investor agreed to buy a 25% stake in the club for 1.3 "
        "billion pounds, valuing it at about 5.2 billion pounds including debt, and pledged "
        "another $300 million for stadium upgrades.",
        [v(25, "percent"), v(1.3e9, "GBP"), v(5.2e9, "GBP"), v(300e6, "USD")],
    ),
    (
        "sport-business",
        "The quarterback, 28, signed a five-year extension worth $275 million, including $200 "
        "million guaranteed, making him the highest-paid player in the league's history at an "
        "average of $55 million a year.",
        [v(28, "year_of_age"), v(5, "year"), v(275e6, "USD"), v(200e6, "USD"), v(55e6, "USD/year")],
    ),
    (
        "sport-business",
        "Revenue at the Spanish champions rose 24% to a record 1.07 billion euros in the "
        "season to June, the first time a football club had passed 1 billion euros, while "
        "wages rose to 58% of turnover.",
        [v(24, "percent"), v(1.07e9, "EUR"), v(1e9, "EUR"), v(58, "percent")],
    ),
    (
        "sport-business",
        "Super Bowl LIX drew an average of 127.7 million viewers across television and "
        "streaming, a record, and advertisers paid up to $8 million for a slot, up from $7 "
        "million last year, the broadcaster said.",
        [v(127.7e6, "count"), v(8e6, "USD"), v(7e6, "USD")],
    ),
    (
        "sport-business",
        "The club, founded in 1899 and listed on the New York Stock Exchange since 2012, will "
        "report results for the fourth quarter on Sept. 19, when its new chief executive is "
        "expected to outline his strategy.",
        [],
    ),
    (
        "sport-business",
        "The marathon winner, 24, finished in 2 hours, 3 minutes and 17 seconds, taking home "
        "$150,000 in prize money plus a $50,000 bonus for the course record, while about "
        "50,000 runners completed the course of 42.2 km.",
        [
            v(24, "year_of_age"),
            v(7397, "s"),
            v(150000, "USD"),
            v(50000, "USD"),
            v(50000, "count"),
            v(42.2, "km"),
        ],
    ),
    (
        "sport-business",
        "The basketball league's new 12-year media rights deals with three partners are worth "
        "about $81 billion, or roughly 2.8 times the value of the current agreements, which "
        "expire after the 2024-25 season.",
        [v(12, "year"), v(3, "count"), v(81e9, "USD"), v(2.8, "times")],
    ),
    (
        "sport-business",
        "Tickets for the final will cost between $60 and $1,600, with about 20% reserved for "
        "each club's fans, and organisers expect the match to generate 250 million pounds for "
        "the host city.",
        [r(60, 1600, "USD"), v(20, "percent"), v(250e6, "GBP")],
    ),
    (
        "sport-business",
        "The golfer, 31, earned $62.2 million in prize money in 2024 and another $30 million "
        "from endorsements, making him the world's highest-paid athlete for a third straight "
        "year, a business magazine estimated.",
        [v(31, "year_of_age"), v(62.2e6, "USD"), v(30e6, "USD")],
    ),
    (
        "sport-business",
        "Prize money at the championships will rise 7% to a record 53.5 million pounds, with "
        "the men's and women's singles champions each receiving 2.7 million pounds, up "
        "300,000 pounds, the organisers said on Tuesday.",
        [v(7, "percent"), v(53.5e6, "GBP"), v(2.7e6, "GBP"), v(300000, "GBP")],
    ),
    (
        "sport-business",
        "The franchise sold for $6.1 billion, about 2.5 times what its previous owner paid in "
        "2012, and the buyers plan a new arena with 18,000 seats that is expected to open in "
        "time for the 2028 season.",
        [v(6.1e9, "USD"), v(2.5, "times"), v(18000, "count")],
    ),
    # property
    (
        "property",
        "UK house prices rose 0.4% in May to an average of 264,249 pounds, lender Halifax "
        "said, leaving annual growth at 1.6%, while lenders approved 49,000 mortgages for "
        "house purchase in April, the Bank of England said.",
        [v(0.4, "percent"), v(264249, "GBP"), v(1.6, "percent"), v(49000, "count")],
    ),
    (
        "property",
        "The average rate on a 30-year fixed mortgage rose to 7.22% this week from 7.09%, "
        "mortgage finance agency Freddie Mac said, the highest since November, while the "
        "15-year rate climbed to 6.47%.",
        [v(7.22, "percent"), v(7.09, "percent"), v(6.47, "percent")],
    ),
    (
        "property",
        "China's new home prices fell 0.6% in October from September across 70 major cities, "
        "the 17th straight monthly decline, while property investment dropped 10.3% in the "
        "first ten months of the year to 8.7 trillion yuan.",
        [v(0.6, "percent"), v(70, "count"), v(10.3, "percent"), v(8.7e12, "CNY")],
    ),
    (
        "property",
        "The developer, which defaulted on its offshore debt in 2021, will present a "
        "restructuring plan to creditors at a hearing in Hong Kong on the morning of Jan. 29, "
        "after the court granted a final adjournment.",
        [],
    ),
    (
        "property",
        "The office tower, with 1.1 million square feet of space across 58 floors, sold for "
        "$1.2 billion, or about $1,090 per square foot, a 30% discount to its 2019 valuation, "
        "according to MSCI Real Assets.",
        [v(1.1e6, "ft2"), v(58, "count"), v(1.2e9, "USD"), v(1090, "USD/ft2"), v(30, "percent")],
    ),
    (
        "property",
        "Average rents for new tenancies in London rose 9.2% to 2,627 pounds a month, the "
        "letting platform said, while the number of homes available to rent was 27% below the "
        "average for 2017 to 2019.",
        [v(9.2, "percent"), v(2627, "GBP/month"), v(27, "percent")],
    ),
    (
        "property",
        "U.S. housing starts fell 5.5% in April, with single-family starts down 2.1%, and "
        "existing home sales slipped 1.9% as the median price climbed 5.7% to a record "
        "$407,600, the National Association of Realtors said.",
        [
            v(5.5, "percent"),
            v(2.1, "percent"),
            v(1.9, "percent"),
            v(5.7, "percent"),
            v(407600, "USD"),
        ],
    ),
    (
        "property",
        "The government pledged to build 1.5 million homes in England by 2029 and said "
        "councils would need to release about 12,000 hectares of green belt land, with at "
        "least 35% of new housing classed as affordable.",
        [v(1.5e6, "count"), v(12000, "ha"), v(35, "percent")],
    ),
    (
        "property",
        "The Sydney apartment, a penthouse with four bedrooms and 680 square metres of living "
        "space, sold for A$39 million, about A$57,000 per square metre, the agent said, the "
        "highest price paid in Australia this year.",
        [v(4, "count"), v(680, "m2"), v(39e6, "AUD"), v(57000, "AUD/m2")],
    ),
    (
        "property",
        "Commercial property values in Germany fell about 12% last year, and office vacancy "
        "in Frankfurt rose to 10.3%, while real estate loans at the country's banks totalled "
        "about 230 billion euros, the Bundesbank said.",
        [v(12, "percent"), v(10.3, "percent"), v(230e9, "EUR")],
    ),
    (
        "property",
        "The planning committee will consider the scheme at its meeting at 6:30 p.m. on "
        "Tuesday, the second time it has been brought forward since the site on Route 9 was "
        "sold by the council in 2022.",
        [],
    ),
    (
        "property",
        "Hong Kong developer Lantern Properties cut the prices of 240 flats at its project in "
        "Kowloon by as much as 18%, to an average of HK$17,800 per square foot, after selling "
        "only about 35% of the units launched in March.",
        [v(240, "count"), v(18, "percent"), v(17800, "HKD/ft2"), v(35, "percent")],
    ),
    (
        "property",
        "Singapore private home prices rose 2.7% in the third quarter, the fastest pace since "
        "last year, as developers sold 1,957 new homes, and the government raised the stamp "
        "duty for foreign buyers to 60% from 30%.",
        [v(2.7, "percent"), v(1957, "count"), v(60, "percent"), v(30, "percent")],
    ),
    (
        "property",
        "The real estate investment trust will sell 14 warehouses covering 3.2 million square "
        "feet to a private equity buyer for $870 million, a 6.1% yield, and use the proceeds "
        "to cut its debt to about 35% of assets.",
        [v(14, "count"), v(3.2e6, "ft2"), v(870e6, "USD"), v(6.1, "percent"), v(35, "percent")],
    ),
    (
        "property",
        "Farmland values in Iowa rose 3.5% to an average of $11,835 an acre, while the "
        "Midwest cash rent for cropland held near $270 per acre, a survey of 700 agricultural "
        "bankers by the Federal Reserve showed.",
        [v(3.5, "percent"), v(11835, "USD/acre"), v(270, "USD/acre"), v(700, "count")],
    ),
]


@pytest.mark.parametrize("text, figures", params(CASES))
def test_wire_case(nlp, text, figures):
    assert_figures(nlp(text), figures)


def test_enough_cases_over_sections():
    n, sections, empty = spread(CASES)
    assert n >= 200 and sections >= 12 and empty >= 20
