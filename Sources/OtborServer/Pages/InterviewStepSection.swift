import OtborCore
import OtborHTML

/// One step of an interview as a section of the scoring page: where it stands, what the item is
/// about, and a form that posts its answer (`POST /interviews/{id}/steps/{step}`) and goes on to the
/// next step, so the page works without JavaScript. A rating is a radio group whose labels are the
/// anchors, with "not assessed" as a radio too; a checklist is checkboxes, a classification radios,
/// a plan a table of order and minutes, a fact its options as radios (each with its verdict) or a
/// number field for salary; every step has its evidence note.
struct InterviewStepSection: HTMLComponent {
    var strings: ConsoleStrings
    var session: SessionID
    var guide: InterviewGuide
    var library: ContentLibrary
    var step: InterviewStep
    /// 0-based position among the guide's steps.
    var index: Int
    var count: Int
    var answer: AnswerValue?
    var note: String?
    /// The session's CSRF token; `nil` shows the step read-only.
    var csrfToken: String?
    /// `open` or `closed` for a step of an alternative not chosen, as the API's step has it
    /// (``InterviewResource/StepJSON``); the script keeps it current after each save.
    var alternate: String? = nil
    /// The numbers of the steps that back and skip lead to (closed alternates passed over); `nil`
    /// for the top of the page and for the finish.
    var previousStop: Int? = nil
    var nextStop: Int? = nil

    /// Whether the step is an alternate the session no longer needs (its group has enough chosen).
    var closed: Bool { alternate == "closed" }

    var language: ContentLanguage { strings.language }
    var number: Int { index + 1 }
    var editable: Bool { csrfToken != nil }

    /// The address the step's form posts to: its key with `#` percent-encoded.
    static func action(session: SessionID, key: String) -> String {
        "/interviews/\(session)/steps/" + key.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "#", with: "%23")
    }

    func write(to w: inout HTMLWriter) {
        w.element("section", ["class": answer == nil ? "step" : "step answered", "id": "step-\(number)", "tabindex": "-1",
                              "data-key": step.key, "data-kind": step.kind.answerKind.rawValue, "data-alternate": alternate,
                              "aria-labelledby": "step-\(number)-title"]) { w in
            w.element("h2", ["id": "step-\(number)-title"]) { w in
                w.text(strings(.stepOf, ["number": String(number), "total": String(count)]) + " · ")
                w.element("span", ["class": "id", "translate": "no"], text: partName)
            }
            alternateNote(&w)
            context(&w)
            w.element("form", ["method": "post", "action": Self.action(session: session, key: step.key), "class": "step-form"]) { w in
                CSRFField(token: csrfToken).write(to: &w)
                w.element("fieldset", ["class": "step-body", "disabled": editable ? nil : "disabled"]) { w in
                    answerControls(&w)
                    let noteID = "note-\(number)"
                    w.element("label", ["for": noteID, "class": "note-label"], text: strings[.evidenceNote])
                    w.element("textarea", ["id": noteID, "name": "note", "rows": "3", "maxlength": "4000"], text: note ?? "")
                }
                if editable { actions(&w) }
            }
        }
    }

    /// For an item of a group of alternatives: that it is one of them, and whether it is still needed
    /// (both texts kept, so the script can switch them when a save closes or reopens the step).
    private func alternateNote(_ w: inout HTMLWriter) {
        guard let group = guide.alternativeGroup(of: step.item) else { return }
        let values = ["run": String(group.run), "count": String(group.items.count)]
        let open = strings(.alternateOpen, values), closedText = strings(.alternateClosed, values)
        w.element("p", ["class": closed ? "alternate-note closed" : "alternate-note", "data-open": open, "data-closed": closedText],
                  text: closed ? closedText : open)
    }

    /// The item's id and the criterion or part the step rates.
    private var partName: String {
        switch step.kind {
        case .rating(nil): step.item
        case .rating(let criterion?): step.item + " · " + criterion
        case .checklist: step.item + " · checklist"
        case .classification(let id): step.item + " · " + id
        case .plan: step.item + " · plan"
        case .fact: step.item + " · fact"
        }
    }

    /// The title and the brief or statement of the step's item (a question's text is the legend).
    private func context(_ w: inout HTMLWriter) {
        guard let item = guide.item(step.item) else { return }
        func text(_ value: LocalizedText) -> String { value.text(in: language) }
        switch item.content {
        case .question, .fact:
            return
        case .rolePlay(let scenario):
            w.element("p", ["class": "item-title"], text: text(scenario.title))
            w.element("p", ["class": "brief"], text: strings(.candidateBrief, ["brief": text(scenario.candidateBrief)]))
        case .caseTask(let task):
            w.element("p", ["class": "item-title"], text: text(task.title))
            w.element("p", ["class": "brief"], text: text(task.statement))
        case .workingDay(let task):
            w.element("p", ["class": "item-title"], text: text(task.title))
            w.element("p", ["class": "brief"], text: text(task.statement))
        case .groupExercise(let exercise):
            w.element("p", ["class": "item-title"], text: text(exercise.title))
            w.element("p", ["class": "brief"], text: text(exercise.statement))
        }
    }

    private func answerControls(_ w: inout HTMLWriter) {
        guard let item = guide.item(step.item) else { return }
        switch (step.kind, item.content) {
        case (.rating(nil), .question(let question)):
            rating(&w, text: question.text, checks: question.checks, anchors: question.anchors, competencies: question.competencies)
        case (.rating(let id?), _):
            guard let criterion = item.criteria.first(where: { $0.id == id }) else { return }
            rating(&w, text: criterion.text, checks: nil, anchors: criterion.anchors, competencies: criterion.competencies)
        case (.checklist, .rolePlay(let scenario)):
            checklist(&w, scenario.checklist)
        case (.classification, .caseTask(let task)):
            if let classification = task.classification { self.classification(&w, classification) }
        case (.plan, .workingDay(let task)):
            plan(&w, task)
        case (.fact, .fact(let fact)):
            self.fact(&w, fact)
        default:
            return
        }
    }

    /// The 1–5 radio group: the labels are the anchors; "not assessed" is the last radio.
    private func rating(_ w: inout HTMLWriter, text: LocalizedText, checks: LocalizedText?, anchors: [Anchor],
                        competencies: [CompetencyWeight]) {
        let scale = AnchorScale(anchors: anchors, competencies: competencies, library: library, language: language)
        var chosen: Int?? = nil
        if case .rating(let score)? = answer { chosen = .some(score) }
        w.element("fieldset", ["class": "choices scale"]) { w in
            w.element("legend", text: text.text(in: language))
            if let checks, !checks.text(in: language).isEmpty {
                w.element("p", ["class": "checks"]) { w in
                    w.element("strong", text: strings[.whatItChecks])
                    w.text(" " + checks.text(in: language))
                }
            }
            let names = competencies.compactMap { library.competency($0.competency)?.name.text(in: language) ?? $0.competency }
            if !names.isEmpty { w.element("p", ["class": "competencies"], text: strings[.competenciesLabel] + " " + names.joined(separator: ", ")) }
            for level in RatingScale.levels {
                choice(&w, name: "rating", value: String(level), key: String(level), checked: chosen == .some(level)) { w in
                    w.element("span", ["class": "anchor"], text: scale.text(of: level) ?? "")
                }
            }
            choice(&w, name: "rating", value: "n", key: "n", checked: chosen == .some(nil)) { w in
                w.element("span", ["class": "anchor"], text: strings[.notAssessed])
            }
        }
    }

    /// One radio or checkbox with its key and label text, the whole label a touch target.
    func choice(_ w: inout HTMLWriter, type: StaticString = "radio", name: String, value: String, key: String, checked: Bool,
                _ label: (inout HTMLWriter) -> Void) {
        w.element("label", ["class": "choice"]) { w in
            w.empty("input", ["type": type.description, "name": name, "value": value, "checked": checked ? "checked" : nil])
            w.element("span", ["class": "key", "aria-hidden": "true"], text: key)
            label(&w)
        }
    }

    private func actions(_ w: inout HTMLWriter) {
        w.element("div", ["class": "step-actions"]) { w in
            w.element("a", ["class": "back", "href": previousStop.map { "#step-\($0)" } ?? "#main", "data-move": "back"], text: strings[.back])
            w.element("button", ["type": "submit"], text: strings[.saveAndNext])
            w.element("a", ["class": "skip", "href": nextStop.map { "#step-\($0)" } ?? "#finish", "data-move": "skip"], text: strings[.skip])
        }
    }
}
