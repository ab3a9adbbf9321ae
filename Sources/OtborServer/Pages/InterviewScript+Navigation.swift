extension InterviewScript {
    /// The alternatives as the server gives them after each save (each step's `alternate`: `open`,
    /// `closed` or none, ``InterviewResource/StepJSON``; the page starts with the same, written by
    /// the server as `data-alternate`): a closed step's index link is marked, its note says it may be
    /// passed over, and back, skip, "save and next" and the keys pass over it as the terminal runner
    /// does; a save that leaves the group short again reopens it. The page never works the rule out
    /// itself. A move waits for the saves under way, so it goes where the answer just given leads.
    static let alternates = #"""
          function closedAt(n) { return sections[n].dataset.alternate === 'closed'; }
          // The step that moving from `from` in `direction` lands on: the nearest not closed; the
          // finish going on, `from` itself going back from the first stop.
          function stop(from, direction) {
            var n = from + direction;
            while (n >= 0 && n < sections.length && closedAt(n)) n += direction;
            return n < 0 ? from : Math.min(n, sections.length - 1);
          }
          function move(direction, from) {
            chain.then(function () { show(stop(from === undefined ? current : from, direction)); });
          }
          function alternates(steps) {
            steps.forEach(function (step) {
              var n = sections.findIndex(function (s) { return s.dataset.key === step.key; });
              if (n < 0) return;
              var section = sections[n], closed = step.alternate === 'closed', note = section.querySelector('.alternate-note');
              if (step.alternate) section.dataset.alternate = step.alternate; else delete section.dataset.alternate;
              if (note) {
                note.classList.toggle('closed', closed);
                note.textContent = closed ? note.dataset.closed : note.dataset.open;
              }
              if (links[n]) links[n].classList.toggle('closed', closed);
            });
            sections.forEach(function (section, n) {
              var back = section.querySelector('a[data-move="back"]'), skip = section.querySelector('a[data-move="skip"]');
              var before = stop(n, -1);
              if (back) back.setAttribute('href', before === n ? '#main' : '#' + sections[before].id);
              if (skip) skip.setAttribute('href', '#' + sections[stop(n, 1)].id);
            });
          }

        """#

    /// The keys of the terminal runner, the timer of the sitting, and the step shown first.
    static let keys = #"""
          // The keys of the terminal runner.
          var layout = { 'т': 'n', 'ы': 's', 'и': 'b' };
          document.addEventListener('keydown', function (event) {
            if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
            var target = event.target;
            if (target.closest && target.closest('textarea, select, input[type="text"], input[type="number"], input[type="password"]')) return;
            var key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
            key = layout[key] || key;
            if (key === 's' || key === 'b') {
              event.preventDefault();
              move(key === 's' ? 1 : -1);
              return;
            }
            if (key === '+' || key === '=' || key === '-') {
              // A quick evidence line in the step's note: the time and + or −, then the observer types.
              var note = sections[current].querySelector('textarea[name="note"]');
              if (!note) return;
              event.preventDefault();
              var at = new Date();
              note.value += (note.value && !/\n$/.test(note.value) ? '\n' : '') + '[' + two(at.getHours()) + ':' + two(at.getMinutes()) + '] '
                + (key === '-' ? '−' : '+') + ' ';
              note.focus();
              note.setSelectionRange(note.value.length, note.value.length);
              return;
            }
            var section = sections[current], kind = section.dataset.kind, input = null;
            if (!/^[1-9n]$/.test(key) || !kind) return;
            if (kind === 'rating' || kind === 'classification' || kind === 'fact') {
              var inputs = Array.prototype.slice.call(section.querySelectorAll('input[type="radio"]'));
              input = key === 'n' ? inputs.find(function (i) { return i.value === 'n'; })
                : inputs.filter(function (i) { return i.value !== 'n'; })[Number(key) - 1];
              if (input) input.checked = true;
            } else if (kind === 'checklist' && key !== 'n') {
              input = section.querySelectorAll('input[name="tick"]')[Number(key) - 1];
              if (input) input.checked = !input.checked;
            }
            if (!input) return;
            event.preventDefault();
            input.focus();
            save(section);
          });

          // The timer of this sitting, kept across reloads of the tab; its seconds go with pause and submit.
          var sittingKey = 'otbor-sitting-' + root.dataset.session;
          var began = Number(sessionStorage.getItem(sittingKey)) || Date.now();
          sessionStorage.setItem(sittingKey, String(began));
          function sitting() { return Math.max(0, Math.round((Date.now() - began) / 1000)); }
          function tick() {
            var elapsed = Number(timer.dataset.earlier) + sitting(), planned = Number(timer.dataset.planned);
            timer.textContent = clock(elapsed) + ' / ' + clock(planned);
            timer.classList.toggle('overrun', elapsed > planned);
          }
          tick();
          setInterval(tick, 1000);
          root.querySelectorAll('form.sitting-form').forEach(function (form) {
            form.addEventListener('submit', function () {
              form.elements.seconds.value = String(sitting());
              sessionStorage.removeItem(sittingKey);
            });
          });

          var start = fromHash();
          if (start < 0) {
            start = sections.findIndex(function (s) {
              return !s.classList.contains('answered') && s.id !== 'finish' && s.dataset.alternate !== 'closed';
            });
            if (start < 0) start = sections.length - 1;
          }
          show(start);
        })();
        """#
}
