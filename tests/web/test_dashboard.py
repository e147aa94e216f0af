"""The six dashboard views in headless Chromium, against a server over real annotated articles."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

SAMPLE_ID = "rt-fr-2015-11-26-poutine-hollande"


def wait(driver, seconds: float = 15) -> WebDriverWait:
    return WebDriverWait(driver, seconds)


def css(driver, selector: str):
    return driver.find_elements(By.CSS_SELECTOR, selector)


def no_error(driver) -> None:
    banner = driver.find_element(By.ID, "error-banner")
    assert not banner.is_displayed(), banner.text


def test_article_view_highlights_speakers_and_triggers(driver, base_url, screenshot) -> None:
    driver.get(base_url + "/#articles")
    wait(driver).until(lambda d: css(d, f'[data-testid="article-item"][data-id="{SAMPLE_ID}"]'))
    css(driver, f'[data-testid="article-item"][data-id="{SAMPLE_ID}"]')[0].click()
    wait(driver).until(lambda d: "Poutine" in d.find_element(By.ID, "article-view").text)
    speakers = [s.text for s in css(driver, "#article-text .ann-speaker")]
    assert "Vladimir Poutine" in speakers
    assert css(driver, "#article-text .ann-quote"), "quotes are highlighted"
    triggers = css(driver, "#article-text .ann-trigger")
    assert triggers, "event triggers are highlighted"
    assert "Event" in triggers[0].get_attribute("title")  # hover summary
    triggers[0].click()
    details = wait(driver).until(EC.visibility_of_element_located((By.ID, "article-details")))
    assert "Event 0" in details.text or "Event 1" in details.text  # CAMEO codes start with 0 or 1
    quotes = [q.text for q in css(driver, '[data-testid="quote-item"]')]
    assert any(q.startswith("Vladimir Poutine") for q in quotes)
    no_error(driver)
    screenshot("01-article")


def test_event_table_filters_and_exports(driver, base_url, screenshot) -> None:
    driver.get(base_url + "/#events")
    wait(driver).until(lambda d: css(d, '[data-testid="event-row"]'))
    everything = len(css(driver, '[data-testid="event-row"]'))
    driver.find_element(By.CSS_SELECTOR, '#event-filters input[name="source"]').send_keys("FRA")
    driver.find_element(By.ID, "events-apply").click()
    wait(driver).until(lambda d: len(css(d, '[data-testid="event-row"]')) < everything)
    rows = css(driver, '[data-testid="event-row"]')
    assert rows and all(r.find_elements(By.TAG_NAME, "td")[1].text.startswith("FRA") for r in rows)
    assert "source=FRA" in driver.find_element(By.ID, "export-csv").get_attribute("href")
    assert "source=FRA" in driver.find_element(By.ID, "export-jsonl").get_attribute("href")
    assert f"of {len(rows)} events" in driver.find_element(By.ID, "events-total").text
    no_error(driver)
    screenshot("02-events")


def test_network_svg_has_nodes_and_ties(driver, base_url, screenshot) -> None:
    driver.get(base_url + "/#network")
    wait(driver).until(lambda d: css(d, '#network-svg [data-testid="network-node"]'))
    ids = {n.get_attribute("data-id") for n in css(driver, '#network-svg [data-testid="network-node"]')}
    assert {"FRA", "RUS"} <= ids
    edges = css(driver, '#network-svg [data-testid="network-edge"]')
    assert edges
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edges[0])
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#network-details li"))
    no_error(driver)
    screenshot("03-network")


def test_dyad_timeline_draws_lines(driver, base_url, screenshot) -> None:
    driver.get(base_url + "/#timelines")
    field = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, '[data-testid="dyad-actors"]')))
    wait(driver).until(lambda d: field.get_attribute("value"))
    field.clear()
    field.send_keys("FRA,RUS")
    driver.find_element(By.CSS_SELECTOR, '[data-testid="dyad-apply"]').click()
    wait(driver).until(lambda d: css(d, '#dyad-svg [data-testid="dyad-line"][data-dyad="FRA-RUS"]'))
    assert css(driver, "#dyad-svg circle")
    no_error(driver)
    screenshot("04-timelines")


def test_coalitions_list_bloc_evidence(driver, base_url, screenshot) -> None:
    driver.get(base_url + "/#coalitions")
    wait(driver).until(lambda d: css(d, '[data-testid="bloc"]'))
    blocs = [b for b in css(driver, '[data-testid="bloc"]') if "FRA" in b.text and "RUS" in b.text]
    assert blocs, [b.text for b in css(driver, '[data-testid="bloc"]')]
    blocs[0].click()
    wait(driver).until(lambda d: css(d, '[data-testid="evidence-item"]'))
    evidence = " ".join(e.text for e in css(driver, '[data-testid="evidence-item"]'))
    assert "RUS" in evidence and "FRA" in evidence
    no_error(driver)
    screenshot("05-coalitions")


def test_paste_an_article(driver, base_url, screenshot, sample_text: str) -> None:
    driver.get(base_url + "/#analyze")
    box = wait(driver).until(EC.visibility_of_element_located((By.ID, "analyze-text")))
    # Set the long text directly (typing 2.5 kB key by key is slow), then type a little to fire events.
    driver.execute_script("arguments[0].value = arguments[1];", box, sample_text)
    box.send_keys(" ")
    driver.execute_script("document.getElementById('analyze-published').value = '2015-11-26';")
    driver.find_element(By.ID, "analyze-submit").click()
    wait(driver, 60).until(lambda d: css(d, "#analyze-text-text .ann-speaker") or css(d, "#analyze-result .ann-speaker"))
    result = driver.find_element(By.ID, "analyze-result")
    assert "Vladimir Poutine" in [s.text for s in result.find_elements(By.CSS_SELECTOR, ".ann-speaker")]
    assert result.find_elements(By.CSS_SELECTOR, '[data-testid="article-event"]')
    assert "events" in driver.find_element(By.ID, "analyze-status").text
    no_error(driver)
    screenshot("06-analyze")
