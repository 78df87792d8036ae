"""Context on news outside the corpus's domain: whose figure it is (subject, with its kind),
what it measures and when (its period), over sentences written for these tests across
markets, companies, sports, autos, tech, science, property, politics and trade.

Each row names one figure of its sentence and what a careful annotator reads there:

- ``subject``: ``None`` when the sentence names no owner, else ``(name, kind)`` with kind
  ``entity``, ``gazetteer`` or ``noun_phrase``; a list gives the readings an annotator
  would accept. A reporting agency, a destination ("to China"), a place where a market
  trades and a comparison basis ("than Colombia's") are never the subject.
- ``measure``: the noun phrase the figure belongs to (without determiners or possessors),
  ``None`` when the text names none; a tuple gives accepted readings.
- ``period``: ``(start, end)`` for the published date, ``UNANCHORED`` for a period the date
  cannot place ("this season", a fiscal year), ``None`` for no period.

Per-field accuracy over the table must stay at 0.9 or more; each row is also its own test
(the rows missed are in ``KNOWN_MISSES`` with their cause). Measured on 131 rows: subject
127 (0.969), measure 125 (0.954), period 130 (0.992).
"""

from __future__ import annotations

import pytest

from pipeline.core.extensions import QUANTITIES, TIMES

UNANCHORED = "unanchored"
PUB = "2024-05-10"  # a Friday
E, G, NP = "entity", "gazetteer", "noun_phrase"
Q1 = ("2024-01-01", "2024-03-31")
MARCH, APRIL = ("2024-03-01", "2024-03-31"), ("2024-04-01", "2024-04-30")
LAST_YEAR = ("2023-01-01", "2023-12-31")
NEXT_YEAR = ("2025-01-01", "2025-12-31")
LAST_WEEK = ("2024-04-29", "2024-05-05")
USA = [("United States", G), ("United States", E), ("the United States", E)]

# (domain, published, sentence, figure, subject, measure, period)
CASES = [
    # --- markets ------------------------------------------------------------------------
    ("markets", PUB, "Shares of Nvidia rose 4% on Tuesday.", "4%",
     ("Nvidia", E), "Shares", ("2024-05-07", "2024-05-07")),
    ("markets", PUB, "The September crude contract rose 42 cents to $78.30 per barrel.",
     "42 cents", None, "September crude contract", None),
    ("markets", PUB, "The September crude contract rose 42 cents to $78.30 per barrel.",
     "$78.30", None, "September crude contract", None),
    ("markets", PUB, "Gold prices rose 1.5% to $2,340 an ounce in April.", "1.5%",
     None, "Gold prices", APRIL),
    ("markets", PUB, "Brent crude futures settled at $83.27 a barrel on Monday.", "$83.27",
     None, ("Brent crude futures", "crude futures"), ("2024-05-06", "2024-05-06")),
    ("markets", PUB, "Tesla's market value fell by $40 billion last week.", "$40 billion",
     ("Tesla", E), "market value", LAST_WEEK),
    ("markets", PUB, "Japan's Nikkei share average gained 2.1% in the first quarter.", "2.1%",
     [("Japan", G), ("Japan", E)], ("Nikkei share average", "share average"), Q1),
    ("markets", PUB, "The company's shares have fallen 18% since 2021.", "18%",
     ("The company", NP), "shares", ("2021-01-01", PUB)),
    ("markets", PUB, "Copper prices hit a record $10,850 a tonne on Tuesday.", "$10,850",
     None, "Copper prices", ("2024-05-07", "2024-05-07")),
    ("markets", PUB, "The benchmark index has risen 9% this year.", "9%",
     None, "benchmark index", ("2024-01-01", "2024-12-31")),
    ("markets", PUB, "Amazon's stock closed at $186.50 on Thursday.", "$186.50",
     [("Amazon", E), ("Amazon", G)], "stock", ("2024-05-09", "2024-05-09")),
    ("markets", PUB, "The two-year bond yield rose to 4.9% in April.", "4.9%",
     None, "two-year bond yield", APRIL),
    ("markets", PUB, "Shares in Barclays jumped 6% on Thursday.", "6%",
     ("Barclays", E), "Shares", ("2024-05-09", "2024-05-09")),
    ("markets", PUB, "Wheat futures dropped 4% in Chicago on Monday.", "4%",
     None, "Wheat futures", ("2024-05-06", "2024-05-06")),
    ("markets", PUB, "The price of cocoa has tripled to $11,000 a ton this year.", "$11,000",
     None, "price of cocoa", ("2024-01-01", "2024-12-31")),
    # --- companies ----------------------------------------------------------------------
    ("companies", PUB, "Toyota employs 14,000 workers in the United Kingdom.", "14,000",
     ("Toyota", E), "workers", None),
    ("companies", PUB, "Apple's revenue rose 8% to $94.9 billion in the third quarter.", "8%",
     ("Apple", E), "revenue", ("2023-07-01", "2023-09-30")),
    ("companies", PUB, "Apple's revenue rose 8% to $94.9 billion in the third quarter.",
     "$94.9 billion", ("Apple", E), "revenue", ("2023-07-01", "2023-09-30")),
    ("companies", "2023-11-20", "Apple's revenue rose 8% in the third quarter.", "8%",
     ("Apple", E), "revenue", ("2023-07-01", "2023-09-30")),
    ("companies", PUB, "The project has an estimated total investment of about 10 billion yuan.",
     "10 billion yuan", ("The project", NP), ("estimated total investment", "total investment"),
     None),
    ("companies", PUB, "Unilever cut 7,500 jobs last year.", "7,500",
     ("Unilever", E), "jobs", LAST_YEAR),
    ("companies", PUB, "Siemens expects revenue to grow by 5% in its next fiscal year.", "5%",
     ("Siemens", E), "revenue", UNANCHORED),
    ("companies", PUB, "Netflix added 9.3 million subscribers in the first quarter.",
     "9.3 million", ("Netflix", E), "subscribers", Q1),
    ("companies", PUB, "The retailer will open 40 new stores in the second half.", "40",
     ("The retailer", NP), "new stores", ("2024-07-01", "2024-12-31")),
    ("companies", PUB, "Boeing delivered 83 aircraft in March.", "83",
     ("Boeing", E), "aircraft", MARCH),
    ("companies", PUB, "Nestle's operating profit margin was 17.3% in 2023.", "17.3%",
     ("Nestle", E), "operating profit margin", LAST_YEAR),
    ("companies", PUB, "The bakery chain plans to hire 2,000 staff in June.", "2,000",
     ("The bakery chain", NP), "staff", ("2024-06-01", "2024-06-30")),
    ("companies", PUB, "Intel's gross margin fell to 41% in the fourth quarter.", "41%",
     ("Intel", E), "gross margin", ("2023-10-01", "2023-12-31")),
    ("companies", PUB, "The airline carried 12 million passengers in April, up 9% from a year "
     "earlier.", "12 million", ("The airline", NP), "passengers", APRIL),
    ("companies", PUB, "The airline carried 12 million passengers in April, up 9% from a year "
     "earlier.", "9%", ("The airline", NP), "passengers", APRIL),
    ("companies", PUB, "Shell's net debt fell to $40.5 billion at the end of March.",
     "$40.5 billion", ("Shell", E), "net debt", ("2024-03-31", "2024-03-31")),
    # --- sports -------------------------------------------------------------------------
    ("sports", PUB, "Harry Kane has scored 31 goals in all competitions this season.", "31",
     ("Harry Kane", E), "goals", UNANCHORED),
    ("sports", PUB, "Real Madrid have won 26 league matches this season.", "26",
     ("Real Madrid", E), "league matches", UNANCHORED),
    ("sports", PUB, "The Celtics beat the Knicks by 18 points on Sunday.", "18 points",
     ("Celtics", E), "points", ("2024-05-05", "2024-05-05")),
    ("sports", PUB, "The stadium holds 60,000 spectators.", "60,000",
     ("The stadium", NP), "spectators", None),
    ("sports", PUB, "Jannik Sinner won 90% of his first-serve points in the final.", "90%",
     ("Jannik Sinner", E), "first-serve points", None),
    ("sports", PUB, "LeBron James averaged 25.7 points per game last season.", "25.7 points",
     ("LeBron James", E), "points", UNANCHORED),
    ("sports", PUB, "The marathon attracted 45,000 runners in April.", "45,000",
     ("The marathon", NP), "runners", APRIL),
    ("sports", PUB, "Manchester City's revenue reached £713 million last year.", "£713 million",
     ("Manchester City", E), "revenue", LAST_YEAR),
    ("sports", PUB, "Ticket sales for the final rose 20% from last year.", "20%",
     None, ("Ticket sales", "Ticket sales for the final"), None),
    ("sports", PUB, "The Yankees drew 3.2 million fans in 2023.", "3.2 million",
     ("Yankees", E), "fans", LAST_YEAR),
    ("sports", PUB, "Novak Djokovic has won 24 Grand Slam titles.", "24",
     ("Novak Djokovic", E), "Grand Slam titles", None),
    ("sports", PUB, "The team's payroll will rise to $250 million next season.", "$250 million",
     ("The team", NP), "payroll", UNANCHORED),
    ("sports", PUB, "Brighton sold 18,000 season tickets in May.", "18,000",
     ("Brighton", E), "season tickets", ("2024-05-01", "2024-05-31")),
    ("sports", PUB, "The league's broadcast rights are worth $2.5 billion a year.",
     "$2.5 billion", ("The league", NP), "broadcast rights", None),
    # --- autos --------------------------------------------------------------------------
    ("autos", PUB, "The new battery extends the car's driving range by 40 miles.", "40 miles",
     ("the car", NP), "driving range", None),
    ("autos", PUB, "Tesla delivered 386,810 vehicles in the first quarter.", "386,810",
     ("Tesla", E), "vehicles", Q1),
    ("autos", PUB, "BYD's sales of electric cars rose 13% in April.", "13%",
     ("BYD", E), "sales of electric cars", APRIL),
    ("autos", PUB, "Ford's Kentucky plant builds 550,000 vehicles a year.", "550,000",
     ("Ford", E), "vehicles", None),
    ("autos", PUB, "The SUV has a top speed of 155 mph.", "155 mph",
     ("The SUV", NP), "top speed", None),
    ("autos", PUB, "General Motors will raise production by 20% next year.", "20%",
     ("General Motors", E), "production", NEXT_YEAR),
    ("autos", PUB, "Volkswagen's operating margin narrowed to 3.7% in the first three months "
     "of the year.", "3.7%", ("Volkswagen", E), "operating margin", Q1),
    ("autos", PUB, "Used-car prices fell 2.6% in March from a year earlier.", "2.6%",
     None, "Used-car prices", MARCH),
    ("autos", PUB, "Car registrations in Germany rose 9% in April.", "9%",
     [("Germany", G), ("Germany", E)], "Car registrations", APRIL),
    ("autos", PUB, "Honda recalled 750,000 vehicles in the United States last week.", "750,000",
     ("Honda", E), "vehicles", LAST_WEEK),
    ("autos", PUB, "The automaker expects to sell 1.8 million cars in 2025.", "1.8 million",
     ("The automaker", NP), "cars", NEXT_YEAR),
    ("autos", PUB, "Rivian lost $1.4 billion in the first quarter.", "$1.4 billion",
     ("Rivian", E), None, Q1),
    ("autos", PUB, "The charging network added 1,200 fast chargers in Europe in the fourth "
     "quarter.", "1,200", ("The charging network", NP), "fast chargers",
     ("2023-10-01", "2023-12-31")),
    ("autos", PUB, "The truck's battery has a capacity of 200 kWh.", "200 kWh",
     [("The truck's battery", NP), ("The truck", NP)], "capacity", None),
    # --- tech ---------------------------------------------------------------------------
    ("tech", PUB, "The Yungang platform has served over 10,000 users.", "10,000",
     ("The Yungang platform", NP), "users", None),
    ("tech", PUB, "Microsoft's cloud revenue grew 21% in the third quarter of its fiscal year.",
     "21%", ("Microsoft", E), "cloud revenue", UNANCHORED),
    ("tech", PUB, "The chip contains 208 billion transistors.", "208 billion",
     ("The chip", NP), "transistors", None),
    ("tech", PUB, "Meta's capital expenditure reached $6.7 billion in the first quarter.",
     "$6.7 billion", ("Meta", E), "capital expenditure", Q1),
    ("tech", PUB, "The app has 50 million monthly users.", "50 million",
     ("The app", NP), "monthly users", None),
    ("tech", PUB, "Alphabet's capital spending will rise to $12 billion in the fourth quarter.",
     "$12 billion", ("Alphabet", E), "capital spending", ("2024-10-01", "2024-12-31")),
    ("tech", PUB, "Shipments of personal computers rose 1.5% in the first quarter.", "1.5%",
     None, "Shipments of personal computers", Q1),
    ("tech", PUB, "The data centre uses 300 megawatts of power.", "300 megawatts",
     ("The data centre", NP), "power", None),
    ("tech", PUB, "Spotify's monthly active users reached 615 million in March.", "615 million",
     ("Spotify", E), "monthly active users", MARCH),
    ("tech", PUB, "OpenAI's annualised revenue topped $2 billion in December.", "$2 billion",
     ("OpenAI", E), "annualised revenue", ("2023-12-01", "2023-12-31")),
    ("tech", PUB, "Samsung plans to cut its smartphone prices by 10% in July.", "10%",
     ("Samsung", E), "smartphone prices", ("2024-07-01", "2024-07-31")),
    ("tech", PUB, "The startup's valuation rose to $18 billion last month.", "$18 billion",
     ("The startup", NP), "valuation", APRIL),
    ("tech", PUB, "Global semiconductor sales reached $137.7 billion in the first quarter.",
     "$137.7 billion", None, "Global semiconductor sales", Q1),
    ("tech", PUB, "The satellite internet service has 2.7 million customers.", "2.7 million",
     ("The satellite internet service", NP), "customers", None),
    ("tech", PUB, "The new processor is 30% faster than its predecessor.", "30%",
     ("The new processor", NP), None, None),
    # --- science ------------------------------------------------------------------------
    ("science", PUB, "The telescope observed 1,200 galaxies last year.", "1,200",
     ("The telescope", NP), "galaxies", LAST_YEAR),
    ("science", PUB, "Global average temperatures were 1.45 degrees Celsius above "
     "pre-industrial levels in 2023.", "1.45 degrees Celsius",
     None, "Global average temperatures", LAST_YEAR),
    ("science", PUB, "The vaccine reduced hospitalisations by 70% in the trial.", "70%",
     ("The vaccine", NP), "hospitalisations", None),
    ("science", PUB, "The study followed 12,000 adults for ten years.", "12,000",
     ("The study", NP), "adults", None),
    ("science", PUB, "Researchers at Stanford found that the drug cut tumour size by 40%.",
     "40%", ("the drug", NP), "tumour size", None),
    ("science", PUB, "The new reactor produced 69 megajoules of energy.", "69 megajoules",
     ("The new reactor", NP), "energy", None),
    ("science", PUB, "NASA's science budget will fall to $7.3 billion next year.",
     "$7.3 billion", ("NASA", E), "science budget", NEXT_YEAR),
    ("science", PUB, "The trial enrolled 3,500 patients in Japan.", "3,500",
     ("The trial", NP), "patients", None),
    ("science", PUB, "Brazil lost 9,000 square kilometres of rainforest in 2023.",
     "9,000 square kilometres", [("Brazil", G), ("Brazil", E)], "rainforest", LAST_YEAR),
    ("science", PUB, "The island's population fell by 12% between 2010 and 2020.", "12%",
     ("The island", NP), "population", ("2010-01-01", "2020-12-31")),
    ("science", PUB, "The drug lowered blood pressure by 12 points in older patients.",
     "12 points", ("The drug", NP), "blood pressure", None),
    ("science", PUB, "The glacier's surface area shrank by 8% in the past year.", "8%",
     ("The glacier", NP), "surface area", ("2023-05-10", PUB)),  # the 12 months to publication
    ("science", PUB, "The survey recorded 14,000 species of beetles.", "14,000",
     ("The survey", NP), "species of beetles", None),
    ("science", PUB, "The probe's main engine produces 400 newtons of thrust.", "400 newtons",
     [("The probe's main engine", NP), ("The probe", NP)], "thrust", None),
    # --- property -----------------------------------------------------------------------
    ("property", PUB, "House prices in London fell 1.8% in March.", "1.8%",
     [("London", G), ("London", E)], "House prices", MARCH),
    ("property", PUB, "The average mortgage rate climbed to 7.2% last week.", "7.2%",
     None, "average mortgage rate", LAST_WEEK),
    ("property", PUB, "The developer sold 3,200 homes in the first half.", "3,200",
     ("The developer", NP), "homes", ("2024-01-01", "2024-06-30")),
    ("property", PUB, "The tower will have 450 apartments.", "450",
     ("The tower", NP), "apartments", None),
    ("property", PUB, "Office vacancy in Manhattan rose to 22% in the first quarter.", "22%",
     [("Manhattan", G), ("Manhattan", E)], "Office vacancy", Q1),
    ("property", PUB, "Rents in Berlin have risen 30% since 2019.", "30%",
     [("Berlin", G), ("Berlin", E)], "Rents", ("2019-01-01", PUB)),
    ("property", PUB, "Home sales in the United States fell 4.3% in March.", "4.3%",
     USA, "Home sales", MARCH),
    ("property", PUB, "The mall covers 120,000 square metres.", "120,000 square metres",
     ("The mall", NP), None, None),
    ("property", PUB, "Housing starts rose 5.7% to 1.32 million units in April.", "5.7%",
     None, "Housing starts", APRIL),
    ("property", PUB, "Evergrande's debts exceed $300 billion.", "$300 billion",
     ("Evergrande", E), "debts", None),
    ("property", PUB, "The city approved 8,000 new housing units last year.", "8,000",
     ("The city", NP), "new housing units", LAST_YEAR),
    ("property", PUB, "The median price of a new home was $433,500 in March.", "$433,500",
     None, "median price of a new home", MARCH),
    ("property", PUB, "Mortgage approvals rose to 61,300 in March.", "61,300",
     None, "Mortgage approvals", MARCH),
    ("property", PUB, "Construction costs in Sydney will rise 6% next year.", "6%",
     [("Sydney", G), ("Sydney", E)], "Construction costs", NEXT_YEAR),
    # --- politics -----------------------------------------------------------------------
    ("politics", PUB, "Biden won 51.3% of the popular vote in 2020.", "51.3%",
     ("Biden", E), "popular vote", ("2020-01-01", "2020-12-31")),
    ("politics", PUB, "The government's defence budget will rise to $50 billion next year.",
     "$50 billion", ("The government", NP), "defence budget", NEXT_YEAR),
    ("politics", PUB, "Turnout reached 66% in 2022.", "66%",
     None, "Turnout", ("2022-01-01", "2022-12-31")),
    ("politics", PUB, "France's budget deficit was 5.5% of GDP last year.", "5.5%",
     [("France", G), ("France", E)], "budget deficit", LAST_YEAR),
    ("politics", PUB, "The Senate passed the bill by 70 votes to 29.", "70 votes",
     ("Senate", E), "votes", None),
    ("politics", PUB, "Labour's lead in the polls widened to 20 points in April.", "20 points",
     ("Labour", E), "lead", APRIL),
    ("politics", PUB, "The president's approval rating fell to 38% in March.", "38%",
     ("The president", NP), "approval rating", MARCH),
    ("politics", PUB, "The party won 240 seats in the election.", "240",
     ("The party", NP), "seats", None),
    ("politics", PUB, "India's population reached 1.44 billion in 2024.", "1.44 billion",
     [("India", G), ("India", E)], "population", ("2024-01-01", "2024-12-31")),
    ("politics", PUB, "The ministry said unemployment fell to 4.1% in April.", "4.1%",
     None, "unemployment", APRIL),
    ("politics", PUB, "Argentina's annual inflation rate slowed to 289% in March.", "289%",
     [("Argentina", G), ("Argentina", E)], "annual inflation rate", MARCH),
    ("politics", PUB, "The city council cut the police budget by 8% this year.", "8%",
     ("The city council", NP), "police budget", ("2024-01-01", "2024-12-31")),
    ("politics", PUB, "About 2.5 million people crossed the southern border last year.",
     "2.5 million", None, "people", LAST_YEAR),
    ("politics", PUB, "Germany's government debt will rise to 64% of GDP in 2025.", "64%",
     [("Germany", G), ("Germany", E)], "government debt", NEXT_YEAR),
    # --- trade --------------------------------------------------------------------------
    ("trade", PUB, "China's exports rose 1.5% in April from a year earlier.", "1.5%",
     [("China", G), ("China", E)], "exports", APRIL),
    ("trade", PUB, "The United States imported $3.2 trillion of goods in 2023.",
     "$3.2 trillion", USA, "goods", LAST_YEAR),
    ("trade", PUB, "Exports of soybeans to China fell 12% in the first quarter.", "12%",
     None, "Exports of soybeans", Q1),
    ("trade", PUB, "Germany's trade surplus widened to 22.3 billion euros in March.",
     "22.3 billion euros", [("Germany", G), ("Germany", E)], "trade surplus", MARCH),
    ("trade", PUB, "Vietnam shipped 2.1 million tons of rice in the first four months.",
     "2.1 million tons", [("Vietnam", G), ("Vietnam", E)], "rice",
     ("2024-01-01", "2024-04-30")),
    ("trade", PUB, "The European Union will impose tariffs of up to 38% on Chinese electric "
     "cars.", "38%", [("European Union", G), ("European Union", E), ("the European Union", E),
      ("The European Union", E)], "tariffs", None),
    ("trade", PUB, "Japan's exports to the United States rose 9% in March.", "9%",
     [("Japan", G), ("Japan", E)], "exports", MARCH),
    ("trade", PUB, "The port handled 47 million containers last year.", "47 million",
     ("The port", NP), "containers", LAST_YEAR),
    ("trade", PUB, "Mexico's trade with the United States was worth $800 billion in 2023.",
     "$800 billion", [("Mexico", G), ("Mexico", E)], "trade", LAST_YEAR),
    ("trade", PUB, "Australia's iron ore exports will reach 900 million tonnes next year.",
     "900 million tonnes", [("Australia", G), ("Australia", E)], "iron ore exports", NEXT_YEAR),
    ("trade", PUB, "The trade deficit narrowed by $1.2 billion to $68.9 billion in March.",
     "$68.9 billion", None, "trade deficit", MARCH),
    ("trade", PUB, "Brazil's coffee exports were 15% higher than Colombia's in 2023.", "15%",
     [("Brazil", G), ("Brazil", E)], "coffee exports", LAST_YEAR),
    ("trade", PUB, "Freight rates from Shanghai to Rotterdam rose 30% in May.", "30%",
     None, "Freight rates", ("2024-05-01", "2024-05-31")),
    ("trade", PUB, "India's merchandise imports grew 10.3% to $54 billion in April.", "10.3%",
     [("India", G), ("India", E)], "merchandise imports", APRIL),
    ("trade", PUB, "The ministry expects steel exports to fall 5% next year.", "5%",
     None, "steel exports", NEXT_YEAR),
]  # fmt: skip

#: Rows the stage gets wrong today, by (sentence start, figure): known, kept visible.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("Real Madrid have won 26 league", "26"): "the quantities stage reads 'league' as a unit of "
    "length ('26 league'), so the figure has no counted noun",
    ("The Celtics beat the Knicks by", "18 points"): "'points' is the figure's unit, so no "
    "noun is left to measure; the untagged proper noun 'Celtics' is taken as the measure",
    ("LeBron James averaged 25.7 poi", "25.7 points"): "'points' is the figure's unit, so no "
    "noun is left to measure",
    ("The SUV has a top speed of 155", "155 mph"): "the tagger reads 'SUV' as a proper noun, "
    "so it is taken as a name, not the noun phrase 'The SUV'",
    ("The survey recorded 14,000 spe", "14,000"): "a counted noun keeps no 'of' phrase: the "
    "corpus gold wants 'indicators' for 'five indicators of ...', the same construction",
    ("Turnout reached 66% in 2022.", "66%"): "the model tags 'Turnout' as a PERSON",
    ("The Senate passed the bill by ", "70 votes"): "the quantities stage finds no figure "
    "'70 votes' in a vote tally ('70 votes to 29')",
}


def run(nlp, text, published):
    """Run the pipeline up to and including the context stage."""
    doc = nlp.make_doc(text)
    doc._.nf_published = published
    for name, proc in nlp.pipeline:
        if name in ("attribution", "defects"):
            continue
        doc = proc(doc)
        if name == "context":
            break
    return doc


def figure_span(doc, figure):
    """The figure of the quantities stage that holds the row's figure text."""
    at = doc.text.index(figure)
    for q in doc.spans[QUANTITIES]:
        if q.start_char <= at and at + len(figure) <= q.end_char:
            return q
    return None


def read(doc, q):
    """(subject, measure, period) of figure ``q`` in the table's terms."""
    subject = q._.nf_q_subject
    subject = None if subject is None else (subject[0], q._.nf_q_subject_kind)
    measure = q._.nf_q_measure
    measure = None if measure is None else doc.text[measure[0] : measure[1]]
    period = None
    if q._.nf_q_time is not None:
        spans = {(t.start_char, t.end_char): t for t in doc.spans[TIMES]}
        t = spans[tuple(q._.nf_q_time)]
        period = UNANCHORED if t._.nf_t_start is None else (t._.nf_t_start, t._.nf_t_end)
    return subject, measure, period


def matches(got, expected) -> dict[str, bool]:
    subject, measure, period = expected
    subjects = subject if isinstance(subject, list) else [subject]
    measures = measure if isinstance(measure, tuple) else (measure,)
    return {
        "subject": got[0] in subjects,
        "measure": got[1] in measures,
        "period": got[2] == period,
    }


@pytest.fixture(scope="module")
def readings(nlp):
    """Every row's reading, or None when the quantities stage found no such figure."""
    found = []
    for _, published, text, figure, *_ in CASES:
        doc = run(nlp, text, published)
        q = figure_span(doc, figure)
        found.append(None if q is None else read(doc, q))
    return found


def _params():
    params = []
    for k, (domain, _, text, figure, *_) in enumerate(CASES):
        reason = KNOWN_MISSES.get((text[:30], figure))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(k, id=f"{domain}:{text[:40]}:{figure}", marks=marks))
    return params


def test_table_covers_the_sections():
    domains = [c[0] for c in CASES]
    assert len(CASES) >= 120
    assert all(domains.count(d) >= 13 for d in set(domains))


@pytest.mark.parametrize("k", _params())
def test_case(readings, k):
    got = readings[k]
    assert got is not None, "the quantities stage found no such figure"
    ok = matches(got, CASES[k][4:])
    assert all(ok.values()), (got, CASES[k][4:])


@pytest.mark.parametrize("field", ["subject", "measure", "period"])
def test_accuracy_per_field(readings, field):
    right = sum(
        got is not None and matches(got, case[4:])[field]
        for got, case in zip(readings, CASES, strict=True)
    )
    share = right / len(CASES)
    print(f"{field}: {right}/{len(CASES)} = {share:.3f}")
    assert share >= 0.9
