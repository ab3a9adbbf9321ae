import OtborCore

/// The text form of `otbor profiles show`.
struct ProfileText {
    let profile: JobProfile
    let library: ContentLibrary
    let words: ConsoleWording

    func render() -> String {
        var lines: [String] = []
        func t(_ text: LocalizedText) -> String { words.content(text) }
        lines.append("\(t(profile.title)) [\(profile.id)] — \(words.profileLevel(profile.level))")
        if let summary = profile.summary { lines.append(t(summary)) }

        lines.append("\n" + words(.kpisTitle, ["count": String(profile.kpis.count)]))
        for kpi in profile.kpis {
            let target = kpi.target.map { "  " + words(.kpiTarget, ["target": $0.summary]) } ?? "  " + words(.noTarget)
            lines.append("  • \(t(kpi.name))\(kpi.holder.map { " (\(words.kpiHolder($0)))" } ?? "")\(target)")
            kpi.metrics.forEach { lines.append("      – \(t($0))") }
        }

        lines.append("\n" + words(.functionsTitle, ["count": String(profile.functionCount)]))
        for group in profile.functions {
            lines.append("  \(t(group.group)) (\(group.items.count))")
            group.items.forEach { lines.append("    • \(t($0))") }
        }

        lines.append("\n" + words(.requirementsTitle, ["count": String(profile.requirements.count),
                                                             "scored": String(profile.scoredRequirements.count)]))
        for group in CompetencyGroup.allCases {
            let requirements = profile.requirements.filter { $0.group == group }
            guard !requirements.isEmpty else { continue }
            lines.append("  \(words.competencyGroup(group)) (\(requirements.count))")
            var table = TextTable(words, [.competency, .level, .weight, .critical, .use])
            for requirement in requirements {
                let name = library.competency(requirement.competency).map { t($0.name) } ?? requirement.competency
                table.add([name, String(requirement.level), words.compact(requirement.weight),
                           words.critical(requirement), words.use(requirement)])
            }
            lines.append(table.render().split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        }

        if let disc = profile.disc {
            lines.append("\n" + words(.discTarget, ["style": disc.description]))
        }
        if let drivers = profile.drivers {
            [(ContentPhrase.engagement, drivers.engagement), (.loyalty, drivers.loyalty), (.energy, drivers.energy)]
                .compactMap { name, text in text.map { "  \(words(name)): \(t($0))" } }
                .forEach { lines.append($0) }
        }
        if !profile.values.isEmpty { lines.append(words(.valuesLine, ["values": profile.values.map(t).joined(separator: ", ")])) }
        for language in profile.languages {
            lines.append(words(language.required ? .languageLine : .languageDesirable,
                               ["language": language.language, "level": language.level.rawValue]))
        }
        if let salary = profile.salary {
            lines.append(words(.salaryLine, ["min": words.compact(salary.min), "max": words.compact(salary.max),
                                             "currency": salary.currency]))
        }
        if !profile.knockouts.isEmpty {
            lines.append("\n" + words(.knockoutsTitle))
            profile.knockouts.forEach { lines.append("  • \(t($0.text))") }
        }

        let hours = library.hours(of: profile)
        lines.append("\n" + words(.processTitle, ["stages": words.count(hours.stageCount, .stage)]))
        let labels = StageLabels.labels(profile.process)
        for (index, stage) in profile.process.enumerated() {
            let guide = library.guide(stage.guide)
            let time = guide.map { ", " + words(.stageAssessors, ["minutes": String($0.duration),
                                                                   "assessors": words.compact($0.assessors ?? 1)]) } ?? ""
            let optional = stage.isOptional ? ", " + words(.optionalStage) : ""
            lines.append("  \(labels[index]). \(stage.guide) (\(guide.map { words.report.stageKind($0.kind) } ?? "?"), "
                + words(.weightOf, ["weight": words.compact(stage.weight)]) + time + optional + ")"
                + (guide.map { " — \(t($0.title))" } ?? ""))
            if let note = stage.note { lines.append("       " + t(note)) }
        }
        for visit in hours.visits where visit.stages.count > 1 {
            lines.append("  " + words(.visitStage, ["guides": words.list(visit.stages.map(\.guide)), "minutes": String(visit.minutes)]))
        }
        lines += words.processHours(hours)
        let after = words.afterDecision(profile, library: library)
        if !after.isEmpty { lines += [""] + after }
        return lines.joined(separator: "\n")
    }
}
