import OtborHTML

/// The board page's script, served at ``path``: it follows the board's server-sent events and
/// updates each session's status and steps answered, each candidate's summary and the time of the
/// last update, and counts the exercise timer down (a timer started elsewhere reloads the page);
/// when the connection drops it says so, and `EventSource` reconnects by itself.
/// Without it the page is a plain page with a reload link.
enum BoardScript {
    static let path = SameOriginPath("/static/board.js")!

    static let source = #"""
        (function () {
          'use strict';
          var root = document.getElementById('board');
          if (!root || !window.EventSource) return;
          var status = document.getElementById('board-status');
          function fill(template, values) {
            return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
          }
          function two(n) { return n < 10 ? '0' + n : String(n); }
          var timer = document.getElementById('sitting-timer');
          function tick() {
            var left = document.getElementById('timer-left');
            if (!timer || !left || !timer.dataset.ends) return;
            var seconds = Math.round((Date.parse(timer.dataset.ends) - Date.now()) / 1000);
            var shown = Math.floor(Math.abs(seconds) / 60) + ':' + two(Math.abs(seconds) % 60);
            left.textContent = fill(seconds >= 0 ? timer.dataset.left : timer.dataset.over, { time: shown });
            left.className = seconds >= 0 ? '' : 'overrun';
          }
          tick();
          window.setInterval(tick, 1000);
          function update(board) {
            if (board.timer && timer && timer.dataset.ends !== board.timer.endsAt) { window.location.reload(); return; }
            var waiting = {};
            board.sessions.forEach(function (session) {
              var row = root.querySelector('tr[data-session="' + session.id + '"]');
              if (!row) { window.location.reload(); return; }
              var cell = row.querySelector('.status');
              cell.dataset.status = session.status;
              cell.textContent = root.dataset[session.status] || session.status;
              if (session.conflict) {
                var conflict = document.createElement('span');
                conflict.className = 'conflict';
                conflict.textContent = root.dataset.conflict;
                cell.appendChild(conflict);
              }
              if (session.overdue) {
                var late = document.createElement('span');
                late.className = 'overdue';
                late.textContent = root.dataset.overdue;
                cell.appendChild(late);
              }
              row.querySelector('.answered').textContent = session.answered + ' / ' + session.total;
              waiting[session.candidate] = (waiting[session.candidate] || 0) + (session.status === 'submitted' || session.conflict ? 0 : 1);
            });
            Object.keys(waiting).forEach(function (candidate) {
              var summary = root.querySelector('tbody[data-candidate="' + candidate + '"] .summary');
              if (summary) summary.textContent = waiting[candidate] === 0 ? root.dataset.complete : fill(root.dataset.waiting, { count: waiting[candidate] });
              var washup = root.querySelector('tbody[data-candidate="' + candidate + '"] .washup-link');
              if (washup) washup.hidden = waiting[candidate] !== 0;
            });
            var now = new Date();
            status.textContent = fill(root.dataset.live, { time: two(now.getHours()) + ':' + two(now.getMinutes()) + ':' + two(now.getSeconds()) });
          }
          var events = new EventSource(root.dataset.events);
          events.addEventListener('board', function (event) { update(JSON.parse(event.data)); });
          events.onerror = function () { status.textContent = root.dataset.offline; };
        })();
        """#
}
