"""The review page in a real browser (headless Debian chromium driven by selenium): on the
outputs of the real pipeline over two short texts, click a card and see its span
highlighted, click the text and get its card, decide with the keyboard and find the
lines in the decisions file."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest
from conftest import read_outputs

from pipeline.core.jsonl import read_jsonl
from pipeline.review.server import make_server
from pipeline.run.extract import extract

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
HOW = (
    "needs Debian's headless browser: `apt-get install -y chromium chromium-driver` "
    "and `pip install selenium` (in the test extras); .ci/run installs them"
)

webdriver = pytest.importorskip("selenium.webdriver", reason=HOW)
if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip(HOW, allow_module_level=True)

from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

TEXTS = {
    "harbour": (
        "Container traffic at the northern harbour rose by 8.5% to 2.4 million units in the "
        "first half, the port authority said on Tuesday.\n\n"
        "Officials expect more than 300 new cranes to be installed over the next five years. "
        "A <script>alert('x')</script> tag in the text must stay text.\n"
    ),
    "orchard": (
        "Apple growers in the valley harvested about 45,000 tonnes this autumn, according to the "
        "regional farm bureau.\n\nPrices fell by 12% from a year earlier.\n"
    ),
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory, ruleset):
    base = tmp_path_factory.mktemp("review_run")
    src = base / "in"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    extract([src], base / "out", rules=ruleset, workers=1)
    return base / "out"


@pytest.fixture
def browser(tmp_path):
    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1400,900",
    ):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def served(run_dir, tmp_path):
    decisions = tmp_path / "reviews" / "decisions.jsonl"
    srv = make_server(run_dir, decisions, "Browser Tester", port=0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv, decisions
    srv.shutdown()
    srv.server_close()


def wait_lines(path: Path, n: int, timeout: float = 10.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = read_jsonl(path)  # lines end at "\n" only; a missing file has none
        if len(lines) >= n:
            return lines
        time.sleep(0.1)
    pytest.fail(f"{path} did not reach {n} line(s)")


def patient(driver) -> WebDriverWait:
    """A wait that reads again when the page has redrawn: the cards are rebuilt after each
    decision and filter change, so an element found a moment before may be gone (stale)."""
    return WebDriverWait(driver, 15, ignored_exceptions=(StaleElementReferenceException,))


def redrawn(driver, read):
    """``read(driver)`` once it gives an answer on the page as it is now."""
    return patient(driver).until(read)


def highlighted_text(driver) -> str:
    return "".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "#text .seg.current"))


def test_review_in_a_real_browser(browser, served, run_dir, tmp_path):
    srv, decisions = served
    facts = {f["id"]: f for f in read_outputs(run_dir)["facts"]}
    assert len(facts) >= 3, "the quantities stage should find the figures of the two texts"
    browser.get(srv.url)
    wait = patient(browser)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card"))
    assert (
        "<script>alert('x')</script>" in browser.find_element(By.ID, "text").text
    )  # shown as text
    assert not browser.find_elements(By.CSS_SELECTOR, "#text script")

    # open the harbour document: the rendered text is the raw text, overlapping marks share pieces
    browser.find_elements(By.CSS_SELECTOR, "#doc-list button")[0].click()
    assert (
        browser.execute_script("return document.getElementById('text').textContent")
        == TEXTS["harbour"]
    )
    assert browser.find_elements(By.CSS_SELECTOR, "#text .seg.m-quantity.m-claim-content")

    # click a fact card: its span is highlighted
    fact_cards = browser.find_elements(By.CSS_SELECTOR, "#cards .card.kind-fact")
    card = fact_cards[-1]
    card.click()
    fid = card.get_attribute("data-id")
    wait.until(lambda d: highlighted_text(d) == facts[fid]["span"]["text"])
    assert "current" in card.get_attribute("class")

    # clicking the text selects the card of that span
    first = fact_cards[0].get_attribute("data-id")
    seg = browser.find_element(By.CSS_SELECTOR, f'#text .seg.m-quantity[data-cards~="{first}"]')
    seg.click()
    wait.until(
        lambda d: (
            "current"
            in d.find_element(By.CSS_SELECTOR, f'.card[data-id="{first}"]').get_attribute("class")
        )
    )
    assert highlighted_text(browser) == facts[first]["span"]["text"]

    # accept with the keyboard
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("a")
    line = wait_lines(decisions, 1)[0]
    assert (line["record_id"], line["decision"], line["reviewer"]) == (
        first,
        "accept",
        "Browser Tester",
    )
    assert line["key"]["text"] == facts[first]["span"]["text"]

    # the next card is selected; move with j/k, then reject with a reason
    body.send_keys("k")
    body.send_keys("j")
    target = browser.find_element(By.CSS_SELECTOR, "#cards .card.current").get_attribute("data-id")
    body.send_keys("r")
    reason = wait.until(lambda d: d.find_element(By.ID, "reject-reason"))
    wait.until(lambda d: d.switch_to.active_element == reason)
    reason.send_keys("wrong span", Keys.ENTER)
    second = wait_lines(decisions, 2)[1]
    assert (second["record_id"], second["decision"], second["reason"]) == (
        target,
        "reject",
        "wrong span",
    )

    # correct a fact's value with the keyboard only
    # (the dropdown gives the focus back after a change, so typing into it would go to the page)
    Select(browser.find_element(By.ID, "f-type")).select_by_value("fact")
    wait.until(
        lambda d: all(
            "kind-fact" in c.get_attribute("class")
            for c in d.find_elements(By.CSS_SELECTOR, "#cards .card")
        )
    )
    body.send_keys("k")  # (j on the last card would go on to the next document)
    fixed = browser.find_element(By.CSS_SELECTOR, "#cards .card.current").get_attribute("data-id")
    body.send_keys("c")
    value = wait.until(lambda d: d.find_element(By.ID, "c-value"))
    wait.until(lambda d: d.switch_to.active_element == value)
    value.clear()
    value.send_keys("1234.5", Keys.ENTER)
    third = wait_lines(decisions, 3)[2]
    assert (third["record_id"], third["decision"], third["correction"]) == (
        fixed,
        "correct",
        {"value": 1234.5},
    )

    # decided cards show their state after a reload (the page reads the decisions file)
    browser.refresh()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card.decided"))
    browser.save_screenshot(str(tmp_path / "review.png"))
    assert (tmp_path / "review.png").stat().st_size > 10_000


def test_static_file_keeps_decisions_offline(browser, run_dir, tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main

    page = tmp_path / "review.html"
    result = CliRunner().invoke(
        main,
        [
            "review",
            str(run_dir),
            "--static",
            str(page),
            "--reviewer",
            "Offline",
            "--decisions",
            str(tmp_path / "none.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.output
    browser.get(page.as_uri())
    wait = patient(browser)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card"))
    browser.find_element(By.TAG_NAME, "body").send_keys("a")
    wait.until(lambda d: "(1)" in d.find_element(By.ID, "export").text)
    stored = json.loads(
        browser.execute_script(
            "return localStorage.getItem(JSON.parse("
            "document.getElementById('review-data').textContent).storage_key)"
        )
    )
    assert (
        len(stored) == 1
        and stored[0]["decision"] == "accept"
        and stored[0]["reviewer"] == "Offline"
    )
    from pipeline.review.schema import decision_problems

    assert decision_problems(stored[0]) == []
    browser.save_screenshot(str(tmp_path / "static.png"))


def test_corpus_review_end_to_end(browser, corpus_run, corpus_texts, tmp_path):
    """The five corpus articles: every document opens with its raw text, the damaged article
    queues its defects first, and a decision made with the keyboard lands in the file."""
    run, outputs = corpus_run
    decisions = tmp_path / "reviews" / "decisions.jsonl"
    srv = make_server(run, decisions, "Corpus Tester", port=0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        browser.get(srv.url)
        wait = patient(browser)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card"))
        buttons = browser.find_elements(By.CSS_SELECTOR, "#doc-list button")
        assert len(buttons) == len(corpus_texts)
        assert buttons[0].text.startswith("Speech by Zhong Zeyu"), (
            "the manifest's title names the document"
        )
        for i, doc_id in enumerate(sorted(corpus_texts)):
            browser.find_elements(By.CSS_SELECTOR, "#doc-list button")[i].click()
            wait.until(
                lambda d, want=corpus_texts[doc_id]: (
                    d.execute_script("return document.getElementById('text').textContent") == want
                )
            )
        damaged = sorted(corpus_texts).index("002_d14f1d14e1b7aaff")
        browser.find_elements(By.CSS_SELECTOR, "#doc-list button")[damaged].click()
        wait.until(
            lambda d: (
                d.execute_script("return document.getElementById('text').textContent")
                == corpus_texts["002_d14f1d14e1b7aaff"]
            )
        )
        first = browser.find_elements(By.CSS_SELECTOR, "#cards .card")[0]
        first_id = first.get_attribute("data-id")
        defects = {d["id"]: d for d in outputs["defects"] if d["doc_id"] == "002_d14f1d14e1b7aaff"}
        assert first_id in defects, "defects are queued first"
        first.click()
        wait.until(lambda d: highlighted_text(d) == defects[first_id]["span"]["text"])
        browser.find_element(By.TAG_NAME, "body").send_keys("a")
        line = wait_lines(decisions, 1)[0]
        assert (line["record_id"], line["decision"], line["reviewer"]) == (
            first_id,
            "accept",
            "Corpus Tester",
        )
        browser.save_screenshot(str(tmp_path / "corpus.png"))
    finally:
        srv.shutdown()
        srv.server_close()


# ---- the reviewer's flow, key by key (issue 16, item 3) ----

REASONS = ["not news", "wrong number", "wrong who"]


def keys(driver, *k) -> None:
    """Key presses to whatever has the focus, as a reviewer types them."""
    ActionChains(driver).send_keys(*k).perform()


def current_id(driver) -> str:
    return redrawn(
        driver,
        lambda d: d.find_element(By.CSS_SELECTOR, "#cards .card.current").get_attribute("data-id"),
    )


def lit_cards(driver) -> list[str]:
    """For each highlighted piece of text, the cards it belongs to."""
    return [
        e.get_attribute("data-cards")
        for e in driver.find_elements(By.CSS_SELECTOR, "#text .current")
    ]


def current_doc(driver) -> str:
    return redrawn(
        driver, lambda d: d.find_element(By.CSS_SELECTOR, "#doc-list .doc.current .doc-id").text
    )


def card_class(driver, card_id: str) -> str:
    return redrawn(
        driver,
        lambda d: d.find_element(By.CSS_SELECTOR, f'.card[data-id="{card_id}"]').get_attribute(
            "class"
        ),
    )


@pytest.fixture
def flow(run_dir, tmp_path, browser):
    decisions = tmp_path / "reviews" / "decisions.jsonl"
    srv = make_server(run_dir, decisions, "Ann", port=0, reasons=REASONS)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    browser.get(srv.url)
    patient(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card"))
    yield browser, srv, decisions, patient(browser)
    srv.shutdown()
    srv.server_close()


def test_help_is_an_overlay_and_the_hints_stay_on_screen(flow, tmp_path):
    driver, _, _, wait = flow
    hints = driver.find_element(By.ID, "hints")
    assert hints.is_displayed() and "undo" in hints.text
    assert hints.rect["y"] + hints.rect["height"] <= driver.execute_script("return innerHeight") + 1
    keys(driver, "?")
    help_ = driver.find_element(By.ID, "help")
    wait.until(lambda d: help_.is_displayed())
    top = help_.rect["y"]
    assert 0 <= top < driver.execute_script("return innerHeight") / 2, "the help opens in view"
    assert "2" in help_.text and "reject: wrong number" in help_.text, "numbered reasons listed"
    driver.save_screenshot(str(tmp_path / "help.png"))
    keys(driver, Keys.ESCAPE)
    wait.until(lambda d: not help_.is_displayed())
    keys(driver, "?")
    wait.until(lambda d: help_.is_displayed())
    keys(driver, "?")
    wait.until(lambda d: not help_.is_displayed())


def test_number_keys_skip_unsure_and_undo_append_lines(flow):
    driver, _, decisions, wait = flow
    first = current_id(driver)
    keys(driver, "2")
    line = wait_lines(decisions, 1)[0]
    assert (line["record_id"], line["decision"], line["reason"]) == (
        first,
        "reject",
        "wrong number",
    )
    # the page moves on when the server has answered, a moment after the line is written
    wait.until(lambda d: current_id(d) != first, "the next card is selected after a decision")
    keys(driver, "u")
    retract = wait_lines(decisions, 2)[1]
    assert (retract["record_id"], retract["decision"], retract["reviewer"]) == (
        first,
        "retract",
        "Ann",
    )
    assert "reason" not in retract
    wait.until(lambda d: current_id(d) == first)  # undo goes back to the card
    wait.until(lambda d: "decided" not in card_class(d, first), "undecided again")
    keys(driver, "s")
    assert wait_lines(decisions, 3)[2]["decision"] == "skip"
    wait.until(lambda d: current_id(d) != first)  # the skipped card is queued after the others
    keys(driver, "x")
    unsure = wait_lines(decisions, 4)[3]
    assert unsure["decision"] == "unsure" and unsure["record_id"] != first
    # the page has the server's answer (and its undo entry) once the card shows it
    wait.until(lambda d: "unsure" in card_class(d, unsure["record_id"]))
    # the file was only appended to: the first line is still there as written
    assert wait_lines(decisions, 4)[0] == line
    driver.refresh()  # after a reload: the retract holds, the skip and unsure show
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card"))
    states = {
        c.get_attribute("data-id"): c.get_attribute("class")
        for c in driver.find_elements(By.CSS_SELECTOR, "#cards .card")
    }
    assert "skip" in states[first] and "unsure" in states[unsure["record_id"]]
    keys(driver, "u")  # the undo stack survives the reload
    assert wait_lines(decisions, 5)[4]["decision"] == "retract"
    assert wait_lines(decisions, 5)[4]["record_id"] == unsure["record_id"]


def test_highlights_follow_the_selection_and_dropdowns_let_go(flow):
    driver, _, decisions, wait = flow
    keys(driver, "j")
    keys(driver, "j")
    before = current_id(driver)
    assert lit_cards(driver) and all(before in c.split() for c in lit_cards(driver))
    Select(driver.find_element(By.ID, "f-type")).select_by_value("claim")
    wait.until(lambda d: d.switch_to.active_element.tag_name.lower() != "select")
    now = current_id(driver)
    assert all(now in c.split() for c in lit_cards(driver)), "the old span is not left lit"
    keys(driver, "a")  # the key accepts: the dropdown no longer has the focus
    line = wait_lines(decisions, 1)[0]
    assert (line["record_id"], line["decision"], line["record_kind"]) == (now, "accept", "claim")
    wait.until(lambda d: "decided" in card_class(d, now))
    Select(driver.find_element(By.ID, "f-type")).select_by_value("all")
    keys(driver, "j", "o")
    now = current_id(driver)
    assert lit_cards(driver) and all(now in c.split() for c in lit_cards(driver))
    assert len(driver.find_elements(By.CSS_SELECTOR, "#cards .card.current")) == 1


def test_filters_reset_when_the_document_changes(flow):
    driver, _, _, wait = flow
    doc = current_doc(driver)
    Select(driver.find_element(By.ID, "f-state")).select_by_value("accept")
    wait.until(lambda d: d.find_element(By.ID, "f-clear").is_displayed())
    keys(driver, "n" if doc == "harbour" else "p")
    wait.until(lambda d: current_doc(d) != doc)
    assert driver.find_element(By.ID, "f-state").get_attribute("value") == "all"
    assert not driver.find_element(By.ID, "f-clear").is_displayed()
    assert driver.find_elements(By.CSS_SELECTOR, "#cards .card.current")


def test_a_correction_shows_the_new_value_over_the_old(flow, tmp_path):
    driver, _, decisions, wait = flow
    Select(driver.find_element(By.ID, "f-type")).select_by_value("fact")
    fixed = current_id(driver)
    old = redrawn(
        driver, lambda d: d.find_element(By.CSS_SELECTOR, f'.card[data-id="{fixed}"] dd').text
    )
    keys(driver, "c")
    value = wait.until(lambda d: d.find_element(By.ID, "c-value"))
    wait.until(lambda d: d.switch_to.active_element == value)
    value.clear()
    value.send_keys("1234.5", Keys.ENTER)
    assert wait_lines(decisions, 1)[0]["correction"] == {"value": 1234.5}

    def shown(d):
        card = d.find_element(By.CSS_SELECTOR, f'.card[data-id="{fixed}"]')
        struck = card.find_elements(By.CSS_SELECTOR, "del")
        return struck and (
            struck[0].text,
            card.find_element(By.CSS_SELECTOR, "ins").text,
            card.text,
        )

    struck, new, text = redrawn(driver, shown)
    assert struck == old
    assert new.startswith("1,234.5")
    assert "{" not in text, "no raw JSON on the card"
    driver.save_screenshot(str(tmp_path / "corrected.png"))


def test_j_at_the_end_goes_on_and_a_reload_resumes(flow):
    driver, _, _, wait = flow
    start = current_doc(driver)
    n = len(driver.find_elements(By.CSS_SELECTOR, "#cards .card"))
    for _ in range(n):
        keys(driver, "j")
    wait.until(lambda d: current_doc(d) != start)
    here, card = current_doc(driver), current_id(driver)
    keys(driver, "j")
    card = current_id(driver)
    driver.refresh()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card.current"))
    assert (current_doc(driver), current_id(driver)) == (here, card)


def test_disagreements_are_listed_and_settled(flow, tmp_path):
    driver, srv, decisions, wait = flow
    target = current_id(driver)
    keys(driver, "1")
    wait_lines(decisions, 1)
    kind = redrawn(
        driver, lambda d: d.find_element(By.CSS_SELECTOR, f'.card[data-id="{target}"] .kind').text
    ).lower()
    doc_id = current_doc(driver)
    srv.app.decide(
        {
            "doc_id": doc_id,
            "record_id": target,
            "record_kind": kind,
            "decision": "accept",
            "reviewer": "Bob",
        }
    )
    driver.refresh()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card"))
    assert driver.find_element(By.ID, "disagree-open").is_displayed()
    keys(driver, "d")
    dialog = driver.find_element(By.ID, "dlg-disagree")
    wait.until(lambda d: dialog.is_displayed())
    rows = dialog.find_elements(By.CSS_SELECTOR, f'li[data-id="{target}"] tr')
    assert [r.find_element(By.CSS_SELECTOR, ".who").text for r in rows] == ["Ann", "Bob"]
    assert "not news" in rows[0].text and "accepted" in rows[1].text
    driver.save_screenshot(str(tmp_path / "disagreements.png"))
    rows[1].find_element(By.CSS_SELECTOR, "button.settle").click()
    line = wait_lines(decisions, 3)[2]
    assert (line["record_id"], line["decision"], line["reviewer"], line.get("settle")) == (
        target,
        "accept",
        "Ann",
        True,
    )
    wait.until(lambda d: "No disagreement" in dialog.text)
    keys(driver, Keys.ESCAPE)
    wait.until(lambda d: not d.find_element(By.ID, "disagree-open").is_displayed())


def test_undo_in_the_static_file(browser, run_dir, tmp_path):
    from pipeline.review.cli import run as review_run
    from pipeline.review.schema import decision_problems

    page = tmp_path / "review.html"
    code = review_run(
        run_dir,
        port=0,
        reviewer="Offline",
        decisions_path=tmp_path / "none.jsonl",
        static_file=page,
        gold_dir=None,
        import_file=None,
        reasons=REASONS,
    )
    assert code == 0
    browser.get(page.as_uri())
    wait = patient(browser)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card"))
    first = current_id(browser)
    keys(browser, "3")
    wait.until(lambda d: "(1)" in d.find_element(By.ID, "export").text)
    keys(browser, "u")
    wait.until(lambda d: "(2)" in d.find_element(By.ID, "export").text)
    stored = json.loads(
        browser.execute_script(
            "return localStorage.getItem(JSON.parse(document.getElementById('review-data')"
            ".textContent).storage_key)"
        )
    )
    assert [(d["decision"], d.get("reason")) for d in stored] == [
        ("reject", "wrong who"),
        ("retract", None),
    ]
    assert all(decision_problems(d) == [] for d in stored)
    assert "decided" not in card_class(browser, first)
    browser.refresh()  # the retract is replayed from the browser's store
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#cards .card"))
    assert "decided" not in card_class(browser, first)
