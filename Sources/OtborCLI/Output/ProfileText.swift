import OtborCore

/// The text form of `otbor profiles show`.
struct ProfileText {
    let profile: JobProfile
    let library: ContentLibrary
    let language: ContentLanguage

    func render() -> String {
        var lines: [String] = []
        func t(_ text: LocalizedText) -> String { text.text(in: language) }
        lines.append("\(t(profile.title)) [\(profile.id)] — \(profile.level.rawValue)")
        if let summary = profile.summary { lines.append(t(summary)) }

        lines.append("\nKPIs (\(profile.kpis.count))")
        for kpi in profile.kpis {
            let target = kpi.target.map { "  target \($0.summary)" } ?? "  no target"
            lines.append("  • \(t(kpi.name))\(kpi.holder.map { " (\($0.rawValue))" } ?? "")\(target)")
            kpi.metrics.forEach { lines.append("      – \(t($0))") }
        }

        lines.append("\nFunctions (\(profile.functionCount))")
        for group in profile.functions {
            lines.append("  \(t(group.group)) (\(group.items.count))")
            group.items.forEach { lines.append("    • \(t($0))") }
        }

        lines.append("\nRequirements (\(profile.requirements.count))")
        for group in CompetencyGroup.allCases {
            let requirements = profile.requirements.filter { $0.group == group }
            guard !requirements.isEmpty else { continue }
            lines.append("  \(group.rawValue) (\(requirements.count))")
            var table = TextTable(["COMPETENCY", "LEVEL", "WEIGHT", "CRITICAL"])
            for requirement in requirements {
                let name = library.competency(requirement.competency).map { t($0.name) } ?? requirement.competency
                table.add([name, String(requirement.level), CompactNumber.format(requirement.weight),
                           requirement.critical ? "yes" : ""])
            }
            lines.append(table.render().split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        }

        if let disc = profile.disc {
            lines.append("\nDISC target: \(disc) (context only: weight 0, never a knock-out)")
        }
        if let drivers = profile.drivers {
            [("engagement", drivers.engagement), ("loyalty", drivers.loyalty), ("energy", drivers.energy)]
                .compactMap { name, text in text.map { "  \(name): \(t($0))" } }
                .forEach { lines.append($0) }
        }
        if !profile.values.isEmpty { lines.append("Values: " + profile.values.map(t).joined(separator: ", ")) }
        for language in profile.languages {
            lines.append("Language: \(language.language) \(language.level.rawValue)\(language.required ? "" : " (desirable)")")
        }
        if let salary = profile.salary {
            lines.append("Salary: \(CompactNumber.format(salary.min))–\(CompactNumber.format(salary.max)) \(salary.currency)")
        }
        if !profile.knockouts.isEmpty {
            lines.append("\nKnock-out rules")
            profile.knockouts.forEach { lines.append("  • \(t($0.text))") }
        }

        lines.append("\nProcess (\(profile.process.count) stages)")
        for (index, stage) in profile.process.enumerated() {
            let guide = library.guide(stage.guide)
            lines.append("  \(index + 1). \(stage.guide) (\(guide?.kind.rawValue ?? "?"), weight \(CompactNumber.format(stage.weight)))"
                + (guide.map { " — \(t($0.title))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}
