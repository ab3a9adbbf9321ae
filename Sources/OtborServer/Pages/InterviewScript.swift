import OtborHTML

/// The scoring page's script, served at ``path`` (allowed by `script-src 'self'`; the page has no
/// inline script). The page works without it; it adds: one step shown at a time; each answer saved
/// through the JSON API as it is given (`PUT …/answers/{step}` with the `X-CSRF-Token` header, one
/// request after another, a note after a pause in typing) and "Saved 12:03" on the browser's clock;
/// after each save the other steps take the values stored meanwhile (another tab or device: the
/// last write of a step wins); the timer of the sitting against the planned duration (its seconds
/// go with pause and submit; `data-pending` on the page counts saves not finished yet); answers the
/// server has not acknowledged kept in the browser (`localStorage`) and sent again when the connection
/// returns, the status saying how many wait (`data-waiting`); `+` or `−` starts a timestamped
/// evidence line in the step's note (`[12:03] + `); and the terminal runner's keys — 1–5 the rating or option (a
/// checklist's behaviour), n not assessed, s next step, b back, also on the Russian layout —
/// never while the cursor is in a text field; moves pass over the alternates the server reports
/// closed (``alternates``).
enum InterviewScript {
    static let path = SameOriginPath("/static/interview.js")!

    static let source = core + alternates + keys

    /// Showing steps, saving answers, the queue of answers waiting for the connection.
    static let core = #"""
        (function () {
          'use strict';
          var root = document.getElementById('interview');
          if (!root || root.dataset.editable !== 'true') return;
          var api = root.dataset.api;
          var meta = document.querySelector('meta[name="csrf-token"]');
          var csrf = meta ? meta.content : '';
          var status = document.getElementById('save-status');
          var timer = document.getElementById('timer');
          var sections = Array.prototype.slice.call(root.querySelectorAll('section.step'));
          var links = Array.prototype.slice.call(root.querySelectorAll('.step-index a'));
          var current = 0;
          var chain = Promise.resolve();
          document.documentElement.classList.add('js');

          function fill(template, values) {
            return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
          }
          function two(n) { return n < 10 ? '0' + n : String(n); }
          function clock(seconds) {
            var total = Math.max(0, Math.floor(seconds)), h = Math.floor(total / 3600), m = Math.floor(total / 60) % 60, s = total % 60;
            return h > 0 ? h + ':' + two(m) + ':' + two(s) : two(Math.floor(total / 60)) + ':' + two(s);
          }

          // One step at a time.
          function show(index, focus) {
            current = Math.max(0, Math.min(sections.length - 1, index));
            sections.forEach(function (section, n) { section.classList.toggle('current', n === current); });
            links.forEach(function (link, n) { link.classList.toggle('current', n === current); });
            var hash = '#' + sections[current].id;
            if (location.hash !== hash) history.replaceState(null, '', hash);
            if (focus !== false) sections[current].focus();
          }
          function fromHash() {
            for (var n = 0; n < sections.length; n++) if ('#' + sections[n].id === location.hash) return n;
            return -1;
          }
          window.addEventListener('hashchange', function () { var n = fromHash(); if (n >= 0) show(n); });

          // The answer of a step's form as the API takes it; null while it has none.
          function answerOf(section) {
            var form = section.querySelector('form.step-form');
            var kind = section.dataset.kind, data = new FormData(form), answer = null, value;
            var amount = form.elements.namedItem('value');
            if (kind === 'fact' && amount) {
              value = amount.value.trim();
              if (value === '') return null;
              answer = value === 'n' ? { notAssessed: true } : { value: Number(value) };
            } else if (kind === 'rating' || kind === 'classification' || kind === 'fact') {
              value = data.get(kind === 'rating' ? 'rating' : 'option');
              if (value === null) return null;
              if (value === 'n') answer = { notAssessed: true };
              else answer = kind === 'rating' ? { rating: Number(value) } : { option: value };
            } else if (kind === 'checklist') {
              answer = { ticks: data.getAll('tick') };
            } else if (kind === 'plan') {
              var lines = [];
              form.querySelectorAll('input[name^="order-"]').forEach(function (input, index) {
                var task = input.name.slice(6), minutes = form.elements['minutes-' + task].value.trim();
                if (input.value.trim() === '') return;
                lines.push({ order: Number(input.value), index: index, line: minutes === '' ? { task: task, kept: false }
                  : { task: task, kept: true, minutes: Number(minutes) } });
              });
              lines.sort(function (a, b) { return a.order - b.order || a.index - b.index; });
              answer = { plan: lines.map(function (l) { return l.line; }) };
            }
            var note = (data.get('note') || '').trim();
            if (answer && note) answer.note = note;
            return answer;
          }

          // Shows an answer stored by the server in a step's form.
          function showAnswer(section, answer) {
            var form = section.querySelector('form.step-form'), kind = section.dataset.kind;
            var amount = form.elements.namedItem('value');
            if (kind === 'fact' && amount) {
              amount.value = !answer ? '' : answer.notAssessed ? 'n' : String(answer.value);
            } else if (kind === 'rating' || kind === 'classification' || kind === 'fact') {
              var value = !answer ? null : answer.notAssessed ? 'n' : String(kind === 'rating' ? answer.rating : answer.option);
              form.querySelectorAll('input[type="radio"]').forEach(function (input) { input.checked = input.value === value; });
            } else if (kind === 'checklist') {
              var ticks = answer ? answer.ticks : [];
              form.querySelectorAll('input[name="tick"]').forEach(function (input) { input.checked = ticks.indexOf(input.value) >= 0; });
            } else if (kind === 'plan') {
              var plan = answer ? answer.plan : [];
              form.querySelectorAll('input[name^="order-"]').forEach(function (input) {
                var task = input.name.slice(6), n = plan.findIndex(function (l) { return l.task === task; });
                input.value = n < 0 ? '' : String(n + 1);
                form.elements['minutes-' + task].value = n < 0 || plan[n].kept === false ? '' : String(plan[n].minutes);
              });
            }
            form.elements.note.value = answer && answer.note ? answer.note : '';
            mark(section, !!answer);
          }
          function mark(section, answered) {
            section.classList.toggle('answered', answered);
            var n = sections.indexOf(section);
            if (links[n]) links[n].classList.toggle('answered', answered);
          }

          function request(method, url, body) {
            return fetch(url, { method: method, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
                                headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf } })
              .then(function (response) {
                if (response.ok) return response.json();
                return response.json().catch(function () { return {}; }).then(function (problem) {
                  throw new Error(problem.detail || response.statusText);
                });
              }, function (error) {
                var offline = new Error(error.message);
                offline.offline = true;
                throw offline;
              });
          }

          // Answers not yet acknowledged, by step key, kept in the browser (localStorage) until the
          // server acknowledges them: a dropped connection or a closed tab loses nothing. A PUT of a
          // step replaces its answer, so sending one again stores it once.
          var store = 'otbor-waiting-' + root.dataset.session;
          var waiting = {};
          try { waiting = JSON.parse(window.localStorage.getItem(store) || '{}') || {}; } catch (e) { waiting = {}; }
          function keep() {
            try {
              if (Object.keys(waiting).length) window.localStorage.setItem(store, JSON.stringify(waiting));
              else window.localStorage.removeItem(store);
            } catch (e) { /* private mode: the queue lives in this page only */ }
          }
          function showWaiting() {
            var count = Object.keys(waiting).length;
            root.dataset.waiting = String(count);
            if (count) {
              status.classList.add('failed');
              status.textContent = fill(status.dataset.offline, { count: count });
            }
          }

          // Sends one step's answer; then shows what others stored meanwhile.
          function send(key, answer) {
            var section = sections.find(function (s) { return s.dataset.key === key; });
            status.classList.remove('failed');
            status.textContent = status.dataset.saving;
            return request('PUT', api + '/answers/' + encodeURIComponent(key), answer).then(function () {
              if (JSON.stringify(waiting[key]) === JSON.stringify(answer)) { delete waiting[key]; keep(); }
              if (section) mark(section, true);
              var now = new Date();
              status.textContent = fill(status.dataset.saved, { time: now.getHours() + ':' + two(now.getMinutes()) });
              return request('GET', api);
            }).then(function (interview) {
              var count = document.getElementById('answered-count');
              count.textContent = fill(count.dataset.template, { answered: interview.answered, total: interview.total });
              interview.steps.forEach(function (step) {
                var other = sections.find(function (s) { return s.dataset.key === step.key; });
                if (!other || other === section || other.dataset.dirty || other.contains(document.activeElement)) return;
                if (waiting[step.key]) return;
                showAnswer(other, step.answer);
              });
              alternates(interview.steps);
              showWaiting();
            }).catch(function (error) {
              if (!error.offline && JSON.stringify(waiting[key]) === JSON.stringify(answer)) { delete waiting[key]; keep(); }
              status.classList.add('failed');
              status.textContent = fill(status.dataset.failed, { reason: error.message });
              showWaiting();
            });
          }

          // Saves a step's answer, one request after another.
          var pending = 0;
          function save(section) {
            section.dataset.dirty = 'true';
            root.dataset.pending = String(++pending);
            chain = chain.then(function () {
              var answer = answerOf(section);
              delete section.dataset.dirty;
              if (!answer) return;
              var key = section.dataset.key;
              waiting[key] = answer;
              keep();
              return send(key, answer);
            }).then(function () { root.dataset.pending = String(--pending); });
          }

          // Sends what waits, one after another: at once, when the browser is online again, and every few seconds.
          var flushing = false;
          function flush() {
            if (flushing || !Object.keys(waiting).length) return;
            flushing = true;
            root.dataset.pending = String(++pending);
            chain = chain.then(function () {
              return Object.keys(waiting).reduce(function (next, key) {
                return next.then(function () { return waiting[key] ? send(key, waiting[key]) : undefined; });
              }, Promise.resolve());
            }).then(function () { flushing = false; root.dataset.pending = String(--pending); });
          }
          Object.keys(waiting).forEach(function (key) {
            var section = sections.find(function (s) { return s.dataset.key === key; });
            if (section) showAnswer(section, waiting[key]);
          });
          showWaiting();
          window.addEventListener('online', flush);
          setInterval(flush, 5000);
          flush();

          var typing = null;
          sections.forEach(function (section) {
            var form = section.querySelector('form.step-form');
            if (!form) return;
            form.addEventListener('change', function () { save(section); });
            form.addEventListener('input', function (event) {
              if (event.target.tagName !== 'TEXTAREA') return;
              section.dataset.dirty = 'true';
              clearTimeout(typing);
              typing = setTimeout(function () { save(section); }, 800);
            });
            form.addEventListener('submit', function (event) {
              event.preventDefault();
              save(section);
              move(1, sections.indexOf(section));
            });
          });

        """#
}
