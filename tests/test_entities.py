"""Stage 1, entities: gazetteer canonical names over spaCy NER; serialisation; n_process."""

from __future__ import annotations

import pytest
import spacy

from pipeline.core.extensions import ENTITIES


def ents(nlp, text):
    doc = nlp(text)
    return [(e.text, e.label_, e._.nf_canonical) for e in doc.spans[ENTITIES]]


@pytest.mark.parametrize(
    "text, mention, canonical",
    [
        (
            "Figures from China Customs were published on Monday.",
            "China Customs",
            "General Administration of Customs",
        ),
        ("The GAC said imports rose.", "GAC", "General Administration of Customs"),
        ("Customs data show a rise in parcels.", "Customs", "General Administration of Customs"),
        ("A MOFCOM spokesperson spoke in Beijing.", "MOFCOM", "Ministry of Commerce"),
        (
            "Sellers in Guangxi Zhuang Autonomous Region joined the fair.",
            "Guangxi Zhuang Autonomous Region",
            "Guangxi",
        ),
        ("Orders on JD.COM doubled.", "JD.COM", "JD.com"),
        ("Trucks left Ningbo for the port.", "Ningbo", "Ningbo"),
    ],
)
def test_alias_gets_canonical_name(nlp, text, mention, canonical):
    assert (mention, canonical) in [(m, c) for m, _, c in ents(nlp, text)]


def test_lowercase_customs_is_not_the_agency(nlp):
    assert all(
        c != "General Administration of Customs"
        for _, _, c in ents(nlp, "Goods wait for customs clearance at the port.")
    )


def test_person_name_containing_an_alias_stays_a_person(nlp):
    found = ents(nlp, "Ali Zahiri, the ambassador, said trade would grow.")
    assert ("Ali Zahiri", "PERSON", None) in found
    assert all(c != "Alibaba Group" for _, _, c in found)


def test_numeric_ner_labels_are_not_entities(nlp):
    labels = {
        label for _, label, _ in ents(nlp, "Exports rose 14.4% to 1.3 trillion yuan in 2023.")
    }
    assert not labels & {"PERCENT", "MONEY", "DATE", "CARDINAL"}


def test_rule_id_on_every_span(nlp):
    doc = nlp("The Ministry of Commerce and Zhang Wei met in Chengdu.")
    rules = {e.text: e.id_ for e in doc.spans[ENTITIES]}
    assert rules["Ministry of Commerce"] == "gazetteer:mofcom"
    assert rules["Chengdu"] == "gazetteer:chengdu"
    assert all(r for r in rules.values())


def test_line_breaks_are_sentence_boundaries(nlp):
    doc = nlp("Partners increase opportunities\nThe fair opened in Nanning on Monday")
    assert [s.text for s in doc.sents] == [
        "Partners increase opportunities\n",
        "The fair opened in Nanning on Monday",
    ]


def test_pipeline_round_trip_keeps_rules(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    again = spacy.load(tmp_path / "saved")
    text = "China Customs said Guangdong led."
    assert ents(again, text) == ents(nlp, text)
    assert again.get_pipe("entities").rules == nlp.get_pipe("entities").rules


def test_component_bytes_round_trip(nlp):
    comp = nlp.get_pipe("entities")
    data = comp.to_bytes()
    other = type(comp)(nlp, "copy")
    assert other.rules["gazetteer"] == []
    other.from_bytes(data)
    assert other.rules == comp.rules


def test_doc_bytes_round_trip_keeps_groups(nlp):
    from spacy.tokens import Doc

    doc = nlp("China Customs said Guangdong led.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e.id_, e._.nf_canonical) for e in again.spans[ENTITIES]] == [
        (e.text, e.id_, e._.nf_canonical) for e in doc.spans[ENTITIES]
    ]


def test_n_process_2_gives_the_same_result(nlp):
    texts = ["China Customs said Guangdong led.", "The WTO report predicts growth in Europe."] * 3
    one = [[(e.text, e._.nf_canonical) for e in d.spans[ENTITIES]] for d in nlp.pipe(texts)]
    two = [
        [(e.text, e._.nf_canonical) for e in d.spans[ENTITIES]]
        for d in nlp.pipe(texts, n_process=2)
    ]
    assert one == two
