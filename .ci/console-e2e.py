#!/usr/bin/env python3
"""Runs the web console end to end in headless Chromium: one full HR interview by keyboard only.

Usage: .ci/console-e2e.py --otbor .build/debug/otbor [--workspace DIR] [--screens DIR]

It builds nothing. With the `otbor` binary given it makes a temporary database with one candidate
and one HR account (`otbor users add … --password-stdin`), starts `otbor serve --port 0` (the first
line of its output names the address), and then:
  - browser A signs in, starts the HR interview of senior-support-manager for the candidate from
    the candidates page, answers the first steps with the keys only (1–5, n, s, b, Tab and typing
    for the notes), checks the "Saved" status after each answer, and pauses; once steps 1–4 have
    chosen their groups' alternates, steps 5–7 and 14 turn "may be passed over" without a reload and
    the keys pass over them (s from step 4 lands on 8, b from 8 on 4), as the terminal runner does;
    the closed steps are still answered, reached through the step index;
  - browser B (a second device: a new session) signs in, resumes from "my interviews";
  - A opens the interview again, B changes an earlier answer, A's next save shows B's value
    (the last write of a step wins); B answers the remaining steps, ticks a red flag, submits after
    the confirmation page, and the page turns read-only;
  - the answers and notes stored are those typed, and the scorecard the API serves equals
    `otbor score --format json` for the candidate;
  - B opens the dashboard (/reports, with the console's bar) and the candidate page (the
    scorecard headed by the profile's title), and records a decision there; an administrator
    (a third browser) opens the users page;
  - B (HR) sets up a group sitting of the group exercise for two candidates and two observers
    through the API and opens its board; an observer signs in on a fourth browser and submits one
    of their sessions, and B's board shows it submitted within 2 seconds, without a reload;
  - the observer's browser goes offline (DevTools network conditions), two answers are given by
    keys and the page says two wait; back online, both are sent, stored as typed, and audited once;
    then `+` starts a timestamped evidence line in the next step's note, saved as typed;
  - a second observer (a fifth browser) rates the same candidate far apart and both submit: B's
    board links to the wash-up, B records a consensus there on the flagged disagreement (the
    observer's note shown beside the rating), and the candidate's report shows it.
At 1280 and 768 px it checks that no page scrolls sideways and that every control is at least 44 px
high, and saves screenshots (PNG) into the screens folder. Exits with 1 naming what failed.
"""
import argparse
import json
import os
import pathlib
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback

os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import (  # noqa: E402
    NoSuchElementException, StaleElementReferenceException, TimeoutException, WebDriverException,
)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait as _WebDriverWait  # noqa: E402


class WebDriverWait:  # stands in for Selenium's class
    """Selenium's wait, retrying while the page is replaced under it (a form posted, a redirect, a
    script re-rendering a row): an element found just before the change is stale — which Chromium
    may also report as a node that "does not belong to the document" — and one looked for during
    it is missing."""

    def __init__(self, driver, seconds):
        self.wait = _WebDriverWait(driver, seconds, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))

    def until(self, condition, message=""):
        def guarded(driver):
            try:
                return condition(driver)
            except WebDriverException as error:
                if "does not belong to the document" in str(error):
                    return False
                raise
        return self.wait.until(guarded, message)

PROFILE, GUIDE, LOGIN, PASSWORD = "senior-support-manager", "hr-interview", "olga.hr", "пароль-для-проверки"
CANDIDATE = "Анна Петрова"
ADMIN = "petr.admin"
OBSERVERS = ("ivan.obs", "maria.obs")
SECOND_CANDIDATE = "Борис Орлов"
# The key typed for each of the HR interview's 14 steps, alternates included, in order ('n': not assessed).
KEYS = ["4", "3", "5", "2", "4", "n", "3", "4", "5", "3", "2", "4", "n", "3"]
PAUSE_AFTER = 7
# Answering steps 1–4 closes steps 5–7 and 14 (the rest of their groups of alternatives).
ALTERNATES_CLOSED = 4
# Step 1 changed on the second device; step 8 answered on both, the later write (B's) wins.
CHANGED = {0: "2", 7: "3"}

MEASURE = r"""
const problems = [];
if (document.documentElement.scrollWidth > window.innerWidth + 1)
  problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
for (const el of document.querySelectorAll('button, select, textarea, label.choice, .step-index a, .step-actions a, input[type=number], input[type=text], input[type=password]')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  if (r.height < 43.5) problems.push(`${el.tagName.toLowerCase()}.${el.className || ''} «${(el.textContent || el.name || '').trim().slice(0, 30)}» is ${r.height.toFixed(1)} px high`);
}
return problems;
"""


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def stale(element):
    """Whether `element` is gone with the page it was found on (a form posted, a redirect)."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        # Asked while the new page replaces the old one, chromedriver may answer with the DevTools
        # error "Node with given id does not belong to the document" instead of a stale reference.
        if "does not belong to the document" in str(error):
            return True
        raise


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900", "--lang=ru"):
        options.add_argument(argument)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    driver = "/usr/bin/chromedriver"
    return webdriver.Chrome(options=options, service=Service(driver) if os.path.exists(driver) else Service())


def run(otbor, *arguments, stdin=None):
    done = subprocess.run([otbor, *arguments], input=stdin, capture_output=True, text=True, timeout=120)
    check(done.returncode == 0, f"otbor {' '.join(arguments)} failed: {done.stderr.strip()}")
    return done.stdout


class Console:
    def __init__(self, url, screens):
        self.url, self.screens, self.shots = url, screens, 0

    def sign_in(self, driver, login=LOGIN, password=PASSWORD):
        driver.get(self.url + "login")
        driver.find_element(By.ID, "login").send_keys(login)
        driver.find_element(By.ID, "password").send_keys(password, Keys.ENTER)
        WebDriverWait(driver, 10).until(lambda d: d.current_url == self.url, f"signing in as {login} did not lead to the start page")

    def keys(self, driver, *keys):
        ActionChains(driver).send_keys(*keys).perform()

    def current(self, driver):
        return driver.execute_script("const s = document.querySelector('section.step.current'); return s ? s.id : null;")

    def wait_current(self, driver, section):
        WebDriverWait(driver, 10).until(lambda d: self.current(d) == section, f"step {section} is not shown")

    def wait_saved(self, driver, number):
        """Waits until step `number` is marked answered and the status says it was saved."""
        def saved(d):
            return d.execute_script(
                "const a = document.querySelector(`.step-index a[href='#step-${arguments[0]}']`);"
                "const s = document.getElementById('save-status');"
                "return document.getElementById('interview').dataset.pending === '0' && a.classList.contains('answered')"
                " && s.textContent.startsWith('Сохранено ') && !s.classList.contains('failed');",
                number)
        WebDriverWait(driver, 10).until(saved, f"step {number} was not saved: "
                                        + driver.find_element(By.ID, "save-status").text)

    def closed(self, driver, number):
        """Whether step `number` is an alternate the answers so far leave out, as the page shows it."""
        return driver.execute_script("return document.getElementById('step-' + arguments[0]).dataset.alternate === 'closed';", number)

    def answer(self, driver, index, key, note):
        """Answers step index+1 by keys: the rating, Tab to the note, the note, Tab out, then `s`. The
        keys pass over a closed alternate, so one is reached through the step index (answering it
        anyway is allowed: the group then runs more than it needs)."""
        number = index + 1
        if self.closed(driver, number):
            check(self.current(driver) != f"step-{number}", f"the keys stopped on step {number}, a closed alternate")
            driver.find_element(By.CSS_SELECTOR, f".step-index a[href='#step-{number}']").send_keys(Keys.ENTER)
        self.wait_current(driver, f"step-{number}")
        self.keys(driver, key)
        self.wait_saved(driver, number)
        self.keys(driver, Keys.TAB, note, Keys.TAB)
        self.keys(driver, "s")

    def measure(self, driver, name):
        for width, height in ((1280, 900), (768, 1024)):
            driver.set_window_size(width, height)
            time.sleep(0.2)
            problems = driver.execute_script(MEASURE)
            check(not problems, f"{name} at {width} px: " + "; ".join(problems[:5]))
            self.shots += 1
            driver.save_screenshot(str(self.screens / f"{self.shots:02d}-{name}-{width}.png"))
        driver.set_window_size(1280, 900)

    def screen(self, driver, name):
        """Screenshots at a laptop's 1280 px and a tablet's 800 px, for a person to look at."""
        for width, height in ((1280, 900), (800, 1100)):
            driver.set_window_size(width, height)
            driver.execute_script("window.scrollTo(0, 0)")   # the step index with the step
            time.sleep(0.2)
            self.shots += 1
            driver.save_screenshot(str(self.screens / f"{self.shots:02d}-{name}-{width}.png"))
        driver.set_window_size(1280, 900)

    def api(self, driver, path, method="GET", body=None):
        """The JSON the API answers in `driver`'s session; a POST sends the page's CSRF token."""
        text = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "const meta = document.querySelector('meta[name=\"csrf-token\"]');"
            "const headers = {'Content-Type': 'application/json', 'X-CSRF-Token': meta ? meta.content : ''};"
            "fetch(arguments[0], {credentials: 'same-origin', method: arguments[1], headers: headers,"
            " body: arguments[2] === null ? undefined : arguments[2]})"
            ".then(r => r.text()).then(done, e => done(String(e)));", path, method, None if body is None else json.dumps(body))
        return json.loads(text)


def scenario(otbor, workspace, screens, folder):
    database = str(folder / "console.sqlite")
    common = ["--database", database, "--workspace", str(workspace)]
    added = json.loads(run(otbor, "candidates", "add", CANDIDATE, "--consent-date", "2026-01-10", "--format", "json", *common))
    candidate = added["id"]
    run(otbor, "users", "add", LOGIN, "--name", "Ольга Ким", "--role", "hr", "--password-stdin", "--by", "ci", *common,
        stdin=PASSWORD + "\n")
    run(otbor, "users", "add", ADMIN, "--name", "Пётр Админ", "--role", "admin", "--password-stdin", "--by", "ci", *common,
        stdin=PASSWORD + "\n")
    for observer in OBSERVERS:
        run(otbor, "users", "add", observer, "--name", f"Наблюдатель {observer}", "--role", "assessor", "--password-stdin", "--by", "ci",
            *common, stdin=PASSWORD + "\n")
    other = json.loads(run(otbor, "candidates", "add", SECOND_CANDIDATE, "--consent-date", "2026-01-10", "--format", "json", *common))["id"]
    server = subprocess.Popen([otbor, "serve", "--port", "0", *common], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first, second, third, fourth = None, None, None, None
    try:
        line = server.stdout.readline().strip()
        check(line.startswith("Otbor is serving http://"), f"otbor serve printed {line!r}")
        console = Console(line.split()[-1], screens)
        first = browser()
        console.sign_in(first)
        Select(first.find_element(By.ID, "start-candidate")).select_by_value(str(candidate))
        Select(first.find_element(By.ID, "start-stage")).select_by_value(f"{PROFILE}/{GUIDE}")
        console.measure(first, "candidates")
        first.find_element(By.ID, "start").send_keys(Keys.ENTER)
        WebDriverWait(first, 10).until(lambda d: "/interviews/" in d.current_url)
        interview = first.current_url.split("/interviews/")[1].split("#")[0]
        console.wait_current(first, "step-1")
        check(first.execute_script("return document.documentElement.lang") == "ru", "the page is not in Russian")
        timer = first.find_element(By.ID, "timer").text
        check(timer.endswith(" / 40:00"), f"the timer reads {timer!r}, not against the guide's 40 minutes")
        console.measure(first, "rating-step")

        # A: steps 1–7 by keys, with a skip and a way back on the way.
        console.answer(first, 0, KEYS[0], "Заметка 1")
        console.keys(first, "s")                      # step 2 skipped …
        console.wait_current(first, "step-3")
        console.keys(first, "b")                      # … and answered after all
        for index in range(1, ALTERNATES_CLOSED):
            console.answer(first, index, KEYS[index], f"Заметка {index + 1}")
        # Step 4 chose the client question of its group (one of three is asked), as step 1 chose the
        # first of its pair: steps 5–7 may be passed over now, without a reload, and the next key stop is 8.
        console.wait_current(first, "step-8")
        closed = [n for n in range(1, len(KEYS) + 1) if console.closed(first, n)]
        check(closed == [5, 6, 7, 14], f"the page shows steps {closed} closed, not 5, 6, 7 and 14")
        note = first.find_element(By.CSS_SELECTOR, "#step-5 .alternate-note.closed").get_attribute("textContent")
        check(note.startswith("Можно пропустить"), f"step 5's note reads {note!r}")
        check("closed" in first.find_element(By.CSS_SELECTOR, ".step-index a[href='#step-6']").get_attribute("class"),
              "the index does not mark step 6 closed")
        console.keys(first, "b")
        console.wait_current(first, "step-4")          # back passes over them too
        for number in (5, 7):
            first.find_element(By.CSS_SELECTOR, f".step-index a[href='#step-{number}']").send_keys(Keys.ENTER)
            console.wait_current(first, f"step-{number}")
            console.screen(first, f"closed-alternate-{number}")
        first.find_element(By.CSS_SELECTOR, ".step-index a[href='#step-4']").send_keys(Keys.ENTER)
        console.wait_current(first, "step-4")
        console.keys(first, "s")
        console.wait_current(first, "step-8")
        for index in range(ALTERNATES_CLOSED, PAUSE_AFTER):
            console.answer(first, index, KEYS[index], f"Заметка {index + 1}")
        console.wait_current(first, f"step-{PAUSE_AFTER + 1}")
        check("Сохранено" in first.find_element(By.ID, "save-status").text, "no 'Сохранено' status")
        # The HR interview offers alternates: answering one chooses it, so the total is what the
        # answers so far leave to ask (the API's count), not every step on the page.
        progress = console.api(first, f"/api/v1/interviews/{interview}")
        check(progress["answered"] == PAUSE_AFTER and PAUSE_AFTER < progress["total"] <= len(KEYS), f"the API counts {progress['answered']} of {progress['total']}")
        WebDriverWait(first, 10).until(lambda d: d.find_element(By.ID, "answered-count").text
                                       == f"отвечено {PAUSE_AFTER} из {progress['total']}", "the page's count differs from the API's")
        first.find_element(By.CSS_SELECTOR, ".step-index a[href='#finish']").send_keys(Keys.ENTER)
        console.wait_current(first, "finish")
        console.measure(first, "finish")
        first.find_element(By.ID, "pause").send_keys(Keys.ENTER)
        WebDriverWait(first, 10).until(lambda d: d.current_url == console.url)
        WebDriverWait(first, 10).until(lambda d: "на паузе" in d.find_element(By.CSS_SELECTOR, ".my-interviews").text,
                                       "the paused interview is not listed")

        # B: a second device resumes.
        second = browser()
        console.sign_in(second)
        resume = f".my-interviews a[href='/interviews/{interview}']"
        WebDriverWait(second, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, resume), "the paused interview is not on B's start page")
        second.find_element(By.CSS_SELECTOR, resume).send_keys(Keys.ENTER)
        WebDriverWait(second, 10).until(lambda d: d.find_elements(By.ID, "resume"))
        second.find_element(By.ID, "resume").send_keys(Keys.ENTER)
        console.wait_current(second, f"step-{PAUSE_AFTER + 1}")
        checked = second.execute_script("const i = document.querySelector('#step-1 input:checked'); return i ? i.value : null;")
        check(checked == KEYS[0], f"step 1 shows {checked!r} on the second device")

        # Two devices at once: B changes step 1, A's next save shows it; both answer step 8, B last.
        first.get(console.url + f"interviews/{interview}")
        console.wait_current(first, f"step-{PAUSE_AFTER + 1}")
        second.find_element(By.CSS_SELECTOR, ".step-index a[href='#step-1']").send_keys(Keys.ENTER)
        console.wait_current(second, "step-1")
        console.keys(second, CHANGED[0])
        console.wait_saved(second, 1)
        console.keys(first, "5")
        console.wait_saved(first, PAUSE_AFTER + 1)
        WebDriverWait(first, 10).until(lambda d: d.execute_script(
            "const i = document.querySelector('#step-1 input:checked'); return i && i.value === arguments[0];", CHANGED[0]),
            "the first device does not show the newer answer to step 1 after its next save")
        first.quit()
        first = None
        second.find_element(By.CSS_SELECTOR, f".step-index a[href='#step-{PAUSE_AFTER + 1}']").send_keys(Keys.ENTER)
        for index in range(PAUSE_AFTER, len(KEYS)):
            console.answer(second, index, CHANGED.get(index, KEYS[index]), f"Заметка {index + 1}")
        console.wait_current(second, "finish")
        flag = second.find_element(By.CSS_SELECTOR, "#finish input[name=flag]")
        flag.send_keys(Keys.SPACE)
        button = second.find_element(By.CSS_SELECTOR, "#finish .red-flags button")
        button.send_keys(Keys.ENTER)
        WebDriverWait(second, 10).until(lambda d: stale(button), "the red flags form was not posted")
        WebDriverWait(second, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#finish input[name=flag]:checked"),
                                        "the recorded red flag is not shown ticked")
        second.find_element(By.ID, "submit").send_keys(Keys.ENTER)
        WebDriverWait(second, 10).until(lambda d: d.find_elements(By.ID, "confirm-submit"))
        console.measure(second, "confirm")
        second.find_element(By.ID, "confirm-submit").send_keys(Keys.ENTER)
        WebDriverWait(second, 10).until(lambda d: "Интервью отправлено" in d.find_element(By.TAG_NAME, "main").text)
        check(not second.find_elements(By.CSS_SELECTOR, "form.step-form button"), "the submitted interview still has save buttons")
        console.measure(second, "submitted")

        # What was stored, and the scorecard.
        stored = console.api(second, f"/api/v1/interviews/{interview}")
        check(stored["status"] == "submitted" and stored["answered"] == stored["total"] == len(KEYS),
              f"stored: {stored['status']}, {stored['answered']} of {stored['total']} answered")
        for index, step in enumerate(stored["steps"]):
            key = CHANGED.get(index, KEYS[index])
            expected = {"notAssessed": True} if key == "n" else {"rating": int(key)}
            expected["note"] = f"Заметка {index + 1}"
            check(step["answer"] == expected, f"step {index + 1} ({step['key']}) stored {step['answer']}, typed {expected}")
        check([flag["flag"] for flag in stored["redFlags"]] == ["badmouths-former-employer"], f"red flags: {stored['redFlags']}")
        served = console.api(second, f"/api/v1/candidates/{candidate}/scorecard")
        printed = json.loads(run(otbor, "score", "--candidate", str(candidate), "--format", "json", *common))
        check(served == printed, "the scorecard served differs from `otbor score --format json`")
        check(printed["sessions"][0]["assessor"] == LOGIN, f"the session's assessor is {printed['sessions'][0]['assessor']}")

        # The dashboard with the console's bar; the candidate page (the profile's title, a decision recorded).
        second.get(console.url + "reports")
        check(second.find_elements(By.CSS_SELECTOR, "nav.console-bar a[href='/reports']"), "the dashboard has no console bar")
        check(CANDIDATE in second.find_element(By.TAG_NAME, "body").text, "the dashboard does not list the candidate")
        console.measure(second, "dashboard")
        second.get(console.url + f"candidates/{candidate}")
        heading = second.find_element(By.CSS_SELECTOR, "section.scorecard h2").text
        check(PROFILE not in heading, f"the scorecard is headed by the profile id: {heading!r}")
        console.measure(second, "candidate")
        Select(second.find_element(By.CSS_SELECTOR, ".decision-form select[name=decision]")).select_by_value("advance")
        second.find_element(By.CSS_SELECTOR, ".decision-form textarea[name=reason]").send_keys("Сильное интервью")
        button = second.find_element(By.CSS_SELECTOR, ".decision-form button")
        button.send_keys(Keys.ENTER)
        WebDriverWait(second, 10).until(lambda d: stale(button), "the decision form was not posted")
        WebDriverWait(second, 10).until(lambda d: "Сильное интервью" in d.find_element(By.TAG_NAME, "main").text,
                                        "the decision recorded is not listed on the candidate page")

        # An administrator's users page lists both accounts.
        third = browser()
        console.sign_in(third, ADMIN, PASSWORD)
        third.get(console.url + "admin/users")
        users = third.find_element(By.TAG_NAME, "main").text
        check(LOGIN in users and ADMIN in users, "the users page does not list both accounts")
        console.measure(third, "users")

        # A group sitting, set up on the chair's page: both candidates, both observers watching each.
        second.get(console.url + f"group-sittings/new?stage={PROFILE}/group-exercise")
        for pick in (candidate, other):
            second.find_element(By.CSS_SELECTOR, f"input[name=candidate][value='{pick}']").click()
            for observer in OBSERVERS:
                second.find_element(By.CSS_SELECTOR, f"input[name=watch][value='{observer}:{pick}']").click()
        console.measure(second, "sitting-setup")
        second.find_element(By.ID, "open-sitting").click()
        WebDriverWait(second, 10).until(lambda d: "/group-sittings/group-" in d.current_url, "the setup form did not open the sitting")
        sitting = console.api(second, "/api/v1/group-sittings/" + second.current_url.rsplit("/", 1)[1] + "/board")
        check(str(sitting.get("id", "")).startswith("group-") and len(sitting.get("sessions", [])) == 4, f"the sitting: {sitting}")
        # The chair's board hears an observer's submit without a reload.
        WebDriverWait(second, 10).until(lambda d: d.find_element(By.ID, "board-status").text.startswith("В реальном времени"),
                                        "the board did not go live")
        session = next(entry["id"] for entry in sitting["sessions"] if entry["observer"] == OBSERVERS[0])
        fourth = browser()
        console.sign_in(fourth, OBSERVERS[0], PASSWORD)
        submitted = console.api(fourth, f"/api/v1/interviews/{session}/submit", method="POST", body={"allowUnanswered": True})
        check(submitted.get("status") == "submitted", f"the observer's submit: {submitted}")
        started = time.monotonic()
        WebDriverWait(second, 2).until(
            lambda d: d.find_element(By.CSS_SELECTOR, f"tr[data-session='{session}'] td.status").get_attribute("data-status") == "submitted",
            "the board did not show the submit within 2 seconds")
        print(f"console-e2e: the board showed the submit after {time.monotonic() - started:.2f} s")
        console.measure(second, "board")

        # Offline: answers wait in the browser and are sent once when the connection returns.
        offline_session = next(entry["id"] for entry in sitting["sessions"] if entry["observer"] == OBSERVERS[0] and entry["id"] != session)
        fourth.get(console.url + f"interviews/{offline_session}")
        console.wait_current(fourth, "step-1")
        fourth.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
        for number, key in ((1, "4"), (2, "2")):
            console.wait_current(fourth, f"step-{number}")
            console.keys(fourth, key)
            WebDriverWait(fourth, 10).until(
                lambda d: d.find_element(By.ID, "interview").get_attribute("data-waiting") == str(number),
                f"answer {number} given offline is not counted as waiting")
            console.keys(fourth, "s")
        waiting = fourth.find_element(By.ID, "save-status").text
        check("ждут отправки 2" in waiting, f"the status offline reads {waiting!r}")
        console.measure(fourth, "offline")
        fourth.delete_network_conditions()
        WebDriverWait(fourth, 20).until(
            lambda d: d.execute_script("const r = document.getElementById('interview');"
                                       "return r.dataset.waiting === '0' && r.dataset.pending === '0';"),
            "the answers given offline were not sent when the connection returned")
        sent = console.api(fourth, f"/api/v1/interviews/{offline_session}")
        ratings = [step["answer"].get("rating") if step["answer"] else None for step in sent["steps"][:2]]
        check(sent["answered"] == 2 and ratings == [4, 2], f"stored after reconnecting: {sent['answered']} answered, {ratings}")
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
            audited = db.execute("SELECT count(*) FROM audit WHERE subject = ? AND action = 'answer.record'",
                                 (f"session:{offline_session}",)).fetchone()[0]
        check(audited == 2, f"the two answers given offline left {audited} audit lines, not 2")
        # `+` starts a timestamped evidence line in the current step's note.
        console.wait_current(fourth, "step-3")
        console.keys(fourth, "4")
        console.wait_saved(fourth, 3)
        console.keys(fourth, "+", "говорит по делу", Keys.TAB)
        WebDriverWait(fourth, 10).until(
            lambda d: re.fullmatch(r"\[\d\d:\d\d\] \+ говорит по делу",
                                   (console.api(d, f"/api/v1/interviews/{offline_session}")["steps"][2]["answer"] or {}).get("note", "")),
            "the `+` evidence line was not saved with its time")

        # The wash-up: the second observer rates the same candidate far from the first (a flagged disagreement),
        # both submit; the chair's board links to the wash-up, a consensus is recorded there, and the report shows it.
        fifth = browser()
        console.sign_in(fifth, OBSERVERS[1], PASSWORD)
        washed = next(entry["candidate"] for entry in sitting["sessions"] if entry["id"] == offline_session)
        theirs = next(entry["id"] for entry in sitting["sessions"] if entry["observer"] == OBSERVERS[1] and entry["candidate"] == washed)
        first_step = console.api(fifth, f"/api/v1/interviews/{theirs}")["steps"][0]["key"]
        put = console.api(fifth, f"/api/v1/interviews/{theirs}/answers/{first_step}", method="PUT", body={"rating": 1, "note": "+ молчала"})
        check(put.get("answer", {}).get("rating") == 1, f"the second observer's answer: {put}")
        for driver, own in ((fourth, offline_session), (fifth, theirs)):
            done = console.api(driver, f"/api/v1/interviews/{own}/submit", method="POST", body={"allowUnanswered": True})
            check(done.get("status") == "submitted", f"submitting session {own}: {done}")
        link = WebDriverWait(second, 5).until(
            lambda d: next(iter(a for a in d.find_elements(By.CSS_SELECTOR, f"tbody[data-candidate='{washed}'] a.washup-link")
                                if a.is_displayed()), None),
            "the board did not link to the wash-up once both observers submitted")
        link.click()
        WebDriverWait(second, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "table.washup tr.flagged form.consensus-form"),
                                        "the wash-up shows no flagged disagreement with a consensus form")
        check("+ молчала" in second.find_element(By.CSS_SELECTOR, "table.washup").text, "the wash-up does not show the observer's note")
        console.measure(second, "washup")
        form = second.find_element(By.CSS_SELECTOR, "table.washup tr.flagged form.consensus-form")
        form.find_element(By.CSS_SELECTOR, "textarea[name=rationale]").send_keys("Согласовали по записям обоих наблюдателей")
        button = form.find_element(By.CSS_SELECTOR, "button")
        button.send_keys(Keys.ENTER)
        WebDriverWait(second, 10).until(lambda d: stale(button), "the consensus form was not posted")
        WebDriverWait(second, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "table.washup p.agreed"),
                                        "the wash-up does not show the consensus recorded")
        second.get(console.url + f"reports/candidates/{washed}")
        check("Согласовали по записям обоих наблюдателей" in second.find_element(By.TAG_NAME, "body").text,
              "the candidate report does not show the consensus recorded in the wash-up")
        fifth.quit()
        return interview
    finally:
        for driver in (first, second, third, fourth):
            if driver:
                driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--otbor", required=True, help="the otbor binary to test")
    parser.add_argument("--workspace", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent)
    parser.add_argument("--screens", type=pathlib.Path, default=pathlib.Path(".build/console-screens"))
    args = parser.parse_args()
    args.screens.mkdir(parents=True, exist_ok=True)
    otbor = str(pathlib.Path(args.otbor).resolve())
    with tempfile.TemporaryDirectory(prefix="otbor-console-e2e-") as folder:
        try:
            interview = scenario(otbor, args.workspace, args.screens, pathlib.Path(folder))
        except (Failure, TimeoutException) as failure:
            # Where it failed: the scenario's line (a wait without a message says nothing else).
            where = next((f"line {frame.lineno}: {frame.line}" for frame in reversed(traceback.extract_tb(failure.__traceback__))
                          if frame.filename == __file__ and frame.name not in ("until", "guarded", "check")), "")
            print(f"console-e2e: FAILED: {str(failure).strip()} ({where})", file=sys.stderr)
            return 1
    print(f"console-e2e: interview {interview} run by keys on two devices, submitted; the scorecard equals otbor score; "
          f"screenshots in {args.screens}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
